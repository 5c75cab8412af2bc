"""JSON Lines: the JSON renderer's object on one line, so results stream and `jq -c` works."""

from __future__ import annotations

import json as stdlib_json
from typing import Any

from . import json


def render(result: Any) -> str:
    """Any result the JSON renderer knows, as one compact line."""
    payload = stdlib_json.loads(json.render(result))
    return stdlib_json.dumps(payload, ensure_ascii=False, separators=(",", ":")) + "\n"

"""Renderers: pure functions from a result to the text written out (rich stays in terminal.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import json, jsonl, markdown, text

PLAIN: dict[str, Callable[[Any], str]] = {
    "text": text.render,
    "markdown": markdown.render,
    "json": json.render,
    "jsonl": jsonl.render,
}


def render(result: Any, fmt: str) -> str:
    """The result as `text`, `markdown`, `json` or `jsonl`, ending with a newline."""
    return PLAIN[fmt](result)

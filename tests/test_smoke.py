"""The first end-to-end checks on the seed; each module's own tests live beside this file."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def test_summary_on_seed_is_verbatim_and_in_order(cli: Any, seed_path: Path, seed_text: str) -> None:
    result = cli("summary", str(seed_path), "-n", "3")
    assert result.code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    for line in lines:
        assert line in seed_text
    assert sorted(lines, key=seed_text.index) == lines

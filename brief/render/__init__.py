"""Renderers: pure functions from a result to the text written out (rich stays in terminal.py)."""

from __future__ import annotations

from typing import Any

from . import json, markdown, text

PLAIN = {"text": text.render, "markdown": markdown.render, "json": json.render}


def render(result: Any, fmt: str) -> str:
    """The result as `text`, `markdown` or `json`, ending with a newline."""
    return PLAIN[fmt](result)

"""Markdown: a `# ` title, then bullets; valid CommonMark that can be forwarded as it is."""

from __future__ import annotations

import re
from functools import singledispatch
from typing import Any

from brief.models import Summary

from .text import explanation

# Characters that would start markdown syntax at the beginning of a bullet's text.
LEADING_MARKUP = re.compile(r"^([#>*+\-]|\d+[.)])(?=\s)")


def escape(text: str) -> str:
    return LEADING_MARKUP.sub(r"\\\1", text)


def sources_line(sources: tuple[str, ...]) -> str:
    if len(sources) == 1:
        return f"Source: {sources[0]}"
    return f"Sources ({len(sources)}): " + ", ".join(sources)


@singledispatch
def render(result: Any) -> str:
    raise TypeError(f"no markdown renderer for {type(result).__name__}")


@render.register
def _(result: Summary) -> str:
    out = [f"# {result.title}", "", sources_line(result.sources), ""]
    for s in result.sentences:
        out.append(f"- {escape(s.text)}")
        if result.explain:
            out.append(f"  <!-- {explanation(s)} -->")
    return "\n".join(out) + "\n"

"""Markdown: a `# ` title, then bullets; valid CommonMark that can be forwarded as it is."""

from __future__ import annotations

import re
from functools import singledispatch
from typing import Any

from brief.models import Summary, TopicList, TopicSummary

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


@render.register
def _(result: TopicSummary) -> str:
    out = [f"# {result.title}: {result.query}", "", sources_line(result.sources), ""]
    for s in result.sentences:
        out.append(f"- {escape(s.text)}")
        if result.explain:
            out.append(f"  <!-- {explanation(s)} -->")
    return "\n".join(out) + "\n"


def percent(share: float) -> str:
    return f"{share * 100:.0f}%"


@render.register
def _(result: TopicList) -> str:
    out = [f"# {result.title}: topics", "", sources_line(result.sources)]
    for t in result.topics:
        out += ["", f"## {t.label}", ""]
        about = f"*{percent(t.share)} of the text* · key terms: {', '.join(t.terms)}"
        if t.actors:
            about += f" · actors: {', '.join(t.actors)}"
        out.append(about)
        out.append("")
        out += [f"- {escape(s.text)}" for s in t.sentences]
    return "\n".join(out) + "\n"

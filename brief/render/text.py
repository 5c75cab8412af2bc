"""Plain text: one item per line, nothing else, so grep, wc -l and head work."""

from __future__ import annotations

import re
from functools import singledispatch
from typing import Any

from brief.models import (
    ActorList,
    DocumentSummary,
    Dossier,
    QuoteList,
    Report,
    Scored,
    Summary,
    TopicList,
    TopicSummary,
)

# Tabs and line breaks inside a source would break `source<TAB>sentence` lines.
CONTROL = re.compile(r"[\t\r\n\x0b\x0c]+")


def explanation(item: Scored) -> str:
    parts = " ".join(f"{name}={value:.3f}" for name, value in item.components)
    return f"score={item.score:.3f} {parts}".rstrip()


def lines(text: str) -> str:
    return text + "\n" if text else ""


@singledispatch
def render(result: Any) -> str:
    raise TypeError(f"no text renderer for {type(result).__name__}")


@render.register
def _(result: Summary) -> str:
    return lines("\n".join(sentence_line(s, result.explain, result.with_source) for s in result.sentences))


def sentence_line(item: Scored, explain: bool, with_source: bool, source: str | None = None) -> str:
    """`[source<TAB>]sentence[<TAB>explanation]`."""
    line = item.text
    if with_source:
        line = f"{one_field(source or item.source)}\t{line}"
    if explain:
        line = f"{line}\t{explanation(item)}"
    return line


def one_field(value: str) -> str:
    return CONTROL.sub(" ", value)


@render.register
def _(result: DocumentSummary) -> str:
    """Per-document mode: every line carries its document's id (`id<TAB>sentence`)."""
    if result.summary is None:
        return ""
    explain = result.summary.explain
    return lines("\n".join(sentence_line(s, explain, True, result.id) for s in result.summary.sentences))


def one_line(text: str) -> str:
    return " ".join(text.split())


@render.register
def _(result: ActorList) -> str:
    """One actor per line: name, kind, mentions, role (empty when none), tab-separated."""
    return lines("\n".join(f"{a.name}\t{a.kind}\t{a.count}\t{a.role or ''}" for a in result.actors))


@render.register
def _(result: Dossier) -> str:
    """The selected sentences about the actor, one per line (greppable)."""
    return lines("\n".join(s.text for s in result.sentences))


@render.register
def _(result: QuoteList) -> str:
    """speaker<TAB>quote, one quotation per line; the speaker is empty when unclear."""
    return lines("\n".join(f"{q.speaker or ''}\t{one_line(q.text)}" for q in result.quotes))


@render.register
def _(result: TopicSummary) -> str:
    if result.explain:
        return lines("\n".join(f"{s.text}\t{explanation(s)}" for s in result.sentences))
    return lines("\n".join(s.text for s in result.sentences))


@render.register
def _(result: TopicList) -> str:
    """One topic per line: its label, a tab, its key terms."""
    return lines("\n".join(f"{t.label}\t{', '.join(t.terms)}" for t in result.topics))


@render.register
def _(result: Report) -> str:
    """A report is a document to forward: as text it is the Markdown itself."""
    from . import markdown

    return str(markdown.render(result))

"""Markdown: a `# ` title, then bullets; valid CommonMark that can be forwarded as it is."""

from __future__ import annotations

import re
from functools import singledispatch
from typing import Any

from brief.models import (
    ActorBrief,
    ActorList,
    Dossier,
    Quote,
    QuoteList,
    Report,
    Summary,
    TopicList,
    TopicSummary,
)

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


def cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


@render.register
def _(result: ActorList) -> str:
    kinds = "Actors" if result.kind == "all" else f"Actors ({result.kind})"
    out = [f"# {kinds}: {result.title}", "", sources_line(result.sources), ""]
    if not result.actors:
        return "\n".join([*out, "No actors found."]) + "\n"
    out += ["| name | kind | mentions | role | quotes |", "|---|---|---:|---|---:|"]
    for a in result.actors:
        out.append(f"| {cell(a.name)} | {a.kind} | {a.count} | {cell(a.role or '')} | {a.quotes} |")
    return "\n".join(out) + "\n"


def quote_line(q: Quote, with_speaker: bool) -> str:
    who = f"**{q.speaker}**" if q.speaker else "*unattributed*"
    verb = f" ({q.verb})" if q.verb else ""
    text = " ".join(q.text.split())
    lead = f"{who}{verb}: " if with_speaker else (f"*{q.verb}*: " if q.verb else "")
    return f"- {lead}“{text}”"


@render.register
def _(result: Dossier) -> str:
    a = result.actor
    out = [f"# {a.name}", "", sources_line(result.sources), ""]
    facts = [f"- **Kind:** {a.kind}", f"- **Mentions:** {a.count} sentences"]
    if a.role:
        facts.append(f"- **Role:** {cell(a.role)}")
    if len(a.roles) > 1:
        facts.append("- **Roles seen:** " + "; ".join(cell(r) for r in a.roles))
    if len(a.aliases) > 1 or a.aliases[:1] != (a.name,):
        facts.append("- **Also called:** " + ", ".join(cell(x) for x in a.aliases))
    out += [*facts, "", "## What the text says", ""]
    out += [f"- {escape(s.text)}" for s in result.sentences] or ["No sentences."]
    if result.quotes:
        out += ["", f"## Quotes ({len(result.quotes)})", ""]
        out += [quote_line(q, with_speaker=False) for q in result.quotes]
    if result.related:
        out += ["", "## Mentioned with", ""]
        for r in result.related:
            unit = "sentence" if r.together == 1 else "sentences"
            out.append(f"- {cell(r.name)} ({r.kind}): {r.together} {unit} together")
    return "\n".join(out) + "\n"


@render.register
def _(result: QuoteList) -> str:
    title = f"Quotes from {result.actor}" if result.actor else "Quotes"
    out = [f"# {title}: {result.title}", "", sources_line(result.sources), ""]
    out += [quote_line(q, with_speaker=result.actor is None) for q in result.quotes] or ["No quotes found."]
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


def blockquote(q: Quote) -> list[str]:
    text = " ".join(q.text.split())
    return [f"> “{text}”", ">", f"> — {q.speaker}" if q.speaker else "> — unattributed"]


def actor_section(item: ActorBrief) -> list[str]:
    a = item.actor
    heading = f"### {a.name}" + (f", {a.role}" if a.role else "")
    out = ["", heading, ""]
    if item.sentences:
        out.append(" ".join(s.text for s in item.sentences))
    if item.quote is not None:
        out += ["", *blockquote(item.quote)[:1]]
    return out


@render.register
def _(result: Report) -> str:
    out = [f"# {result.title}", "", sources_line(result.sources), "", "## Summary", ""]
    out += [f"- {escape(s.text)}" for s in result.summary]
    if result.actors:
        out += ["", "## Key actors"]
        for item in result.actors:
            out += actor_section(item)
    if result.topics:
        out += ["", "## Topics"]
        for t in result.topics:
            out += ["", f"### {t.label}", ""]
            about = f"*{percent(t.share)} of the text* · key terms: {', '.join(t.terms)}"
            if t.actors:
                about += f" · actors: {', '.join(t.actors)}"
            out += [about, ""]
            out += [f"- {escape(s.text)}" for s in t.sentences]
    if result.quotes:
        out += ["", "## Quotes"]
        for q in result.quotes:
            out += ["", *blockquote(q)]
    return "\n".join(out) + "\n"

"""Markdown: a `# ` title, then bullets; valid CommonMark that can be forwarded as it is."""

from __future__ import annotations

import re
from functools import singledispatch
from typing import Any

from brief.models import (
    ActorBrief,
    ActorList,
    DocumentSummary,
    Dossier,
    Quote,
    QuoteList,
    Reference,
    Report,
    Scored,
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
    cite = len(result.sources) > 1
    heading = [*source_list(result), ""] if cite else [sources_line(result.sources), ""]
    out = [f"# {inline(result.title)}", "", *heading]
    numbers = citation_numbers(result.sources)
    for s in result.sentences:
        out.append(f"- {escape(s.text)}" + (f" {citation(s, numbers)}" if cite else ""))
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


# Above this many sources, the list shows only the ones cited (a batch can hold thousands).
LISTED_SOURCES = 50
# An underscore inside a word ("000_b691") starts no emphasis in CommonMark: left as is.
MARKUP = re.compile(r"([\\`*\[\]<>]|(?<!\w)_|_(?!\w))")


def inline(text: str) -> str:
    """One line of text, safe inside markdown (link text, titles)."""
    return MARKUP.sub(r"\\\1", " ".join(text.split()))


def citation_numbers(sources: tuple[str, ...]) -> dict[str, int]:
    numbers: dict[str, int] = {}
    for number, source in enumerate(sources, start=1):
        numbers.setdefault(source, number)
    return numbers


def citation(item: Scored, numbers: dict[str, int]) -> str:
    """`[2]`, or `[2, 5] (reported by 2 sources)` for a sentence merged across documents."""
    cited = sorted({numbers[s] for s in item.sources or (item.source,) if s in numbers})
    label = "[" + ", ".join(str(n) for n in cited) + "]"
    if item.reported_by > 1:
        label += f" (reported by {item.reported_by} sources)"
    return label


def source_list(result: Summary) -> list[str]:
    """`Sources (N):` and one `- [n] title — source` line each (only the cited ones when many)."""
    refs = result.references or tuple(Reference(source=s) for s in result.sources)
    cited = {s for item in result.sentences for s in item.sources or (item.source,)}
    out = [f"Sources ({len(refs)}):", ""]
    shown = 0
    for number, ref in enumerate(refs, start=1):
        if len(refs) > LISTED_SOURCES and ref.source not in cited:
            continue
        out.append(f"- [{number}] {describe(ref)}")
        shown += 1
    if shown < len(refs):
        out.append(f"- … and {len(refs) - shown} more, not cited")
    return out


def describe(ref: Reference) -> str:
    """`[Title](url) — source, date`, leaving out what the reference does not have."""
    link = ref.url or (ref.source if ref.source.startswith(("http://", "https://")) else None)
    name = inline(ref.title or ref.source)
    text = f"[{name}](<{link}>)" if link else name
    extras = [inline(ref.source)] if ref.title and ref.source != link else []
    if ref.date:
        extras.append(inline(ref.date))
    return text + (" — " + ", ".join(extras) if extras else "")


@render.register
def _(result: DocumentSummary) -> str:
    """Per-document mode: a `## ` section per document."""
    out = [f"## {inline(result.title or result.id)}", ""]
    if result.source != (result.title or result.id):
        out += [f"Source: {inline(result.source)}", ""]
    if result.summary is None:
        out.append(f"_{inline(result.error or 'no summary')}_")
    else:
        out += [f"- {escape(s.text)}" for s in result.summary.sentences]
    return "\n".join(out) + "\n\n"


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
    out = [f"# Briefing: {inline(result.title)}", "", sources_line(result.sources), "", "## Summary", ""]
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

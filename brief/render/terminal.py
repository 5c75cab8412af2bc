"""The terminal renderer: the only module that imports rich."""

from __future__ import annotations

from functools import singledispatch
from typing import Any

from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from brief.models import ActorList, Dossier, QuoteList, Report, Scored, Summary, TopicList, TopicSummary


@singledispatch
def show(result: Any, console: Console) -> None:
    raise TypeError(f"no terminal renderer for {type(result).__name__}")


def sentence_grid(sentences: tuple[Scored, ...], explain: bool, title: str) -> Table:
    """Numbered sentences, each with a dim line saying where it comes from (and why, if asked)."""
    body = Table.grid(padding=(0, 1))
    body.add_column(justify="right", style="bold cyan", no_wrap=True)
    body.add_column(ratio=1)
    for number, item in enumerate(sentences, start=1):
        body.add_row(f"{number}.", Text(item.text))
        where = f"{item.source} · sentence {item.position + 1}"
        if item.title and item.title != title:
            where = f"{item.title} · {where}"
        if item.reported_by > 1:
            where += f" · reported by {item.reported_by} sources"
        if explain:
            parts = ", ".join(f"{k} {v:.2f}" for k, v in item.components)
            where += f" · score {item.score:.3f}" + (f" ({parts})" if parts else "")
        body.add_row("", Text(where, style="dim"))
    return body


@show.register
def _(result: Summary, console: Console) -> None:
    body = sentence_grid(result.sentences, result.explain, result.title)
    subtitle = f"{len(result.sentences)} sentences · method {result.method}"
    console.print(Panel(body, title=Text(result.title, style="bold"), subtitle=subtitle))


@show.register
def _(result: ActorList, console: Console) -> None:
    table = Table(title=Text(result.title, style="bold"), show_lines=False, expand=False)
    table.add_column("#", justify="right", style="dim", no_wrap=True)
    table.add_column("name", style="bold")
    table.add_column("kind", style="cyan", no_wrap=True)
    table.add_column("mentions", justify="right", no_wrap=True)
    table.add_column("quotes", justify="right", no_wrap=True)
    table.add_column("role", ratio=1)
    for number, a in enumerate(result.actors, start=1):
        table.add_row(
            str(number), Text(a.name), a.kind, str(a.count), str(a.quotes or ""), Text(a.role or "")
        )
    console.print(table)
    if not result.actors:
        console.print(Text("No actors found.", style="dim"))


@show.register
def _(result: Dossier, console: Console) -> None:
    a = result.actor
    facts = Table.grid(padding=(0, 1))
    facts.add_column(style="bold cyan", no_wrap=True)
    facts.add_column(ratio=1)
    facts.add_row("kind", f"{a.kind} · {a.count} sentences · {a.quotes} quotes")
    if a.role:
        facts.add_row("role", Text(a.role))
    if len(a.roles) > 1:
        facts.add_row("roles seen", Text("; ".join(a.roles)))
    facts.add_row("aliases", Text(", ".join(a.aliases)))
    if result.related:
        facts.add_row("mentioned with", Text(", ".join(f"{r.name} ({r.together})" for r in result.related)))
    console.print(Panel(facts, title=Text(a.name, style="bold"), subtitle=result.title))
    body = Table.grid(padding=(0, 1))
    body.add_column(justify="right", style="bold cyan", no_wrap=True)
    body.add_column(ratio=1)
    for number, item in enumerate(result.sentences, start=1):
        body.add_row(f"{number}.", Text(item.text))
        body.add_row("", Text(f"{item.source} · sentence {item.position + 1}", style="dim"))
    console.print(Panel(body, title="What the text says"))
    if result.quotes:
        quotes = Table.grid(padding=(0, 1))
        quotes.add_column(style="cyan", no_wrap=True)
        quotes.add_column(ratio=1)
        for q in result.quotes:
            quotes.add_row(q.verb or "", Text(f"“{' '.join(q.text.split())}”"))
        console.print(Panel(quotes, title=f"Quotes ({len(result.quotes)})"))


@show.register
def _(result: QuoteList, console: Console) -> None:
    title = f"Quotes from {result.actor}" if result.actor else f"Quotes: {result.title}"
    table = Table(title=Text(title, style="bold"), expand=False)
    table.add_column("speaker", style="bold", no_wrap=True)
    table.add_column("verb", style="cyan", no_wrap=True)
    table.add_column("quote", ratio=1)
    for q in result.quotes:
        speaker = Text(q.speaker) if q.speaker else Text("unattributed", style="dim italic")
        table.add_row(speaker, q.verb or "", Text(" ".join(q.text.split())))
    console.print(table)
    if not result.quotes:
        console.print(Text("No quotes found.", style="dim"))


@show.register
def _(result: TopicSummary, console: Console) -> None:
    body = sentence_grid(result.sentences, result.explain, result.title)
    title = Text.assemble((result.title, "bold"), " · ", (result.query, "bold magenta"))
    console.print(Panel(body, title=title, subtitle=f"{len(result.sentences)} sentences on the topic"))


@show.register
def _(result: TopicList, console: Console) -> None:
    console.print(Text(f"{result.title} · {len(result.topics)} topics", style="bold"))
    for number, topic in enumerate(result.topics, start=1):
        body = Table.grid(padding=(0, 1))
        body.add_column(style="dim", no_wrap=True)
        body.add_column(ratio=1)
        body.add_row("terms", Text(", ".join(topic.terms)))
        if topic.actors:
            body.add_row("actors", Text(", ".join(topic.actors)))
        for item in topic.sentences:
            body.add_row("•", Text(item.text))
        title = Text.assemble((f"{number}. ", "bold cyan"), (topic.label, "bold"))
        console.print(
            Panel(body, title=title, title_align="left", subtitle=f"{topic.share * 100:.0f}% of the text")
        )


@show.register
def _(result: Report, console: Console) -> None:
    from rich.markdown import Markdown

    from . import markdown

    console.print(Markdown(markdown.render(result)))


def console(file: Any = None) -> Console:
    """A console that honours NO_COLOR and the terminal's width (rich reads both itself)."""
    return Console(file=file, soft_wrap=False, highlight=False)

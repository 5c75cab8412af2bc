"""The terminal renderer: the only module that imports rich."""

from __future__ import annotations

from functools import singledispatch
from typing import Any

from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from brief.models import Summary, TopicList, TopicSummary


@singledispatch
def show(result: Any, console: Console) -> None:
    raise TypeError(f"no terminal renderer for {type(result).__name__}")


@show.register
def _(result: Summary, console: Console) -> None:
    body = Table.grid(padding=(0, 1))
    body.add_column(justify="right", style="bold cyan", no_wrap=True)
    body.add_column(ratio=1)
    for number, item in enumerate(result.sentences, start=1):
        body.add_row(f"{number}.", Text(item.text))
        where = f"{item.source} · sentence {item.position + 1}"
        if result.explain:
            parts = ", ".join(f"{k} {v:.2f}" for k, v in item.components)
            where += f" · score {item.score:.3f}" + (f" ({parts})" if parts else "")
        body.add_row("", Text(where, style="dim"))
    subtitle = f"{len(result.sentences)} sentences · method {result.method}"
    console.print(Panel(body, title=Text(result.title, style="bold"), subtitle=subtitle))


@show.register
def _(result: TopicSummary, console: Console) -> None:
    body = Table.grid(padding=(0, 1))
    body.add_column(justify="right", style="bold cyan", no_wrap=True)
    body.add_column(ratio=1)
    for number, item in enumerate(result.sentences, start=1):
        body.add_row(f"{number}.", Text(item.text))
        where = f"{item.source} · sentence {item.position + 1}"
        if result.explain:
            parts = ", ".join(f"{k} {v:.2f}" for k, v in item.components)
            where += f" · score {item.score:.3f}" + (f" ({parts})" if parts else "")
        body.add_row("", Text(where, style="dim"))
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


def console(file: Any = None) -> Console:
    """A console that honours NO_COLOR and the terminal's width (rich reads both itself)."""
    return Console(file=file, soft_wrap=False, highlight=False)

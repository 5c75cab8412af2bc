"""The command line: flags in, one library call, a renderer out, errors to exit codes.

Kept free of nltk and sumy at import time so `brief --help` starts fast.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from typer.exceptions import Abort, TyperException

from . import __version__
from .errors import BriefError, ExitCode, UsageError
from .output import Format, resolve_format, write_atomic

T = TypeVar("T")

app = typer.Typer(
    name="brief",
    help="Offline briefings of news text: the sentences that matter, who said what, and about what.\n\n"
    "INPUT is any mix of files, folders (read recursively) and - for stdin. With no INPUT, brief "
    "reads piped stdin, or briefs its bundled seed when run at a terminal.",
    epilog="Examples:  brief summary coverage/ -n 5  ·  cat story.txt | brief summary --words 80  "
    "·  brief summary live.txt -o brief.md",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

Inputs = Annotated[
    list[str] | None,
    typer.Argument(
        help="Files, folders or - (stdin). Default: piped stdin, else the bundled seed.",
        show_default=False,
        metavar="INPUT",
    ),
]
FormatOption = Annotated[
    Format,
    typer.Option(
        "--format",
        "-f",
        help="auto = rich on a terminal, text when piped, or by the -o file's extension.",
    ),
]
OutputOption = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="Write to FILE (atomically) instead of stdout.", dir_okay=False),
]
DebugOption = Annotated[bool, typer.Option("--debug", help="Show tracebacks for errors.")]


def version_callback(value: bool) -> None:
    if value:
        print(f"brief {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=version_callback, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Offline briefings of news text."""


def note(message: str) -> None:
    print(f"brief: {message}", file=sys.stderr)


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


def load(inputs: list[str] | None) -> Any:
    """Read the inputs, telling the user on stderr what was skipped or defaulted."""
    from .ingest import load as load_inputs

    loaded = load_inputs(inputs or [])
    for message in loaded.notes:
        note(message)
    return list(loaded.documents)


def emit(result: object, fmt: Format, output: Path | None) -> None:
    chosen = resolve_format(fmt.value, output, stdout_is_terminal())
    if chosen == "rich":
        from .render import terminal

        if output is None:
            terminal.show(result, terminal.console())
            return
        buffer = io.StringIO()
        terminal.show(result, terminal.console(file=buffer))
        content = buffer.getvalue()
    else:
        from .render import render

        content = render(result, chosen)
    if output is None:
        sys.stdout.write(content)
        sys.stdout.flush()
    else:
        write_atomic(output, content)


def run(debug: bool, work: Callable[[], T]) -> T:
    """Run one command's work, turning brief's errors into a message and an exit code."""
    try:
        return work()
    except BriefError as exc:
        if debug or os.environ.get("BRIEF_DEBUG"):
            raise
        note(exc.message)
        raise typer.Exit(int(exc.exit_code)) from None


@app.command()
def summary(
    inputs: Inputs = None,
    sentences: Annotated[
        int | None,
        typer.Option("--sentences", "-n", help="How many sentences (default 5; with --words, no limit)."),
    ] = None,
    words: Annotated[
        int | None, typer.Option("--words", "-w", help="Word budget: never exceed W words in all.")
    ] = None,
    method: Annotated[
        str,
        typer.Option(
            "--method",
            "-m",
            help="default (brief's own, best measured), lead, lexrank, textrank, lsa, luhn, kl, sumbasic.",
        ),
    ] = "default",
    explain: Annotated[
        bool, typer.Option("--explain", help="Show why each sentence was chosen (score parts).")
    ] = False,
    fmt: FormatOption = Format.AUTO,
    output: OutputOption = None,
    debug: DebugOption = False,
) -> None:
    """The few sentences that matter: extractive, in document order, no near-duplicates.

    Examples: brief summary · brief summary live.txt -n 3 · brief summary a.txt b.txt --words 100 --format json
    """
    from .pipeline import summary as summarise

    def work() -> None:
        documents = load(inputs)
        result = summarise(documents, sentences=sentences, words=words, method=method, explain=explain)
        emit(result, fmt, output)

    run(debug, work)


@app.command()
def actors(
    inputs: Inputs = None,
    kind: Annotated[
        str, typer.Option("--kind", "-k", help="person, organisation, place or all.", metavar="KIND")
    ] = "all",
    top: Annotated[int, typer.Option("--top", "-t", help="Show the N most mentioned.", metavar="N")] = 20,
    fmt: FormatOption = Format.AUTO,
    output: OutputOption = None,
    debug: DebugOption = False,
) -> None:
    """Who is in the text: people, organisations and places, ranked by mentions, with roles.

    Examples: brief actors · brief actors live.txt --kind person --top 10 · brief actors -f json
    """
    from .pipeline import actors as find_actors

    def work() -> None:
        documents = load(inputs)
        emit(find_actors(documents, kind=kind, top=top), fmt, output)

    run(debug, work)


@app.command()
def actor(
    name: Annotated[str, typer.Argument(help="Any name or alias, any case: lavrov, 'Sergey Lavrov'.")],
    inputs: Inputs = None,
    sentences: Annotated[
        int, typer.Option("--sentences", "-n", help="How many sentences about them (default 5).")
    ] = 5,
    fmt: FormatOption = Format.AUTO,
    output: OutputOption = None,
    debug: DebugOption = False,
) -> None:
    """A dossier on one actor: role, aliases, the sentences about them, their quotes, who else.

    Examples: brief actor Lavrov · brief actor "sir keir" live.txt -n 3 · brief actor zelensky -f markdown
    """
    from .pipeline import actor as dossier

    def work() -> None:
        documents = load(inputs)
        result = dossier(name, documents, sentences=sentences)
        for message in result.notes:
            note(message)
        emit(result, fmt, output)

    run(debug, work)


@app.command()
def quotes(
    inputs: Inputs = None,
    speaker: Annotated[
        str | None, typer.Option("--actor", "-a", help="Only the quotes of this actor (any alias).")
    ] = None,
    fmt: FormatOption = Format.AUTO,
    output: OutputOption = None,
    debug: DebugOption = False,
) -> None:
    """Every quotation with its speaker and reporting verb (speaker left empty when unclear).

    Examples: brief quotes · brief quotes live.txt --actor Peskov · brief quotes -f json
    """
    from .pipeline import quotes as find_quotes

    def work() -> None:
        documents = load(inputs)
        result = find_quotes(documents, actor=speaker)
        for message in result.notes:
            note(message)
        emit(result, fmt, output)

    run(debug, work)


@app.command()
def topic(
    query: Annotated[str, typer.Argument(help="What to brief on, in your own words.", show_default=False)],
    inputs: Inputs = None,
    sentences: Annotated[
        int | None,
        typer.Option("--sentences", "-n", help="How many sentences (default 5; with --words, no limit)."),
    ] = None,
    words: Annotated[
        int | None, typer.Option("--words", "-w", help="Word budget: never exceed W words in all.")
    ] = None,
    explain: Annotated[
        bool, typer.Option("--explain", help="Show why each sentence was chosen (score parts).")
    ] = False,
    fmt: FormatOption = Format.AUTO,
    output: OutputOption = None,
    debug: DebugOption = False,
) -> None:
    """The sentences about QUERY: matched on word stems, rare words first, in document order.

    Exits 1 when nothing in the input is about QUERY.
    Examples: brief topic "nuclear deterrent" -n 3 · brief topic peacekeepers live.txt --format json
    """
    from .pipeline import topic as on_topic

    def work() -> None:
        documents = load(inputs)
        result = on_topic(documents, query, sentences=sentences, words=words, explain=explain)
        emit(result, fmt, output)

    run(debug, work)


@app.command()
def topics(
    inputs: Inputs = None,
    top: Annotated[int, typer.Option("--top", "-t", help="How many topics, biggest first.", metavar="N")] = 8,
    fmt: FormatOption = Format.AUTO,
    output: OutputOption = None,
    debug: DebugOption = False,
) -> None:
    """The coverage's main threads: a key-phrase label, key terms, actors, share, sentences.

    Examples: brief topics · brief topics coverage/ --top 10 · brief topics live.txt --format json
    """
    from .pipeline import topics as discover

    def work() -> None:
        documents = load(inputs)
        emit(discover(documents, top=top), fmt, output)

    run(debug, work)


@app.command()
def report(
    inputs: Inputs = None,
    fmt: FormatOption = Format.AUTO,
    output: OutputOption = None,
    debug: DebugOption = False,
) -> None:
    """The whole briefing as one Markdown document: summary, key actors, topics, quotes.

    Examples: brief report · brief report coverage/ -o briefing.md · brief report live.txt --format json
    """
    from .pipeline import report as make_report

    def work() -> None:
        documents = load(inputs)
        emit(make_report(documents), fmt, output)

    run(debug, work)


def main() -> None:
    """Entry point: one-line errors, documented exit codes, quiet when the reader goes away."""
    try:
        code = app(standalone_mode=False, prog_name="brief")
    except Abort:
        code = 130
    except TyperException as exc:  # bad flags or values, reported by Typer's parser
        note(one_line(exc.format_message()))
        code = getattr(exc, "exit_code", ExitCode.BAD_INPUT)
    except UsageError as exc:
        note(exc.message)
        code = exc.exit_code
    except BrokenPipeError:
        # The reader (e.g. `head`) closed the pipe: stop quietly, like any Unix filter.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        code = ExitCode.OK
    except KeyboardInterrupt:
        code = 130
    sys.exit(int(code or 0))


def one_line(message: str) -> str:
    return " ".join(message.split())

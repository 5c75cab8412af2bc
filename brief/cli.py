"""The command line: flags in, one library call, a renderer out, errors to exit codes.

Kept free of nltk and sumy at import time so `brief --help` starts fast.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import inspect
import io
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar, cast

import typer
from typer.exceptions import Abort, TyperException

from . import __version__
from .errors import BriefError, ExitCode, InputError, UsageError
from .options import ReadOptions
from .output import SUFFIX_FORMATS, Format, open_atomic, resolve_format, write_atomic

if TYPE_CHECKING:
    from .models import DocumentSummary

T = TypeVar("T")

app = typer.Typer(
    name="brief",
    help="Offline briefings of news text: the sentences that matter, who said what, and about what.\n\n"
    "INPUT is any mix of files, folders (read recursively), http(s) URLs and - for stdin. "
    "With no INPUT, brief reads piped stdin, or briefs its bundled seed when run at a terminal.",
    epilog="Examples:  brief summary coverage/ -n 5  ·  cat story.txt | brief summary --words 80  "
    "·  brief actor Lavrov live.txt  ·  brief topic 'nuclear deterrent'  ·  brief report -o day.md  "
    "·  brief <command> --help for its options. Exit codes: 0 ok, 1 nothing found, 2 bad usage or input.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

Inputs = Annotated[
    list[str] | None,
    typer.Argument(
        help="Files, folders, URLs or - (stdin). Default: piped stdin, else the bundled seed.",
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

# Reader options: how web pages, feeds, JSON Lines and URLs are read. Every command that takes
# INPUT gets these six flags from @reads_input, and passes them to load() as one dict.
READ = ReadOptions()
READ_MAX_DOWNLOAD = "10M"  # READ.max_download, as the flag spells it
JsonlOption = Annotated[
    bool, typer.Option("--jsonl", help="Read stdin as JSON Lines, one document per line (files: by .jsonl).")
]
TextFieldOption = Annotated[
    str,
    typer.Option(
        "--text-field", metavar="FIELD", help="JSON Lines: the field holding the text (a.b for nested)."
    ),
]
IdFieldOption = Annotated[
    str,
    typer.Option(
        "--id-field", metavar="FIELD", help="JSON Lines: the field naming a record (else FILE:LINE)."
    ),
]
TitleFieldOption = Annotated[
    str, typer.Option("--title-field", metavar="FIELD", help="JSON Lines: the field holding the title.")
]
TimeoutOption = Annotated[
    float,
    typer.Option(
        "--timeout",
        metavar="SECONDS",
        envvar="BRIEF_TIMEOUT",
        help="URLs: give up on a download after this long.",
    ),
]
MaxDownloadOption = Annotated[
    str,
    typer.Option(
        "--max-download",
        metavar="SIZE",
        envvar="BRIEF_MAX_DOWNLOAD",
        help="URLs: refuse a body larger than SIZE (bytes, or with K/M/G).",
    ),
]
WithSourceOption = Annotated[
    bool, typer.Option("--with-source", help="text format: start each line with its source and a tab.")
]
SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*$", re.IGNORECASE)


def read_options(
    jsonl: bool = READ.jsonl,
    text_field: str = READ.text_field,
    id_field: str = READ.id_field,
    title_field: str = READ.title_field,
    timeout: float = READ.timeout,
    max_download: str = READ_MAX_DOWNLOAD,
) -> ReadOptions:
    """The reader flags as one ReadOptions, checked (a bad value is a UsageError, exit 2)."""
    if not timeout > 0:
        raise UsageError(f"--timeout must be a positive number of seconds, not {timeout:g}")
    for flag, name in (
        ("--text-field", text_field),
        ("--id-field", id_field),
        ("--title-field", title_field),
    ):
        if not name.strip():
            raise UsageError(f"{flag} must name a field")
    return ReadOptions(
        jsonl=jsonl,
        text_field=text_field,
        id_field=id_field,
        title_field=title_field,
        timeout=timeout,
        max_download=parse_size(max_download),
    )


READER_FLAGS = (
    ("jsonl", JsonlOption, READ.jsonl),
    ("text_field", TextFieldOption, READ.text_field),
    ("id_field", IdFieldOption, READ.id_field),
    ("title_field", TitleFieldOption, READ.title_field),
    ("timeout", TimeoutOption, READ.timeout),
    ("max_download", MaxDownloadOption, READ_MAX_DOWNLOAD),
)
Command = TypeVar("Command", bound=Callable[..., None])
ReaderFlags = dict[str, Any] | None  # the six flags' raw values, by parameter name


def reads_input(command: Command) -> Command:
    """Give a command the six reader flags (shown before --format); the command receives them
    as one `reader` dict for load(), which checks them inside the command's error handling."""
    signature = inspect.signature(command, eval_str=True)
    own = [p for p in signature.parameters.values() if p.name != "reader"]
    flags = [
        inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=kind)
        for name, kind, default in READER_FLAGS
    ]
    cut = next((i for i, p in enumerate(own) if p.name == "fmt"), len(own))
    params = [p.replace(kind=inspect.Parameter.KEYWORD_ONLY) for p in [*own[:cut], *flags, *own[cut:]]]

    @functools.wraps(command)
    def wrapper(**kwargs: Any) -> None:
        reader = {name: kwargs.pop(name) for name, _, _ in READER_FLAGS}
        command(**kwargs, reader=reader)

    wrapper.__signature__ = signature.replace(parameters=params)  # type: ignore[attr-defined]
    wrapper.__annotations__ = {p.name: p.annotation for p in params}
    return cast(Command, wrapper)


def parse_size(value: str) -> int:
    """`500000`, `500K`, `10M`, `1G` (powers of 1024) to bytes."""
    match = SIZE.match(value)
    if not match:
        raise UsageError(f"--max-download: {value!r} is not a size (like 500K or 10M)")
    scale = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30}[match.group(2).lower()]
    size = int(float(match.group(1)) * scale)
    if size < 1:
        raise UsageError(f"--max-download must be at least 1 byte, not {value!r}")
    return size


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


def load(inputs: list[str] | None, options: ReadOptions | None = None) -> Any:
    """Read the inputs, telling the user on stderr what was skipped or defaulted."""
    from .ingest import load as load_inputs

    loaded = load_inputs(inputs or [], options=options, report=note)
    return list(loaded.documents)


def stream(inputs: list[str] | None, options: ReadOptions) -> Iterator[Any]:
    """The inputs' documents one at a time (per-document mode); notes go to stderr at once."""
    from .ingest import stream_documents

    return stream_documents(inputs or [], note, options=options)


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


def emit_each(results: Iterable[DocumentSummary], fmt: Format, output: Path | None) -> None:
    """Per-document results as they come: JSON Lines by default, one object per document."""
    if fmt == Format.AUTO:
        known = output is not None and output.suffix.lower() in SUFFIX_FORMATS
        chosen = resolve_format(fmt.value, output, False) if known else "jsonl"
    else:
        chosen = fmt.value
    if chosen == "rich":
        raise UsageError("--each writes jsonl, json, text or markdown, not rich")
    parts = each_parts(checked(results), chosen)
    if output is None:
        for part in parts:
            sys.stdout.write(part)
        sys.stdout.flush()
    else:
        with open_atomic(output) as handle:
            for part in parts:
                handle.write(part)


def each_parts(results: Iterable[DocumentSummary], chosen: str) -> Iterator[str]:
    from .render import render

    if chosen != "json":
        for result in results:
            yield render(result, chosen)
        return
    first = True  # one JSON array, written an element at a time
    yield "["
    for result in results:
        yield ("\n" if first else ",\n") + render(result, "json").rstrip("\n")
        first = False
    yield "\n]\n" if not first else "]\n"


def checked(results: Iterable[DocumentSummary]) -> Iterator[DocumentSummary]:
    """Pass results through; then warn about documents without a summary, and fail (exit 2)
    when not one document could be summarised."""
    total = failed = 0
    for result in results:
        total += 1
        failed += result.summary is None
        yield result
    if failed == total:
        raise InputError(f"none of the {total} document(s) had prose to summarise")
    if failed:
        note(f"warning: {failed} of {total} document(s) had no prose to summarise (see their error)")


def run(debug: bool, work: Callable[[], T], streaming: bool = False) -> T:
    """Run one command's work, turning brief's errors into a message and an exit code.
    `streaming` work (--each) keeps the cycle collector: its memory must stay flat however
    long the stream."""
    try:
        with contextlib.nullcontext() if streaming else without_cycle_collection():
            return work()
    except BriefError as exc:
        if debug or os.environ.get("BRIEF_DEBUG"):
            raise
        note(exc.message)
        raise typer.Exit(int(exc.exit_code)) from None
    except BrokenPipeError:
        # The reader (e.g. `head`) closed the pipe. Typer would turn this into exit 1 before
        # main() sees it; stop quietly with 0 instead, like any Unix filter.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(int(ExitCode.OK)) from None


@contextlib.contextmanager
def without_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector for one command. A run builds millions of small objects
    (tokens, sentences, name occurrences) that all live to its end: the collector walked them
    again and again and freed almost nothing, a third of `brief actors` on 10 MB."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@app.command()
@reads_input
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
    each: Annotated[
        bool,
        typer.Option(
            "--each", help="Summarise each document on its own, streaming (one JSON line each by default)."
        ),
    ] = False,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", metavar="N", help="With --each: use N worker processes.")
    ] = 1,
    with_source: WithSourceOption = False,
    reader: ReaderFlags = None,
    fmt: FormatOption = Format.AUTO,
    output: OutputOption = None,
    debug: DebugOption = False,
) -> None:
    """The few sentences that matter: extractive, in document order, no near-duplicates.

    Examples: brief summary · brief summary live.txt -n 3 · brief summary a.txt b.txt --words 100
    --format json · brief summary https://example.org/story · brief summary --each records.jsonl -j 2
    """

    def work() -> None:
        options = read_options(**(reader or {}))
        if each:
            from .batch import summarise_each

            results = summarise_each(
                stream(inputs, options),
                sentences=sentences,
                words=words,
                method=method,
                explain=explain,
                jobs=jobs,
            )
            emit_each(results, fmt, output)
            return
        if jobs != 1:
            raise UsageError("--jobs works with --each (per-document mode)")
        from .pipeline import summary as summarise

        documents = load(inputs, options)
        result = summarise(documents, sentences=sentences, words=words, method=method, explain=explain)
        emit(replace(result, with_source=with_source), fmt, output)

    run(debug, work, streaming=each)


@app.command()
@reads_input
def actors(
    inputs: Inputs = None,
    kind: Annotated[
        str, typer.Option("--kind", "-k", help="person, organisation, place or all.", metavar="KIND")
    ] = "all",
    top: Annotated[int, typer.Option("--top", "-t", help="Show the N most mentioned.", metavar="N")] = 20,
    reader: ReaderFlags = None,
    fmt: FormatOption = Format.AUTO,
    output: OutputOption = None,
    debug: DebugOption = False,
) -> None:
    """Who is in the text: people, organisations and places, ranked by mentions, with roles.

    Examples: brief actors · brief actors live.txt --kind person --top 10 · brief actors -f json
    """
    from .pipeline import actors as find_actors

    def work() -> None:
        documents = load(inputs, read_options(**(reader or {})))
        emit(find_actors(documents, kind=kind, top=top), fmt, output)

    run(debug, work)


@app.command()
@reads_input
def actor(
    name: Annotated[str, typer.Argument(help="Any name or alias, any case: lavrov, 'Sergey Lavrov'.")],
    inputs: Inputs = None,
    sentences: Annotated[
        int, typer.Option("--sentences", "-n", help="How many sentences about them (default 5).")
    ] = 5,
    reader: ReaderFlags = None,
    fmt: FormatOption = Format.AUTO,
    output: OutputOption = None,
    debug: DebugOption = False,
) -> None:
    """A dossier on one actor: role, aliases, the sentences about them, their quotes, who else.

    Examples: brief actor Lavrov · brief actor "sir keir" live.txt -n 3 · brief actor zelensky -f markdown
    """
    from .pipeline import actor as dossier

    def work() -> None:
        documents = load(inputs, read_options(**(reader or {})))
        result = dossier(documents, name, sentences=sentences)
        for message in result.notes:
            note(message)
        emit(result, fmt, output)

    run(debug, work)


@app.command()
@reads_input
def quotes(
    inputs: Inputs = None,
    speaker: Annotated[
        str | None, typer.Option("--actor", "-a", help="Only the quotes of this actor (any alias).")
    ] = None,
    reader: ReaderFlags = None,
    fmt: FormatOption = Format.AUTO,
    output: OutputOption = None,
    debug: DebugOption = False,
) -> None:
    """Every quotation with its speaker and reporting verb (speaker left empty when unclear).

    Examples: brief quotes · brief quotes live.txt --actor Peskov · brief quotes -f json
    """
    from .pipeline import quotes as find_quotes

    def work() -> None:
        documents = load(inputs, read_options(**(reader or {})))
        result = find_quotes(documents, actor=speaker)
        for message in result.notes:
            note(message)
        emit(result, fmt, output)

    run(debug, work)


@app.command()
@reads_input
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
    reader: ReaderFlags = None,
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
        documents = load(inputs, read_options(**(reader or {})))
        result = on_topic(documents, query, sentences=sentences, words=words, explain=explain)
        emit(result, fmt, output)

    run(debug, work)


@app.command()
@reads_input
def topics(
    inputs: Inputs = None,
    top: Annotated[int, typer.Option("--top", "-t", help="How many topics, biggest first.", metavar="N")] = 8,
    reader: ReaderFlags = None,
    fmt: FormatOption = Format.AUTO,
    output: OutputOption = None,
    debug: DebugOption = False,
) -> None:
    """The coverage's main threads: a key-phrase label, key terms, actors, share, sentences.

    Examples: brief topics · brief topics coverage/ --top 10 · brief topics live.txt --format json
    """
    from .pipeline import topics as discover

    def work() -> None:
        documents = load(inputs, read_options(**(reader or {})))
        emit(discover(documents, top=top), fmt, output)

    run(debug, work)


@app.command()
@reads_input
def report(
    inputs: Inputs = None,
    reader: ReaderFlags = None,
    fmt: FormatOption = Format.AUTO,
    output: OutputOption = None,
    debug: DebugOption = False,
) -> None:
    """The whole briefing as one Markdown document: summary, key actors, topics, quotes.

    Examples: brief report · brief report coverage/ -o briefing.md · brief report live.txt --format json
    """
    from .pipeline import report as make_report

    def work() -> None:
        documents = load(inputs, read_options(**(reader or {})))
        emit(make_report(documents), fmt, output)

    run(debug, work)


# brief's matrix work is sparse or small: OpenBLAS's thread pool only adds hand-offs, which made
# the 1 MB default ranking 6x slower on a busy 2-core machine (benchmarks/RESULTS.md). Set before
# numpy loads; a user's own setting wins.
BLAS_THREADS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def main() -> None:
    """Entry point: one-line errors, documented exit codes, quiet when the reader goes away."""
    for name in BLAS_THREADS:
        os.environ.setdefault(name, "1")
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

"""Inputs to Documents: files, directories, URLs, stdin and the bundled seed; decoding and limits.

Each input is read as one kind — text, a web page, a feed or JSON Lines — chosen by its suffix,
its content type (URLs) or its first bytes (stdin), and handed to that kind's reader in
brief/readers.py; URLs are fetched by brief/fetch.py.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import BinaryIO

from .errors import InputError
from .models import Document, ReadOptions

STDIN = "-"
STDIN_SOURCE = "<stdin>"
# Suffixes a directory walk reads; anything else found there is skipped and reported.
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".rst", ".asc", ""})
# Above this, the corpus would not fit the memory budget of a laptop; say so instead of swapping.
MAX_TOTAL_BYTES = int(os.environ.get("BRIEF_MAX_BYTES", 64 * 1024 * 1024))
# Peak memory of a briefing per byte of input (benchmarks/RESULTS.md, 10 MB of news: 26
# for the default method, 70 for LexRank, the hungriest): input larger than the available
# memory / this is refused up front.
MEMORY_PER_INPUT_BYTE = 70
SNIFF_BYTES = 8192
# Plain-text suffixes taken at their word; files with any other suffix are sniffed for markup.
PLAIN_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".rst", ".asc"})
# Readers' notes (skipped records, empty feeds) go here as they happen.
Report = Callable[[str], None]


@dataclass(frozen=True)
class Loaded:
    """Documents read, plus what the user should be told on stderr (skipped files, defaults)."""

    documents: tuple[Document, ...]
    notes: tuple[str, ...] = ()


def decode(data: bytes, source: str) -> str:
    """Bytes to text: UTF-8 (BOM or not), UTF-16 with a BOM, else cp1252, else latin-1."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if looks_binary(data):
        raise InputError(f"{source}: looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def looks_binary(data: bytes) -> bool:
    """NUL bytes, or mostly control bytes, in the first few kilobytes."""
    head = data[:SNIFF_BYTES]
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls / len(head) > 0.1


def available_memory() -> int | None:
    """Bytes of memory the system can give without swapping (Linux MemAvailable), if known."""
    try:
        with open("/proc/meminfo", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def byte_limit() -> tuple[int, str]:
    """How many bytes of input brief accepts, and why that many: BRIEF_MAX_BYTES (default
    MAX_TOTAL_BYTES), lowered to what the available memory can brief without swapping."""
    try:
        limit = int(os.environ.get("BRIEF_MAX_BYTES", MAX_TOTAL_BYTES))
    except ValueError:
        limit = MAX_TOTAL_BYTES
    reason = "raise BRIEF_MAX_BYTES"
    memory = available_memory()
    if memory is not None and memory // MEMORY_PER_INPUT_BYTE < limit:
        limit = memory // MEMORY_PER_INPUT_BYTE
        reason = f"only {human_size(memory)} of memory is free"
    return limit, reason


def human_size(size: int) -> str:
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if size >= scale:
            return f"{size / scale:.3g} {unit}"
    return f"{size} bytes"


def read_bytes(path: Path, budget: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > budget:
            raise InputError(too_large(str(path)))
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file or directory") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None


def read_stream(stream: BinaryIO, source: str, budget: int) -> bytes:
    data = stream.read(budget + 1)
    if len(data) > budget:
        raise InputError(too_large(source))
    return data


def too_large(source: str) -> str:
    limit, reason = byte_limit()
    return f"{source}: input is larger than {human_size(limit)} in all; split it ({reason})"


def walk(directory: Path) -> tuple[list[Path], list[Path]]:
    """Text files under a directory (sorted, hidden entries ignored), and the files skipped."""
    taken: list[Path] = []
    skipped: list[Path] = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = Path(root, name)
            (taken if is_readable_suffix(path.suffix) else skipped).append(path)
    return taken, skipped


def is_readable_suffix(suffix: str) -> bool:
    """Text, or a format brief has a reader for (web pages, feeds, JSON Lines)."""
    from .readers import SUFFIXES

    return suffix.lower() in TEXT_SUFFIXES or suffix.lower() in SUFFIXES


def skipped_note(directory: Path, skipped: Sequence[Path]) -> str:
    suffixes = sorted({p.suffix.lower() or "(none)" for p in skipped})
    return f"{directory}: skipped {len(skipped)} non-text file(s) ({', '.join(suffixes)})"


def expand(inputs: Sequence[str]) -> tuple[list[str], list[str]]:
    """Replace each directory by the text files under it; returns (paths, notes)."""
    paths: list[str] = []
    notes: list[str] = []
    for item in inputs:
        path = Path(item)
        if item != STDIN and not is_url(item) and path.is_dir():
            taken, skipped = walk(path)
            if skipped:
                notes.append(skipped_note(path, skipped))
            if not taken:
                raise InputError(f"{path}: directory holds no text files")
            paths.extend(str(p) for p in taken)
        else:
            paths.append(item)
    return paths, notes


def stdin_is_piped(stream: BinaryIO) -> bool:
    """True when stdin is a pipe or a file; False for a terminal, /dev/null or no stdin."""
    try:
        mode = os.fstat(stream.fileno()).st_mode
    except (OSError, ValueError, AttributeError):
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISREG(mode) or stat.S_ISSOCK(mode)


def at_end(stream: BinaryIO) -> bool:
    """True when a piped stdin holds nothing at all (a script or CI job that runs `brief summary`
    with an empty pipe for stdin means no input, like a terminal). Waits for the first byte."""
    peek = getattr(stream, "peek", None)
    try:
        return peek is not None and peek(1) == b""
    except (OSError, ValueError):
        return False


def seed_paths() -> list[Path]:
    """The bundled seed texts, installed as package data (or beside the package in a checkout)."""
    try:
        folder = resources.files("brief.seeds")
        found = sorted(Path(str(f)) for f in folder.iterdir() if f.name.endswith(".txt"))
    except (ModuleNotFoundError, FileNotFoundError, NotADirectoryError):
        found = []
    if not found:
        found = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
    return found


def is_url(item: str) -> bool:
    """An http(s) address, fetched by brief/fetch.py (checked here without importing it)."""
    return item[:8].lower().startswith(("http://", "https://"))


def read_sources(
    paths: Sequence[str],
    stdin: BinaryIO,
    options: ReadOptions | None = None,
    report: Report | None = None,
    streaming: bool = False,
) -> Iterator[Document]:
    """Documents from each input in turn, each through the reader for its kind.

    The bytes read in all are capped by `byte_limit()`; `streaming` (per-document mode) reads
    JSON Lines a line at a time and caps only each single input."""
    options = options or ReadOptions()
    limit, _ = byte_limit()
    remaining = None if streaming else limit
    for item in paths:
        cap = limit if remaining is None else remaining
        read = read_url if is_url(item) else read_stdin if item == STDIN else read_path
        used, found = read(item, stdin, options, report, cap, streaming=streaming)
        yield from found
        if remaining is not None:
            remaining -= used


Read = tuple[int, Iterator[Document]]


def read_url(
    item: str, stdin: BinaryIO, options: ReadOptions, report: Report | None, cap: int, streaming: bool
) -> Read:
    from .fetch import fetch
    from .readers import documents, sniff

    fetched = fetch(item, timeout=options.timeout, max_bytes=min(options.max_download, cap))
    kind = fetched.kind or sniff(fetched.data)
    data = fetched.text_bytes() if kind in ("text", "jsonl") else fetched.data
    found = documents(data, item, kind, options, report, url=fetched.url)
    return len(fetched.data), found


def read_stdin(
    item: str, stdin: BinaryIO, options: ReadOptions, report: Report | None, cap: int, streaming: bool
) -> Read:
    from .readers import capped_lines, documents, read_jsonl, sniff

    if options.jsonl and streaming:
        return 0, read_jsonl(capped_lines(stdin, cap), STDIN_SOURCE, options, report)
    data = read_stream(stdin, STDIN_SOURCE, cap)
    kind = "jsonl" if options.jsonl else sniff(data)
    return len(data), documents(data, STDIN_SOURCE, kind, options, report)


def read_path(
    item: str, stdin: BinaryIO, options: ReadOptions, report: Report | None, cap: int, streaming: bool
) -> Read:
    from .readers import documents, kind_of_suffix, sniff

    path = Path(item)
    kind = kind_of_suffix(path.suffix)
    if kind == "jsonl":
        size = file_size(path)
        if not streaming and size > cap:
            raise InputError(too_large(item))
        return size, jsonl_file(path, item, options, report, cap)
    data = read_bytes(path, cap)
    if kind is None:
        kind = "text" if path.suffix.lower() in PLAIN_SUFFIXES else sniff(data)
    return len(data), documents(data, item, kind, options, report)


def jsonl_file(
    path: Path, source: str, options: ReadOptions, report: Report | None, cap: int
) -> Iterator[Document]:
    """A JSON Lines file's records, read a line at a time (constant memory)."""
    from .readers import capped_lines, read_jsonl

    try:
        with path.open("rb") as handle:
            yield from read_jsonl(capped_lines(handle, cap), source, options, report)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None


def file_size(path: Path) -> int:
    try:
        if path.is_dir():
            raise InputError(f"{path}: is a directory")
        return path.stat().st_size
    except FileNotFoundError:
        raise InputError(f"{path}: no such file or directory") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None


def plan(inputs: Sequence[str], stream: BinaryIO) -> tuple[list[str], list[str]]:
    """What to read, in order (directories expanded), and notes about defaults and skips."""
    notes: list[str] = []
    if not inputs:
        piped = stdin_is_piped(stream)
        if piped and not at_end(stream):
            inputs = [STDIN]
        else:
            seeds = seed_paths()
            if not seeds:
                raise InputError("no input given and the bundled seed is missing")
            inputs = [str(p) for p in seeds]
            why = "no input given (stdin is empty)" if piped else "no input given"
            notes.append(f"{why}: briefing the bundled seed ({seeds[0].name})")
    paths, skipped = expand(inputs)
    notes.extend(skipped)
    if paths.count(STDIN) > 1:
        raise InputError("'-' (stdin) can be given only once")
    return paths, notes


def load(
    inputs: Sequence[str],
    stdin: BinaryIO | None = None,
    options: ReadOptions | None = None,
    report: Report | None = None,
) -> Loaded:
    """Read every input into Documents, in the order given (directories sorted by path).

    Notes (skipped files and records) are collected in `Loaded.notes`, or, given `report`,
    passed to it as they happen, so they are seen even when reading then fails."""
    stream = stdin if stdin is not None else sys.stdin.buffer
    paths, notes = plan(inputs, stream)
    if report is not None:
        for message in notes:
            report(message)
        notes = []
    from .progress import bar

    found: list[Document] = []
    with bar("reading", total=len(paths)) as advance:
        for document in read_sources(paths, stream, options, report or notes.append):
            found.append(document)
            advance(1)
    documents = tuple(found)
    if not documents:
        raise InputError(f"{names(paths)}: no documents found")
    return Loaded(documents=documents, notes=tuple(notes))


def names(paths: Sequence[str]) -> str:
    shown = ", ".join(STDIN_SOURCE if p == STDIN else p for p in paths[:3])
    return shown + (f" and {len(paths) - 3} more" if len(paths) > 3 else "")


def stream_documents(
    inputs: Sequence[str],
    report: Report,
    stdin: BinaryIO | None = None,
    options: ReadOptions | None = None,
) -> Iterator[Document]:
    """Every input's documents one at a time, for per-document mode: JSON Lines are read a line
    at a time, so a file of any length is read in constant memory. Notes go to `report`."""
    stream = stdin if stdin is not None else sys.stdin.buffer
    paths, notes = plan(inputs, stream)
    for message in notes:
        report(message)
    count = 0
    for document in read_sources(paths, stream, options, report, streaming=True):
        count += 1
        yield document
    if not count:
        raise InputError(f"{names(paths)}: no documents found")

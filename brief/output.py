"""Where results go: format resolution and atomic file writes."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TextIO

from .errors import InputError


class Format(StrEnum):
    AUTO = "auto"
    RICH = "rich"
    TEXT = "text"
    MARKDOWN = "markdown"
    JSON = "json"
    JSONL = "jsonl"


SUFFIX_FORMATS = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}


def resolve_format(fmt: str, output: Path | None, stdout_is_terminal: bool) -> str:
    """`auto` means: the output file's extension decides, else rich on a terminal, else text."""
    if fmt != "auto":
        return fmt
    if output is not None:
        return SUFFIX_FORMATS.get(output.suffix.lower(), "text")
    return "rich" if stdout_is_terminal else "text"


def write_atomic(path: Path, content: str) -> None:
    """Write to a temporary file beside `path`, then rename: readers never see half a file."""
    with open_atomic(path) as handle:
        handle.write(content)


@contextmanager
def open_atomic(path: Path) -> Iterator[TextIO]:
    """Stream text into a temporary file beside `path`; rename it into place only on success,
    so an interrupted batch never leaves half a file under the final name."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(f"{path}: cannot write, folder {folder} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(f"{path}: cannot write ({exc.strerror or exc})") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise

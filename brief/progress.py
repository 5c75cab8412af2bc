"""A progress bar on stderr for long work: only on a terminal, only after about a second.

Library code reports progress through the callback `bar()` yields, whatever the output:
nothing is drawn when stderr is not a terminal (pipes, files, tests), when BRIEF_NO_PROGRESS
is set, or when the work ends within DELAY seconds — short runs never flicker a bar. The bar
is transient: it disappears when the work is done, leaving stderr as it was.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TextIO

# Seconds of work before a bar appears.
DELAY = 1.0
# Seconds between checks of the clock while no bar is shown (keeps the callback cheap).
CHECK_EVERY = 0.05


def enabled(stream: TextIO | None = None) -> bool:
    """Progress is drawn only on an interactive stderr, unless BRIEF_NO_PROGRESS is set."""
    stream = stream if stream is not None else sys.stderr
    if os.environ.get("BRIEF_NO_PROGRESS"):
        return False
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


class Tracker:
    """Counts work done; starts a rich bar once the work has lasted DELAY seconds."""

    def __init__(self, description: str, total: int | None, stream: TextIO, clock: Callable[[], float]):
        self.description = description
        self.total = total
        self.stream = stream
        self.clock = clock
        self.started = clock()
        self.next_check = self.started
        self.done = 0
        self.live: Any = None
        self.task: Any = None

    def advance(self, amount: int = 1) -> None:
        self.done += amount
        if self.live is not None:
            self.live.update(self.task, completed=self.done)
            return
        now = self.clock()
        if now < self.next_check:
            return
        self.next_check = now + CHECK_EVERY
        if now - self.started >= DELAY:
            self.start()

    def start(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeElapsedColumn

        console = Console(file=self.stream, stderr=True)
        self.live = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            TaskProgressColumn(),
            TimeElapsedColumn(),
            console=console,
            transient=True,
        )
        self.task = self.live.add_task(self.description, total=self.total, completed=self.done)
        self.live.start()

    def stop(self) -> None:
        if self.live is not None:
            self.live.stop()
            self.live = None


def ignore(amount: int = 1) -> None:
    """The callback used when no bar can be drawn."""


@contextmanager
def bar(
    description: str,
    total: int | None = None,
    stream: TextIO | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> Iterator[Callable[[int], None]]:
    """Yield `advance(n)`; a bar shows on a terminal stderr once the work outlasts DELAY."""
    out = stream if stream is not None else sys.stderr
    if not enabled(out):
        yield ignore
        return
    tracker = Tracker(description, total, out, clock)
    try:
        yield tracker.advance
    finally:
        tracker.stop()

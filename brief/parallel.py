"""Per-sentence work shared with a second process on large inputs (fork only, two cores)."""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")

# Below this many items a second process costs more than it saves.
MIN_ITEMS = 20_000

# The job a forked child runs: set just before the fork, so the child inherits it (a closure
# cannot be pickled, but a forked process already has it in memory).
_job: Callable[[int], Any] | None = None


def workers() -> int:
    """Processes to work with: the CPUs this process may run on, or BRIEF_JOBS."""
    try:
        return max(1, int(os.environ.get("BRIEF_JOBS", "")))
    except ValueError:
        pass
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def can_fork() -> bool:
    return workers() >= 2 and "fork" in multiprocessing.get_all_start_methods()


def _run(lo: int, hi: int) -> list[Any]:
    assert _job is not None
    return [_job(i) for i in range(lo, hi)]


def each(job: Callable[[int], T], n: int, min_items: int = MIN_ITEMS) -> list[T]:
    """[job(i) for i in range(n)], the second half in a forked process when n is large.
    `job` must be pure: the child's side effects are lost."""
    global _job
    if n < min_items or not can_fork():
        return [job(i) for i in range(n)]
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    for stream in (sys.stdout, sys.stderr):  # a forked child flushes its copy of any buffer
        if stream is not None:
            stream.flush()
    cut = n // 2
    _job = job
    try:
        with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork")) as pool:
            tail = pool.submit(_run, cut, n)
            head = [job(i) for i in range(cut)]
            return head + tail.result()
    except (OSError, BrokenProcessPool):  # no process could be started: do it all here
        return [job(i) for i in range(n)]
    finally:
        _job = None

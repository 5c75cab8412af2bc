"""Work shared with one forked process on large inputs (two cores: this one and the child).

A forked child already holds the parent's memory, so the job (a closure) is not sent to it;
only its result comes back, through a pipe. No executor, no helper threads in the parent: the
parent works on its own share meanwhile at full speed."""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")

# Below this many items a second process costs more than it saves.
MIN_ITEMS = 20_000


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


class ChildFailed(Exception):
    """The forked process died or could not be started: do its share here."""


def start(job: Callable[[], T]) -> Callable[[], T]:
    """Run job() in a forked process now; returns a function that waits for its result and
    raises ChildFailed if the child could not deliver it. `job` must be pure: the child's side
    effects are lost."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    for stream in (sys.stdout, sys.stderr):  # a forked child flushes its copy of any buffer
        if stream is not None:
            stream.flush()
    try:
        child = context.Process(target=deliver, args=(job, send), daemon=True)
        child.start()
    except OSError as exc:
        raise ChildFailed(str(exc)) from exc
    send.close()

    def result() -> T:
        try:
            value: T = receive.recv()
        except (EOFError, OSError) as exc:
            raise ChildFailed("the child process ended without a result") from exc
        finally:
            receive.close()
            child.join()
        return value

    return result


def deliver(job: Callable[[], Any], send: Any) -> None:
    """In the child: compute and send the result. An error sends nothing and prints nothing:
    the parent redoes the share, and reports the error itself if it comes again."""
    try:
        value = job()
    except Exception:
        send.close()
        return
    send.send(value)
    send.close()


def each(job: Callable[[int], T], n: int, min_items: int = MIN_ITEMS) -> list[T]:
    """[job(i) for i in range(n)], the second half in a forked process when n is large."""
    if n < min_items or not can_fork():
        return [job(i) for i in range(n)]
    cut = n // 2
    try:
        tail = start(lambda: [job(i) for i in range(cut, n)])
    except ChildFailed:
        return [job(i) for i in range(n)]
    head = [job(i) for i in range(cut)]
    try:
        return head + tail()
    except ChildFailed:
        return head + [job(i) for i in range(cut, n)]

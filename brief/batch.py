"""Per-document mode (`summary --each`): every document summarised on its own, streaming.

Documents are read, summarised and handed back one at a time, so a JSON Lines file of any
length is processed in constant memory. With `jobs` > 1 the work runs in that many worker
processes; results still come back in input order, and at most a small window of documents is
in flight at once (a plain `Pool.imap` would read the whole input ahead of the workers).
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import TYPE_CHECKING

from .errors import BriefError, UsageError
from .models import Document, DocumentSummary

if TYPE_CHECKING:
    from multiprocessing.pool import AsyncResult

BATCH = 4  # documents per task sent to a worker: fewer round trips, small enough to stay in order
WINDOW_PER_JOB = 4  # tasks in flight per worker


def summarise_each(
    documents: Iterable[Document],
    *,
    sentences: int | None = None,
    words: int | None = None,
    method: str = "default",
    explain: bool = False,
    jobs: int = 1,
) -> Iterator[DocumentSummary]:
    """A summary of each document on its own, in input order. A document that cannot be
    summarised (no prose in it) comes back with `error` set instead of stopping the batch."""
    from . import summarise
    from .pipeline import check_counts

    check_counts(sentences, words)
    if method not in summarise.METHODS:
        raise UsageError(f"unknown method {method!r}; choose from {', '.join(summarise.METHODS)}")
    if jobs < 1:
        raise UsageError(f"--jobs must be at least 1, not {jobs}")
    work = partial(summarise_one, sentences=sentences, words=words, method=method, explain=explain)
    if jobs == 1:
        return map(work, documents)
    return in_processes(work, documents, jobs)


def summarise_one(
    document: Document, *, sentences: int | None, words: int | None, method: str, explain: bool
) -> DocumentSummary:
    from .pipeline import summary

    name = document.id or document.source
    try:
        result = summary(document, sentences=sentences, words=words, method=method, explain=explain)
    except BriefError as exc:
        return DocumentSummary(
            id=name, source=document.source, title=document.title, summary=None, error=exc.message
        )
    title = document.title or (result.title if result.title != document.source else None)
    return DocumentSummary(id=name, source=document.source, title=title, summary=result)


def summarise_batch(
    work: Callable[[Document], DocumentSummary], batch: list[Document]
) -> list[DocumentSummary]:
    return [work(document) for document in batch]


def in_processes(
    work: Callable[[Document], DocumentSummary], documents: Iterable[Document], jobs: int
) -> Iterator[DocumentSummary]:
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    window = jobs * WINDOW_PER_JOB
    source = iter(documents)
    with context.Pool(jobs) as pool:
        pending: deque[AsyncResult[list[DocumentSummary]]] = deque()
        while batch := list(itertools.islice(source, BATCH)):
            pending.append(pool.apply_async(summarise_batch, (work, batch)))
            if len(pending) >= window:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()

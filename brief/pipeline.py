"""The only place the stages are wired together: ingest -> clean -> split -> rank -> select."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from .errors import InputError, UsageError
from .models import Corpus, Document, Summary

DEFAULT_SENTENCES = 5

TextOrDocuments = str | Document | Path | Iterable[str | Document | Path]


def as_documents(inputs: TextOrDocuments) -> list[Document]:
    """Accept a string of text, a Document, a Path, or a sequence of them."""
    if isinstance(inputs, (str, Document, Path)):
        inputs = [inputs]
    docs: list[Document] = []
    for i, item in enumerate(inputs):
        if isinstance(item, Document):
            docs.append(item)
        elif isinstance(item, Path):
            from .ingest import load

            docs.extend(load([str(item)]).documents)
        elif isinstance(item, str):
            docs.append(Document(source=f"<text {i + 1}>" if i else "<text>", text=item))
        else:
            raise UsageError(f"cannot read {type(item).__name__}: give text, a Document or a Path")
    return docs


def prepare(documents: Sequence[Document]) -> Corpus:
    """Clean and split documents into one corpus; a corpus with no sentences is an error."""
    from .clean import clean
    from .split import split_documents

    cleaned = []
    for doc in documents:
        result = clean(doc.text)
        titled = doc if doc.title or not result.title else _with_title(doc, result.title)
        cleaned.append((titled, result.paragraphs))
    corpus = split_documents(cleaned)
    if not corpus.sentences:
        names = ", ".join(d.source for d in documents[:3]) or "input"
        if len(documents) > 3:
            names += f" and {len(documents) - 3} more"
        raise InputError(f"{names}: no sentences left after cleaning (empty or not prose)")
    return corpus


def _with_title(doc: Document, title: str) -> Document:
    return replace(doc, title=title)


def check_counts(sentences: int | None, words: int | None) -> None:
    if sentences is not None and sentences < 1:
        raise UsageError(f"--sentences must be at least 1, not {sentences}")
    if words is not None and words < 1:
        raise UsageError(f"--words must be at least 1, not {words}")


def summary(
    text_or_documents: TextOrDocuments,
    *,
    sentences: int | None = None,
    words: int | None = None,
    method: str = "default",
    explain: bool = False,
) -> Summary:
    """The few sentences that matter, verbatim, in document order, without near-duplicates.

    `sentences` defaults to 5; with only `words`, as many sentences as fit the word budget."""
    from . import dedupe, summarise

    check_counts(sentences, words)
    if sentences is None and words is None:
        sentences = DEFAULT_SENTENCES
    if method not in summarise.METHODS:
        raise UsageError(f"unknown method {method!r}; choose from {', '.join(summarise.METHODS)}")
    corpus = prepare(as_documents(text_or_documents))
    ranking = summarise.rank(corpus, method)
    chosen = summarise.select(corpus, ranking, sentences=sentences, words=words)
    chosen = dedupe.merge(corpus, ranking, chosen, words=words)
    return Summary(
        title=corpus.title,
        method=method,
        sentences=tuple(chosen),
        sources=corpus.sources,
        explain=explain,
        references=tuple(d.reference for d in corpus.documents),
    )

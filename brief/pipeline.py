"""The only place the stages are wired together: ingest -> clean -> split -> rank -> select."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

# brief.topics is both a module and (in brief/__init__.py) a function: importing the module
# here, before brief/__init__.py binds the function, keeps both reachable.
from . import topics as topic_rules
from .errors import InputError, NothingFound, UsageError
from .models import Corpus, Document, Summary, TopicList, TopicSummary

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
        names = ", ".join(d.source for d in documents) or "input"
        raise InputError(f"{names}: no sentences left after cleaning (empty or not prose)")
    return corpus


def _with_title(doc: Document, title: str) -> Document:
    return Document(source=doc.source, text=doc.text, title=title)


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
    from . import summarise

    check_counts(sentences, words)
    if sentences is None and words is None:
        sentences = DEFAULT_SENTENCES
    if method not in summarise.METHODS:
        raise UsageError(f"unknown method {method!r}; choose from {', '.join(summarise.METHODS)}")
    corpus = prepare(as_documents(text_or_documents))
    ranking = summarise.rank(corpus, method)
    chosen = summarise.select(corpus, ranking, sentences=sentences, words=words)
    return Summary(
        title=corpus.title,
        method=method,
        sentences=tuple(chosen),
        sources=corpus.sources,
        explain=explain,
    )


def topic(
    text_or_documents: TextOrDocuments,
    query: str,
    *,
    sentences: int | None = None,
    words: int | None = None,
    explain: bool = False,
) -> TopicSummary:
    """The sentences that answer `query`, verbatim, in document order, without near-duplicates.

    Matches on stems ("deterrent" finds "deterrence"), weights rare words above common ones
    (BM25), and prefers sentences central to the query's part of the text. Raises NothingFound
    when no sentence mentions any of the query's words."""
    from . import summarise

    check_counts(sentences, words)
    if sentences is None and words is None:
        sentences = DEFAULT_SENTENCES
    stems = topic_rules.query_terms(query)
    if not stems:
        raise UsageError(f"query {query.strip()!r} has no words to search for (only stop words?)")
    corpus = prepare(as_documents(text_or_documents))
    ranking = topic_rules.rank(corpus, stems)
    chosen = [s for s in summarise.select(corpus, ranking, sentences=sentences, words=words) if s.score > 0]
    if not chosen:
        where = "the input" if len(corpus.sources) != 1 else corpus.sources[0]
        if words is not None and any(ranking.scores):
            raise NothingFound(f"no sentence about {query.strip()!r} fits in {words} words")
        raise NothingFound(f"nothing about {query.strip()!r} in {where}")
    return TopicSummary(
        title=corpus.title,
        query=query.strip(),
        sentences=tuple(chosen),
        sources=corpus.sources,
        explain=explain,
    )


def topics(text_or_documents: TextOrDocuments, *, top: int = topic_rules.DEFAULT_TOPICS) -> TopicList:
    """The coverage's main threads, biggest first: each with a key-phrase label taken from the
    text, key terms, the actors most tied to it, its share of the words and 1-3 sentences."""
    if top < 1:
        raise UsageError(f"--top must be at least 1, not {top}")
    corpus = prepare(as_documents(text_or_documents))
    return TopicList(
        title=corpus.title, topics=tuple(topic_rules.discover(corpus, top)), sources=corpus.sources
    )

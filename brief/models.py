"""Frozen dataclasses that flow between the pipeline stages."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Format = Literal["auto", "rich", "text", "markdown", "json"]


@dataclass(frozen=True)
class Document:
    """One input text, before cleaning: a file, stdin, or a string given to the API."""

    source: str
    text: str
    title: str | None = None


@dataclass(frozen=True)
class Sentence:
    """One sentence of the corpus, verbatim from its document (whitespace aside)."""

    text: str
    index: int  # position in the whole corpus, 0-based
    position: int  # position within its document, 0-based
    source: str
    document: int  # index of its document in the corpus
    paragraph: int  # index of its paragraph within its document
    first_in_paragraph: bool


@dataclass(frozen=True)
class Corpus:
    """Cleaned, split documents: what every command works on."""

    documents: tuple[Document, ...]
    sentences: tuple[Sentence, ...]
    terms: tuple[tuple[str, ...], ...]  # content-word stems per sentence, parallel to sentences

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(d.source for d in self.documents)

    @property
    def title(self) -> str:
        for doc in self.documents:
            if doc.title:
                return doc.title
        return self.documents[0].source if self.documents else "brief"


@dataclass(frozen=True)
class Scored:
    """A selected sentence with its score and, for --explain, the parts of that score."""

    sentence: Sentence
    score: float
    components: tuple[tuple[str, float], ...] = ()

    @property
    def text(self) -> str:
        return self.sentence.text

    @property
    def position(self) -> int:
        return self.sentence.position

    @property
    def source(self) -> str:
        return self.sentence.source


@dataclass(frozen=True)
class Summary:
    """The result of `brief summary`."""

    title: str
    method: str
    sentences: tuple[Scored, ...]
    sources: tuple[str, ...]
    explain: bool = False
    command: str = field(default="summary")


@dataclass(frozen=True)
class TopicSummary:
    """The result of `brief topic QUERY`: the sentences that answer a query, in document order."""

    title: str
    query: str
    sentences: tuple[Scored, ...]
    sources: tuple[str, ...]
    explain: bool = False
    command: str = field(default="topic")


@dataclass(frozen=True)
class Topic:
    """One discovered thread of the coverage."""

    label: str  # a key phrase, verbatim from the text
    terms: tuple[str, ...]  # its key words, as written (most characteristic first)
    actors: tuple[str, ...]  # the names most tied to it
    share: float  # its share of the text's words, 0..1
    sentences: tuple[Sentence, ...]  # 1-3 representative sentences, in document order


@dataclass(frozen=True)
class TopicList:
    """The result of `brief topics`: the main threads, biggest first."""

    title: str
    topics: tuple[Topic, ...]
    sources: tuple[str, ...]
    command: str = field(default="topics")

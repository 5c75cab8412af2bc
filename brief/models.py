"""Frozen dataclasses that flow between the pipeline stages."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Literal

from .options import ReadOptions as ReadOptions  # the reader flags, kept apart for a fast --help

Format = Literal["auto", "rich", "text", "markdown", "json"]


@dataclass(frozen=True)
class Document:
    """One input text, before cleaning: a file, stdin, or a string given to the API."""

    source: str
    text: str
    title: str | None = None
    url: str | None = None  # where it was fetched from (after redirects), or an entry's link
    date: str | None = None  # publication date as given (ISO 8601 where the reader knows it)
    author: str | None = None
    id: str | None = None  # a record's or feed entry's own id

    @property
    def reference(self) -> Reference:
        return Reference(
            source=self.source, title=self.title, url=self.url, date=self.date, author=self.author, id=self.id
        )


@dataclass(frozen=True)
class Reference:
    """What a result cites about a document: everything but its text."""

    source: str
    title: str | None = None
    url: str | None = None
    date: str | None = None
    author: str | None = None
    id: str | None = None


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
    title: str | None = None  # its document's title


@dataclass(frozen=True)
class Corpus:
    """Cleaned, split documents: what every command works on."""

    documents: tuple[Document, ...]
    sentences: tuple[Sentence, ...]
    terms: tuple[tuple[str, ...], ...]  # content-word stems per sentence, parallel to sentences
    # Treebank word tokens per sentence, parallel to sentences (kept so that methods needing
    # the raw words, sumy's, do not tokenize twice); empty when a Corpus is built without them.
    tokens: tuple[tuple[str, ...], ...] = ()

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(d.source for d in self.documents)

    @property
    def title(self) -> str:
        """The first document heading, else the first file's name (and how many others)."""
        for doc in self.documents:
            if doc.title:
                return doc.title
        if not self.documents:
            return "Briefing"
        name = PurePath(self.documents[0].source).name or self.documents[0].source
        others = len(self.documents) - 1
        return f"{name} and {others} more" if others else name


@dataclass(frozen=True)
class Scored:
    """A selected sentence with its score and, for --explain, the parts of that score."""

    sentence: Sentence
    score: float
    components: tuple[tuple[str, float], ...] = ()
    # Every source reporting this sentence (or a near-duplicate of it), its own first;
    # empty when no other document repeats it.
    sources: tuple[str, ...] = ()

    @property
    def reported_by(self) -> int:
        return max(1, len(self.sources))

    @property
    def title(self) -> str | None:
        return self.sentence.title

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
    references: tuple[Reference, ...] = ()  # parallel to `sources`: titles, links, dates
    with_source: bool = False  # text output prefixes each sentence with its source


@dataclass(frozen=True)
class DocumentSummary:
    """One document's summary in per-document mode (`summary --each`), or why it has none."""

    id: str
    source: str
    title: str | None
    summary: Summary | None
    error: str | None = None


ActorKind = Literal["person", "organisation", "place"]
MentionHow = Literal["name", "pronoun", "description"]


@dataclass(frozen=True)
class Mention:
    """One sentence that refers to an actor: by a name, or by a pronoun or description."""

    sentence: int  # corpus index of the sentence
    surface: str  # the words in the text ("Lavrov", "he", "the French president")
    how: MentionHow = "name"


@dataclass(frozen=True)
class Actor:
    """A person, organisation or place, with every alias the text uses for it."""

    name: str  # canonical: the fullest form seen
    kind: ActorKind
    aliases: tuple[str, ...]
    role: str | None  # the most specific role seen
    roles: tuple[str, ...]  # every role seen, in order of appearance
    mentions: tuple[Mention, ...]  # one per sentence, in corpus order
    quotes: int = 0

    @property
    def count(self) -> int:
        return len(self.mentions)


@dataclass(frozen=True)
class Quote:
    """A direct quotation (whole or partial) and who said it; `speaker` is None when unclear."""

    text: str
    speaker: str | None  # canonical actor name
    verb: str | None  # the reporting verb as written ("said", "told", "according to")
    sentence: Sentence  # the sentence the quotation opens in

    @property
    def position(self) -> int:
        return self.sentence.position

    @property
    def source(self) -> str:
        return self.sentence.source


@dataclass(frozen=True)
class ActorList:
    """The result of `brief actors`: actors ranked by mentions."""

    title: str
    actors: tuple[Actor, ...]
    sources: tuple[str, ...]
    kind: str = "all"
    command: str = field(default="actors")


@dataclass(frozen=True)
class Related:
    """An actor mentioned in the same sentences as another, and how often."""

    name: str
    kind: ActorKind
    together: int  # sentences mentioning both


@dataclass(frozen=True)
class Dossier:
    """The result of `brief actor NAME`: who they are, what the text says about them, their quotes."""

    title: str
    actor: Actor
    sentences: tuple[Scored, ...]
    quotes: tuple[Quote, ...]
    related: tuple[Related, ...]
    sources: tuple[str, ...]
    notes: tuple[str, ...] = ()  # told to the user on stderr (e.g. other actors sharing the name)
    command: str = field(default="actor")


@dataclass(frozen=True)
class QuoteList:
    """The result of `brief quotes`: every quotation in text order."""

    title: str
    quotes: tuple[Quote, ...]
    sources: tuple[str, ...]
    actor: str | None = None  # the canonical name the list was filtered to
    notes: tuple[str, ...] = ()
    command: str = field(default="quotes")


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


@dataclass(frozen=True)
class ActorBrief:
    """One key actor in a report: who they are, a sentence or two about them, a telling quote."""

    actor: Actor
    sentences: tuple[Scored, ...]
    quote: Quote | None


@dataclass(frozen=True)
class Report:
    """The result of `brief report`: the whole briefing, each sentence shown once where possible."""

    title: str
    sources: tuple[str, ...]
    summary: tuple[Scored, ...]
    actors: tuple[ActorBrief, ...]
    topics: tuple[Topic, ...]
    quotes: tuple[Quote, ...]
    command: str = field(default="report")

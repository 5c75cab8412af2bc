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

"""The only place the stages are wired together: ingest -> clean -> split -> rank -> select."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import InputError, NothingFound, UsageError
from .models import (
    Actor,
    ActorBrief,
    ActorList,
    Corpus,
    Document,
    Dossier,
    Quote,
    QuoteList,
    Related,
    Report,
    Scored,
    Summary,
    Topic,
    TopicList,
    TopicSummary,
)

if TYPE_CHECKING:
    from .actor_rules import Analysis

DEFAULT_SENTENCES = 5
DEFAULT_TOPICS = 8
POSSESSIVE_END = re.compile(r"'s?$")

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


def prepare(
    documents: Sequence[Document], *, with_terms: bool = True, meanwhile: Callable[[], object] | None = None
) -> Corpus:
    """Clean and split documents into one corpus; a corpus with no sentences is an error.

    `with_terms=False` skips the word tokens and their stems (the slow part) when nothing is
    ranked. `meanwhile` is run while a large input is being split by another process (the
    ranking's imports: numpy and scipy take a quarter of a second)."""
    from .clean import clean
    from .split import split_documents

    cleaned = []
    for doc in documents:
        result = clean(doc.text)
        titled = doc if doc.title or not result.title else _with_title(doc, result.title)
        cleaned.append((titled, result.paragraphs))
    corpus = split_documents(cleaned, with_terms=with_terms, meanwhile=meanwhile)
    if not corpus.sentences:
        names = ", ".join(d.source for d in documents[:3]) or "input"
        if len(documents) > 3:
            names += f" and {len(documents) - 3} more"
        raise InputError(f"{names}: no sentences left after cleaning (empty or not prose)")
    return corpus


def warm_ranking() -> Callable[[], object]:
    """The default ranking's imports, to load while a large input is split (see prepare)."""
    from .summarise import warm

    return warm("default")


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
    corpus = prepare(as_documents(text_or_documents), meanwhile=summarise.warm(method))
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


# --- actors and quotes -------------------------------------------------------------------------

ACTOR_KINDS = ("person", "organisation", "place", "all")
KIND_SPELLINGS = {"organization": "organisation"}  # US spelling accepted
DEFAULT_TOP = 20


@dataclass(frozen=True)
class Cast:
    """Everything the actor commands share: the corpus, what the rules found, the quotations."""

    corpus: Corpus
    analysis: Analysis
    quotes: tuple[Quote, ...]
    actors: tuple[Actor, ...]


def cast(corpus: Corpus) -> Cast:
    """Find the actors and quotations of a prepared corpus."""
    from . import actor_rules, quote_rules

    found = quote_rules.scan(corpus)
    analysis = actor_rules.analyse(corpus, quote_rules.inside(corpus, found))
    quoted = quote_rules.attribute(corpus, found, analysis)
    return Cast(corpus, analysis, quoted, actor_rules.build(analysis, quoted))


def actors(
    text_or_documents: TextOrDocuments, *, kind: str = "all", top: int | None = DEFAULT_TOP
) -> ActorList:
    """People, organisations and places in the text, ranked by the sentences that mention them."""
    kind = KIND_SPELLINGS.get(kind, kind)
    if kind not in ACTOR_KINDS:
        raise UsageError(f"unknown kind {kind!r}; choose from {', '.join(ACTOR_KINDS)}")
    if top is not None and top < 1:
        raise UsageError(f"--top must be at least 1, not {top}")
    corpus = prepare(as_documents(text_or_documents), with_terms=False)
    found = cast(corpus).actors
    chosen = [a for a in found if kind == "all" or a.kind == kind]
    if not chosen:
        what = "actors" if kind == "all" else f"actors of kind {kind}"
        raise NothingFound(f"no {what} found in {', '.join(corpus.sources)}")
    return ActorList(
        title=corpus.title,
        actors=tuple(chosen[:top] if top is not None else chosen),
        sources=corpus.sources,
        kind=kind,
    )


def actor(text_or_documents: TextOrDocuments, name: str, *, sentences: int = DEFAULT_SENTENCES) -> Dossier:
    """A dossier on one actor: who they are, the sentences about them, their quotes, who else."""
    from . import summarise

    check_counts(sentences, None)
    corpus = prepare(as_documents(text_or_documents), meanwhile=warm_ranking())
    found = cast(corpus)
    chosen, others = match_actor(name, found.actors)
    notes: tuple[str, ...] = ()
    if others:
        listed = ", ".join(f"{a.name} ({a.count})" for a in others)
        notes = (f"{len(others) + 1} actors match {name!r}; showing {chosen.name}; also: {listed}",)
    indices = [m.sentence for m in chosen.mentions]
    ranking = summarise.rank(corpus, "default")
    sub = Corpus(
        documents=corpus.documents,
        sentences=tuple(corpus.sentences[i] for i in indices),
        terms=tuple(corpus.terms[i] for i in indices),
    )
    # A sentence that leads with the actor is about them; a passing mention is not.
    sub_ranking = summarise.Ranking(
        scores=tuple(
            ranking.scores[i] * (LEAD_WEIGHT if leads_with(corpus.sentences[i].text, chosen) else 1.0)
            for i in indices
        ),
        components=tuple(ranking.components[i] for i in indices) if ranking.components else (),
    )
    selected = summarise.select(sub, sub_ranking, sentences=sentences)
    return Dossier(
        title=corpus.title,
        actor=chosen,
        sentences=tuple(selected),
        quotes=tuple(q for q in found.quotes if q.speaker == chosen.name),
        related=related(chosen, found.actors),
        sources=corpus.sources,
        notes=notes,
    )


def quotes(text_or_documents: TextOrDocuments, *, actor: str | None = None) -> QuoteList:
    """Every quotation in the text, with its speaker (None when unclear) and reporting verb."""
    corpus = prepare(as_documents(text_or_documents), with_terms=False)
    found = cast(corpus)
    chosen = None
    notes: tuple[str, ...] = ()
    selected = found.quotes
    if actor is not None:
        person, others = match_actor(actor, found.actors)
        chosen = person.name
        if others:
            listed = ", ".join(f"{a.name} ({a.count})" for a in others)
            notes = (f"{len(others) + 1} actors match {actor!r}; showing {chosen}; also: {listed}",)
        selected = tuple(q for q in found.quotes if q.speaker == chosen)
        if not selected:
            raise NothingFound(f"no quotes from {chosen} in {', '.join(corpus.sources)}")
    elif not selected:
        raise NothingFound(f"no quotations found in {', '.join(corpus.sources)}")
    return QuoteList(title=corpus.title, quotes=selected, sources=corpus.sources, actor=chosen, notes=notes)


def fold(text: str) -> str:
    """Case- and apostrophe-insensitive form of a name, titles dropped."""
    from .lexicon import HONORIFICS, TITLE_ROLES

    words = text.replace("’", "'").replace("‘", "'").lower().split()
    while len(words) > 1 and words[0].rstrip(".") in HONORIFICS | TITLE_ROLES:
        words = words[1:]
    return " ".join(words)


def match_actor(name: str, found: Sequence[Actor]) -> tuple[Actor, list[Actor]]:
    """The actor NAME means (any alias, case-insensitive; or a surname; or a fuller form of a
    name the text uses), and others it may mean.

    Raises NothingFound, suggesting the closest names, when nothing matches."""
    import difflib

    wanted = POSSESSIVE_END.sub("", fold(name))  # "Zelensky's" means Zelensky
    if not wanted:
        raise UsageError("give the name of an actor")
    exact = [a for a in found if wanted in {fold(x) for x in (a.name, *a.aliases)}]
    # A surname ("starmer") or a given name ("sir keir") of a longer name.
    parts = wanted.split()
    partial = [
        a
        for a in found
        if a not in exact
        and any(
            (tokens := fold(x).split())[-len(parts) :] == parts or tokens[: len(parts)] == parts
            for x in (a.name, *a.aliases)
        )
    ]
    # A fuller name than the text uses ("Donald Trump" for a text that says only "Trump"), if no
    # name of the actor contradicts it ("Jane Smith" is not "John Smith").
    fuller = [a for a in found if a not in exact and a not in partial and fuller_form(parts, a)]
    matches = sorted(exact, key=lambda a: (-a.count, a.mentions[0].sentence))
    matches += sorted(partial, key=lambda a: (-a.count, a.mentions[0].sentence))
    matches += sorted(fuller, key=lambda a: (-a.count, a.mentions[0].sentence))
    if matches:
        return matches[0], matches[1:]
    names = {fold(x): a.name for a in found for x in (a.name, *a.aliases)}
    close = difflib.get_close_matches(wanted, list(names), n=3, cutoff=0.6)
    suggestions = list(dict.fromkeys(names[c] for c in close))
    hint = f"; did you mean {' or '.join(suggestions)}?" if suggestions else ""
    raise NothingFound(f"no actor matches {name!r}{hint}")


def fuller_form(parts: list[str], actor: Actor) -> bool:
    """Whether the words `parts` are a fuller form of every name of the actor."""
    names = [tokens for x in (actor.name, *actor.aliases) if (tokens := fold(x).split())]
    return bool(names) and all(parts[-len(tokens) :] == tokens for tokens in names)


def related(chosen: Actor, found: Sequence[Actor], limit: int = 5) -> tuple[Related, ...]:
    """The actors mentioned most often in the same sentences."""
    mine = {m.sentence for m in chosen.mentions}
    together = []
    for other in found:
        if other.name == chosen.name and other.kind == chosen.kind:
            continue
        shared = sum(1 for m in other.mentions if m.sentence in mine)
        if shared:
            together.append(Related(other.name, other.kind, shared))
    together.sort(key=lambda r: -r.together)
    return tuple(together[:limit])


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
    when no sentence mentions any of the query's words, or, for a short query (a search), when
    none holds most of it: "climate change" is not answered by "change" alone."""
    from . import summarise

    check_counts(sentences, words)
    if sentences is None and words is None:
        sentences = DEFAULT_SENTENCES
    from . import topic_rules

    stems = topic_rules.query_terms(query)
    if not stems:
        raise UsageError(f"query {query.strip()!r} has no words to search for (only stop words?)")
    corpus = prepare(as_documents(text_or_documents), meanwhile=warm_ranking())
    where = "the input" if len(corpus.sources) != 1 else corpus.sources[0]
    if not topic_rules.answers(corpus.terms, stems):
        missing = topic_rules.missing_words(query, corpus.terms)
        absent = f": no sentence mentions {', '.join(repr(w) for w in missing)}" if missing else ""
        raise NothingFound(f"nothing about {query.strip()!r} in {where}{absent}")
    ranking = topic_rules.rank(corpus, stems, topic_rules.query_pairs(query))
    chosen = [s for s in summarise.select(corpus, ranking, sentences=sentences, words=words) if s.score > 0]
    if not chosen:
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


def topics(text_or_documents: TextOrDocuments, *, top: int = DEFAULT_TOPICS) -> TopicList:
    """The coverage's main threads, biggest first: each with a key-phrase label taken from the
    text, key terms, the actors most tied to it, its share of the words and 1-3 sentences."""
    if top < 1:
        raise UsageError(f"--top must be at least 1, not {top}")
    corpus = prepare(as_documents(text_or_documents), meanwhile=warm_ranking())
    return TopicList(
        title=corpus.title,
        topics=tuple(find_threads(corpus, cast(corpus).actors, top)),
        sources=corpus.sources,
    )


def find_threads(corpus: Corpus, found: Sequence[Actor], top: int) -> list[Topic]:
    """The corpus's topics, with the actors the rules found."""
    from . import topic_rules

    people = frozenset(a.name for a in found if a.kind == "person")
    return topic_rules.discover(corpus, actor_names(corpus, found), top, people)


def actor_names(corpus: Corpus, found: Sequence[Actor]) -> list[list[str]]:
    """Per sentence, the canonical names of the actors it mentions (by name, pronoun or role)."""
    names: list[list[str]] = [[] for _ in corpus.sentences]
    for a in found:
        for mention in a.mentions:
            names[mention.sentence].append(a.name)
    return names


# A report's sections: how many summary sentences, key actors, sentences per actor, topics, quotes.
REPORT_SENTENCES = 5
REPORT_ACTORS = 5
ACTOR_SENTENCES = 2
REPORT_TOPICS = 6
REPORT_QUOTES = 8
# Scare quotes ("a “breather”") are not worth quoting on their own.
MIN_QUOTE_WORDS = 6
# A sentence naming an actor within its first this many characters is about them.
LEADING_CHARS = 60
LEAD_WEIGHT = 2.0  # how much more a dossier values a sentence that leads with its actor


def report(
    text_or_documents: TextOrDocuments,
    *,
    sentences: int = REPORT_SENTENCES,
    actors: int = REPORT_ACTORS,
    topics: int = REPORT_TOPICS,
    quotes: int = REPORT_QUOTES,
) -> Report:
    """The whole briefing: summary, key actors (role, a sentence or two, their most telling
    quote), discovered topics and the main quotes. A sentence shown in one section is not
    repeated in a later one unless a topic would otherwise have none."""
    from . import summarise

    for name, value in (("sentences", sentences), ("actors", actors), ("topics", topics), ("quotes", quotes)):
        if value < 0 or (name == "sentences" and value < 1):
            raise UsageError(f"--{name} must be at least {1 if name == 'sentences' else 0}, not {value}")
    corpus = prepare(as_documents(text_or_documents), meanwhile=warm_ranking())
    ranking = summarise.rank(corpus, "default")
    chosen = summarise.select(corpus, ranking, sentences=sentences)
    shown = {s.sentence.index for s in chosen}
    found = cast(corpus)

    telling = [q for q in found.quotes if q.speaker and len(q.text.split()) >= MIN_QUOTE_WORDS]
    briefs: list[ActorBrief] = []
    for a in key_actors(found.actors, actors):
        own = [q for q in telling if q.speaker == a.name]
        quote = max(own, key=lambda q: (quote_weight(q), -q.sentence.index)) if own else None
        skip = shown | ({quote.sentence.index} if quote else set())
        best_first = sorted(
            {m.sentence for m in a.mentions},
            key=lambda i: (not leads_with(corpus.sentences[i].text, a), -ranking.scores[i], i),
        )
        about = [i for i in best_first if i not in skip][:ACTOR_SENTENCES]
        if not about and quote is None:  # all already shown: repeat the best, not an empty entry
            about = best_first[:1]
        shown |= skip | set(about)
        briefs.append(
            ActorBrief(
                actor=a,
                sentences=tuple(
                    Scored(sentence=corpus.sentences[i], score=round(ranking.scores[i], 6))
                    for i in sorted(about)
                ),
                quote=quote,
            )
        )

    threads: list[Topic] = []
    if topics:
        for t in find_threads(corpus, found.actors, topics):
            fresh = tuple(s for s in t.sentences if s.index not in shown) or t.sentences[:1]
            shown |= {s.index for s in fresh}
            threads.append(replace(t, sentences=fresh))

    rest = [q for q in telling if q.sentence.index not in shown]
    best = sorted(rest, key=lambda q: (-quote_weight(q), q.sentence.index))[:quotes]
    return Report(
        title=corpus.title,
        sources=corpus.sources,
        summary=tuple(chosen),
        actors=tuple(briefs),
        topics=tuple(threads),
        quotes=tuple(sorted(best, key=lambda q: q.sentence.index)),
    )


def leads_with(text: str, actor: Actor) -> bool:
    """Whether a sentence names the actor near its start: it is about them, not a passing mention."""
    opening = text[:LEADING_CHARS]
    return any(alias in opening for alias in (actor.name, *actor.aliases))


def key_actors(found: Sequence[Actor], limit: int) -> list[Actor]:
    """The most mentioned people, then organisations: places are where things happen, not who."""
    people = [a for a in found if a.kind == "person"]
    organisations = [a for a in found if a.kind == "organisation"]
    return (people + organisations)[:limit]


def quote_weight(quote: Quote) -> int:
    """How much a quotation says: its content words, up to a long sentence's worth."""
    from .split import terms

    return min(len(terms(quote.text)), 30)

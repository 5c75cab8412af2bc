"""Sentence ranking (brief's own `default`, `lead`, and sumy's methods) and selection."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import import_module

from .errors import UsageError
from .models import Corpus, Scored

SUMY_METHODS = ("lexrank", "textrank", "lsa", "luhn", "kl", "sumbasic")
METHODS = ("default", "lead", *SUMY_METHODS)
# A candidate sharing this much of its content with a chosen sentence repeats it.
NEAR_DUPLICATE = 0.6


@dataclass(frozen=True)
class Ranking:
    """A score per corpus sentence (higher is better) and the named parts of each score."""

    scores: tuple[float, ...]
    components: Sequence[tuple[tuple[str, float], ...]] = ()


def rank(corpus: Corpus, method: str = "default") -> Ranking:
    if method not in RANKERS:
        raise UsageError(f"unknown method {method!r}; choose from {', '.join(METHODS)}")
    if not corpus.sentences:
        return Ranking(scores=())
    return RANKERS[method](corpus)


def rank_lead(corpus: Corpus) -> Ranking:
    """Earlier in its document is better: the first sentences of each document lead."""
    return Ranking(scores=tuple(1.0 / (1 + s.position) for s in corpus.sentences))


def rank_default(corpus: Corpus) -> Ranking:
    """brief's own ranking: position in its story, centrality, lead overlap, length, form,
    one story at a time (see brief/salience.py)."""
    from . import salience

    scores, parts = salience.rank(corpus)
    return Ranking(scores=tuple(scores), components=parts)


def rank_sumy(method: str) -> Callable[[Corpus], Ranking]:
    """sumy's method, computed by brief's vectorised equivalent (brief/rankers.py): sumy's own
    ranking on small inputs (tested), in seconds on large ones where sumy takes hours."""

    def ranker(corpus: Corpus) -> Ranking:
        from . import progress, rankers

        with progress.bar(f"ranking ({method})", total=len(corpus.sentences)) as advance:
            return Ranking(scores=tuple(rankers.scores(corpus, method, advance)))

    return ranker


def warm(method: str = "default") -> Callable[[], object]:
    """Load what ranking by `method` needs (numpy, scipy and brief's ranking module): given to
    `prepare`, it runs while another process splits a large input."""
    if method == "lead":
        return lambda: None
    module = "brief.salience" if method == "default" else "brief.rankers"
    return lambda: import_module(module)


RANKERS: dict[str, Callable[[Corpus], Ranking]] = {
    "default": rank_default,
    "lead": rank_lead,
    **{m: rank_sumy(m) for m in SUMY_METHODS},
}


def is_near_duplicate(candidate: frozenset[str], chosen: Sequence[frozenset[str]]) -> bool:
    """True when most of the candidate's (or a chosen sentence's) content is shared."""
    if not candidate:
        return False
    for other in chosen:
        if not other:
            continue
        shared = len(candidate & other)
        if shared / min(len(candidate), len(other)) >= NEAR_DUPLICATE + 0.2:
            return True
        if shared / len(candidate | other) >= NEAR_DUPLICATE:
            return True
    return False


def select(
    corpus: Corpus,
    ranking: Ranking,
    sentences: int | None,
    words: int | None = None,
) -> list[Scored]:
    """Best-ranked sentences, skipping near-duplicates and anything past the word budget,
    returned in document order. Ties go to the earlier sentence."""
    order = sorted(range(len(ranking.scores)), key=lambda i: (-ranking.scores[i], i))
    lengths = [len(s.text.split()) for s in corpus.sentences]
    shortest = min(lengths, default=0)
    chosen: list[int] = []
    chosen_terms: list[frozenset[str]] = []
    seen_text: set[str] = set()
    used_words = 0
    for i in order:
        if sentences is not None and len(chosen) >= sentences:
            break
        if words is not None and words - used_words < shortest:
            break  # nothing left fits the budget: stop scanning a large corpus
        n_words = lengths[i]
        if words is not None and used_words + n_words > words:
            continue
        sentence = corpus.sentences[i]
        key = " ".join(sentence.text.lower().split())
        term_set = frozenset(corpus.terms[i])
        if key in seen_text or is_near_duplicate(term_set, chosen_terms):
            continue
        chosen.append(i)
        chosen_terms.append(term_set)
        seen_text.add(key)
        used_words += n_words
    parts = ranking.components
    return [
        Scored(
            sentence=corpus.sentences[i],
            score=round(ranking.scores[i], 6),
            components=parts[i] if parts else (),
        )
        for i in sorted(chosen)
    ]

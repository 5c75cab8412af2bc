"""Near-duplicate sentences across documents: one fact, reported by N sources, said once.

Twenty articles about one event repeat the wire copy's sentences. Selection already refuses a
second copy; `merge` then finds, for each chosen sentence, every near-duplicate of it in the
whole corpus, keeps the most complete wording, and records every source that reports it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .models import Corpus, Scored
from .summarise import Ranking, is_near_duplicate


def normalised(text: str) -> str:
    return " ".join(text.lower().split())


def matches(corpus: Corpus, chosen: Sequence[Scored]) -> list[list[int]]:
    """For each chosen sentence, the corpus indices of its near-duplicates (itself included),
    in corpus order. Only sentences sharing a content term are compared (an inverted index)."""
    wanted = [frozenset(corpus.terms[item.sentence.index]) for item in chosen]
    texts = [normalised(item.text) for item in chosen]
    holders: dict[str, list[int]] = {}
    for k, terms in enumerate(wanted):
        for term in terms:
            holders.setdefault(term, []).append(k)
    groups: list[list[int]] = [[] for _ in chosen]
    for i, sentence in enumerate(corpus.sentences):
        terms = frozenset(corpus.terms[i])
        candidates = sorted({k for term in terms for k in holders.get(term, ())})
        if not terms:
            candidates = [k for k, text in enumerate(texts) if not wanted[k]]
        for k in candidates:
            same_text = normalised(sentence.text) == texts[k]
            if same_text or is_near_duplicate(terms, [wanted[k]]):
                groups[k].append(i)
    return groups


def completeness(corpus: Corpus, index: int) -> tuple[int, int, int]:
    """More content terms, then more words, then earlier: the fuller wording of one fact."""
    return (len(set(corpus.terms[index])), len(corpus.sentences[index].text.split()), -index)


def merge(
    corpus: Corpus, ranking: Ranking, chosen: Sequence[Scored], words: int | None = None
) -> list[Scored]:
    """The chosen sentences with their near-duplicates across documents merged: each keeps the
    most complete wording that still fits the word budget, and lists every source reporting it.
    Returned in corpus (document) order; a corpus of one document is returned as it is."""
    if len(corpus.documents) < 2 or not chosen:
        return list(chosen)
    groups = matches(corpus, chosen)
    used_words = sum(len(item.text.split()) for item in chosen)
    taken = {item.sentence.index for item in chosen}
    merged: list[Scored] = []
    for item, group in zip(chosen, groups, strict=True):
        own = item.sentence.index
        best = own
        for candidate in sorted(group, key=lambda i: completeness(corpus, i), reverse=True):
            if candidate == own or completeness(corpus, candidate) <= completeness(corpus, own):
                break
            extra = len(corpus.sentences[candidate].text.split()) - len(item.text.split())
            if candidate not in taken and (words is None or used_words + extra <= words):
                best = candidate
                used_words += extra
                break
        taken.add(best)
        merged.append(with_sources(corpus, ranking, item, best, group))
    return sorted(merged, key=lambda s: s.sentence.index)


def with_sources(corpus: Corpus, ranking: Ranking, item: Scored, best: int, group: list[int]) -> Scored:
    documents = sorted({corpus.sentences[i].document for i in group} | {item.sentence.document})
    own = corpus.sentences[best].document
    ordered = [own, *(d for d in documents if d != own)]
    sources = tuple(dict.fromkeys(corpus.documents[d].source for d in ordered))
    reported = sources if len(documents) > 1 else ()
    if best == item.sentence.index:
        return replace(item, sources=reported)
    parts = ranking.components
    return Scored(
        sentence=corpus.sentences[best],
        score=round(ranking.scores[best], 6),
        components=parts[best] if parts else (),
        sources=reported,
    )

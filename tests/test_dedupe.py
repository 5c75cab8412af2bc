"""Near-duplicates across documents: one fact said once, with every source that reports it."""

from __future__ import annotations

import pytest

from brief import Document
from brief.dedupe import merge
from brief.pipeline import prepare, summary
from brief.summarise import rank, select

SHORT = "Heavy rain flooded the town of Exampleville on Tuesday, officials said."
LONG = (
    "Heavy rain flooded the town of Exampleville on Tuesday, "
    "forcing hundreds from their homes, officials said."
)
OTHER = "The mayor asked the national government for emergency funds to repair the damage."
RIVER = "The river rose two metres overnight and broke its banks before dawn."


def merged(
    texts: list[str], sentences: int = 10, words: int | None = None
) -> list[tuple[str, tuple[str, ...]]]:
    docs = [Document(source=f"d{i}", text=text) for i, text in enumerate(texts)]
    corpus = prepare(docs)
    ranking = rank(corpus, "lead")
    chosen = select(corpus, ranking, sentences=sentences, words=words)
    return [(s.text, s.sources) for s in merge(corpus, ranking, chosen, words=words)]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # One document: nothing to merge, nothing recorded.
        ([f"{SHORT} {RIVER}"], [(SHORT, ()), (RIVER, ())]),
        # The same sentence in two documents: said once, both sources recorded.
        ([f"{SHORT} {RIVER}", f"{SHORT} {OTHER}"], [(SHORT, ("d0", "d1")), (RIVER, ()), (OTHER, ())]),
        # A fuller wording elsewhere replaces the shorter one, and takes its own place in order.
        ([f"{SHORT} {RIVER}", f"{LONG} {OTHER}"], [(RIVER, ()), (LONG, ("d1", "d0")), (OTHER, ())]),
        # Three outlets, one fact.
        ([SHORT, LONG, SHORT], [(LONG, ("d1", "d0", "d2"))]),
        # Different facts are never merged.
        ([RIVER, OTHER], [(RIVER, ()), (OTHER, ())]),
    ],
)
def test_merge(texts: list[str], expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert merged(texts) == expected


def test_the_fuller_wording_must_fit_the_word_budget() -> None:
    budget = len(SHORT.split()) + 1
    assert merged([SHORT, LONG], sentences=1, words=budget) == [(SHORT, ("d0", "d1"))]


def test_summary_records_reported_by() -> None:
    result = summary([Document("a", SHORT), Document("b", SHORT), Document("c", OTHER)], sentences=2)
    assert [(s.text, s.reported_by) for s in result.sentences] == [(SHORT, 2), (OTHER, 1)]
    assert [r.source for r in result.references] == ["a", "b", "c"]

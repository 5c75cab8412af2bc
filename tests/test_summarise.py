"""Ranking and selection: document order, no near-duplicates, word budgets, every method."""

from __future__ import annotations

import pytest

from brief.models import Document
from brief.pipeline import prepare
from brief.summarise import METHODS, Ranking, is_near_duplicate, rank, select

TEXT = (
    "The council approved the new budget for schools on Monday after a long debate.\n"
    "The council approved the new budget for schools on Monday after a long debate, officials said.\n"
    "Teachers welcomed the extra money but warned that class sizes would still grow.\n"
    "The mayor said the budget was the largest investment in education for a decade.\n"
    "Opposition members argued that the plan relied on optimistic tax forecasts.\n"
)


def corpus_of(text: str):  # type: ignore[no-untyped-def]
    return prepare([Document(source="t.txt", text=text)])


def test_near_duplicates_are_skipped_and_the_next_best_taken() -> None:
    corpus = corpus_of(TEXT)
    ranking = Ranking(scores=(5.0, 4.0, 3.0, 2.0, 1.0))
    chosen = select(corpus, ranking, sentences=3)
    assert [s.position for s in chosen] == [0, 2, 3]


def test_output_is_in_document_order_whatever_the_scores() -> None:
    corpus = corpus_of(TEXT)
    chosen = select(corpus, Ranking(scores=(1.0, 0.0, 2.0, 3.0, 4.0)), sentences=3)
    assert [s.position for s in chosen] == [2, 3, 4]


def test_word_budget_is_never_exceeded() -> None:
    corpus = corpus_of(TEXT)
    ranking = Ranking(scores=(5.0, 4.0, 3.0, 2.0, 1.0))
    chosen = select(corpus, ranking, sentences=None, words=30)
    assert sum(len(s.text.split()) for s in chosen) <= 30
    assert [s.position for s in chosen] == [0, 2]


def test_ties_go_to_the_earlier_sentence() -> None:
    corpus = corpus_of(TEXT)
    chosen = select(corpus, Ranking(scores=(1.0,) * 5), sentences=2)
    assert [s.position for s in chosen] == [0, 2]


def test_short_input_returns_what_there_is() -> None:
    corpus = corpus_of("Only one sentence here.")
    assert [s.text for s in select(corpus, rank(corpus), sentences=5)] == ["Only one sentence here."]


@pytest.mark.parametrize(
    ("a", "b", "duplicate"),
    [
        ({"a", "b", "c", "d"}, {"a", "b", "c", "d", "e"}, True),
        ({"a", "b", "c", "d"}, {"e", "f", "g", "h"}, False),
        ({"a", "b", "c", "d", "e"}, {"a", "b", "x", "y", "z"}, False),
        (set(), {"a"}, False),
    ],
)
def test_near_duplicate(a: set[str], b: set[str], duplicate: bool) -> None:
    assert is_near_duplicate(frozenset(a), [frozenset(b)]) is duplicate


@pytest.mark.parametrize("method", METHODS)
def test_every_method_returns_verbatim_sentences_in_order(method: str, seed_text: str) -> None:
    corpus = corpus_of(seed_text)
    chosen = select(corpus, rank(corpus, method), sentences=4)
    assert len(chosen) == 4
    positions = [s.position for s in chosen]
    assert positions == sorted(positions)
    flat = " ".join(seed_text.split())
    for s in chosen:
        assert " ".join(s.text.split()) in flat


@pytest.mark.parametrize("method", METHODS)
def test_every_method_is_deterministic(method: str, seed_text: str) -> None:
    corpus = corpus_of(seed_text)
    assert rank(corpus, method) == rank(corpus, method)

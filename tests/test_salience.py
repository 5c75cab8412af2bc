"""brief's own ranking (brief/salience.py): its features, the story layout, and determinism."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from scipy import sparse

from brief import Document, prepare, salience
from brief.features import build, normalize_rows

# Three unrelated posts, newest first, each a lead paragraph and a follow-up paragraph.
LIVE_BLOG = "\n".join(
    [
        "Flooding has closed the main railway line between the two northern cities, the operator said.",
        "Engineers expect the flooded railway line to reopen on Monday once the water has drained.",
        "The central bank raised interest rates by a quarter point to curb stubborn inflation.",
        "Economists had expected the bank to hold interest rates while inflation eased.",
        "A rare orchid has been found growing wild in a suburban garden for the first time.",
        "Botanists said the rare orchid probably grew from a seed blown into the garden by the wind.",
    ]
)
# One news article in one paragraph (the shape of the CNN/DM and NEWTS texts).
ARTICLE = (
    "The city council approved a new budget for schools on Tuesday after a long debate. "
    "The budget adds money for teachers and for repairs to old school buildings. "
    "Council members who opposed the budget said the schools plan was too expensive. "
    "“We cannot afford this,” one of them said. "
    "The mayor is expected to sign the budget next week."
)


# The same kind of article as a scraped page: a paragraph per line, each back on the lead's topic.
PYRAMID = "\n".join(
    [
        "The city council approved a new budget for schools on Tuesday after a long debate.",
        "The budget adds money for school teachers and for repairs to old school buildings.",
        "Council members who voted against the budget said the schools plan was too expensive.",
        "Parents welcomed the council's decision on the school budget.",
        "The mayor is expected to sign the schools budget next week.",
    ]
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He added that the talks would go on.", True),
        ("“We are not alone,” he said.", True),
        ("However, the plan was dropped.", True),
        ("But the minister disagreed.", True),
        ("The minister disagreed.", False),
        ("Heathrow reopened on Monday.", False),  # starts with "He" but is not the pronoun
        ("Russia’s foreign minister has said that any deployment would be an attack.", False),
    ],
)
def test_opens_as_continuation(text: str, expected: bool) -> None:
    assert salience.opens_as_continuation(text) is expected


@pytest.mark.parametrize(
    ("scores", "story", "repeat", "expected"),
    [
        ([0.9, 0.8, 0.7], [0, 0, 0], 0.5, [0.9, 0.4, 0.175]),  # one story: order kept
        ([0.9, 0.8, 0.7], [0, 0, 1], 0.5, [0.9, 0.4, 0.7]),  # the other story's best goes second
        ([0.5, 0.5], [0, 0], 0.5, [0.5, 0.25]),  # a tie: the earlier sentence keeps its score
        ([0.9, 0.8], [0, 1], 0.5, [0.9, 0.8]),
    ],
)
def test_diversify(scores: list[float], story: list[int], repeat: float, expected: list[float]) -> None:
    assert salience.diversify(scores, story, repeat) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("seed", "shape", "density"), [(0, (7, 12), 0.5), (1, (30, 5), 0.2), (2, (4, 9), 0.0)]
)
def test_support_is_cosine_to_what_follows(seed: int, shape: tuple[int, int], density: float) -> None:
    # Sparse rows, empty rows, and a block with no term at all (a sentence like "A:").
    rng = np.random.default_rng(seed)
    dense = rng.random(shape) * (rng.random(shape) < density)
    block = normalize_rows(sparse.csr_matrix(dense))
    rows = block.toarray()
    expected = []
    for i in range(len(rows)):
        after = rows[i + 1 :].sum(axis=0)
        norm = np.linalg.norm(after)
        expected.append(max(rows[i] @ after / norm, 0.0) if norm > 1e-12 else 0.0)
    assert salience.support_in(block) == pytest.approx(expected)


def test_centrality_leaves_out_the_sentence_itself() -> None:
    # Two equal rows and an unrelated one: each equal row sees (1, 1) in the others, cosine 1/√2.
    block = normalize_rows(sparse.csr_matrix(np.array([[1.0, 0.0], [1.0, 0.0], [0.0, 1.0]])))
    assert salience.centrality_in(block) == pytest.approx([2**-0.5, 2**-0.5, 0.0])


def layout_of(text: str) -> salience.Layout:
    corpus = prepare([Document(source="t", text=text)])
    return salience.layout(corpus, salience.word_vectors(build(corpus.terms)))


def test_live_blog_posts_are_separate_stories() -> None:
    found = layout_of(LIVE_BLOG)
    assert found.story == (0, 0, 1, 1, 2, 2)
    assert found.place == (0, 1, 0, 1, 0, 1)
    assert found.first == (0, 2, 4)


def test_a_one_paragraph_article_is_one_story() -> None:
    found = layout_of(ARTICLE)
    assert set(found.story) == {0}
    assert found.place == tuple(range(5))


def test_a_paragraphed_news_article_is_one_story() -> None:
    found = layout_of(PYRAMID)
    assert set(found.story) == {0}
    assert found.place == tuple(range(5))


@pytest.mark.parametrize(
    ("text", "pyramid"),
    [(PYRAMID, True), (LIVE_BLOG, False), (ARTICLE, True)],
)
def test_lead_cohesion_tells_an_article_from_posts(text: str, pyramid: bool) -> None:
    corpus = prepare([Document(source="t", text=text)])
    groups = salience.paragraphs(corpus)
    rows = salience.paragraph_rows(groups, salience.word_vectors(build(corpus.terms)))
    mean, linked = salience.lead_cohesion(rows)
    weights = salience.DEFAULT
    assert (mean >= weights.pyramid_mean and linked >= weights.pyramid_linked) is pyramid


def test_the_seed_live_blog_is_read_as_posts(seed_text: str) -> None:
    corpus = prepare([Document(source="seed", text=seed_text)])
    found = salience.layout(corpus, salience.word_vectors(build(corpus.terms)))
    assert 20 <= len(found.first) <= 80  # many posts, not one story nor one per paragraph


def test_each_document_starts_a_story() -> None:
    corpus = prepare([Document(source="a", text=ARTICLE), Document(source="b", text=ARTICLE)])
    found = salience.layout(corpus, salience.word_vectors(build(corpus.terms)))
    assert found.first == (0, 5)


def test_features_of_an_article() -> None:
    corpus = prepare([Document(source="t", text=ARTICLE)])
    x, _ = salience.feature_matrix(corpus)
    column = {name: j for j, name in enumerate(salience.FEATURES)}
    assert x.shape == (5, len(salience.FEATURES))
    assert x[:, column["first"]].tolist() == [1, 0, 0, 0, 0]
    assert x[:, column["quote"]].tolist() == [0, 0, 0, 1, 0]
    assert x[:, column["relative"]].tolist() == [0, 0.25, 0.5, 0.75, 1]
    assert x[:, column["centrality"]].max() == pytest.approx(1.0)
    assert x[4, column["support"]] == 0.0  # nothing follows the last sentence


def test_live_blog_summary_takes_one_sentence_per_post() -> None:
    from brief import summary

    result = summary(LIVE_BLOG, sentences=3)
    stories = [dict(s.components)["story"] for s in result.sentences]
    assert sorted(stories) == [1.0, 2.0, 3.0]


def test_explanation_adds_up_to_the_score() -> None:
    corpus = prepare([Document(source="t", text=LIVE_BLOG)])
    scores, parts = salience.rank(corpus)
    names = set(salience.FEATURES)
    for value, named in zip(scores, parts, strict=True):
        found = dict(named)
        logit = salience.DEFAULT.bias + found["story_order"] + sum(v for k, v in named if k in names)
        assert value == pytest.approx(found["diversity"] / (1 + np.exp(-logit)))


def test_ranking_is_deterministic(seed_path: Path) -> None:
    corpus = prepare([Document(source="seed", text=seed_path.read_text(encoding="utf-8"))])
    assert salience.rank(corpus) == salience.rank(corpus)

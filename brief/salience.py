"""brief's own sentence ranking (`--method default`): a news reading of each story, one story
at a time.

Layout. Each document is first cut into *stories*. A news article is one story, written lead
first (the inverted pyramid): its later paragraphs keep coming back to what the first one said
(`lead_cohesion`). A live blog is many short posts, newest first, each opening with its own lead;
there a paragraph starts a new post when it shares little with its post's first paragraph and
with the paragraph before it, and does not open like a continuation ("He added…", a quotation,
"However…"). The layout is read from the text alone, never from where it came from.

Score. Each sentence gets the log-odds of being summary material, a sum over FEATURES of
coefficient × value (`FITTED`, chosen on the dev split by benchmarks/tune.py), less a little for
later stories; its score is the logistic of that, halved for each better sentence of its own
story (`diversify`), so a five-sentence summary of a live blog covers five posts. The parts of
the sum are what `brief summary --explain` shows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import overload

import numpy as np
from scipy import sparse

from . import features
from .features import normalize_rows
from .models import Corpus

LINKED = 0.02  # paragraphs with a cosine above this share some content
DIGIT = re.compile(r"\d")
QUOTE_OPEN = re.compile(r"""^\s*["“‘'«]""")
# A caption's label ("Back to work: Ann …") or a picture's stage directions ("(pictured)").
CAPTION = re.compile(
    r"(?:^|[a-z0-9,] )[A-Z][\w'’-]*(?: [\w'’-]+){0,4}: (?=[A-Z])"
    r"|\((?:pictured|left|right|centre|center|far left|far right|above|below|top|bottom|inset)\b[^)]*\)",
)
# Words that make a paragraph continue the one before it rather than open a new story.
CONTINUATION = frozenset(
    "he she they it its his her their this that these those there such latter former "
    "but and also however meanwhile yet still so then instead".split()
)


FEATURES = (
    "first",  # the first sentence of its story
    "place",  # log(1 + place in its story)
    "centrality",  # cosine to the rest of its document, relative to the document's best
    "support",  # cosine to what follows it in its document, relative to the document's best
    "lead",  # cosine to the title, else to the story's first sentence (0 for that sentence)
    "words",  # log(words)
    "short",  # fewer than 8 words: a fragment, a label
    "long",  # words beyond 40, in twenties: a run-on or a caption glued to a sentence
    "quote",  # opens with a quotation mark: colour, rarely news
    "question",  # ends with a question mark
    "continues",  # opens with a pronoun or connective: leans on the sentence before
    "topic",  # mean over its terms of log(sentences of the document using the term): on-topic words
    "numbers",  # has a figure: counts, ages, sums, dates
    "names",  # share of its words that are capitalised mid-sentence: people, places, organisations
    "relative",  # place in its story / story length (0 = start, 1 = end)
    "caption",  # reads like a picture caption glued into the text: "Night out: The singer (pictured) …"
)

# Log-odds per feature, fitted on the dev split by benchmarks/tune.py (see benchmarks/RESULTS.md).
FITTED = {
    "first": 0.0,
    "place": -2.75,
    "centrality": 0.5,
    "support": 0.0,
    "lead": 0.0,
    "words": -0.5,
    "short": -5.0,
    "long": -3.0,
    "quote": -5.0,
    "question": -5.0,
    "continues": -0.25,
    "topic": 0.0,
    "numbers": 0.0,
    "names": 0.0,
    "relative": 0.0,
    "caption": -5.0,
}


@dataclass(frozen=True)
class Weights:
    """The default ranking's parameters: a coefficient per FEATURES name (the log-odds it adds
    to a sentence's chance of being summary material), the bias, and the story settings."""

    coefficients: tuple[float, ...] = tuple(FITTED[name] for name in FEATURES)
    bias: float = -1.0
    story_decay: float = 0.3  # story k (0-based) loses story_decay * log(1 + k) log-odds
    repeat: float = 0.5  # each better sentence of the same story scales a sentence by this
    new_story: float = 0.08  # a paragraph sharing less than this with its story (cosine) starts a new one
    # A document is one story (a news pyramid) when its later paragraphs share at least
    # pyramid_mean with its first on average and pyramid_linked of them share anything with it.
    # Set from dev articles cut into two-sentence paragraphs against strings of posts made from
    # different dev articles: 12 % of the articles read as posts, 3 % of the post strings as one
    # story (the seed, a live blog on one war, scores 0.045 / 0.596). See benchmarks/RESULTS.md.
    pyramid_mean: float = 0.06
    pyramid_linked: float = 0.6


DEFAULT = Weights()


@dataclass(frozen=True)
class Layout:
    """Stories of a corpus: the story of each sentence (numbered across the corpus), and its
    rank within its story's documents order."""

    story: tuple[int, ...]
    place: tuple[int, ...]  # 0-based place of the sentence within its story
    first: tuple[int, ...]  # corpus index of the first sentence of each story


def similarity_rows(rows: sparse.csr_matrix, other: np.ndarray) -> np.ndarray:
    """Cosine of each (unit-length) row with a vector (normalised here)."""
    norm = float(np.linalg.norm(other))
    if not norm:
        return np.zeros(rows.shape[0])
    return np.asarray(rows @ (other / norm)).ravel()


def opens_as_continuation(text: str) -> bool:
    """A paragraph that reads on from the one before: a quotation, or a pronoun or connective."""
    if QUOTE_OPEN.match(text):
        return True
    first = re.match(r"\W*([A-Za-z]+)", text)
    return bool(first) and first.group(1).lower() in CONTINUATION  # type: ignore[union-attr]


def paragraphs(corpus: Corpus) -> list[list[int]]:
    """Sentence indices of each paragraph, in corpus order."""
    groups: list[list[int]] = []
    previous: tuple[int, int] | None = None
    for i, s in enumerate(corpus.sentences):
        key = (s.document, s.paragraph)
        if key != previous:
            groups.append([])
            previous = key
        groups[-1].append(i)
    return groups


def word_vectors(matrix: features.TermMatrix) -> sparse.csr_matrix:
    """Unit-length rows weighted by a smoothed IDF, log((n + 1) / (df + 1)) + 1: what the layout
    compares. Rare words count most, but a word every paragraph repeats (an article's topic)
    still counts, where plain IDF would silence it."""
    n = matrix.counts.shape[0]
    df = np.bincount(matrix.counts.indices, minlength=len(matrix.vocabulary)).astype(np.float64)
    weights = np.log((n + 1) / (df + 1)) + 1.0
    return normalize_rows(sparse.csr_matrix(matrix.counts.multiply(weights)))


def layout(corpus: Corpus, vectors: sparse.csr_matrix, weights: Weights = DEFAULT) -> Layout:
    """Cut each document into stories: one story for an article whose lead speaks for the rest
    (the pyramid), else a new story at each paragraph that starts something new (a live blog).
    `vectors`: a unit-length row per sentence (`word_vectors`)."""
    groups = paragraphs(corpus)
    rows = paragraph_rows(groups, vectors)
    story = [0] * len(corpus.sentences)
    place = [0] * len(corpus.sentences)
    first: list[int] = []
    for lo, hi in spans([corpus.sentences[g[0]].document for g in groups]):
        mean, linked = lead_cohesion(rows[lo:hi])
        pyramid = mean >= weights.pyramid_mean and linked >= weights.pyramid_linked
        lead = previous = lo
        placed = 0
        for k in range(lo, hi):
            head = corpus.sentences[groups[k][0]]
            starts = k == lo
            if not starts and not pyramid and not opens_as_continuation(head.text):
                shared = max(cosine(rows, k, lead), cosine(rows, k, previous))
                starts = shared < weights.new_story
            if starts:
                first.append(groups[k][0])
                lead, placed = k, 0
            for i in groups[k]:
                story[i] = len(first) - 1
                place[i] = placed
                placed += 1
            previous = k
    return Layout(story=tuple(story), place=tuple(place), first=tuple(first))


def paragraph_rows(groups: Sequence[Sequence[int]], vectors: sparse.csr_matrix) -> sparse.csr_matrix:
    """One unit-length row per paragraph: the sum of its sentences' rows."""
    owner = np.repeat(np.arange(len(groups)), [len(g) for g in groups])
    indicator = sparse.csr_matrix(
        (np.ones(len(owner)), (owner, np.concatenate([np.asarray(g) for g in groups]) if groups else owner)),
        shape=(len(groups), vectors.shape[0]),
    )
    return normalize_rows(sparse.csr_matrix(indicator @ vectors))


def cosine(rows: sparse.csr_matrix, a: int, b: int) -> float:
    """Cosine of two unit-length rows of a CSR matrix (no duplicate column indices)."""
    span_a = slice(rows.indptr[a], rows.indptr[a + 1])
    span_b = slice(rows.indptr[b], rows.indptr[b + 1])
    _, at, bt = np.intersect1d(
        rows.indices[span_a], rows.indices[span_b], assume_unique=True, return_indices=True
    )
    return float(rows.data[span_a][at] @ rows.data[span_b][bt])


def lead_cohesion(rows: sparse.csr_matrix) -> tuple[float, float]:
    """How far a document's first paragraph speaks for the rest (`rows`: its paragraphs, unit
    length): the mean cosine of the later paragraphs with the first, and the share of them that
    share anything with it (cosine > LINKED). Both high for a news article, low for posts."""
    if rows.shape[0] < 2:
        return 1.0, 1.0
    sims = np.asarray((rows[1:] @ rows[0].T).todense()).ravel()
    return float(sims.mean()), float((sims > LINKED).mean())


def feature_matrix(corpus: Corpus, weights: Weights = DEFAULT) -> tuple[np.ndarray, Layout]:
    """One row per sentence, one column per FEATURES name, and the stories found.

    Work is done document by document on each document's own terms, so time and memory grow
    with the corpus, not with documents x vocabulary."""
    n = len(corpus.sentences)
    matrix = features.build(corpus.terms)
    tfidf = matrix.tfidf
    stories = layout(corpus, word_vectors(matrix), weights)
    x = np.zeros((n, len(FEATURES)))
    column = {name: j for j, name in enumerate(FEATURES)}
    present = matrix.counts.copy()
    present.data[:] = 1.0
    story_spans = spans(list(stories.story))
    k = 0  # the next story to visit
    for lo, hi in spans([s.document for s in corpus.sentences]):
        block, terms = local(tfidf[lo:hi])
        x[lo:hi, column["centrality"]] = scaled_to_best(centrality_in(block))
        x[lo:hi, column["support"]] = scaled_to_best(support_in(block))
        x[lo:hi, column["topic"]] = topicality(local(present[lo:hi])[0])
        title = corpus.documents[corpus.sentences[lo].document].title
        title_vector = title_in(matrix, terms, title) if title else None
        while k < len(story_spans) and story_spans[k][0] < hi:
            first, end = story_spans[k]
            rows = block[first - lo : end - lo]
            if title_vector is not None:
                x[first:end, column["lead"]] = similarity_rows(rows, title_vector)
            else:
                x[first:end, column["lead"]] = similarity_rows(rows, block[first - lo].toarray().ravel())
                x[first, column["lead"]] = 0.0
            k += 1
    for name, values in form_features(corpus, stories).items():
        x[:, column[name]] = values
    return x, stories


def form_features(corpus: Corpus, stories: Layout) -> dict[str, np.ndarray]:
    """The features read off each sentence's own words and place, one column each
    (collected in lists and stored whole: element-wise numpy writes are slow)."""
    place = np.array(stories.place, dtype=np.float64)
    story_size = np.bincount(np.array(stories.story))[np.array(stories.story)]
    n_words: list[int] = []
    quote: list[bool] = []
    question: list[bool] = []
    continues: list[bool] = []
    numbers: list[bool] = []
    names: list[float] = []
    caption: list[bool] = []
    for s in corpus.sentences:
        text = s.text
        tokens = text.split()
        opens_quote = bool(QUOTE_OPEN.match(text))
        n_words.append(len(tokens))
        quote.append(opens_quote)
        question.append(text.rstrip("\"'”’»)] ").endswith("?"))
        continues.append(opens_as_continuation(text) and not opens_quote)
        numbers.append(DIGIT.search(text) is not None)
        names.append(sum(map(str.isupper, [t[0] for t in tokens[1:]])) / max(len(tokens) - 1, 1))
        # Both kinds of caption need ": " or "(": most sentences are ruled out without a search.
        caption.append((": " in text or "(" in text) and CAPTION.search(text) is not None)
    words = np.array(n_words, dtype=np.float64)
    return {
        "first": (place == 0).astype(np.float64),
        "place": np.log1p(place),
        "words": np.log(np.maximum(words, 1)),
        "short": (words < 8).astype(np.float64),
        "long": np.maximum(0, words - 40) / 20,
        "quote": np.array(quote, dtype=np.float64),
        "question": np.array(question, dtype=np.float64),
        "continues": np.array(continues, dtype=np.float64),
        "numbers": np.array(numbers, dtype=np.float64),
        "names": np.array(names, dtype=np.float64),
        "relative": place / np.maximum(story_size - 1, 1),
        "caption": np.array(caption, dtype=np.float64),
    }


def spans(labels: Sequence[int]) -> list[tuple[int, int]]:
    """(start, end) of each run of equal labels."""
    out: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(labels) + 1):
        if i == len(labels) or labels[i] != labels[start]:
            out.append((start, i))
            start = i
    return out


def local(block: sparse.csr_matrix) -> tuple[sparse.csr_matrix, np.ndarray]:
    """The block with its columns renumbered to the terms it uses (and those terms' columns)."""
    terms, inverse = np.unique(block.indices, return_inverse=True)
    shape = (block.shape[0], len(terms))
    return sparse.csr_matrix((block.data, inverse.ravel(), block.indptr), shape=shape), terms


def topicality(present: sparse.csr_matrix) -> np.ndarray:
    """Mean over each row's terms of log(rows using the term): sentences made of recurring words."""
    df = np.bincount(present.indices, minlength=present.shape[1]).astype(np.float64)
    logs = np.log(np.maximum(df, 1.0))[present.indices]
    row_of = np.repeat(np.arange(present.shape[0]), np.diff(present.indptr))
    totals = np.bincount(row_of, weights=logs, minlength=present.shape[0])
    sizes = np.diff(present.indptr)
    return np.where(sizes > 0, totals / np.maximum(sizes, 1), 0.0)


def title_in(matrix: features.TermMatrix, terms: np.ndarray, title: str) -> np.ndarray:
    """A title as an IDF-weighted vector over a document's own terms (other words ignored)."""
    from .split import terms as title_terms

    column = {matrix.vocabulary[t]: j for j, t in enumerate(terms)}
    vector = np.zeros(len(terms))
    for term in title_terms(title):
        if term in column:
            vector[column[term]] += matrix.idf[terms[column[term]]]
    return vector


def scaled_to_best(values: np.ndarray) -> np.ndarray:
    top = float(values.max()) if len(values) else 0.0
    return values / top if top > 0 else np.zeros_like(values)


Components = tuple[tuple[str, float], ...]


def rank(corpus: Corpus, weights: Weights = DEFAULT) -> tuple[list[float], Sequence[Components]]:
    """A score per sentence and its named parts (for --explain)."""
    x, stories = feature_matrix(corpus, weights)
    return score(x, stories, weights)


def score(
    x: np.ndarray, stories: Layout, weights: Weights = DEFAULT, explain: bool = True
) -> tuple[list[float], Sequence[Components]]:
    """Scores from a feature matrix: the logistic of the bias plus each feature's log-odds and
    the story's order, then spread over stories. The parts are those log-odds, the story's number,
    its order term, and the diversity factor."""
    contributions = x * np.array(weights.coefficients)
    order = -weights.story_decay * np.log1p(np.array(stories.story, dtype=float))
    logits = weights.bias + contributions.sum(axis=1) + order
    base = 1.0 / (1.0 + np.exp(-logits))
    scores = diversify(base.tolist(), stories.story, weights.repeat)
    if not explain:
        return scores, []
    with np.errstate(divide="ignore", invalid="ignore"):
        diversity = np.where(base != 0, np.array(scores) / base, 1.0)
    return scores, Explanations(contributions, stories.story, order, diversity)


@dataclass(frozen=True, eq=False)
class Explanations(Sequence[Components]):
    """The named parts of each sentence's score, put together only for the sentences asked
    about: a summary explains five sentences of what may be 80,000."""

    contributions: np.ndarray  # log-odds per sentence and feature
    story: tuple[int, ...]
    order: np.ndarray  # the story-order term per sentence
    diversity: np.ndarray  # final score / logistic score per sentence

    def __len__(self) -> int:
        return int(self.contributions.shape[0])

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]  # equal by value, so unhashable like a list

    @overload
    def __getitem__(self, i: int) -> Components: ...

    @overload
    def __getitem__(self, i: slice) -> Sequence[Components]: ...

    def __getitem__(self, i: int | slice) -> Components | Sequence[Components]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        row = self.contributions[i]
        named = [
            (name, float(row[j]) + 0.0)  # + 0.0: no "-0.000" in explanations
            for j, name in enumerate(FEATURES)
            if row[j]
        ]
        named += [
            ("story", float(self.story[i] + 1)),
            ("story_order", float(self.order[i]) + 0.0),
            ("diversity", float(self.diversity[i])),
        ]
        return tuple(named)


def support_in(block: sparse.csr_matrix) -> np.ndarray:
    """Cosine of each unit-length row with the sum of the rows after it (what the text goes on
    about). Vectorised: each stored value meets its column's total from the later rows, found
    with a cumulative sum down the column."""
    n = block.shape[0]
    if not block.nnz:  # no sentence has a term
        return np.zeros(n)
    rows = np.repeat(np.arange(n), np.diff(block.indptr))
    cols, vals = block.indices, block.data
    by_column = np.lexsort((rows, cols))  # each column's values, top to bottom
    running = np.cumsum(vals[by_column])
    starts = np.r_[0, np.flatnonzero(np.diff(cols[by_column])) + 1]
    running -= np.repeat(running[starts] - vals[by_column][starts], np.diff(np.r_[starts, len(cols)]))
    column_total = np.bincount(cols, weights=vals, minlength=block.shape[1])
    later = np.empty(len(cols))
    later[by_column] = column_total[cols[by_column]] - running  # the column's sum below this row
    dot = np.bincount(rows, weights=vals * later, minlength=n)
    self_sq = np.bincount(rows, weights=vals * vals, minlength=n)
    # |rows after i|^2 shrinks by 2 dot_i + self_i as row i leaves the sum.
    norm_sq = float(column_total @ column_total) - np.cumsum(2 * dot + self_sq)
    with np.errstate(divide="ignore", invalid="ignore"):
        out = np.where(norm_sq > 1e-12, dot / np.sqrt(np.clip(norm_sq, 1e-12, None)), 0.0)
    return np.clip(out, 0.0, None)


def centrality_in(block: sparse.csr_matrix) -> np.ndarray:
    """Cosine of each unit-length row with the sum of the *other* rows (no self-vote)."""
    total = np.asarray(block.sum(axis=0)).ravel()
    dots = np.asarray(block @ total).ravel()
    self_sq = np.asarray(block.multiply(block).sum(axis=1)).ravel()
    rest_dots = dots - self_sq
    rest_norm_sq = float(total @ total) - 2 * dots + self_sq
    rest_norm = np.sqrt(np.clip(rest_norm_sq, 0.0, None))
    with np.errstate(divide="ignore", invalid="ignore"):
        out = np.where(rest_norm > 1e-12, rest_dots / rest_norm, 0.0)
    return np.clip(out, 0.0, None)


def diversify(scores: Sequence[float], story: Sequence[int], repeat: float) -> list[float]:
    """Scale each sentence by `repeat` per better-scored sentence of its own story (ties: earlier)."""
    order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
    seen: dict[int, int] = {}
    out = list(scores)
    for i in order:
        k = seen.get(story[i], 0)
        out[i] = scores[i] * repeat**k
        seen[story[i]] = k + 1
    return out

"""sumy's six summarisers, vectorised: the same ratings from sparse matrices, in near-linear time.

sumy builds dense n×n matrices in pure Python (LexRank, TextRank), takes a full SVD (LSA) or
re-scans every sentence once per chosen sentence (KL, SumBasic): quadratic or worse, so a 1 MB
corpus takes minutes and 10 MB cannot fit in memory. Each function here computes the rating
sumy's class of the same name computes — same tokens (brief.split.SumyTokenizer), same stop
words, same Snowball stems, same formulas and stopping rules, quirks included — so on small
inputs the ranking is sumy's (tests/test_rankers.py compares them with sumy itself):

- LexRank: the idf-modified cosine graph thresholded at 0.1 is built as a sparse product of
  the unit-length tf-idf rows, in row blocks that keep only the edges above the threshold (4
  bytes an edge), then sumy's normalised power iteration (epsilon 0.1) runs on that graph.
  Exact. Its cost is the number of sentence pairs sharing a term, which grows with the square
  of the commonest terms' frequency; above LEXRANK_MAX_PAIRS brief says so and stops.
- TextRank: sumy's edge weight, common words over log(|a|)+log(|b|), depends on the pair only
  through the two sentence lengths, so the rows of the (never built) n×n matrix are sums over
  the distinct lengths: each power iteration is two sparse products with n×(distinct lengths)
  dense blocks. Exact at any size.
- LSA: sumy keeps every singular value (REDUCTION_RATIO = 1), and with all of them the rating
  sqrt(Σ σᵢ² vᵢⱼ²) is the Euclidean norm of column j of the term matrix it decomposes. So no
  SVD is needed: the rating is computed from each sentence's counts. Exact, and free of the
  float noise (and PYTHONHASHSEED-dependent row order) that breaks sumy's ties at random.
- Luhn: one pass over the words with a set of significant stems (sumy looks each word up in a
  tuple of all of them). Exact.
- KL and SumBasic: greedy — each step takes the best remaining sentence and updates the model
  — done with sparse vector operations per step. Every sentence is placed greedily up to
  GREEDY_FULL sentences; above that the first GREEDY_PLACES places are exact and the rest are
  ordered by their value at that step (a bounded approximation: far more sentences than any
  summary takes).

Ratings are returned as floats, higher is better; for the greedy methods the rating is the
reverse place (n for the first pick). Ties go to the earlier sentence, as in sumy (its stable
sort); sumy's one deliberate difference is not reproduced: it keys ratings by sentence text,
so repeated sentences share one rating, where brief rates each occurrence.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from .errors import UsageError
from .models import Corpus
from .split import SumyTokenizer, stem, stop_words, sumy_words

Progress = Callable[[int], None]

LEXRANK_THRESHOLD = 0.1
LEXRANK_EPSILON = 0.1
TEXTRANK_EPSILON = 1e-4
TEXTRANK_DAMPING = 0.85
TEXTRANK_ZERO_DIVISION = 1e-7
LSA_SMOOTH = 0.4
LUHN_MAX_GAP = 4
# Greedy methods: place every sentence up to this many, else only the first GREEDY_PLACES.
GREEDY_FULL = 3000
GREEDY_PLACES = 400
# LexRank's similarity product is computed this many rows at a time (bounds peak memory).
BLOCK_ROWS = 500
# LexRank's cost is the number of sentence pairs that share a term (Σ df² over terms), which
# grows with the square of the commonest terms' frequency: ~6e6 for 1 MB of news, ~4e8 for the
# 10 MB benchmark (~20 s). Beyond this, brief refuses rather than run for many minutes; an
# approximation that drops common terms was tried and kept none of the exact top ten.
LEXRANK_MAX_PAIRS = 2e9
# Power iterations stop here even if sumy's epsilon is not reached (sumy would loop forever).
MAX_ITERATIONS = 1000
# Values are compared after rounding to this many significant digits, so float noise from a
# different order of summation never breaks a tie (while 1e-300 still beats 0, as in sumy).
DIGITS = 12


def no_progress(done: int) -> None:
    """The default progress callback: say nothing."""


@dataclass(frozen=True)
class Words:
    """Each sentence's words as sumy's summarisers see them."""

    raw: tuple[tuple[str, ...], ...]  # SumyTokenizer.to_words
    lower: tuple[tuple[str, ...], ...]  # sumy's normalize_word

    @property
    def content_stems(self) -> list[list[str]]:
        """Lower-cased, stop words dropped, stemmed (LexRank, TextRank, SumBasic, Luhn, LSA)."""
        stops = stop_words()
        return [[stem(w) for w in words if w not in stops] for words in self.lower]


def sentence_words(corpus: Corpus) -> Words:
    if len(corpus.tokens) == len(corpus.sentences):
        raw = tuple(sumy_words(found) for found in corpus.tokens)
    else:
        tokenizer = SumyTokenizer()
        raw = tuple(tokenizer.to_words(s.text) for s in corpus.sentences)
    return Words(raw=raw, lower=tuple(tuple(w.lower() for w in ws) for ws in raw))


def count_matrix(rows: Sequence[Sequence[str]]) -> tuple[sparse.csr_matrix, dict[str, int]]:
    """Sentence × term counts, terms numbered in sorted order (never hash order)."""
    vocabulary = sorted({t for row in rows for t in row})
    column = {t: i for i, t in enumerate(vocabulary)}
    indptr = np.zeros(len(rows) + 1, dtype=np.int64)
    indices: list[int] = []
    for i, row in enumerate(rows):
        indices.extend(column[t] for t in row)
        indptr[i + 1] = len(indices)
    data = np.ones(len(indices))
    matrix = sparse.csr_matrix(
        (data, np.asarray(indices, dtype=np.int64), indptr), shape=(len(rows), len(vocabulary))
    )
    matrix.sum_duplicates()
    return matrix, column


def rounded(values: np.ndarray) -> np.ndarray:
    """Values rounded to DIGITS significant digits."""
    magnitude = np.abs(values)
    exponent = np.floor(np.log10(np.where(magnitude > 0, magnitude, 1.0)))
    scale = 10.0 ** (DIGITS - 1 - exponent)
    return np.asarray(np.round(values * scale) / scale)


# --- LexRank ------------------------------------------------------------------------------


def lexrank(words: Words, progress: Progress = no_progress) -> np.ndarray:
    counts, _ = count_matrix(words.content_stems)
    n = counts.shape[0]
    df = np.bincount(counts.indices, minlength=counts.shape[1]).astype(np.float64)
    pairs = float(np.sum(df**2))
    if pairs > LEXRANK_MAX_PAIRS:
        raise UsageError(
            f"--method lexrank would compare {pairs:.2g} sentence pairs (limit {LEXRANK_MAX_PAIRS:.0g}); "
            "use the default method, or split the input"
        )
    idf = np.log(n / (1.0 + df))
    row_max = counts.max(axis=1).toarray().ravel()
    row_max[row_max == 0] = 1.0
    tfidf = sparse.csr_matrix(sparse.diags(1.0 / row_max) @ counts @ sparse.diags(idf))
    norms = np.sqrt(np.asarray(tfidf.multiply(tfidf).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    unit = sparse.csr_matrix(sparse.diags(1.0 / norms) @ tfidf)
    unit_t = sparse.csr_matrix(unit.T)
    # The thresholded graph, one block of rows at a time: only the neighbours' column numbers
    # are kept (4 bytes an edge), the similarity values never all at once.
    blocks: list[tuple[int, np.ndarray, np.ndarray]] = []
    degrees = np.zeros(n)
    for start in range(0, n, BLOCK_ROWS):
        product = sparse.csr_matrix(unit[start : start + BLOCK_ROWS] @ unit_t)
        keep = product.data > LEXRANK_THRESHOLD
        kept_before = np.concatenate(([0], np.cumsum(keep, dtype=np.int64)))
        indptr = kept_before[product.indptr]
        blocks.append((start, indptr, product.indices[keep].astype(np.int32)))
        degrees[start : start + product.shape[0]] = np.diff(indptr)
        del product, keep
        progress(min(BLOCK_ROWS, n - start))
    degrees[degrees == 0] = 1.0
    widest = max((len(indices) for _, _, indices in blocks), default=0)
    ones = np.ones(widest)

    def step(p: np.ndarray) -> np.ndarray:
        """Mᵀp for M = A / degree; A is symmetric, so Mᵀp = A (p / degree)."""
        spread = p / degrees
        out = np.empty(n)
        for start, indptr, indices in blocks:
            rows = len(indptr) - 1
            graph = sparse.csr_matrix((ones[: len(indices)], indices, indptr), shape=(rows, n))
            out[start : start + rows] = graph @ spread
        return out

    p = np.full(n, 1.0 / n)
    for _ in range(MAX_ITERATIONS):
        nxt = step(p)
        norm = np.linalg.norm(nxt)
        if norm == 0:
            return np.zeros(n)
        nxt /= norm
        change = np.linalg.norm(nxt - p)
        p = nxt
        if change <= LEXRANK_EPSILON:
            break
    return np.asarray(p)


# --- TextRank -----------------------------------------------------------------------------


def textrank(words: Words, progress: Progress = no_progress) -> np.ndarray:
    counts, _ = count_matrix(words.content_stems)
    n = counts.shape[0]
    lengths = np.asarray(counts.sum(axis=1)).ravel().astype(np.int64)
    groups = np.unique(lengths[lengths > 0])
    group_of = np.searchsorted(groups, lengths)
    log_len = np.log(np.maximum(lengths, 1))
    # 1 / (log|a| + log|b|) for every sentence a and every length |b|; sumy uses 1 when both are 1.
    denominators = log_len[:, None] + np.log(groups)[None, :]
    denominators[np.isclose(denominators, 0.0)] = 1.0
    inverse = 1.0 / denominators
    inverse[lengths == 0] = 0.0
    counts_t = sparse.csr_matrix(counts.T)

    def weighted_sums(q: np.ndarray) -> np.ndarray:
        """Σᵢ q_i·(cᵢ·c_j)/den(i, j) for every j, grouping the i by their length."""
        by_length = sparse.csr_matrix(
            (q[lengths > 0], (np.flatnonzero(lengths > 0), group_of[lengths > 0])),
            shape=(n, len(groups)),
        )
        totals = np.asarray((counts_t @ by_length).todense())  # terms × lengths
        shared = np.asarray(counts @ totals)  # sentences × lengths
        return np.asarray((shared * inverse).sum(axis=1)).ravel()

    row_sums = weighted_sums(np.ones(n)) + TEXTRANK_ZERO_DIVISION
    p = np.full(n, 1.0 / n)
    for _ in range(MAX_ITERATIONS):
        nxt = (1.0 - TEXTRANK_DAMPING) / n * p.sum() + TEXTRANK_DAMPING * weighted_sums(p / row_sums)
        change = np.linalg.norm(nxt - p)
        p = nxt
        if change <= TEXTRANK_EPSILON:
            break
    progress(n)
    return p


# --- LSA ----------------------------------------------------------------------------------


def lsa(words: Words, progress: Progress = no_progress) -> np.ndarray:
    dictionary = {t for row in words.content_stems for t in row}
    if not dictionary:
        return np.zeros(len(words.raw))
    stemmed = [[s for s in (stem(w) for w in ws) if s in dictionary] for ws in words.lower]
    counts, _ = count_matrix(stemmed)
    n = counts.shape[0]
    filled = np.diff(counts.indptr)
    rows = np.repeat(np.arange(n), filled)
    row_max = counts.max(axis=1).toarray().ravel()
    cells = LSA_SMOOTH + (1.0 - LSA_SMOOTH) * counts.data / row_max[rows]
    squares = np.bincount(rows, weights=cells * cells, minlength=n)
    # Every dictionary word a sentence lacks is a cell of LSA_SMOOTH; sumy leaves a sentence
    # without any dictionary word at zero.
    scores = np.sqrt((len(dictionary) - filled) * LSA_SMOOTH**2 + squares)
    scores[filled == 0] = 0.0
    progress(n)
    return np.asarray(scores)


# --- Luhn ---------------------------------------------------------------------------------


def luhn(words: Words, progress: Progress = no_progress) -> np.ndarray:
    frequency = Counter(t for row in words.content_stems for t in row)
    significant = {t for t, f in frequency.items() if f > 1}
    scores = np.zeros(len(words.raw))
    for i, ws in enumerate(words.lower):
        scores[i] = luhn_rating([stem(w) in significant for w in ws])
    progress(len(words.raw))
    return scores


def luhn_rating(flags: Sequence[bool]) -> float:
    """sumy's Luhn: the best chunk of significant words (gaps of fewer than 4 allowed)."""
    chunks: list[list[int]] = []
    in_chunk = False
    for flag in flags:
        if flag and not in_chunk:
            in_chunk = True
            chunks.append([1])
        elif in_chunk:
            chunks[-1].append(int(flag))
        if chunks and len(chunks[-1]) >= LUHN_MAX_GAP and not any(chunks[-1][-LUHN_MAX_GAP:]):
            in_chunk = False
    best = 0.0
    for chunk in chunks:
        while chunk and chunk[-1] == 0:
            chunk.pop()
        significant = sum(chunk)
        if significant > 1:
            best = max(best, significant**2 / len(chunk))
    return best


# --- KL and SumBasic (greedy) ---------------------------------------------------------------


def greedy_scores(
    n: int,
    step: Callable[[np.ndarray], np.ndarray],
    chosen: Callable[[int], None],
    progress: Progress,
    exact: bool = False,
) -> np.ndarray:
    """Run a greedy ranker: `step(remaining)` gives each sentence's value (lower is better);
    the best remaining one is placed and `chosen` updates the model. Returns n - place.

    Values are compared as they are when `exact` (the ranker reproduces sumy's arithmetic
    operation for operation), else after rounding (its sums run in another order)."""
    places = n if n <= GREEDY_FULL else GREEDY_PLACES
    remaining = np.ones(n, dtype=bool)
    scores = np.zeros(n)
    compare: Callable[[np.ndarray], np.ndarray] = np.asarray if exact else rounded
    reported = 0  # progress is reported in sentences: n in all, spread over the places
    for place in range(places):
        values = compare(step(remaining))
        candidates = np.flatnonzero(remaining)
        best = int(candidates[np.argmin(values[candidates])])  # argmin: the first of equals
        scores[best] = n - place
        remaining[best] = False
        chosen(best)
        share = (place + 1) * n // places
        progress(share - reported)
        reported = share
    rest = np.flatnonzero(remaining)
    if len(rest):
        values = compare(step(remaining))
        order = rest[np.lexsort((rest, values[rest]))]
        scores[order] = n - places - np.arange(len(order))
    progress(n - reported)
    return scores


def kl(words: Words, progress: Progress = no_progress) -> np.ndarray:
    stops = stop_words()
    # sumy's KLSummarizer filters the document's stop words before lower-casing them (so "The"
    # counts as "the") but each sentence's after; the summary so far enters as raw words.
    doc_words = [w.lower() for ws in words.raw for w in ws if w not in stops]
    content = [[w for w in ws if w not in stops] for ws in words.lower]
    counts, column = count_matrix([*content, doc_words])
    doc_counts = np.asarray(counts[-1].todense()).ravel()
    counts = sparse.csr_matrix(counts[:-1])
    n = counts.shape[0]
    q = doc_counts / max(len(doc_words), 1)
    log_q = np.log(np.where(q > 0, q, 1.0))
    lengths = np.asarray(counts.sum(axis=1)).ravel()
    rows = np.repeat(np.arange(n), np.diff(counts.indptr))
    cols = counts.indices
    summary = np.zeros(counts.shape[1])
    summary_length = [0]

    def step(remaining: np.ndarray) -> np.ndarray:
        r = summary[cols]
        in_summary = r > 0
        qc = q[cols]
        per_word = qc * (log_q[cols] - np.log(counts.data + r))
        per_word -= np.where(in_summary, qc * (log_q[cols] - np.log(np.where(in_summary, r, 1.0))), 0.0)
        new_mass = np.where(in_summary, 0.0, qc)
        total = lengths + summary_length[0]
        log_total = np.log(np.where(total > 0, total, 1.0))
        held = summary > 0
        base = float(np.sum(q[held] * (log_q[held] - np.log(summary[held]))))
        base_mass = float(np.sum(q[held]))
        values = base + base_mass * log_total
        values += np.bincount(rows, weights=per_word, minlength=n)
        values += log_total * np.bincount(rows, weights=new_mass, minlength=n)
        values[total == 0] = 0.0
        return np.asarray(values)

    def chosen(best: int) -> None:
        for w in words.raw[best]:
            summary_length[0] += 1
            if w in column and q[column[w]] > 0:
                summary[column[w]] += 1

    return greedy_scores(n, step, chosen, progress)


def sumbasic(words: Words, progress: Progress = no_progress) -> np.ndarray:
    content = words.content_stems
    counts, column = count_matrix(content)
    n = counts.shape[0]
    total = counts.sum()
    p = np.asarray(counts.sum(axis=0)).ravel() / (total if total else 1.0)
    # Each sentence's words in their own order, so the averages are summed as sumy sums them.
    flat = np.asarray([column[t] for row in content for t in row], dtype=np.int64)
    lengths = np.asarray([len(row) for row in content], dtype=np.int64)
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    filled = lengths > 0

    def step(remaining: np.ndarray) -> np.ndarray:
        average = np.zeros(n)
        if len(flat):
            sums = np.add.reduceat(p[flat], starts[filled])
            average[filled] = sums / lengths[filled]
        return -average  # lower is better: the negated average

    def chosen(best: int) -> None:
        for t in content[best]:
            p[column[t]] *= p[column[t]]

    return greedy_scores(n, step, chosen, progress, exact=True)


RANKERS: dict[str, Callable[[Words, Progress], np.ndarray]] = {
    "lexrank": lexrank,
    "textrank": textrank,
    "lsa": lsa,
    "luhn": luhn,
    "kl": kl,
    "sumbasic": sumbasic,
}


def scores(corpus: Corpus, method: str, progress: Progress = no_progress) -> list[float]:
    """A rating per corpus sentence by sumy's `method`, higher is better."""
    return [float(v) for v in RANKERS[method](sentence_words(corpus), progress)]

"""Query relevance (`brief topic`) and topic discovery (`brief topics`).

`bm25` scores sentences against a free-text query over Snowball stems, so "deterrent" finds
"deterrence" and "sharing" finds "shared"; `focus` widens the query with feedback terms from the
best matches and spreads relevance over a sparse similarity graph (query-biased LexRank); `rank`
adds brief's generic importance. A short query is a search: only sentences holding one of its
stems can be chosen. A long one describes a topic as a bag of words: every sentence competes,
on its importance plus how much of the query it holds (`descriptiveness` shades between them).
`discover` clusters sentences into threads (passages, then passages with alike vocabularies) and
labels each with its most characteristic phrase, verbatim from the text.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

from .models import Corpus, Sentence, Topic

if TYPE_CHECKING:  # numpy, scipy and nltk load on first use: `brief --help` stays fast
    import numpy as np
    from scipy import sparse

    from .features import TermMatrix
    from .summarise import Ranking

# BM25's usual constants: term-frequency saturation and length normalisation.
K1 = 1.2
B = 0.75
# The centrality graph holds at most this many sentences: memory grows with its square.
GRAPH_LIMIT = 3000
# Sentences at least this similar (tf-idf cosine) are linked in the centrality graph.
LINK = 0.1
# Query-biased LexRank: the share of each step spent jumping back to relevant sentences.
QUERY_BIAS = 0.15
ITERATIONS = 100
# A search's score (see `rank`): the IDF-weighted share of the query a sentence holds (0..1)
# times generic importance (0..1) + these weights times relevance (BM25 saturated as
# r / (r + SATURATION)) and query-biased centrality (0..1).
RELEVANCE_WEIGHT = 0.6
SATURATION = 2.0
CENTRALITY_WEIGHT = 0.2
# A description's score: generic importance + this weight times the share of the query held
# that the sentences ranked above it do not already hold (so the picks cover different facets).
COVERAGE_WEIGHT = 1.0
# In a description, a query unit already held by a better-ranked sentence counts this much
# again, for each such sentence.
REPEAT = 0.5
# Two query stems written side by side ("federal law") count as one more unit of the query when
# a sentence has them within this many content words of each other.
NEAR = 2
# A description prefers fuller sentences a little: this weight times log(words / TYPICAL_WORDS).
LENGTH_WEIGHT = 0.1
TYPICAL_WORDS = 20
# Queries of up to SEARCH_TERMS stems are searches; from DESCRIPTION_TERMS on, descriptions.
SEARCH_TERMS = 4
DESCRIPTION_TERMS = 6
# Pseudo-relevance feedback: terms taken from the best-matching sentences, and their weight.
FEEDBACK_SENTENCES = 3
FEEDBACK_TERMS = 10
FEEDBACK_WEIGHT = 0.3
TOLERANCE = 1e-9


def query_terms(query: str) -> tuple[str, ...]:
    """The query's distinct content-word stems, in the order given."""
    from . import split

    return tuple(dict.fromkeys(split.terms(query)))


def bm25(terms: Sequence[Sequence[str]], query: Sequence[str], k1: float = K1, b: float = B) -> np.ndarray:
    """Okapi BM25 of each sentence (a bag of stems) for the query stems; 0 where none match."""
    import numpy as np

    n = len(terms)
    scores = np.zeros(n)
    if not n:
        return scores
    lengths = np.array([len(row) for row in terms], dtype=np.float64)
    average = float(lengths.mean()) or 1.0
    norm = k1 * (1 - b + b * lengths / average)
    for q in dict.fromkeys(query):
        tf = np.array([row.count(q) for row in terms], dtype=np.float64)
        df = int(np.count_nonzero(tf))
        if not df:
            continue
        idf = math.log(1 + (n - df + 0.5) / (df + 0.5))
        scores += idf * tf * (k1 + 1) / (tf + norm)
    return scores


def coverage(terms: Sequence[Sequence[str]], query: Sequence[str]) -> np.ndarray:
    """How much of the query each sentence holds: the IDF-weighted share of its stems present,
    so a sentence with "intelligence" and "sharing" beats one with only "shared"."""
    import numpy as np

    n = len(terms)
    held = np.zeros(n)
    total = 0.0
    for q in dict.fromkeys(query):
        present = np.array([q in row for row in terms], dtype=np.float64)
        df = int(present.sum())
        idf = math.log(1 + (n - df + 0.5) / (df + 0.5))
        held += idf * present
        total += idf
    return held / total if total else held


# A search (up to SEARCH_TERMS stems) is answered only by a sentence holding at least this share
# of the query's IDF weight: "climate change" is not answered by sentences about any "change".
MIN_COVERAGE = 0.5


def answers(terms: Sequence[Sequence[str]], query: Sequence[str]) -> bool:
    """Whether some sentence answers the query: for a search, one holding most of its weight
    (an absent word weighs most); a description is answered by any of its words."""
    held = coverage(terms, query)
    if not len(held) or not held.max():
        return False
    return descriptiveness(query) > 0 or float(held.max()) >= MIN_COVERAGE


def missing_words(query: str, terms: Sequence[Sequence[str]]) -> list[str]:
    """The query's words whose stems no sentence holds, as the user wrote them; empty when the
    text holds none of its words (then naming them all says nothing)."""
    from . import split

    present = {t for row in terms for t in row}
    out: list[str] = []
    found = False
    for word in query.split():
        stems = split.terms(word)
        if stems and not any(t in present for t in stems):
            out.append(word.strip(".,;:!?\"'“”‘’()"))
        elif stems:
            found = True
    return out if found else []


def similarity_graph(tfidf: sparse.csr_matrix, link: float = LINK) -> sparse.csr_matrix:
    """Cosine similarities between the rows, kept where at least `link`, self-links removed."""
    from scipy import sparse

    sim = sparse.coo_matrix(tfidf @ tfidf.T)
    keep = (sim.data >= link) & (sim.row != sim.col)
    return sparse.csr_matrix((sim.data[keep], (sim.row[keep], sim.col[keep])), shape=sim.shape)


def query_centrality(matrix: TermMatrix, relevance: np.ndarray, limit: int = GRAPH_LIMIT) -> np.ndarray:
    """Query-biased LexRank over the sentences the query reaches (the `limit` most relevant):
    the rest of a large corpus neither gets nor gives centrality, which keeps the graph small."""
    import numpy as np

    candidates = np.flatnonzero(relevance > 0)
    if len(candidates) > limit:
        best = np.argsort(-relevance[candidates], kind="stable")[:limit]
        candidates = np.sort(candidates[best])
    centrality = np.zeros(len(relevance))
    graph = similarity_graph(matrix.tfidf[candidates])
    centrality[candidates] = biased_lexrank(graph, relevance[candidates])
    return centrality


def biased_lexrank(graph: sparse.csr_matrix, prior: np.ndarray, bias: float = QUERY_BIAS) -> np.ndarray:
    """Stationary scores of a random walk that follows similarity links, and with probability
    `bias` jumps to a sentence in proportion to `prior` (its query relevance)."""
    import numpy as np
    from scipy import sparse

    n = graph.shape[0]
    total = float(prior.sum())
    if not n or total <= 0:
        return np.zeros(n)
    jump = prior / total
    out_weight = np.asarray(graph.sum(axis=1)).ravel()
    dangling = out_weight == 0
    out_weight[dangling] = 1.0
    step = sparse.csr_matrix(sparse.diags(1.0 / out_weight) @ graph).T.tocsr()
    p = jump.copy()
    for _ in range(ITERATIONS):
        walked = step @ p + float(p[dangling].sum()) * jump
        nxt = bias * jump + (1 - bias) * walked
        if float(np.abs(nxt - p).sum()) < TOLERANCE:
            p = nxt
            break
        p = nxt
    return np.asarray(p)


def feedback_terms(
    matrix: TermMatrix, relevance: np.ndarray, query: Sequence[str], size: int
) -> tuple[str, ...]:
    """Pseudo-relevance feedback: the terms that weigh most in the best-matching sentences
    (other than the query's own), used to widen the query ("nuclear deterrent" -> macron)."""
    import numpy as np

    if size <= 0 or not relevance.any():
        return ()
    ranked = sorted(np.flatnonzero(relevance).tolist(), key=lambda i: (-relevance[i], i))
    top = ranked[:FEEDBACK_SENTENCES]
    weights = np.asarray(matrix.tfidf[top].multiply(relevance[top][:, None]).sum(axis=0)).ravel()
    asked = set(query)
    order = sorted(range(len(weights)), key=lambda j: (-weights[j], matrix.vocabulary[j]))
    picked = [matrix.vocabulary[j] for j in order if weights[j] > 0 and matrix.vocabulary[j] not in asked]
    return tuple(picked[:size])


def query_pairs(query: str) -> tuple[tuple[str, str], ...]:
    """Neighbouring stems of the query, within each comma- or semicolon-separated part:
    "civil law, federal law" -> (civil, law), (feder, law)."""
    pairs: list[tuple[str, str]] = []
    for part in re.split(r"[,;]", query):
        stems = query_terms(part)
        pairs.extend(pairwise(stems))
    return tuple(dict.fromkeys(p for p in pairs if p[0] != p[1]))


def holds_pair(terms: Sequence[str], pair: tuple[str, str], near: int = NEAR) -> bool:
    """Whether both stems of the pair occur within `near` content words of each other."""
    first, second = pair
    return any(
        term == first and second in terms[max(0, k - near) : k + near + 1] for k, term in enumerate(terms)
    )


def query_units(
    terms: Sequence[Sequence[str]], query: Sequence[str], pairs: Sequence[tuple[str, str]] = ()
) -> tuple[list[list[int]], list[float], float]:
    """The query's units (each stem, then each pair of neighbouring stems) held by each sentence,
    each unit's IDF over the sentences, and the total IDF of the single stems (the coverage
    denominator: a sentence holding every stem covers 1, pairs add to that)."""
    n = len(terms)
    sets = [set(row) for row in terms]
    stems = list(dict.fromkeys(query))
    held: list[list[int]] = [[] for _ in range(n)]
    weights: list[float] = []
    for u, unit in enumerate([*((q,) for q in stems), *pairs]):
        if len(unit) == 1:
            having = [i for i in range(n) if unit[0] in sets[i]]
        else:
            having = [
                i
                for i in range(n)
                if unit[0] in sets[i] and unit[1] in sets[i] and holds_pair(terms[i], (unit[0], unit[1]))
            ]
        for i in having:
            held[i].append(u)
        weights.append(math.log(1 + (n - len(having) + 0.5) / (len(having) + 0.5)))
    total = sum(weights[: len(stems)])
    return held, weights, total


def greedy_order(
    static: Sequence[float], held: Sequence[Sequence[int]], gains: Sequence[float], scale: Sequence[float]
) -> list[float]:
    """Scores in the order a greedy pick makes them: each sentence's static score plus `scale`
    times the gains of the query units it holds, each unit's gain multiplied by REPEAT for every
    sentence picked before it that holds the unit too (the summary covers the topic's facets
    rather than repeating one). Gains only shrink as sentences get picked, so a lazy heap gives
    the exact greedy order, and the scores (the value at pick time) never increase down the
    ranking; ties go to the earlier sentence."""
    import heapq

    times: Counter[int] = Counter()  # how many picked sentences hold each unit

    def value(i: int) -> float:
        return static[i] + scale[i] * sum(gains[u] * REPEAT ** times[u] for u in held[i])

    heap = [(-value(i), i) for i in range(len(static))]
    heapq.heapify(heap)
    scores = [0.0] * len(static)
    while heap:
        negative, i = heapq.heappop(heap)
        current = value(i)
        if heap and current < -negative and (-current, i) > heap[0]:
            heapq.heappush(heap, (-current, i))
            continue
        scores[i] = current
        times.update(held[i])
    return scores


@dataclass(frozen=True)
class Focus:
    """Per-sentence query relevance (BM25, widened by feedback terms) and query-biased centrality."""

    relevance: tuple[float, ...]
    centrality: tuple[float, ...]
    matches: tuple[bool, ...] = ()  # whether the sentence holds a stem of the query itself
    expansion: tuple[str, ...] = ()


def focus(corpus: Corpus, query: Sequence[str]) -> Focus:
    """Relevance of every sentence to the query; all zeros when no sentence matches it."""
    from . import features

    direct = bm25(corpus.terms, query)
    if not direct.any():
        return Focus(relevance=tuple(0.0 for _ in corpus.sentences), centrality=())
    matrix = features.build(corpus.terms)
    expansion = feedback_terms(matrix, direct, query, FEEDBACK_TERMS)
    relevance = direct + FEEDBACK_WEIGHT * bm25(corpus.terms, expansion) if expansion else direct
    centrality = query_centrality(matrix, relevance)
    return Focus(
        relevance=tuple(float(x) for x in relevance),
        centrality=tuple(float(x) for x in centrality),
        matches=tuple(bool(x) for x in direct > 0),
        expansion=expansion,
    )


def descriptiveness(query: Sequence[str]) -> float:
    """How far a query describes a topic rather than searches for one, from 0 to 1.

    A query of up to SEARCH_TERMS stems is a search ("peacekeepers", "nuclear deterrent"): the
    user wants the sentences that hold its words. A query of DESCRIPTION_TERMS stems or more
    describes a topic as a bag of its words ("civil law, marriage, federal law, state law,
    petition…"), which no sentence holds whole, and which a story's lead can be about without
    naming any of them. In between, the one shades into the other."""
    span = DESCRIPTION_TERMS - SEARCH_TERMS
    return min(1.0, max(0.0, (len(set(query)) - SEARCH_TERMS) / span))


def rank(corpus: Corpus, query: Sequence[str], pairs: Sequence[tuple[str, str]] = ()) -> Ranking:
    """Sentences scored for the query, from brief's generic importance (position in its story,
    centrality, length, form; normalised to the best) and the query's stems (and `pairs`, its
    neighbouring stems: see `query_pairs`).

    For a search, a sentence's score is the share of the query it holds (IDF-weighted coverage)
    times its importance plus saturated BM25 relevance plus query-biased centrality; sentences
    without a stem of the query itself score 0, so `select` never picks them, and feedback terms
    only reorder the matches. For a description, it is importance plus the share of the query's
    units (stems, and pairs found side by side) it holds that no better-ranked sentence holds
    yet (a greedy pick: the summary covers the topic's facets instead of repeating one), plus a
    slight preference for fuller sentences: relevance reorders a story without erasing its lead,
    and sentences holding none of the query's words compete on their importance alone. There
    importance is scaled by how much the sentence's story (an article, a live blog's post) is
    about the query: its best coverage against the best of all, so the lead of a post on
    something else does not come back. A query in between gets the mix `descriptiveness` says."""
    from . import salience
    from .summarise import Ranking

    found = focus(corpus, query)
    if not found.centrality:
        return Ranking(scores=tuple(0.0 for _ in corpus.sentences))
    x, stories = salience.feature_matrix(corpus)
    generic, _ = salience.score(x, stories, explain=False)  # `summary`'s default ranking
    covered = coverage(corpus.terms, query)
    best: dict[int, float] = {}  # each story's best coverage
    for story, held in zip(stories.story, covered, strict=True):
        best[story] = max(best.get(story, 0.0), float(held))
    top_covered = max(best.values()) or 1.0
    describes = descriptiveness(query)
    top_generic = max(generic) or 1.0
    top_centrality = max(found.centrality) or 1.0
    static: list[float] = []
    bearings = [best[story] / top_covered for story in stories.story]  # how far its story is about the query
    parts: list[tuple[tuple[str, float], ...]] = []
    for rel, central, general, match, held, story, sentence in zip(
        found.relevance,
        found.centrality,
        generic,
        found.matches,
        covered,
        stories.story,
        corpus.sentences,
        strict=True,
    ):
        relevance = rel / (rel + SATURATION)
        centrality = central / top_centrality
        importance = general / top_generic
        bearing = best[story] / top_covered
        if match:
            fullness = LENGTH_WEIGHT * math.log(max(1, len(sentence.text.split())) / TYPICAL_WORDS)
            description = importance * bearing + fullness  # its coverage comes in `greedy_order`
            blend = importance + RELEVANCE_WEIGHT * relevance + CENTRALITY_WEIGHT * centrality
            search = float(held) * blend
            score = (1 - describes) * search + describes * description
        else:
            score = describes * importance * bearing
        static.append(score)
        parts.append(
            (
                ("relevance", relevance),
                ("coverage", float(held)),
                ("centrality", centrality),
                ("importance", importance),
            )
        )
    if describes > 0:
        held_units, weights, total = query_units(corpus.terms, query, pairs)
        gains = [describes * COVERAGE_WEIGHT * w / (total or 1.0) for w in weights]
        scores = greedy_order(static, held_units, gains, bearings)
    else:
        scores = static
    return Ranking(scores=tuple(max(0.0, s) for s in scores), components=tuple(parts))


# --- Topic discovery -------------------------------------------------------------------------

# Each sentence is clustered with a little of its neighbours' vocabulary mixed in: news and
# live blogs tell one thread over consecutive sentences.
CONTEXT = 0.15
# Average-linkage clusters are cut where sentences are less similar than this (cosine distance).
CUT = 0.95
# Passages (stage one) are then joined into threads when their vocabularies are this similar
# on average (cosine of tf-idf centroids): one story told in separate posts becomes one topic.
JOIN = 0.2
# Above this many sentences, the first ones are clustered and the rest join the nearest cluster.
MAX_CLUSTERED = 2000
MIN_TOPIC_SENTENCES = 2
REPRESENTATIVES = 3
# Representative sentences shorter than this many words count for SHORT_FACTOR of their closeness.
SHORT_WORDS = 10
SHORT_FACTOR = 0.3
KEY_TERMS = 6
# What Treebank makes of contractions ("ca n't", "wo n't", "'ve"…): terms, but no key terms.
CONTRACTION_PIECES = frozenset("n't ca wo ve re ll d m s".split())
TOPIC_ACTORS = 3


def context_vectors(corpus: Corpus, matrix: TermMatrix) -> sparse.csr_matrix:
    """tf-idf rows with CONTEXT times the neighbouring sentences (same document) added."""
    import numpy as np
    from scipy import sparse

    from . import features

    n = len(corpus.sentences)
    rows: list[int] = []
    cols: list[int] = []
    for i in range(n - 1):
        if corpus.sentences[i].document == corpus.sentences[i + 1].document:
            rows.extend((i, i + 1))
            cols.extend((i + 1, i))
    near = sparse.csr_matrix((np.full(len(rows), CONTEXT), (rows, cols)), shape=(n, n))
    tfidf = matrix.tfidf
    return features.normalize_rows(sparse.csr_matrix(tfidf + near @ tfidf))


def threads(groups: list[list[int]], weighted: sparse.csr_matrix, join: float = JOIN) -> list[list[int]]:
    """Average-linkage clusters of passages by their tf-idf centroids, joined where at least
    `join` similar; each thread's sentences sorted, threads listed by first sentence."""
    import numpy as np
    from scipy import sparse
    from scipy.cluster.hierarchy import fcluster, linkage

    from . import features

    if len(groups) < 2:
        return groups
    centroids = features.normalize_rows(
        sparse.csr_matrix(np.vstack([np.asarray(weighted[g].sum(axis=0)) for g in groups]))
    ).toarray()
    sim = np.clip(centroids @ centroids.T, 0.0, 1.0)
    tree = linkage(1.0 - sim[np.triu_indices(len(groups), k=1)], method="average")
    labels = fcluster(tree, t=1.0 - join, criterion="distance")
    joined: dict[int, list[int]] = {}
    for group, label in zip(groups, labels.tolist(), strict=True):
        joined.setdefault(label, []).extend(group)
    return sorted((sorted(g) for g in joined.values()), key=lambda g: g[0])


def clusters(vectors: sparse.csr_matrix, cut: float = CUT) -> list[list[int]]:
    """Average-linkage agglomerative clusters of sentence vectors (cosine), each sorted,
    listed by first member; deterministic (no random start)."""
    import numpy as np
    from scipy.cluster.hierarchy import fcluster, linkage

    n = vectors.shape[0]
    if n == 0:
        return []
    if n == 1:
        return [[0]]
    head = min(n, MAX_CLUSTERED)
    dense = vectors[:head].toarray()
    sim = np.clip(dense @ dense.T, 0.0, 1.0)
    distance = 1.0 - sim[np.triu_indices(head, k=1)]
    tree = linkage(distance, method="average")
    labels = fcluster(tree, t=cut, criterion="distance")
    groups: dict[int, list[int]] = {}
    for i, label in enumerate(labels.tolist()):
        groups.setdefault(label, []).append(i)
    found = sorted(groups.values(), key=lambda g: g[0])
    if head < n:
        centroids = np.vstack([dense[g].mean(axis=0) for g in found])
        rest = vectors[head:] @ centroids.T
        for offset, best in enumerate(np.asarray(rest).argmax(axis=1).tolist()):
            found[best].append(head + offset)
    return found


# --- Key phrases: candidate labels, verbatim from the text --------------------------------------

TOKEN = re.compile(r"[^\W_](?:[\w’'.-]*[^\W_])?", re.UNICODE)
POSSESSIVE = re.compile(r"[’']s$", re.IGNORECASE)
# sumy's stop list holds words that are content in news phrases ("coalition of the willing").
CONTENT_STOP_WORDS = frozenset("willing former first second third five right help serious immediate".split())
# Words that may sit inside a phrase between content words: "coalition of the willing".
CONNECTORS = {"of": frozenset({"the", "a"})}
# Reporting and hedging words make poor labels.
WEAK = frozenset(
    "told added asked reported according including called claimed wrote warned announced "
    "confirmed accused insisted suggested agreed expressed believes thought understood "
    "mr mrs ms dr sir".split()
)
MAX_PHRASE_WORDS = 4
NAME_LABEL_PENALTY = 0.5


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    lower: str  # lower case, straight apostrophes, no possessive 's
    is_content: bool  # may start, end or sit inside a key phrase


def make_token(text: str, start: int, end: int) -> Token:
    return Token(text, start, end, *word_form(text))


@lru_cache(maxsize=131072)
def word_form(text: str) -> tuple[str, bool]:
    """A word's lower-case form and whether it may be part of a key phrase (cached: news
    repeats a small vocabulary)."""
    from .split import APOSTROPHES, stop_words

    lower = POSSESSIVE.sub("", text.translate(APOSTROPHES)).lower()
    if not any(ch.isalpha() for ch in lower) or lower in WEAK:
        return lower, False
    if text.isupper() and len(text) >= 2:  # US, UK, EU, NATO
        return lower, True
    return lower, lower in CONTENT_STOP_WORDS or lower not in stop_words()


def tokens(text: str) -> list[list[Token]]:
    """Word tokens with their offsets, in runs that no punctuation interrupts."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    last_end = 0
    for match in TOKEN.finditer(text):
        gap = text[last_end : match.start()]
        if current and gap.strip():
            runs.append(current)
            current = []
        current.append(make_token(match.group(), match.start(), match.end()))
        last_end = match.end()
    if current:
        runs.append(current)
    return runs


@dataclass(frozen=True)
class Phrase:
    key: tuple[str, ...]  # stems of its words (connectors kept as written)
    surface: str  # verbatim from the sentence


# Common irregular past forms: like "-ed" words, they make a label read as half a sentence.
IRREGULAR_PAST = frozenset(
    "won lost said made took gave came went saw found told thought brought sought left met led "
    "ran began became kept felt paid sent spent meant built fell wrote spoke stood knew grew "
    "drew threw chose rose broke caught taught bought fought".split()
)


def verb_like(token: Token) -> bool:
    """A lower-case past form ("ridiculed", "suspended", "won"): without a tagger, the best
    hint that a word is a verb rather than part of a name or noun phrase."""
    if not token.text.islower():
        return False
    return (token.lower.endswith("ed") and len(token.lower) > 4) or token.lower in IRREGULAR_PAST


def well_formed(first: Token, last: Token, before_last: Token | None) -> bool:
    """Labels neither start nor end on a past form (except a nominal "the wounded") nor on a
    name particle ("Ursula von der")."""
    if verb_like(first) or first.lower in NAME_PARTICLES or last.lower in NAME_PARTICLES:
        return False
    return not verb_like(last) or (before_last is not None and before_last.lower == "the")


def phrases(text: str) -> list[Phrase]:
    """Candidate key phrases of a sentence: runs of 1-4 content words, possibly joined by
    "of" ("coalition of the willing"), starting and ending on a content word."""
    from . import split

    found: list[Phrase] = []
    for run in tokens(text):
        for i, first in enumerate(run):
            if not first.is_content:
                continue
            key: list[str] = []
            content = 0
            joined = False
            j = i
            while j < len(run) and content < MAX_PHRASE_WORDS:
                token = run[j]
                if token.is_content:
                    key.append(split.stem(token.lower))
                    content += 1
                    if well_formed(run[i], token, run[j - 1] if j > i else None):
                        surface = POSSESSIVE.sub("", text[first.start : token.end])
                        found.append(Phrase(key=tuple(key), surface=surface))
                    if j > i and verb_like(token) and run[j - 1].lower != "the":
                        break  # a past form inside makes half a sentence: "photos showed Hale"
                    j += 1
                    continue
                lower = token.lower
                if joined or lower not in CONNECTORS or not content:
                    break
                joined = True
                key.append(lower)
                j += 1
                if j < len(run) and run[j].lower in CONNECTORS[lower]:
                    key.append(run[j].lower)
                    j += 1
    return found


NAME_PARTICLES = frozenset("de der von van bin al da di du la le".split())


# --- Discovery -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cluster:
    members: tuple[int, ...]
    words: int


def surfaces(corpus: Corpus, members: Sequence[int], stems: Sequence[str]) -> dict[str, str]:
    """The most frequent written form of each stem in a cluster, for showing terms as words."""
    from . import split

    wanted = set(stems)
    forms: dict[str, Counter[str]] = {}
    for i in members:
        for word in split.words(corpus.sentences[i].text):
            lower = word.lower().strip(".'-")
            if lower and split.TERM.match(lower) and (stem := split.stem(lower)) in wanted:
                forms.setdefault(stem, Counter())[word.strip(".'-") if word[:1].isupper() else lower] += 1
    return {
        stem: sorted(counter.items(), key=lambda kv: (-kv[1], kv[0].lower() != kv[0], kv[0]))[0][0]
        for stem, counter in forms.items()
    }


def characteristic(inside: Counter[str], everywhere: Counter[str]) -> dict[str, float]:
    """How typical an item is of a cluster: frequency inside times the share of its uses there."""
    return {key: n * n / everywhere[key] for key, n in inside.items()}


def label_for(
    closeness: dict[int, float],
    sentence_phrases: Sequence[dict[tuple[str, ...], str]],
    corpus_counts: Counter[tuple[str, ...]],
    taken: Sequence[frozenset[str]],
    key_terms: Sequence[str] = (),
) -> tuple[str, frozenset[str]] | None:
    """The cluster's most characteristic phrase of two words or more ("coalition of the
    willing", "French nuclear deterrent") whose words no earlier label already has; with
    `key_terms` (the cluster's most typical stems), only a phrase holding one of them. A single
    word names a thread only when it is an acronym ("NATO"), a name only when nothing else does:
    a lone common word ("address", "status") says too little. None when nothing qualifies."""
    inside: Counter[tuple[str, ...]] = Counter()
    central: dict[tuple[str, ...], float] = {}
    forms: dict[tuple[str, ...], Counter[str]] = {}
    for i, close in closeness.items():
        for key, surface in sentence_phrases[i].items():
            inside[key] += 1
            central[key] = central.get(key, 0.0) + close
            forms.setdefault(key, Counter())[surface] += 1
    centre = {key for i in core(closeness) for key in sentence_phrases[i]}
    wanted = set(key_terms)

    words = {k[0]: n for k, n in inside.items() if len(k) == 1}
    typical = characteristic(Counter(words), corpus_counts_of_words(corpus_counts, words))

    def surface_of(key: tuple[str, ...]) -> str:
        return sorted(forms[key].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]

    def is_name(key: tuple[str, ...]) -> bool:
        return all(w[:1].isupper() for w in surface_of(key).split())

    def weight(key: tuple[str, ...]) -> float:
        """Phrases used mostly in this thread, made of its most typical words, in sentences
        near its centre; a bare name is an actor rather than a topic, so it wins only when
        nothing else describes the thread."""
        purity = inside[key] / corpus_counts[key] * central[key] / inside[key]
        content = sum(typical.get(k, 0.0) for k in key)
        return purity * content * (NAME_LABEL_PENALTY if is_name(key) else 1.0)

    def stems_of(key: tuple[str, ...]) -> frozenset[str]:
        return frozenset(k for k in key if k not in CONNECTORS and k not in ("the", "a"))

    def eligible(key: tuple[str, ...]) -> bool:
        stems = stems_of(key)
        if key not in centre or (wanted and not stems & wanted):
            return False
        return not any(near_identical(stems, other) for other in taken)

    multiword = [k for k in inside if len(stems_of(k)) >= 2 and not is_name(k) and eligible(k)]
    need = 2 if any(inside[k] >= 2 for k in multiword) else 1
    names = [
        k
        for k in inside
        if is_name(k)
        and inside[k] >= 2
        and eligible(k)
        and (len(stems_of(k)) >= 2 or surface_of(k).isupper())
    ]
    for pool in ([k for k in multiword if inside[k] >= need], names):
        if pool:
            key = min(pool, key=lambda k: (-weight(k), k))
            return surface_of(key), stems_of(key)
    return None


def sentence_case(label: str, texts: Sequence[str]) -> str:
    """The label with its first word in lower case when it is capitalised only for opening a
    sentence, that is when the thread's sentences also write it in lower case: "Ballistic
    missiles" -> "ballistic missiles", but "Macron's address" stays."""
    first, _, rest = label.partition(" ")
    if not rest or not first[:1].isupper() or not first[1:].islower():
        return label
    lower = re.compile(rf"\b{re.escape(first.lower())}\b")
    return f"{first.lower()} {rest}" if any(lower.search(text) for text in texts) else label


def fallback_label(written: Sequence[str]) -> str:
    """A thread no phrase names: its two most typical terms that do not read as past forms
    ("behaviour and shame", not "budget and approved")."""
    nouns = [w for w in written if not (w.islower() and (w.endswith("ed") or w in IRREGULAR_PAST))]
    return " and ".join((nouns or list(written))[:2]) or "(untitled)"


def corpus_counts_of_words(corpus_counts: Counter[tuple[str, ...]], words: dict[str, int]) -> Counter[str]:
    return Counter({w: corpus_counts[(w,)] for w in words})


def near_identical(a: frozenset[str], b: frozenset[str]) -> bool:
    """Labels that share most of their words ("nuclear deterrent", "French nuclear deterrent")."""
    if not a or not b:
        return False
    return a <= b or b <= a or len(a & b) / len(a | b) >= 0.5


def discover(
    corpus: Corpus,
    mentions: Sequence[Sequence[str]],
    top: int,
    people: frozenset[str] = frozenset(),
) -> list[Topic]:
    """The coverage's main threads, biggest first: clusters of sentences, each with a key-phrase
    label, key terms, the actors most tied to it (`people` first, then those of the sentences
    shown), its share of the words and 1-3 sentences."""
    from scipy import sparse

    from . import features

    matrix = features.build(corpus.terms)
    weighted = sparse.csr_matrix(matrix.counts.multiply(matrix.idf))
    groups = threads(clusters(context_vectors(corpus, matrix), CUT), weighted, JOIN)
    lengths = [len(s.text.split()) for s in corpus.sentences]
    total_words = sum(lengths) or 1
    found = [Cluster(tuple(g), sum(lengths[i] for i in g)) for g in groups if len(g) >= MIN_TOPIC_SENTENCES]
    if not found:
        found = [Cluster(tuple(range(len(corpus.sentences))), total_words)]
    found.sort(key=lambda c: (-c.words, c.members[0]))
    found = found[:top]

    sentence_phrases = [{p.key: p.surface for p in phrases(s.text)} for s in corpus.sentences]
    phrase_counts: Counter[tuple[str, ...]] = Counter(k for row in sentence_phrases for k in row)
    term_counts: Counter[str] = Counter(t for row in corpus.terms for t in set(row))
    actor_counts: Counter[str] = Counter(a for row in mentions for a in row)
    tfidf = matrix.tfidf

    result: list[Topic] = []
    taken: list[frozenset[str]] = []
    for cluster in found:
        members = cluster.members
        term_scores = characteristic(Counter(t for i in members for t in set(corpus.terms[i])), term_counts)
        worded = [t for t in term_scores if any(ch.isalpha() for ch in t) and t not in CONTRACTION_PIECES]
        terms = sorted(worded, key=lambda t: (-term_scores[t], t))[:KEY_TERMS]
        close = closeness(tfidf, members)
        labelled = label_for(close, sentence_phrases, phrase_counts, taken, terms)
        written = surfaces(corpus, members, terms)
        if labelled is None:
            stems = frozenset(terms[:2])
            label = fallback_label([written.get(t, t) for t in terms])
        else:
            label, stems = labelled
            label = sentence_case(label, [corpus.sentences[i].text for i in members])
        taken.append(stems)
        actor_scores = characteristic(Counter(a for i in members for a in mentions[i]), actor_counts)
        shown = representatives(corpus, close)
        # People before places and organisations (the setting), and among them those of the
        # sentences shown: a reader checks the list against them.
        in_shown = {a for s in shown for a in mentions[s.index]}
        actors = sorted(
            actor_scores, key=lambda a: (a not in people, a not in in_shown, -actor_scores[a], a)
        )[:TOPIC_ACTORS]
        result.append(
            Topic(
                label=label,
                terms=tuple(written.get(t, t) for t in terms),
                actors=tuple(actors),
                share=round(cluster.words / total_words, 3),
                sentences=shown,
            )
        )
    return result


def closeness(tfidf: sparse.csr_matrix, members: Sequence[int]) -> dict[int, float]:
    """Each member's cosine similarity to its cluster's centroid."""
    import numpy as np

    rows = list(members)
    centroid = np.asarray(tfidf[rows].sum(axis=0)).ravel()
    norm = float(np.linalg.norm(centroid)) or 1.0
    values = np.asarray(tfidf[rows] @ (centroid / norm)).ravel()
    return {i: float(v) for i, v in zip(rows, values, strict=True)}


def core(closeness: dict[int, float]) -> dict[int, float]:
    """The closer half of a cluster (at least two sentences): where its label should come from,
    so a passage that only borders the thread cannot name it."""
    keep = max(2, (len(closeness) + 1) // 2)
    ranked = sorted(closeness, key=lambda i: (-closeness[i], i))[:keep]
    return {i: closeness[i] for i in sorted(ranked)}


def representatives(corpus: Corpus, closeness: dict[int, float]) -> tuple[Sentence, ...]:
    """Up to three sentences closest to the cluster's centre, no near-duplicates, in order;
    short fragments ("He added: …") rarely say what a thread is about."""
    from . import summarise

    scored = [
        (close * (SHORT_FACTOR if len(corpus.sentences[i].text.split()) < SHORT_WORDS else 1.0), i)
        for i, close in closeness.items()
    ]
    chosen: list[int] = []
    chosen_terms: list[frozenset[str]] = []
    for _, i in sorted(scored, key=lambda x: (-x[0], x[1])):
        if len(chosen) >= REPRESENTATIVES:
            break
        terms = frozenset(corpus.terms[i])
        if summarise.is_near_duplicate(terms, chosen_terms):
            continue
        chosen.append(i)
        chosen_terms.append(terms)
    return tuple(corpus.sentences[i] for i in sorted(chosen))

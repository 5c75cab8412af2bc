"""Sentence-term matrices shared by ranking, topics and actors (scipy sparse, built once)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain

import numpy as np
from scipy import sparse


@dataclass(frozen=True)
class TermMatrix:
    """Rows are sentences, columns terms (sorted, so results never depend on hash order)."""

    vocabulary: tuple[str, ...]
    counts: sparse.csr_matrix  # raw term counts
    idf: np.ndarray

    @property
    def tfidf(self) -> sparse.csr_matrix:
        """Rows scaled to unit length: dot products are cosine similarities."""
        weighted = self.counts.multiply(self.idf).tocsr()
        return normalize_rows(weighted)


def normalize_rows(matrix: sparse.csr_matrix) -> sparse.csr_matrix:
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ matrix)


def build(terms: Sequence[Sequence[str]]) -> TermMatrix:
    flat = list(chain.from_iterable(terms))
    vocabulary = tuple(sorted(set(flat)))
    column = {t: i for i, t in enumerate(vocabulary)}
    indices = np.fromiter(map(column.__getitem__, flat), dtype=np.int64, count=len(flat))
    indptr = np.zeros(len(terms) + 1, dtype=np.int64)
    np.cumsum(np.fromiter(map(len, terms), dtype=np.int64, count=len(terms)), out=indptr[1:])
    data = np.ones(len(indices), dtype=np.float64)
    shape = (len(terms), len(vocabulary))
    counts = sparse.csr_matrix((data, indices, indptr), shape=shape)
    counts.sum_duplicates()
    df = np.bincount(counts.indices, minlength=len(vocabulary)).astype(np.float64)
    idf = np.log((len(terms) + 1) / (df + 0.5))
    return TermMatrix(vocabulary=vocabulary, counts=counts, idf=idf)

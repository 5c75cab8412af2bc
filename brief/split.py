"""Offline sentences, words and stems: Punkt built from our own parameters, no NLTK data.

`nltk.download` and pickled models are never used; everything here is built in code.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from nltk.stem.snowball import EnglishStemmer
from nltk.tokenize import NLTKWordTokenizer
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from .models import Corpus, Document, Sentence

TITLES = "mr mrs ms mx dr prof sir gen lt col maj capt cmdr adm sgt cpl pte sen rep gov pres st rev fr hon jr sr esq"
LATIN = "e.g i.e etc al cf vs viz approx ca"
UNITS_AND_PLACES = "no nos vol fig ft mt ave blvd rd dept univ inc ltd corp co bros est tel"
COUNTRIES = "u.s u.k u.n u.s.a e.u a.m p.m d.c n.y l.a"
MONTHS = "jan feb mar apr jun jul aug sep sept oct nov dec"
INITIALS = " ".join("abcdefghijklmnopqrstuvwxyz")
ABBREVIATIONS = frozenset(
    " ".join((TITLES, LATIN, UNITS_AND_PLACES, COUNTRIES, MONTHS, INITIALS)).split()
) - {"etc"}  # "etc." ends sentences more often than not
# A "sentence" longer than this is a run-on (no punctuation at all); cut it into pieces.
MAX_SENTENCE_WORDS = 120
OPENS_LOWER = re.compile(r"^[\"'“‘(\[]?[a-z]")
ONLY_CLOSERS = re.compile(r"^[\"'”’)\]\s]+$")
WORD_CHARS = re.compile(r"\w", re.UNICODE)
TERM = re.compile(r"^[^\W_][\w'.-]*$", re.UNICODE)
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "´": "'", "`": "'"})


@lru_cache(maxsize=1)
def punkt() -> PunktSentenceTokenizer:
    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    return PunktSentenceTokenizer(params)


@lru_cache(maxsize=1)
def word_tokenizer() -> NLTKWordTokenizer:
    return NLTKWordTokenizer()


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    from sumy.utils import get_stop_words

    return frozenset(w.translate(APOSTROPHES) for w in get_stop_words("english"))


_stemmer = EnglishStemmer()


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Snowball stem of a lower-case word (cached: news reuses a small vocabulary)."""
    return str(_stemmer.stem(word))


def merge_fragments(pieces: list[str]) -> list[str]:
    """Undo Punkt's splits inside quotations: '“No compromise.” | he said.' is one sentence."""
    merged: list[str] = []
    for piece in pieces:
        if merged and (OPENS_LOWER.match(piece) or ONLY_CLOSERS.match(piece)):
            merged[-1] = f"{merged[-1]} {piece}"
        else:
            merged.append(piece)
    return merged


def chunk(sentence: str) -> list[str]:
    """Cut a run-on of more than MAX_SENTENCE_WORDS words into pieces of that size."""
    tokens = sentence.split(" ")
    if len(tokens) <= MAX_SENTENCE_WORDS:
        return [sentence]
    step = MAX_SENTENCE_WORDS
    return [" ".join(tokens[i : i + step]) for i in range(0, len(tokens), step)]


def sentences(paragraph: str) -> list[str]:
    """Sentences of one paragraph (a line of cleaned text), verbatim."""
    pieces = [s.strip() for s in punkt().tokenize(paragraph) if s.strip()]
    out: list[str] = []
    for sentence in merge_fragments(pieces):
        if WORD_CHARS.search(sentence):
            out.extend(chunk(sentence))
    return out


def words(sentence: str) -> list[str]:
    """Treebank-style word tokens, with curly apostrophes made straight first."""
    return list(word_tokenizer().tokenize(sentence.translate(APOSTROPHES)))


def terms(sentence: str) -> tuple[str, ...]:
    """Content-word stems: lower-case, stop words and punctuation dropped, Snowball-stemmed."""
    stops = stop_words()
    out = []
    for token in words(sentence):
        lower = token.lower().strip(".'-")
        if lower and lower not in stops and TERM.match(lower):
            out.append(stem(lower))
    return tuple(out)


class SumyTokenizer:
    """The tokenizer object sumy's parsers and summarisers are given instead of NLTK data."""

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(w for w in words(sentence) if WORD_CHARS.search(w))


def split_documents(documents: Iterable[tuple[Document, Iterable[str]]], with_terms: bool = True) -> Corpus:
    """Cleaned paragraphs of each document into one corpus of sentences with their terms
    (`with_terms=False` leaves the terms empty, for the commands that never rank sentences)."""
    docs: list[Document] = []
    found: list[Sentence] = []
    found_terms: list[tuple[str, ...]] = []
    for doc_index, (doc, paragraphs) in enumerate(documents):
        docs.append(doc)
        position = 0
        for par_index, paragraph in enumerate(paragraphs):
            for i, text in enumerate(sentences(paragraph)):
                found.append(
                    Sentence(
                        text=text,
                        index=len(found),
                        position=position,
                        source=doc.source,
                        document=doc_index,
                        paragraph=par_index,
                        first_in_paragraph=i == 0,
                    )
                )
                found_terms.append(terms(text) if with_terms else ())
                position += 1
    return Corpus(documents=tuple(docs), sentences=tuple(found), terms=tuple(found_terms))

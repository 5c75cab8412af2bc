"""Offline sentences, words and stems: Punkt built from our own parameters, no NLTK data.

`nltk.download` and pickled models are never used; everything here is built in code.

Speed: NLTK 3.10 runs every regular expression through `nltk.redos` (the third-party `regex`
engine under a wall-clock timeout), which makes the Treebank tokenizer about ten times slower
than the same patterns on the standard `re` engine. brief recompiles NLTK's own patterns (read
from NLTK's classes, so they follow NLTK's version) with `re`: same patterns, same order, same
tokens — tests/test_split.py checks that against NLTK's own objects. Our patterns are fixed, so
the catastrophic-backtracking guard is not needed for them. The NLTK packages are imported
lazily (brief/nltk_import.py) to keep start-up fast.
"""

from __future__ import annotations

import pkgutil
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Any

from . import nltk_import, parallel

nltk_import.install()

from nltk.stem.snowball import EnglishStemmer  # noqa: E402 - after the lazy NLTK packages
from nltk.tokenize.destructive import NLTKWordTokenizer  # noqa: E402
from nltk.tokenize.punkt import (  # noqa: E402
    PunktLanguageVars,
    PunktParameters,
    PunktSentenceTokenizer,
    PunktToken,
)

from .models import Corpus, Document, Sentence  # noqa: E402

TITLES = " ".join(
    (
        "mr mrs ms mx dr prof sir gen lt col maj capt cmdr adm sgt cpl pte",
        "sen rep gov pres st rev fr hon jr sr esq sens reps govs gens drs messrs",
    )
)
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


def plain(pattern: Any) -> re.Pattern[str]:
    """NLTK's pattern (a `redos.TimedPattern` or an `re.Pattern`) compiled by the `re` engine."""
    if isinstance(pattern, re.Pattern):
        return pattern
    inner = getattr(pattern, "_rx", pattern)
    # The `regex` engine numbers these four flags as `re` does; its other bits mean nothing here.
    return re.compile(inner.pattern, inner.flags & (re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE))


class FastLanguageVars(PunktLanguageVars):  # type: ignore[misc]
    """Punkt's English conventions with its patterns on the `re` engine."""

    re_boundary_realignment = plain(PunktLanguageVars.re_boundary_realignment)

    def _word_tokenizer_re(self) -> re.Pattern[str]:
        return _punkt_words_re(self)

    def period_context_re(self) -> re.Pattern[str]:
        return _punkt_context_re(self)


@lru_cache(maxsize=1)
def _punkt_words_re(lang: PunktLanguageVars) -> re.Pattern[str]:
    return plain(PunktLanguageVars._word_tokenizer_re(lang))


@lru_cache(maxsize=1)
def _punkt_context_re(lang: PunktLanguageVars) -> re.Pattern[str]:
    return plain(PunktLanguageVars.period_context_re(lang))


NON_PUNCT = re.compile(r"[^\W\d]")


class FastToken(PunktToken):  # type: ignore[misc]
    """Punkt's token with its type tests on the `re` engine."""

    _RE_ELLIPSIS = plain(PunktToken._RE_ELLIPSIS)
    _RE_NUMERIC = plain(PunktToken._RE_NUMERIC)
    _RE_INITIAL = plain(PunktToken._RE_INITIAL)
    _RE_ALPHA = plain(PunktToken._RE_ALPHA)

    @property
    def is_non_punct(self) -> bool:
        return bool(NON_PUNCT.search(self.type))


@lru_cache(maxsize=1)
def punkt() -> PunktSentenceTokenizer:
    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    return PunktSentenceTokenizer(params, lang_vars=FastLanguageVars(), token_cls=FastToken)


# What a pattern of NLTK's Treebank tokenizer needs in the text to match at all: a pattern is
# tried only when one of these is present. Patterns not listed here are always tried, so a
# change in NLTK's patterns costs speed, never correctness.
TREEBANK_TRIGGERS: dict[str, tuple[str, ...]] = {
    "([«“‘„]|[`]+)": tuple("«“‘„`"),
    r"^\"": ('"',),
    r"(``)": ("``",),
    r"([ \(\[{<])(\"|\'{2})": ('"', "''"),
    r"(?i)(?<!\w)(\')(?!(?:re|ve|ll|m|t|s|d|n)\b)(?=\w)": ("'",),
    r'([^\.])(\.)([\]\)}>"\'' "»”’ " r"]*+)\s*$": (".",),
    r"([:,])([^\d])": (":", ","),
    r"([:,])$": (":", ","),
    r"\.{2,}": ("..",),
    r"[;@#$%&]": tuple(";@#$%&"),
    r"[\u2012-\u2015]": tuple("\u2012\u2013\u2014\u2015"),
    r'([^\.])(\.)([\]\)}>"\']*)\s*$': (".",),
    r"[?!]": ("?", "!"),
    r"([^'])' ": ("' ",),
    r"[*]": ("*",),
    r"[\]\[\(\)\{\}\<\>]": tuple("][(){}<>"),
    r"--": ("--",),
    "([»”’])": tuple("»”’"),
    r"''": ("''",),
    r'"': ('"',),
    r"([^' ])('[sS]|'[mM]|'[dD]|') ": ("'",),
    r"([^' ])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T) ": ("'",),
}
# NLTK's contraction patterns are all "(?i)\b(can)(?#X)(not)\b"-shaped: they need the word.
CONTRACTION_SHAPE = re.compile(r"^\(\?i\)(?: |\\b)\(([^()\\]+)\)\(\?#X\)\(([^()\\]+)\)(?:\\b|\(\?=\\s\))$")

Step = tuple[re.Pattern[str], str, tuple[str, ...] | None]


def step(pattern: Any, replacement: str) -> Step:
    compiled = plain(pattern)
    return compiled, replacement, TREEBANK_TRIGGERS.get(compiled.pattern)


def contraction_step(pattern: Any) -> Step:
    compiled = plain(pattern)
    shape = CONTRACTION_SHAPE.match(compiled.pattern)
    literal = (shape.group(1) + shape.group(2)).lower() if shape else None
    return compiled, r" \1 \2 ", (literal,) if literal else None


# The two "final period" patterns, ([^\.])(\.)([closers]*)\s*$, can only match at the last
# character that is neither a closer nor white space; they are applied to that tail only
# (scanning the whole sentence for them was the tokenizer's largest single cost).
FINAL_PERIOD = frozenset(
    {
        r'([^\.])(\.)([\]\)}>"\'' "»”’ " r"]*+)\s*$",
        r'([^\.])(\.)([\]\)}>"\']*)\s*$',
    }
)
# Every character str.isspace() accepts (what `\s` matches), and the closers both patterns allow.
WHITE_SPACE = (
    " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680"
    + "".join(map(chr, range(0x2000, 0x200B)))
    + "\u2028\u2029\u202f\u205f\u3000"
)
TAIL = WHITE_SPACE + "])}>\"'»”’"


def final_period(pattern: re.Pattern[str], replacement: str, text: str) -> str:
    """`pattern.sub(replacement, text)` for a FINAL_PERIOD pattern, looking at the tail only."""
    k = len(text.rstrip(TAIL)) - 1
    if k < 1 or text[k] != "." or text[k - 1] == ".":
        return text  # the pattern needs "x." followed only by closers and white space
    return text[: k - 1] + pattern.sub(replacement, text[k - 1 :])


def collapse_spaces(text: str) -> str:
    """What `re.sub(r"\\s+", " ", text)` returns, without the regular expression."""
    parts = text.split()
    if not parts:
        return " " if text else ""
    lead = " " if text[0].isspace() else ""
    trail = " " if text[-1].isspace() else ""
    return lead + " ".join(parts) + trail


# How a step of the tokenizer is run: a "final period" pattern on the tail, the white-space
# collapse without a pattern, or the pattern's sub when the text holds what it needs.
FINAL, COLLAPSE, SUB = 0, 1, 2
# A step ready to run: its kind, the pattern (FINAL) or bound `sub` (SUB), the replacement, and
# what it needs (None: always tried).
Run = tuple[int, Any, str, tuple[str, ...] | None]


def ready(steps: Sequence[Step]) -> list[Run]:
    """Steps in the form `FastWordTokenizer.tokenize` runs them (kind decided once, not per text)."""
    out: list[Run] = []
    for pattern, replacement, needs in steps:
        if pattern.pattern in FINAL_PERIOD:
            out.append((FINAL, pattern, replacement, None))
        elif pattern.pattern == r"\s+" and replacement == " ":
            out.append((COLLAPSE, None, replacement, None))
        else:
            out.append((SUB, pattern.sub, replacement, needs))
    return out


def run_steps(steps: Sequence[Run], text: str, probe: str) -> str:
    """Apply the steps to `text`; `probe` is what their needs are looked for in ("": the text as
    it stands at each step)."""
    for kind, sub, replacement, needs in steps:
        if kind == SUB:
            if needs is None:
                text = sub(replacement, text)
            else:
                for need in needs:
                    if need in (probe or text):
                        text = sub(replacement, text)
                        break
        elif kind == FINAL:
            text = final_period(sub, replacement, text)
        else:
            text = collapse_spaces(text)
    return text


class FastWordTokenizer:
    """NLTK's Treebank word tokenizer (NLTKWordTokenizer.tokenize): the same patterns in the
    same order, compiled by `re`, each skipped when the text lacks what it needs to match."""

    def __init__(self) -> None:
        base = NLTKWordTokenizer
        self.before = ready(
            [
                *(step(p, r) for p, r in base.STARTING_QUOTES),
                *(step(p, r) for p, r in base.PUNCTUATION),
                step(*base.PARENS_BRACKETS),
                step(*base.DOUBLE_DASHES),
            ]
        )
        self.ending = ready([step(p, r) for p, r in base.ENDING_QUOTES])
        self.contractions = ready(
            [
                *(contraction_step(p) for p in base.CONTRACTIONS2),
                *(contraction_step(p) for p in base.CONTRACTIONS3),
            ]
        )

    def tokenize(self, text: str) -> list[str]:
        text = run_steps(self.before, text, "")
        text = run_steps(self.ending, f" {text} ", "")
        # The contraction patterns ignore case: their needs are looked for in lower case.
        return run_steps(self.contractions, text, text.lower()).split()


@lru_cache(maxsize=1)
def word_tokenizer() -> FastWordTokenizer:
    return FastWordTokenizer()


def read_stop_words() -> frozenset[str]:
    """sumy's English stop-word list, read from its package data (as sumy.utils does, without
    importing sumy.utils, which pulls in `requests` and `pycountry`)."""
    data = pkgutil.get_data("sumy", "data/stopwords/english.txt") or b""
    return frozenset(w.rstrip() for w in data.decode("utf-8").splitlines() if w)


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    return frozenset(w.translate(APOSTROPHES) for w in read_stop_words())


_stemmer = EnglishStemmer()


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Snowball stem of a lower-case word (cached: news reuses a small vocabulary)."""
    return str(_stemmer.stem(word))


# Initials of a name closing a piece ("George H.W.", "O.J."): Punkt cuts before the surname.
NAME_INITIALS_END = re.compile(r"(?<![^\s(])(?:[A-Z]\.){2,3}$")
PLACE_INITIALS = frozenset("U.S. U.K. U.N. E.U. D.C. U.A.E.".split())


def initials_end(piece: str) -> bool:
    found = NAME_INITIALS_END.search(piece)
    return found is not None and found.group() not in PLACE_INITIALS


def merge_fragments(pieces: list[str]) -> list[str]:
    """Undo Punkt's splits inside quotations: '“No compromise.” | he said.' is one sentence."""
    merged: list[str] = []
    for piece in pieces:
        if merged and (OPENS_LOWER.match(piece) or ONLY_CLOSERS.match(piece) or initials_end(merged[-1])):
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


# What may close a sentence after its last word: stops, quotes, brackets, white space.
SENTENCE_TAIL = ".?!\"'”’»)]} \t"


def sentences(paragraph: str) -> list[str]:
    """Sentences of one paragraph (a line of cleaned text), verbatim."""
    text = paragraph.strip()
    if not any(map(text.rstrip(SENTENCE_TAIL).__contains__, ".?!")):
        pieces = [text] if text else []  # no stop before its end: one sentence, Punkt or not
    else:
        pieces = [s.strip() for s in punkt().tokenize(paragraph) if s.strip()]
    out: list[str] = []
    for sentence in merge_fragments(pieces):
        if WORD_CHARS.search(sentence):
            out.extend(chunk(sentence))
    return out


def words(sentence: str) -> list[str]:
    """Treebank-style word tokens, with curly apostrophes made straight first."""
    return list(tokens(sentence))


def tokens(sentence: str) -> tuple[str, ...]:
    """`words` as a tuple of interned strings: a corpus keeps them (Corpus.tokens) for the
    methods that need raw words, at the cost of a tuple of pointers per sentence."""
    return tuple(map(sys.intern, word_tokenizer().tokenize(sentence.translate(APOSTROPHES))))


def terms(sentence: str) -> tuple[str, ...]:
    """Content-word stems: lower-case, stop words and punctuation dropped, Snowball-stemmed."""
    return terms_of(tokens(sentence))


def terms_of(found: tuple[str, ...]) -> tuple[str, ...]:
    """`terms` from a sentence's tokens."""
    return tuple(filter(None, map(term_of, found)))


@lru_cache(maxsize=500_000)
def term_of(token: str) -> str:
    """The term a word token contributes, or "" (cached: one dictionary look-up per token)."""
    lower = token.lower().strip(".'-")
    if lower and lower not in stop_words() and TERM.match(lower):
        return stem(lower)
    return ""


class SumyTokenizer:
    """The tokenizer object sumy's parsers and summarisers are given instead of NLTK data."""

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return sumy_words(tokens(sentence))


def sumy_words(found: tuple[str, ...]) -> tuple[str, ...]:
    """The tokens sumy counts as words: those with a letter or digit."""
    return tuple(w for w in found if WORD_CHARS.search(w))


# Inputs with at least this many characters are split by two processes at once (the text is
# cut in two at a paragraph boundary); below it, starting a process costs more than it saves.
PARALLEL_MIN = 300_000
# The share of the text this process splits when it also has other work to do meanwhile.
OWN_SHARE_BESIDE_OTHER_WORK = 0.4

Split = tuple[str, tuple[str, ...], tuple[str, ...]]  # a sentence, its tokens, its terms


def split_documents(
    documents: Iterable[tuple[Document, Iterable[str]]],
    with_terms: bool = True,
    meanwhile: Callable[[], object] | None = None,
) -> Corpus:
    """Cleaned paragraphs of each document into one corpus of sentences with their tokens and
    terms (`with_terms=False` leaves both empty, for the commands that never rank sentences;
    `meanwhile`: see split_all)."""
    from .progress import bar

    pending = [(doc, tuple(paragraphs)) for doc, paragraphs in documents]
    flat = [p for _, paragraphs in pending for p in paragraphs]
    with bar("splitting", total=sum(len(p) + 1 for p in flat)) as advance:
        pieces = iter(split_all(flat, advance, with_terms, meanwhile))
    found: list[Sentence] = []
    found_terms: list[tuple[str, ...]] = []
    found_tokens: list[tuple[str, ...]] = []
    for doc_index, (doc, paragraphs) in enumerate(pending):
        position = 0
        for par_index in range(len(paragraphs)):
            for i, (text, sentence_tokens, sentence_terms) in enumerate(next(pieces)):
                found.append(
                    Sentence(
                        text=text,
                        index=len(found),
                        position=position,
                        source=doc.source,
                        document=doc_index,
                        paragraph=par_index,
                        first_in_paragraph=i == 0,
                        title=doc.title,
                    )
                )
                found_tokens.append(sentence_tokens)
                found_terms.append(sentence_terms)
                position += 1
    return Corpus(
        documents=tuple(doc for doc, _ in pending),
        sentences=tuple(found),
        terms=tuple(found_terms),
        tokens=tuple(found_tokens) if with_terms else (),
    )


def split_paragraphs(
    paragraphs: Sequence[str], advance: Callable[[int], None] | None = None, with_terms: bool = True
) -> list[list[Split]]:
    """Each paragraph's sentences, with their tokens and terms (unless not wanted)."""
    out: list[list[Split]] = []
    for paragraph in paragraphs:
        if advance is not None:
            advance(len(paragraph) + 1)
        if with_terms:
            out.append([with_words(text) for text in sentences(paragraph)])
        else:
            out.append([(text, (), ()) for text in sentences(paragraph)])
    return out


def with_words(sentence: str) -> Split:
    """A sentence with its tokens and its terms."""
    found = tokens(sentence)
    return sentence, found, terms_of(found)


def split_all(
    paragraphs: Sequence[str],
    advance: Callable[[int], None],
    with_terms: bool = True,
    meanwhile: Callable[[], object] | None = None,
) -> list[list[Split]]:
    """`split_paragraphs`, the second half in a forked process when the input is large. With
    `meanwhile` (work the caller needs next, such as loading numpy), this process does that
    while the child splits, and keeps a smaller share of the text."""
    sizes = [len(p) + 1 for p in paragraphs]
    total = sum(sizes)
    if total < PARALLEL_MIN or not parallel.can_fork():
        return split_paragraphs(paragraphs, advance, with_terms)
    share = total * (OWN_SHARE_BESIDE_OTHER_WORK if meanwhile else 0.5)
    running = 0
    cut = len(paragraphs)
    for k, size in enumerate(sizes):
        running += size
        if running >= share:
            cut = k + 1
            break
    try:
        tail = parallel.start(lambda: split_paragraphs(paragraphs[cut:], None, with_terms))
    except parallel.ChildFailed:  # no process could be started: do it all here
        return split_paragraphs(paragraphs, advance, with_terms)
    if meanwhile is not None:
        meanwhile()
    head = split_paragraphs(paragraphs[:cut], advance, with_terms)
    try:
        rest = tail()
    except parallel.ChildFailed:
        rest = split_paragraphs(paragraphs[cut:], None, with_terms)
    advance(total - running)
    return head + rest

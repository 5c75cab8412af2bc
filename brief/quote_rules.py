"""Direct quotations and who said them.

Two steps. `scan` finds the quotations: curly and straight marks, double and single, a
quotation running over several sentences, and one reopened at the start of the next paragraph
without being closed. `attribute` then finds each one's reporting verb and speaker from the
words around it ("X said", "said X", "X told …:", "according to X", "he added"), using the
actors found in the text. A quotation whose speaker is not a named person, or not clear, gets
`speaker=None`: the rules never guess.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from . import lexicon
from .actor_rules import (
    ABBREVIATED,
    EMPLOYER_LINKS,
    PARTY_LABEL,
    PICTURE_PLACES,
    Analysis,
    Token,
    head_of,
    tokenize,
)
from .models import Corpus, Quote

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‹"
SINGLE_CLOSE = "’›"
STRAIGHT_DOUBLE = '"'
STRAIGHT_SINGLE = "'"
# Before an opening mark: start of text, a space, an opening bracket or dash.
OPENS_AFTER = " \t([{—–-:/" + DOUBLE_OPEN
ELISION = re.compile(r"^(?:em|til|n|cause|tis|twas|\d\ds?)\b", re.IGNORECASE)
# A quotation of at most this many words, with no reporting verb, is a term ("vital interests").
TERM_WORDS = 4


@dataclass(frozen=True)
class Piece:
    """The part of one quotation that lies in one sentence: characters [start, end)."""

    sentence: int  # corpus index
    start: int
    end: int


@dataclass(frozen=True)
class Found:
    """A quotation before attribution: its pieces (one per sentence it spans), in order."""

    pieces: tuple[Piece, ...]
    family: str  # "double" or "single"

    @property
    def first(self) -> Piece:
        return self.pieces[0]

    @property
    def last(self) -> Piece:
        return self.pieces[-1]


def paragraphs(corpus: Corpus) -> list[list[int]]:
    """Corpus sentence indices grouped by (document, paragraph), in order."""
    groups: list[list[int]] = []
    last: tuple[int, int] | None = None
    for s in corpus.sentences:
        key = (s.document, s.paragraph)
        if key != last:
            groups.append([])
            last = key
        groups[-1].append(s.index)
    return groups


def shape(text: str, i: int) -> str:
    """How a straight mark looks: "open" (space before, text after), "close", or "either"."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if (before.isspace() or before in OPENS_AFTER) and not after.isspace():
        return "open"
    if not before.isspace() and (after.isspace() or not after.isalnum()):
        return "close"
    return "either"


def straight_marks(corpus: Corpus) -> list[tuple[int, int, str]]:
    """(sentence, offset, shape) of every straight double mark, in text order."""
    out = []
    for s in corpus.sentences:
        start = 0
        while (i := s.text.find(STRAIGHT_DOUBLE, start)) >= 0:
            out.append((s.index, i, shape(s.text, i)))
            start = i + 1
    return out


def reopens(marks: Sequence[tuple[int, int, str]], position: int, corpus: Corpus) -> bool:
    """A straight mark opening a sentence inside an open quotation: a new paragraph of the
    quotation (paragraph breaks lost in the copy) if the next mark closes or reopens too;
    a displaced closing mark if the next one opens a new quotation mid-sentence."""
    if position + 1 >= len(marks):
        return False
    sentence, offset, kind = marks[position + 1]
    if corpus.sentences[sentence].document != corpus.sentences[marks[position][0]].document:
        return False
    if kind != "close" and offset != 0:
        return False
    return not narrative(segment(corpus, marks[position], marks[position + 1]))


def segment(corpus: Corpus, mark: tuple[int, int, str], following: tuple[int, int, str]) -> str:
    """The text from one straight mark to the next (at most three sentences: linear overall)."""
    first, offset, _ = mark
    last, end, _ = following
    if last == first:
        return corpus.sentences[first].text[offset + 1 : end]
    parts = [corpus.sentences[first].text[offset + 1 :]]
    parts += [corpus.sentences[k].text for k in range(first + 1, min(last, first + 3))]
    if last < first + 3:
        parts.append(corpus.sentences[last].text[:end])
    return " ".join(parts)


FIRST_PERSON = frozenset(
    "i i'm i've i'd i'll me my mine myself we we're we've we'd we'll us our ours you your".split()
)
THIRD_PERSON = frozenset("he she his her him they their them".split())


def narrative(text: str) -> bool:
    """Text that reads as the reporter's, not the speaker's: no first or second person, and at
    least two signs of narration (a capitalised name after the first word, a he/she/they, a
    reporting verb, "the <role>"). A straight mark opening such text was a closing mark displaced by a copy
    that lost the paragraph breaks ("… defeat. "Borduria, ranked …")."""
    tokens = [t for t in tokenize(text) if t.text[:1].isalpha()]
    signs = 0
    for k, tok in enumerate(tokens):
        if tok.lower in FIRST_PERSON:
            return False
        third = tok.lower in THIRD_PERSON or tok.lower in lexicon.REPORTING_VERBS
        # "The inspector will …": a definite description of a person is the reporter's
        third = third or (tok.lower in lexicon.ROLE_HEADS and k > 0 and tokens[k - 1].lower == "the")
        if third or (k and tok.capital and tok.lower not in lexicon.FUNCTION_WORDS):
            signs += 1
    return signs >= 2


def mark_kind(text: str, i: int, family: str | None) -> str | None:
    """What the quotation mark at text[i] does, given the family of the quotation we are in:
    "open-double", "open-single", "close", or None when it is an apostrophe or nested mark."""
    ch = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    opens_here = before in OPENS_AFTER or before.isspace() or i == 0
    if family is None:
        if ch in DOUBLE_OPEN:
            return "open-double"
        if ch == STRAIGHT_DOUBLE and opens_here and i + 1 < len(text):
            return "open-double"  # also a displaced mark: ': " It's over'"
        if ch == STRAIGHT_DOUBLE and glued_open(text, i):
            return "open-double"
        if ch == STRAIGHT_DOUBLE and before == STRAIGHT_DOUBLE and after.isupper():
            return "open-double"  # '… poor. ""But we …': a close and the next opening, glued
        if ch in SINGLE_OPEN + STRAIGHT_SINGLE and opens_here and (after.isalnum() or after in "[…"):
            if ELISION.match(text[i + 1 : i + 6]):
                return None
            return "open-single"
        return None
    if family == "double":
        if ch in DOUBLE_CLOSE or ch == STRAIGHT_DOUBLE:
            return "close"
        return None
    # Inside a single-quoted quotation: a closing mark is not followed by a letter (it's, Hale's),
    # unless a heading or caption is glued after it ("'Own goals'The report …").
    if ch in SINGLE_CLOSE + STRAIGHT_SINGLE and not before.isspace() and not after.isalnum():
        return "close"
    if ch in SINGLE_CLOSE + STRAIGHT_SINGLE and before.islower() and GLUED_AFTER.match(text, i + 1):
        return "close"
    if ch in DOUBLE_CLOSE + STRAIGHT_DOUBLE and before in ",.!?" and MISMATCHED_CLOSE.match(text, i + 1):
        return "close"  # "'Ivo gives everything …," said Hale': the wrong mark closes it
    return None


MISMATCHED_CLOSE = re.compile(r"\s+(?:said|says|added|adds|told|tells|asked|explained|insisted)\b")


GLUED_AFTER = re.compile(r"[A-Z][a-z]")


def glued_open(text: str, i: int) -> bool:
    """A straight mark glued to the punctuation before it that opens a quotation closed later in
    the same sentence: 'a "huge" setback,"To miss out …," he told'. Outside a quotation, a
    mark after a comma or stop, before a capital, whose next mark is shaped like a close; or a
    mark between a word and a capital."""
    if i == 0 or not text[i + 1 : i + 2].isupper():
        return False
    if text[i - 1].isalpha():
        return True  # 'gold medallist Jo Hale"Ivo had …': a speaker's name glued on
    if text[i - 1] not in ",.;:":
        return False
    following = text.find(STRAIGHT_DOUBLE, i + 1)
    return following > 0 and shape(text, following) == "close"


def unclosed(text: str, i: int) -> bool:
    """Inside a straight-quoted quotation begun in an earlier sentence, a mark shaped like an
    opening one, mid-sentence, whose next mark closes: the earlier quotation lost its closing
    mark ('in "Blue Hats, which mocked … summer. His motto was "Shout Louder," and he …'), and
    this mark opens a new one."""
    if i == 0 or text[i] != STRAIGHT_DOUBLE or shape(text, i) != "open":
        return False
    following = text.find(STRAIGHT_DOUBLE, i + 1)
    return following > 0 and shape(text, following) == "close"


QUOTE_CHARS = re.compile(r"[“”„«»‘’‹›\"']")


def scan(corpus: Corpus) -> tuple[Found, ...]:
    """Every quotation in the corpus, in text order (nested quotations are part of their outer one).

    A quotation still open at the end of a paragraph continues when the next paragraph of the
    same document opens with a mark of the same kind; otherwise it ends there (a single-quoted
    one that never closes was an apostrophe, and is dropped)."""
    found: list[Found] = []
    pieces: list[Piece] = []
    family: str | None = None
    previous_doc = -1
    marks = straight_marks(corpus)
    mark_index = {(m[0], m[1]): n for n, m in enumerate(marks)}
    for group in paragraphs(corpus):
        doc = corpus.sentences[group[0]].document
        continuing = False
        if family is not None:
            reopeners = DOUBLE_OPEN + STRAIGHT_DOUBLE if family == "double" else SINGLE_OPEN + STRAIGHT_SINGLE
            if doc == previous_doc and corpus.sentences[group[0]].text[:1] in reopeners:
                continuing = True
            else:
                if family == "double":
                    found.append(Found(tuple(pieces), family))
                pieces, family = [], None
        previous_doc = doc
        for n, index in enumerate(group):
            text = corpus.sentences[index].text
            start = 0
            for match in QUOTE_CHARS.finditer(text):
                i = match.start()
                if continuing and n == 0 and i == 0:
                    start = 1  # the mark that reopens a continued quotation
                    continue
                if (
                    family == "double"
                    and i == 0
                    and text[0] == STRAIGHT_DOUBLE
                    and not (pieces and pieces[-1].sentence == index)
                    and reopens(marks, mark_index[(index, 0)], corpus)
                ):
                    start = 1
                    continue
                if family == "double" and pieces and pieces[-1].sentence != index and unclosed(text, i):
                    found.append(Found(tuple(pieces), family))  # the earlier one never closed
                    pieces, start = [], i + 1
                    continue
                kind = mark_kind(text, i, family)
                if kind in ("open-double", "open-single"):
                    family = "double" if kind == "open-double" else "single"
                    start = i + 1
                elif kind == "close" and family is not None:
                    pieces.append(Piece(index, start, i))
                    found.append(Found(tuple(pieces), family))
                    pieces, family = [], None
            if family is not None:
                pieces.append(Piece(index, start, len(text)))
    if family == "double" and pieces:
        found.append(Found(tuple(pieces), family))
    return tuple(merge_pieces(f) for f in found if quote_text_of(corpus, f))


def merge_pieces(found: Found) -> Found:
    """One piece per sentence (a sentence can only be entered once)."""
    pieces: list[Piece] = []
    for piece in found.pieces:
        if pieces and pieces[-1].sentence == piece.sentence:
            pieces[-1] = Piece(piece.sentence, pieces[-1].start, piece.end)
        else:
            pieces.append(piece)
    return Found(tuple(pieces), found.family)


def quote_text_of(corpus: Corpus, found: Found) -> str:
    parts = [corpus.sentences[p.sentence].text[p.start : p.end] for p in found.pieces]
    text = " ".join(part.strip() for part in parts)
    # The comma before a closing mark belongs to the sentence around the quotation.
    return text.strip(" “”„«»‘’‹›\"'").strip().rstrip(",;:").strip()


def inside(corpus: Corpus, found: Sequence[Found]) -> tuple[tuple[tuple[int, int], ...], ...]:
    """Per sentence, the character ranges that lie inside a quotation."""
    ranges: list[list[tuple[int, int]]] = [[] for _ in corpus.sentences]
    for f in found:
        for p in f.pieces:
            ranges[p.sentence].append((p.start, p.end))
    return tuple(tuple(r) for r in ranges)


@dataclass(frozen=True)
class Attribution:
    speaker: int | None  # actor group, or None
    verb: str | None
    found: bool  # an attribution was found (even if its speaker is not a named person)


NONE = Attribution(None, None, False)
# Words that open a sentence continuing the reported speech of the one before.
CONTINUING = frozenset("but and yet so while adding although though".split())
SKIP_AFTER = frozenset(",.;:!?—–-…")


def attribute(corpus: Corpus, found: Sequence[Found], analysis: Analysis) -> tuple[Quote, ...]:
    """Each quotation with its speaker and reporting verb, in text order; term quotations
    ("so-called …", a few words with no reporting verb) are left out."""
    out: list[Quote] = []
    opens = Openings(found)
    accounts = Accounts()
    previous: tuple[Found, Attribution] | None = None
    names = [g.name for g in analysis.groups]
    for f in found:
        first_sentence = corpus.sentences[f.first.sentence]
        open_at = f.first.start - 1
        text = quote_text_of(corpus, f)
        before = first_sentence.text[: max(open_at, 0)]
        if re.search(r"\bso-called\s*$", before, re.IGNORECASE):
            previous = None
            continue
        attribution = attribute_one(corpus, f, opens, analysis)
        if not attribution.found and previous is not None:
            attribution = continuation(corpus, f, previous, analysis)
        if not attribution.found:
            attribution = reported_before(corpus, f, analysis)
        if not attribution.found:
            attribution = accounts.resumed(corpus, f, text)
        if not attribution.found and is_term(text):
            continue  # a term in quotation marks, not speech
        if attribution.found and attribution.speaker is None and previous is not None:
            attribution = pronoun_chain(corpus, f, previous, attribution, opens, analysis)
        if attribution.found and attribution.speaker is None and previous is not None:
            attribution = description_chain(corpus, f, previous, attribution, analysis)
        speaker = names[attribution.speaker] if attribution.speaker is not None else None
        out.append(Quote(text=text, speaker=speaker, verb=attribution.verb, sentence=first_sentence))
        previous = (f, attribution)
        accounts.record(corpus, f, text, attribution)
    return tuple(out)


SPEAKER_SELF = re.compile(r"\b(?:I|me|my|mine|myself)\b")
ACCOUNT_SPAN = 12  # sentences over which a first-person account may resume


class Accounts:
    """The latest first-person quotation of a named speaker, per kind of quotation mark: a
    later first-person quotation in the same marks with no attribution of its own resumes
    that account ("She said: ‘He walked up to me …’ … ‘He wanted to know if …’")."""

    def __init__(self) -> None:
        self.latest: dict[str, tuple[int, int, int]] = {}  # family -> (speaker, sentence, document)

    def record(self, corpus: Corpus, f: Found, text: str, attribution: Attribution) -> None:
        if attribution.speaker is not None and attribution.verb is not None and SPEAKER_SELF.search(text):
            sentence = f.last.sentence
            self.latest[f.family] = (attribution.speaker, sentence, corpus.sentences[sentence].document)

    def resumed(self, corpus: Corpus, f: Found, text: str) -> Attribution:
        account = self.latest.get(f.family)
        if account is None or not SPEAKER_SELF.search(text):
            return NONE
        speaker, sentence, document = account
        first = f.first.sentence
        if corpus.sentences[first].document != document or first - sentence > ACCOUNT_SPAN:
            return NONE
        return Attribution(speaker, None, True)


def is_term(text: str) -> bool:
    """A few quoted words with no attribution: a term or a title ("so-called", 'quirky', "Blue
    Hats Win!"), unless a clause fragment of TERM_WORDS words in lower case ("but not openly
    backed", "ranked above all rivals"): the partial quote of an unnamed source."""
    n = len(text.split())
    return n < TERM_WORDS or (n == TERM_WORDS and not text[:1].islower())


def continuation(
    corpus: Corpus, f: Found, previous: tuple[Found, Attribution], analysis: Analysis
) -> Attribution:
    """A quotation that opens its sentence right after an attributed one continues it."""
    before, attribution = previous
    if not attribution.found or before.family != f.family:
        return NONE  # a text message in double marks inside an account in single ones
    first = f.first
    if first.sentence - before.last.sentence > 1:
        return NONE
    if corpus.sentences[first.sentence].document != corpus.sentences[before.last.sentence].document:
        return NONE
    lead = corpus.sentences[first.sentence].text[: max(first.start - 1, 0)]
    if first.sentence != before.last.sentence and lead.strip():
        lead_words = lead.split()
        if lead_words[0].lower() not in CONTINUING or any(is_verb(t) for t in words_in(lead, 0, len(lead))):
            return NONE  # "But that his union want 'strikes …'" continues; a new clause does not
    # Nobody else may be named between the two (the previous attribution itself aside).
    if someone_else_between(analysis, before.last, first, attribution.speaker):
        return NONE
    return attribution


def someone_else_between(
    analysis: Analysis, last: Piece, first: Piece, speaker: int | None, *, from_close: bool = False
) -> bool:
    """A person other than `speaker` is named outside quotations before the opening mark of
    `first`, after the sentence that closes `last` (or after its closing mark: `from_close`)."""
    for index in range(last.sentence if from_close else last.sentence + 1, first.sentence + 1):
        for span in analysis.spans[index]:
            if span.quoted or analysis.groups[span.actor].kind != "person":
                continue
            if (index == first.sentence and span.start > first.start) or (
                index == last.sentence and span.start < last.end
            ):
                continue
            if span.actor != speaker:
                return True
    return False


def leading_pronoun(text: str, end: int, quoted: Sequence[tuple[int, int]]) -> Token | None:
    """The first he/she before `end` outside quotations, when no name comes before it."""
    for tok in words_in(text, 0, end):
        if any(a <= tok.start < b for a, b in quoted):
            continue
        if pronoun(tok):
            return tok
        if tok.capital and tok.start > 0 and tok.lower not in lexicon.FUNCTION_WORDS:
            return None
    return None


def pronoun_chain(
    corpus: Corpus,
    f: Found,
    previous: tuple[Found, Attribution],
    attribution: Attribution,
    opens: Openings,
    analysis: Analysis,
) -> Attribution:
    """ "“…,” Jane Doe said. “…” She said …, adding: “…”": a he/she that names nobody (the person
    in focus faded during a long quotation), within two sentences of an attributed quotation,
    is its speaker when the gender fits."""
    before, earlier = previous
    speaker = earlier.speaker
    first = f.first
    if speaker is None or first.sentence - before.last.sentence > 2:
        return attribution
    sentence = corpus.sentences[first.sentence]
    if sentence.document != corpus.sentences[before.last.sentence].document:
        return attribution
    tok = leading_pronoun(sentence.text, first.start - 1, opens.ranges.get(first.sentence, []))
    if tok is None or analysis.persons_before(first.sentence, first.start):
        return attribution
    if someone_else_between(analysis, before.last, first, speaker, from_close=True):
        return attribution  # "… Ms Roe sold the car. The court was told she …": she is Ms Roe
    gender = "m" if tok.lower == "he" else "f"
    if analysis.groups[speaker].gender not in (None, gender):
        return attribution
    return Attribution(speaker, attribution.verb, True)


# After a closing mark: "…,' added the Ruritania defender." / "…," the veteran said.
DESCRIBED_SPEAKER = re.compile(
    r"^[\s,]*(?:(?:said|says|added|adds|explained|continued|insisted)\s+the\s+(?P<role1>[\w' -]+?)"
    r"|the\s+(?P<role2>[\w' -]+?)\s+(?:said|says|added|adds|explained|continued|insisted))\s*[.!]?\s*$"
)


def description_chain(
    corpus: Corpus,
    f: Found,
    previous: tuple[Found, Attribution],
    attribution: Attribution,
    analysis: Analysis,
) -> Attribution:
    """ "'…,' Jo Hale told reporters. '…,' added the Ruritania defender.": a description after the
    closing mark that names nobody, right after a quotation of a named speaker in the sentence
    before, with nobody else named between, is that speaker (reporters vary the naming). The
    description needs a modifier, and those who speak for others ("a spokesman") are left out."""
    before, earlier = previous
    speaker, last = earlier.speaker, f.last
    if speaker is None or f.first.sentence - before.last.sentence != 1:
        return attribution
    if corpus.sentences[last.sentence].document != corpus.sentences[before.last.sentence].document:
        return attribution
    match = DESCRIBED_SPEAKER.match(corpus.sentences[last.sentence].text[last.end + 1 :])
    if match is None or any(
        analysis.persons_before(i, len(corpus.sentences[i].text))
        for i in range(f.first.sentence, last.sentence + 1)
    ):
        return attribution
    words = (match.group("role1") or match.group("role2") or "").split()
    if len(words) < 2 or words[-1].lower() in OTHER_VOICES or not head_of(words[-1]):
        return attribution  # a bare "added the judge" more often brings in someone new
    return Attribution(speaker, attribution.verb, True)


# Those who speak for someone else: a description of one is not the last speaker.
OTHER_VOICES = frozenset("spokesman spokeswoman spokesperson official source aide lawyer attorney".split())


def reported_before(corpus: Corpus, f: Found, analysis: Analysis) -> Attribution:
    """A quotation that is a sentence of its own, right after "X said that …": X's words."""
    first = f.first
    if first.start > 1 or first.sentence == 0:
        return NONE
    sentence = corpus.sentences[first.sentence]
    previous = corpus.sentences[first.sentence - 1]
    if previous.document != sentence.document or "“" in previous.text or '"' in previous.text:
        return NONE
    attribution = attribution_before(previous.text, 0, len(previous.text), previous.index, analysis, ())
    if attribution.speaker is not None and (attribution.verb or "").lower() not in (
        "call",
        "calls",
        "called",
    ):
        return attribution
    return NONE


class Openings:
    """Where quotations open and which ranges they cover, per sentence (built once: linear)."""

    def __init__(self, found: Sequence[Found]) -> None:
        self.starts: dict[int, list[int]] = {}
        self.ranges: dict[int, list[tuple[int, int]]] = {}
        for f in found:
            self.starts.setdefault(f.first.sentence, []).append(f.first.start - 1)
            for p in f.pieces:
                self.ranges.setdefault(p.sentence, []).append((p.start, p.end))

    def next_open(self, sentence: int, offset: int, default: int) -> int:
        later = [s for s in self.starts.get(sentence, ()) if offset <= s < default]
        return min(later, default=default)


def attribute_one(corpus: Corpus, f: Found, opens: Openings, analysis: Analysis) -> Attribution:
    first, last = f.first, f.last
    closing = corpus.sentences[last.sentence].text
    opening = corpus.sentences[first.sentence].text
    introduced = opening[: max(first.start - 1, 0)].rstrip().endswith(":")
    if introduced:
        # "X dismissed the argument: “…”", "…, adding: “…”": the clause before the colon speaks,
        # whatever follows the closing mark.
        quoted = opens.ranges.get(first.sentence, [])
        before = attribution_before(opening, 0, first.start - 1, first.sentence, analysis, quoted)
        if before.speaker is not None:
            return before
        if PASSIVE_ASKED.search(opening[: first.start - 1]):
            return Attribution(None, before.verb, True)  # "Hale was asked: '…?'": someone else asks
        if before.found and UNNAMED_SPEAKER.search(opening[: first.start - 1]):
            return before  # "…, and a spokesman added: '…'": an unnamed voice, not the clause's opener
        subject = colon_subject(opening, first.start - 1, first.sentence, analysis, quoted)
        if subject is not None:
            return subject
        if before.found and leading_pronoun(opening, first.start - 1, quoted) is not None:
            return before  # "She said …, adding: “…”" with her unresolved: see pronoun_chain
    if first.start >= 2 and opening[first.start - 2].isalpha():
        named = analysis.person_spans_before(first.sentence, first.start - 1)
        if named and captioned(opening[named[-1].end : first.start - 1]):
            # 'medallist Jo Hale"Ivo had …', 'pundit Jo Hale on Match of the Day"I could …'
            return Attribution(named[-1].actor, None, True)
    # After the closing mark, up to the next quotation in the sentence.
    after_start = last.end + 1
    after_end = opens.next_open(last.sentence, after_start, len(closing))
    after = attribution_after(closing, after_start, after_end, last.sentence, analysis)
    if after.found and introduces_next(quote_text_of(corpus, f), closing[last.end + 1 : after_end]):
        after = NONE  # '… as director. "The firm's chief Jo Hale added: "…': the next one's
    if after.found and after.speaker is not None:
        return after
    # Before the opening mark: the whole sentence up to it, words inside quotations aside.
    quoted = opens.ranges.get(first.sentence, [])
    before = attribution_before(opening, 0, first.start - 1, first.sentence, analysis, quoted)
    if after.found and before.speaker is None:
        return after  # a person before the quote beats a body after it: "X joked '…', the agency said"
    if before.found:
        return before
    if last.sentence == first.sentence and not any(a >= after_end for a, _ in quoted if a > last.end):
        trailing = trailing_attribution(closing, after_start, last.sentence, analysis)
        if trailing.found:
            return trailing
    gerund = by_gerund(opening, first.start - 1, first.sentence, analysis)
    if gerund.found:
        return gerund
    return next_sentence_attribution(corpus, f, opens, analysis)


def captioned(between: str) -> bool:
    """Between a name and a quotation glued to it, nothing or "on <Show Name>"."""
    words = between.split()
    return not words or (words[0] == "on" and all(w[:1].isupper() or w in ("of", "the") for w in words[1:]))


def introduces_next(quotation: str, after: str) -> bool:
    """The quotation ended its own sentence, and the words after its closing mark end with a
    colon before the next opening: a new sentence introducing the next quotation."""
    return quotation.rstrip().endswith(".") and after.rstrip().endswith(":")


def by_gerund(text: str, end: int, sentence: int, analysis: Analysis) -> Attribution:
    """ "Jane Doe reacted by tweeting “…”", "Hale teases fans by humming “…”": a
    quotation right after "by" and a gerund is the words of the clause's first named person,
    whatever the verb."""
    tokens = words_in(text, max(0, end - 40), end)
    if len(tokens) < 2 or tokens[-2].lower != "by" or not tokens[-1].lower.endswith("ing"):
        return NONE
    persons = analysis.persons_before(sentence, tokens[-2].start)
    return Attribution(persons[0], tokens[-1].text, True) if persons else NONE


NEXT_CLAUSE_WORDS = 5  # at most this many words in a next-sentence attribution ("Hale recalled.")


def next_sentence_attribution(corpus: Corpus, f: Found, opens: Openings, analysis: Analysis) -> Attribution:
    """ "“… can you believe it?” Hale recalled.": a quotation ending its sentence on "?" or "!" is
    split from its attribution, which opens the next sentence as a short clause of its own (a
    named speaker and a reporting verb, before any new quotation)."""
    last = f.last
    closing = corpus.sentences[last.sentence]
    if closing.text[last.end + 1 :].strip(" \t\n.,;:!?”’\"'"):
        return NONE
    index = last.sentence + 1
    if index >= len(corpus.sentences) or corpus.sentences[index].document != closing.document:
        return NONE
    text = corpus.sentences[index].text
    end = opens.next_open(index, 0, len(text))
    words = [t for t in words_in(text, 0, end) if t.text[:1].isalnum()]
    if not words or len(words) > NEXT_CLAUSE_WORDS or not text[:end].rstrip().endswith((".", ":", ",")):
        return NONE
    attribution = attribution_after(text, 0, end, index, analysis)
    return attribution if attribution.speaker is not None else NONE


def colon_subject(
    text: str, end: int, sentence: int, analysis: Analysis, quoted: Sequence[tuple[int, int]]
) -> Attribution | None:
    """ "Vermont Sen. Jane Doe dismissed the argument: “…”": with no reporting verb before the
    colon, the person (or he/she) who opens the clause and the word after them, when it reads as
    a verb (lower case)."""
    tokens = [t for t in words_in(text, 0, end) if not any(a <= t.start < b for a, b in quoted)]
    for k in range(min(len(tokens), 10)):
        if tokens[k].text in CLAUSE_STOPS and tokens[k].text != ",":
            return None
        found = subject_at(tokens, k, sentence, analysis)
        if found is None:
            continue
        actor, m = found
        m = skip_appositive(tokens, m)
        while m < len(tokens) and tokens[m].lower in lexicon.AUXILIARIES:
            m += 1
        if actor is None or m >= len(tokens) or tokens[m].capital or not tokens[m].text.isalpha():
            return None
        return Attribution(actor, tokens[m].text, True)
    return None


def words_in(text: str, start: int, end: int) -> list[Token]:
    return [t for t in tokenize(text) if start <= t.start and t.end <= end]


def person_span_at(analysis: Analysis, sentence: int, tok: Token) -> tuple[int, int] | None:
    """(actor, end offset) of a person named starting at this token, outside quotations."""
    for span in analysis.spans[sentence]:
        if span.start == tok.start and not span.quoted and analysis.groups[span.actor].kind == "person":
            return span.actor, span.end
    return None


def any_span_at(analysis: Analysis, sentence: int, tok: Token) -> tuple[int, int] | None:
    for span in analysis.spans[sentence]:
        if span.start <= tok.start < span.end:
            return span.actor, span.end
    return None


def skip_titles(tokens: Sequence[Token], k: int) -> int:
    """Past "Sen.", "President", "Dr" and an owner ("Ikea's", "CNN's") to the name."""
    while k < len(tokens) and (
        (tokens[k].lower in HONORIFICS_AND_TITLES and tokens[k].capital)
        or (tokens[k].text == "." and k > 0 and tokens[k - 1].capital)
        or (
            tokens[k].capital
            and is_possessive_word(tokens[k].text)
            and k + 1 < len(tokens)
            and tokens[k + 1].capital
            and tokens[k + 1].lower not in lexicon.FUNCTION_WORDS
        )
    ):
        k += 1
    return k


HONORIFICS_AND_TITLES = lexicon.HONORIFICS | lexicon.TITLE_ROLES
TITLES_OR_ABBREVIATED = HONORIFICS_AND_TITLES | ABBREVIATED


def described_after(tokens: Sequence[Token], m: int, sentence: int, analysis: Analysis) -> int | None:
    """ "…,” said the hill walker." — the person the actor rules resolved a definite
    description after the verb to (never a guess: an unresolved description gives no speaker)."""
    if m >= len(tokens) or tokens[m].lower != "the":
        return None
    for tok in tokens[m + 1 : m + 6]:
        if tok.text in CLAUSE_STOPS:
            break
        described = analysis.described_at(sentence, tok.start)
        if described is not None:
            return described
    return None


def abbreviation_dot(tokens: Sequence[Token], k: int) -> bool:
    """The full stop of "Rev.", "Sen." or "U.N." before a name, which ends no clause."""
    return (
        tokens[k].text == "."
        and k > 0
        and (tokens[k - 1].lower in TITLES_OR_ABBREVIATED or INITIALISM.match(tokens[k - 1].text) is not None)
    )


INITIALISM = re.compile(r"^(?:[A-Z]\.)+[A-Z]$")  # "U.N", "U.S" before their last stop


def skip_appositive(tokens: Sequence[Token], k: int) -> int:
    """From a comma after a name, past ", the Kremlin spokesman," to what follows; also to the
    verb when the closing comma is missing (", head of the Acme Federation said") and past an
    employer ("of Acme music publishing said")."""
    if k < len(tokens) and tokens[k].text == ",":
        m = k + 1
        while m < len(tokens) and tokens[m].text not in (",", ".", ";", ":") and m - k < 16:
            if m > k + 2 and is_verb(tokens[m]):
                return m
            m += 1
        if m < len(tokens) and tokens[m].text == ",":
            return m + 1
    elif k < len(tokens) and tokens[k].lower in EMPLOYER_LINKS:
        for m in range(k + 1, min(k + 7, len(tokens))):
            if tokens[m].text in CLAUSE_STOPS:
                break
            if is_verb(tokens[m]):
                return m
    return k


def is_verb(tok: Token) -> bool:
    return tok.lower in lexicon.REPORTING_VERBS or tok.lower in lexicon.FINDING_VERBS


def pronoun(tok: Token) -> bool:
    return tok.lower in ("he", "she")


def attribution_after(text: str, start: int, end: int, sentence: int, analysis: Analysis) -> Attribution:
    """ "…,” Peskov said", "…,” said Dmitry Peskov", "…,” he added", "…,” the Kremlin said"."""
    tokens = words_in(text, start, end)
    k = 0
    while k < len(tokens) and tokens[k].text in SKIP_AFTER | set("”’\"'"):
        k += 1
    if k >= len(tokens):
        return NONE
    if [t.lower for t in tokens[k : k + 4]] == ["in", "the", "words", "of"]:
        return words_of(tokens, k + 4, sentence, analysis)
    subject = subject_at(tokens, k, sentence, analysis)
    if subject is not None:
        actor, m = subject
        m = skip_appositive(tokens, m)
        while m < len(tokens) and tokens[m].lower in lexicon.AUXILIARIES:
            m += 1
        if m < len(tokens) and (is_verb(tokens[m]) or tokens[m].lower in lexicon.AFTER_QUOTE_VERBS):
            return Attribution(actor, tokens[m].text, True)
        return NONE
    if is_verb(tokens[k]):
        verb = tokens[k].text
        m = skip_titles(tokens, k + 1)
        if m < len(tokens):
            person = person_span_at(analysis, sentence, tokens[m])
            if person is not None:
                return Attribution(person[0], verb, True)
            if pronoun(tokens[m]):
                return Attribution(analysis.resolve(sentence, tokens[m].start, tokens[m].text), verb, True)
            # "…,” said 24-year-old Borduria forward Jane Doe": past a role phrase to the name.
            for r in range(m, min(m + 10, len(tokens))):
                if (tokens[r].text in CLAUSE_STOPS and not abbreviation_dot(tokens, r)) or is_verb(tokens[r]):
                    break
                person = person_span_at(analysis, sentence, tokens[r])
                if person is not None:
                    return Attribution(person[0], verb, True)
            return Attribution(described_after(tokens, m, sentence, analysis), verb, True)
        return Attribution(None, verb, True)
    # A role before the name: "…”, EU chief Ursula von der Leyen said".
    for m in range(k, min(k + 8, len(tokens))):
        if tokens[m].text in CLAUSE_STOPS or is_verb(tokens[m]):
            break
        if not (tokens[m].capital or tokens[m].lower in ROLE_WORDS):
            break
        subject = subject_at(tokens, m, sentence, analysis)
        if subject is not None and subject[0] is not None:
            n = skip_appositive(tokens, subject[1])
            while n < len(tokens) and tokens[n].lower in lexicon.AUXILIARIES:
                n += 1
            if n < len(tokens) and is_verb(tokens[n]):
                return Attribution(subject[0], tokens[n].text, True)
            break
    relative = relation_subject(tokens, k, sentence, analysis)
    if relative is not None:
        return relative
    # A non-person subject: "the Kremlin said", "a spokesman told", "Moscow added".
    if not (tokens[k].lower in ("the", "a", "an") or tokens[k].capital or is_possessive_word(tokens[k].text)):
        return NONE
    if tokens[k].lower in lexicon.FUNCTION_WORDS - {"the", "a", "an"}:
        return NONE  # "…” And the …": a new clause, not an attribution
    m = k
    while m < len(tokens) and m - k < 6 and tokens[m].text not in CLAUSE_STOPS and not is_verb(tokens[m]):
        m += 1
    while m < len(tokens) and tokens[m].lower in lexicon.AUXILIARIES:
        m += 1
    if m < len(tokens) and m > k and is_verb(tokens[m]):
        described = next(
            (d for t in tokens[k:m] if (d := analysis.described_at(sentence, t.start)) is not None), None
        )
        return Attribution(described, tokens[m].text, True)
    return NONE


def words_of(tokens: Sequence[Token], k: int, sentence: int, analysis: Analysis) -> Attribution:
    """ "…," in the words of UN chief Jo Hale.": the first person named after the phrase."""
    for m in range(k, min(k + 8, len(tokens))):
        person = person_span_at(analysis, sentence, tokens[m])
        if person is not None:
            return Attribution(person[0], "in the words of", True)
        if tokens[m].text in CLAUSE_STOPS and not abbreviation_dot(tokens, m):
            break
    return Attribution(None, "in the words of", True)


def relation_subject(
    tokens: Sequence[Token], k: int, sentence: int, analysis: Analysis
) -> Attribution | None:
    """ "…,” his nephew wrote": the one person named in this sentence or the one before whose role
    is that word ("his niece and nephew, Ann and Tom Lee, confirmed"); else no speaker."""
    if k + 2 >= len(tokens) or tokens[k].lower not in ("his", "her", "their"):
        return None
    head = tokens[k + 1].lower
    if head not in lexicon.ROLE_HEADS:
        return None
    m = k + 2
    while m < len(tokens) and tokens[m].lower in lexicon.AUXILIARIES:
        m += 1
    if m >= len(tokens) or not is_verb(tokens[m]):
        return None
    candidates = {
        span.actor
        for index in (sentence - 1, sentence)
        if index >= 0
        for span in analysis.spans[index]
        if not span.quoted
        and analysis.groups[span.actor].kind == "person"
        and any(role.lower().split()[-1:] == [head] for role in analysis.groups[span.actor].roles)
    }
    speaker = next(iter(candidates)) if len(candidates) == 1 else None
    return Attribution(speaker, tokens[m].text, True)


def trailing_attribution(text: str, start: int, sentence: int, analysis: Analysis) -> Attribution:
    """ "… a “breather” and a chance to rearm, Russia has alleged." — a closing clause after
    the last comma of the sentence."""
    comma = text.rfind(",", start)
    if comma < 0 or len(text[comma:].split()) > 12:
        return NONE
    return attribution_after(text, comma + 1, len(text), sentence, analysis)


def is_possessive_word(word: str) -> bool:
    return bool(re.search(r"['’]s$", word))


# "centre back Tom Brown told": a playing position is a role too.
ROLE_WORDS = lexicon.ROLE_HEADS | lexicon.ROLE_MODIFIERS | {"the", "a", "an", "back"} | lexicon.POSITION_SIDES
CLAUSE_STOPS = frozenset(',.;:!?“”"')


def subject_at(
    tokens: Sequence[Token], k: int, sentence: int, analysis: Analysis
) -> tuple[int | None, int] | None:
    """A person or he/she at token k: (actor or None if unresolved, index after it)."""
    m = skip_titles(tokens, k)
    if m >= len(tokens):
        return None
    tok = tokens[m]
    if pronoun(tok):
        return analysis.resolve(sentence, tok.start, tok.text), m + 1
    person = person_span_at(analysis, sentence, tok)
    if person is None:
        return None
    actor, end = person
    n = m
    while n < len(tokens) and tokens[n].start < end:
        n += 1
    return actor, n


def attribution_before(
    text: str, start: int, end: int, sentence: int, analysis: Analysis, quoted: Sequence[tuple[int, int]]
) -> Attribution:
    """ "Maria Zakharova, the …, said: “", "Lavrov told reporters “", "according to X, “",
    "Poroshenko accused Zelensky of … “", ", claiming she was “". The reporting verb nearest the
    quotation decides; if its subject is no person ("what it calls “…”"), an earlier verb with a
    person as subject does (the whole sentence is that person's reported speech)."""
    tokens = [t for t in words_in(text, start, end) if not any(a <= t.start < b for a, b in quoted)]
    verbs = [
        k
        for k in range(len(tokens) - 1, -1, -1)
        if is_verb(tokens[k])
        or (tokens[k].lower == "according" and k + 1 < len(tokens) and tokens[k + 1].lower == "to")
    ]
    if not verbs:
        return NONE
    first_guess: Attribution | None = None
    for v in verbs:
        attribution = verb_subject(tokens, v, sentence, analysis)
        if attribution.speaker is not None:
            return attribution
        first_guess = first_guess or attribution
    assert first_guess is not None
    return first_guess


def verb_subject(tokens: Sequence[Token], v: int, sentence: int, analysis: Analysis) -> Attribution:
    if tokens[v].lower == "according":
        for m in range(v + 2, min(v + 9, len(tokens))):
            person = person_span_at(analysis, sentence, tokens[m])
            if person is not None:
                return Attribution(person[0], "according to", True)
            abbreviation = tokens[m].text == "." and tokens[m - 1].capital  # "former Nevada Gov. X"
            owner = tokens[m].lower in ("his", "her", "their")  # "according to his jockey X"
            if not (tokens[m].capital or tokens[m].lower in ROLE_WORDS or abbreviation or owner):
                break  # "according to Swiss lawyer Ivo Marek"
        return Attribution(None, "according to", True)
    verb = tokens[v].text
    agent = passive_agent(tokens, v, sentence, analysis)
    if agent is not None:
        return Attribution(agent, verb, True)
    # Inverted: "said Dmitry Peskov:" / "says Lavrov, “…" (not "told Jo Hale:", who listens)
    m = skip_titles(tokens, v + 1)
    if m < len(tokens) and tokens[v].lower not in ADDRESSING_VERBS:
        person = person_span_at(analysis, sentence, tokens[m])
        if person is not None and all(t.text in ",:" or t.start < person[1] for t in tokens[m:]):
            return Attribution(person[0], verb, True)
    return Attribution(subject_of(tokens, v, sentence, analysis), verb, True)


# Reporting verbs whose object is the one spoken to: "Hale told Jo Roe: '…'".
ADDRESSING_VERBS = frozenset("told tells tell telling informed assured reminded urged warned".split())


def passive_agent(tokens: Sequence[Token], v: int, sentence: int, analysis: Analysis) -> int | None:
    """ "hailed by Mrs Pryce as “…”", "branded by the judge's … Jane Doe": the person after
    "by" speaks when the reporting verb is a passive participle."""
    if not tokens[v].lower.endswith("ed") or v + 2 >= len(tokens) or tokens[v + 1].lower != "by":
        return None
    m = skip_titles(tokens, v + 2)
    if m >= len(tokens):
        return None
    person = person_span_at(analysis, sentence, tokens[m])
    return person[0] if person is not None else None


GLUED_PRONOUN = re.compile(r"[a-z](She|He)$")
# "Hale was asked specifically:" before a quotation: the question is someone else's.
PASSIVE_ASKED = re.compile(
    r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?(?:asked|told)\b(?:\s+\w+ly)?\s*:\s*$"
)


# "… and a club spokesman added:" — an indefinite speaker right before the verb and the colon.
UNNAMED_SPEAKER = re.compile(
    r"\b(?:a|an)\s+(?:[\w'-]+\s+){1,4}?(?:" + "|".join(sorted(lexicon.REPORTING_VERBS)) + r")\s*:\s*$",
    re.IGNORECASE,
)


def subject_of(tokens: Sequence[Token], v: int, sentence: int, analysis: Analysis) -> int | None:
    """Who does the verb at tokens[v]: the person just before it (past auxiliaries and an
    appositive), the subject of the clause for a participle or after and/but, or a he/she."""
    k = v - 1
    while k >= 0 and tokens[k].lower in lexicon.AUXILIARIES:
        k -= 1
    k = before_party_label(tokens, k)
    while k > 0 and tokens[k].text.isupper() and tokens[k].lower in lexicon.POST_NOMINALS:
        k -= 1  # "Jane Doe QC said", "Jane Doe MP told"
    if k >= 0 and tokens[k].lower == "who":
        return relative_antecedent(tokens, k, sentence, analysis)
    if k >= 0 and tokens[k].text == ",":
        # past an appositive back to the name before it
        m = k - 1
        while m >= 0 and tokens[m].text != "," and k - m < 30:
            m -= 1
        if k - m >= 16 and not (m + 1 < k and tokens[m + 1].lower == "who"):
            m = -1  # only a relative clause runs that long: "X, who … in the first Test, said"
        m = past_residence(tokens, m, sentence, analysis)
        if m >= 0:
            hit = any_span_at(analysis, sentence, tokens[m - 1]) if m >= 1 else None
            if hit is not None and analysis.groups[hit[0]].kind == "person":
                return hit[0]
            described = (
                analysis.described_at(sentence, tokens[m - 1].start) if hit is None and m >= 1 else None
            )
            if described is not None:
                return described  # "The mother, who was born in Ruritania, said:"
            if names_no_person(tokens, m + 1, k, sentence, analysis):
                return None  # "Acme's media arm, Acme Media, called": a body speaks
    if k >= 0:
        tok = tokens[k]
        if pronoun(tok):
            if k == 0 or tokens[k - 1].text in CLAUSE_STOPS:  # "She said: …", "…, he added"
                return analysis.resolve_subject(sentence, tok.start, tok.text)
            return analysis.resolve(sentence, tok.start, tok.text)
        glued = GLUED_PRONOUN.search(tok.text)
        if glued:  # "… and more updatesShe said": a caption or promo glued to the next sentence
            return analysis.resolve(sentence, tok.start + glued.start(1), glued.group(1))
        hit = any_span_at(analysis, sentence, tok)
        link = k - 2 if k >= 2 and tokens[k - 1].lower == "the" and not tok.capital else k - 1
        if link >= 1 and tokens[link].lower in EMPLOYER_LINKS and (tok.capital or link == k - 2):
            # "President Macron of France said", "Jo Hale of the company said": the first name speaks
            owner = any_span_at(analysis, sentence, tokens[link - 1])
            if owner is not None and (hit is None or analysis.groups[owner[0]].kind == "person"):
                hit = owner
        if hit is not None and analysis.groups[hit[0]].kind != "person":
            # "Jo Hale, a psychiatrist at Acme Hospital said": the body ends an unclosed appositive
            return appositive_owner(tokens, k, sentence, analysis)
        if hit is not None:
            return hit[0]
        described = analysis.described_at(sentence, tok.start)
        if described is not None:
            return described
    participle = tokens[v].lower.endswith("ing")
    joined = k >= 0 and tokens[k].lower in ("and", "but", ",", "to")
    if participle or joined:
        subject = analysis.clause_subject(sentence, tokens[v].start)
        if subject is not None:
            return subject
        for tok in tokens[:v]:
            if pronoun(tok):
                return analysis.resolve(sentence, tok.start, tok.text)
    return None


def past_residence(tokens: Sequence[Token], m: int, sentence: int, analysis: Analysis) -> int:
    """From the comma at tokens[m] opening ", West Yorkshire," back past a place that closes an
    earlier appositive ("X, from Leeds, West Yorkshire, added"), to that appositive's comma."""
    for _ in range(2):
        if m < 1:
            return m
        hit = any_span_at(analysis, sentence, tokens[m - 1])
        if hit is None or analysis.groups[hit[0]].kind != "place":
            return m
        k = m - 1
        while k >= 0 and tokens[k].text != "," and m - k < 8:
            k -= 1
        if k < 0 or tokens[k].text != ",":
            return m
        m = k
    return m


def appositive_owner(tokens: Sequence[Token], k: int, sentence: int, analysis: Analysis) -> int | None:
    """The person before ", a <role> at <Body>" when the body's name ends at tokens[k] and the
    appositive's closing comma is missing; None when there is no such role phrase."""
    m = k - 1
    while m > 0 and tokens[m].text not in CLAUSE_STOPS and k - m < 14:
        m -= 1
    if m < 1 or tokens[m].text != "," or not any(t.lower in lexicon.ROLE_HEADS for t in tokens[m + 1 : k]):
        return None
    p = m - 1
    while p > 0 and tokens[p - 1].capital:
        p -= 1  # to the name's first word
    person = person_span_at(analysis, sentence, tokens[p])
    return person[0] if person is not None else None


def before_party_label(tokens: Sequence[Token], k: int) -> int:
    """Ending on the bracket of "Jane Doe (R-Ohio)" or "Jane Doe (pictured)", the index of
    the name's last token."""
    if k < 2 or tokens[k].text != ")":
        return k
    m = k - 1
    while m > 0 and tokens[m].text != "(" and k - m < 6:
        m -= 1
    inside = tokens[m + 1]
    bracketed = PARTY_LABEL.match(inside.text) or (k == m + 2 and inside.lower in PICTURE_PLACES)
    return m - 1 if tokens[m].text == "(" and bracketed else k


def names_no_person(tokens: Sequence[Token], begin: int, end: int, sentence: int, analysis: Analysis) -> bool:
    """tokens[begin:end] (an appositive between commas) name an organisation or a place and
    no person."""
    kinds = set()
    for tok in tokens[begin:end]:
        hit = any_span_at(analysis, sentence, tok)
        if hit is not None:
            kinds.add(analysis.groups[hit[0]].kind)
    return bool(kinds) and "person" not in kinds


def relative_antecedent(tokens: Sequence[Token], k: int, sentence: int, analysis: Analysis) -> int | None:
    """ "… with Ann, right, who says “…”", "Jane Doe, 67, who says": the person just before
    "who", past a short aside between commas (a position in a picture, an age)."""
    m = k - 1
    if m >= 0 and tokens[m].text == ",":
        m -= 1
        start = m
        while m >= 0 and tokens[m].text != "," and start - m < 3:
            m -= 1
        m = m - 1 if m >= 0 and tokens[m].text == "," else start
    if m < 0:
        return None
    hit = any_span_at(analysis, sentence, tokens[m])
    if hit is None or analysis.groups[hit[0]].kind != "person":
        return None
    return hit[0]

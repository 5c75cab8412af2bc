"""People, organisations and places: found by rules over the text itself, aliases merged, roles kept.

No model: a name is a run of capitalised words that sentence-initial capitals, titles and
gazetteers do not explain. Each run gathers evidence (a title before it, an appositive role
after it, a reporting verb beside it, an organisation or place word in it, a cue word after it
such as "missiles" or "programme") and the evidence of every run with the same words decides
its kind. Shorter forms ("Lavrov", "Sir Keir") are merged into the fullest form seen. Roles come
from appositives ("Dmitry Peskov, the Kremlin spokesman"), preceding titles ("the Polish prime
minister Donald Tusk") and a description in the sentence before a person's first naming
("Russia's foreign minister has said … Sergey Lavrov told …"). Pronouns and definite
descriptions ("he said", "the French president") are followed to the person they stand for
only when the text leaves one candidate.

Everything is one pass over the sentences plus dictionary look-ups: linear in the text.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from . import lexicon as lx
from . import parallel
from .models import Actor, ActorKind, Corpus, Mention, Quote, Sentence

# A word: letters, digits, inner apostrophes and hyphens, and inner stops only between initials
# ("U.S", "O.J" — not "EU.He", two sentences glued together).
TOKEN = re.compile(
    r"[^\W\d_](?:\w|['’\-](?=[^\W_])|(?<![^\W\d_]{2})\.(?=[^\W\d_](?![^\W\d_]))"
    r"|(?<=[^\W\d_][ÂÃÄÅ])[\x80-\xbf])*"  # "AndrÃ©s": UTF-8 read as Latin-1 stays one word
    r"|\d(?:[\d,.]*\d)?[^\W\d_]*|\S"  # a number ends before a stop: "in 2019.Trainer Jane Doe"
)
OPENERS = "The He She It They We In But His Her This And As After When While".split()
GLUED_OPENER = re.compile(rf"^([A-Z][a-z]{{2,}})({'|'.join(OPENERS)})$")
OPENER_WORDS = frozenset(w.lower() for w in OPENERS) - {"the"}
GLUED_NAME = re.compile(r"^([A-Z][a-z]{3,})([A-Z][a-z]+)$")
GLUED_LOWER = re.compile(r"^([a-z]{4,})([A-Z][a-z]+)$")


def glued_given_name(word: str) -> re.Match[str] | None:
    """ "news from KentJonathan Vance QC said": a promo line glued to a given name."""
    found = GLUED_NAME.match(word)
    if found and found.group(2).lower() in lx.GIVEN_NAMES and found.group(1).lower() not in ("fitz", "mack"):
        return found
    return None


POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")
PREFIXED = re.compile(r"^(?:al|el|bin|ibn|abu|ad|ar|as|ash|ul)-[^\W\d_]")
ABBREVIATED = frozenset(
    "mr mrs ms dr st prof gen sen rep gov lt col capt sgt jr sr rev fr det supt cpl "
    "sens reps govs gens".split()
)
# Titles in the plural before a list of names ("Republican Sens. Jane Doe and John Roe"), and
# the title each name takes.
PLURAL_TITLES = {
    "sens": "Sen.",
    "reps": "Rep.",
    "govs": "Gov.",
    "gens": "Gen.",
    "senators": "senator",
    "representatives": "representative",
    "congressmen": "congressman",
    "congresswomen": "congresswoman",
    "governors": "governor",
}
STARTERS = frozenset("“‘\"'(:—–-•[")
DETERMINERS = frozenset("the a an".split())
CLAUSE_END = frozenset(",;:.!?)—–")
RELATIVE = frozenset("who whom whose which that while as and but after before".split())
EXAMPLES = frozenset("like including".split())
PLACE_PREPOSITIONS = frozenset("in at near outside inside across around throughout".split())
# Verbs before a speaker's name ("…, said Jo Hale."); not "told", whose object is a listener
# as often an outlet ("told Acme News.") as a person.
SPEECH_STARTS = frozenset("said says added wrote asked".split())
INITIALS = re.compile(r"^[A-Z](?:\.[A-Z])*$")
GIVEN_NAME_HONORIFICS = frozenset("sir dame lord lady".split())
LORDLY = frozenset("lord lady".split())  # part of an office before a title: "Lord Justice"
RECENT = 3  # sentences looked back for a he/she whose person in focus has the other gender
FOCUS_AGE = 2  # sentences with no word of a person after which the focus is lost


class Token(NamedTuple):
    text: str
    start: int
    end: int
    lower: str  # plain(): lower case, straight apostrophes, no final full stop
    capital: bool
    name: bool  # name_word(): may be part of a name


# Unions the rules test words against, made once (a union inside a loop is rebuilt each time).
HONORIFICS_AND_TITLES = lx.HONORIFICS | lx.TITLE_ROLES
HONORIFICS_OR_ABBREVIATED = lx.HONORIFICS | ABBREVIATED
ROLE_OPENERS = DETERMINERS | {"his", "her", "their"}  # "a preacher called …", "her friend named …"
BODY_HEADS = lx.ORG_HEADS | {"fc"}
NEVER_NAME_EDGES = lx.NEVER_ACTORS | lx.FUNCTION_WORDS  # never the first or last word of a name
ORG_AND_PLACE_HEADS = lx.ORG_HEADS | lx.PLACE_HEADS
GENDERED_PRONOUNS = lx.PRONOUNS_MALE | lx.PRONOUNS_FEMALE
# Finds every sentence with a token in GENDERED_PRONOUNS (and a few more, e.g. "he's").
MAY_HOLD_PRONOUN = re.compile(r"\b(?:" + "|".join(sorted(GENDERED_PRONOUNS)) + r")\b", re.IGNORECASE)


# Large enough for a 10 MB corpus: quotes.scan and analyse each walk every sentence, and a
# smaller LRU cache would miss on every sentence of the second walk.
@lru_cache(maxsize=262144)
def tokenize(text: str) -> tuple[Token, ...]:
    """Words and punctuation of a sentence, with their offsets (cached: quotes re-read them)."""
    found = []
    for m in TOKEN.finditer(text):
        word = m.group()
        start, end = m.span()
        # Only a word with a capital after its first letter can be two glued together.
        glued = None
        lowered = None
        if len(word) > 4 and not word[1:].islower() and word.isalpha():
            glued = GLUED_OPENER.match(word) or glued_given_name(word)
            lowered = None if glued else GLUED_LOWER.match(word)
        if glued:  # "Jane DoeThe crucial words …": a caption glued to the next sentence
            cut = start + glued.end(1)
            found.append(new_tuple(Token, (glued.group(1), start, cut, plain(glued.group(1)), True, True)))
            word, start = glued.group(2), cut
        elif lowered:  # "… on this deviceHale told …": a promo glued on
            cut = start + lowered.end(1)
            found.append(new_tuple(Token, (lowered.group(1), start, cut, lowered.group(1), False, False)))
            word, start = lowered.group(2), cut
        # tuple.__new__ makes the named tuple in C; Token(...) runs Python code per token.
        found.append(new_tuple(Token, (word, start, end, plain(word), word[:1].isupper(), name_word(word))))
    return tuple(found)


new_tuple = tuple.__new__


@lru_cache(maxsize=131072)
def plain(word: str) -> str:
    """Lower case, straight apostrophes, no trailing full stop."""
    return word.lower().replace("’", "'").rstrip(".")


@dataclass
class Occurrence:
    """One run of name words in one sentence, and the evidence around it."""

    sentence: int
    first: int  # token index of the first name word
    last: int  # token index of the last name word (inclusive)
    start: int  # character offsets in the sentence
    end: int
    words: tuple[str, ...]
    honorific: str | None = None
    roles: list[str] = field(default_factory=list)
    person: int = 0  # strong evidence of a person (title, role, reporting verb)
    weak: bool = False  # a multi-word name with nothing against it
    kind: str | None = None  # a gazetteer's or a head word's verdict
    thing: bool = False  # followed by a cue such as "missiles" or "programme"
    after_the: bool = False
    place_context: bool = False  # "in X", "from X"
    gender: str | None = None
    speech: bool = False  # subject of a reporting verb ("X said"): a person, or a firm
    pronoun_after: bool = False  # a he/she/his/her later in the sentence
    aged: bool = False  # an age after it ("Jane, 67,"): a person, whatever a gazetteer says
    listed: bool = False  # in a list with a name that opens with a given name or initials
    employer: bool = False  # one word after a name and "of/from/at": "Jo Hale of Acmebet"
    takes_which: bool = False  # ", which" after it: a body or a place, never a person

    key: str = field(init=False)  # the words in plain form: what names are grouped by

    def __post_init__(self) -> None:
        self.key = " ".join(plain(w) for w in self.words)  # `words` never change once found

    @property
    def surface(self) -> str:
        """The name as written, titles aside; a given name keeps its honorific ("Sir Keir"), a
        peer's surname does not ("Lord Vance" is Vance)."""
        honorific = self.honorific
        if len(self.words) == 1 and honorific in GIVEN_NAME_HONORIFICS:
            peer = honorific in LORDLY and plain(self.words[0]) not in lx.GIVEN_NAMES
            return " ".join(self.words) if peer else f"{honorific.title()} {self.words[0]}"
        return " ".join(self.words)


@dataclass(frozen=True)
class Span:
    """A named actor in a sentence: character range, actor id, and whether inside a quotation."""

    start: int
    end: int
    actor: int
    quoted: bool
    possessive: bool = False


@dataclass(frozen=True)
class Group:
    """An actor before the public `Actor` is built: every name form and role collected."""

    name: str
    kind: ActorKind
    aliases: tuple[str, ...]
    roles: tuple[str, ...]
    gender: str | None


@dataclass(frozen=True)
class Analysis:
    """What the actor rules found, per sentence, for the quote rules and the final actors."""

    groups: tuple[Group, ...]
    spans: tuple[tuple[Span, ...], ...]  # per sentence, named actors in text order
    mentions: tuple[tuple[Mention, ...], ...]  # per group, one per sentence
    focus: tuple[int | None, ...]  # per sentence, the person in focus as it begins
    described: tuple[tuple[Span, ...], ...] = ()  # per sentence, descriptions resolved to a person

    def described_at(self, sentence: int, offset: int) -> int | None:
        """The person a description ("a former CIA director") covering `offset` stands for."""
        for span in self.described[sentence] if self.described else ():
            if span.start <= offset < span.end:
                return span.actor
        return None

    def person_spans_before(self, sentence: int, offset: int) -> list[Span]:
        """Spans of persons named outside quotations in `sentence` before character `offset`."""
        return [
            s
            for s in self.spans[sentence]
            if s.end <= offset and not s.quoted and self.groups[s.actor].kind == "person"
        ]

    def persons_before(self, sentence: int, offset: int) -> list[int]:
        """Persons named outside quotations in `sentence` before character `offset`."""
        return [s.actor for s in self.person_spans_before(sentence, offset)]

    def clause_subject(self, sentence: int, offset: int) -> int | None:
        """The first person named before `offset` who is not only an owner ("Jane Doe's lawyer,
        John Roe, …" is about John Roe), else the first person named."""
        named = self.person_spans_before(sentence, offset)
        owners = {s.actor for s in named if s.possessive}
        plain_named = [s.actor for s in named if s.actor not in owners]
        if plain_named:
            return plain_named[0]
        return named[0].actor if named else None

    def resolve(self, sentence: int, offset: int, pronoun: str) -> int | None:
        """The person a he/she at `offset` stands for: the subject named earlier in the
        sentence, else the person in focus; None when the gender does not fit."""
        gender = "m" if plain(pronoun) in lx.PRONOUNS_MALE else "f"
        for actor in self.persons_before(sentence, offset):
            if self.groups[actor].gender in (None, gender):
                return actor
        focus = self.focus[sentence]
        if focus is not None and self.groups[focus].gender in (None, gender):
            return focus
        return None

    def resolve_subject(self, sentence: int, offset: int, pronoun: str) -> int | None:
        """A he/she that is the subject of a reporting verb ("She said: …"): as `resolve`, and
        when the person in focus has the other gender, the latest of the RECENT sentences before
        whose first named person (its subject, as a rule) has the pronoun's gender."""
        found = self.resolve(sentence, offset, pronoun)
        if found is not None:
            return found
        gender = "m" if plain(pronoun) in lx.PRONOUNS_MALE else "f"
        for index in range(sentence - 1, max(sentence - RECENT, 0) - 1, -1):
            named = [
                s.actor for s in self.spans[index] if not s.quoted and self.groups[s.actor].kind == "person"
            ]
            if named and self.groups[named[0]].gender == gender:
                return named[0]
        return None


# --- finding runs of name words -------------------------------------------------------------


def unprefixed(word: str) -> str:
    """A surname without its Arabic article: "al-assad" → "assad"."""
    return word.split("-", 1)[1]


@lru_cache(maxsize=131072)
def name_word(text: str) -> bool:
    """A word that can be part of a name (cached: asked for every token, often twice)."""
    if not text[:1].isalpha():
        return False
    if PREFIXED.match(text):
        return True
    # "Oslo-born", "Paris-based", "Kremlin-backed": an adjective made from a name, no name.
    # "Min-jun", "Jong-un": a Korean given name, written with a small second syllable.
    return text[:1].isupper() and (
        not ("-" in text and text.rsplit("-", 1)[1][:1].islower()) or syllable_pair(text)
    )


NOT_SYLLABLE_PAIRS = frozenset(
    "ex co pro anti non post pre self semi mid sit set log add break walk run all one two get hit lay "
    "make cut top up re de un in on off out".split()
)
NOT_SECOND_SYLLABLES = frozenset("up on out off down over by back away and go to the of for or up".split())


# One romanised Korean syllable: an onset, a vowel, a final consonant ("moon", "jong", "hye").
SYLLABLE = re.compile(
    r"^(?:[bcdghjkmnprstwy]|ch|ts|jj|kk|ss|pp|tt|sh)?h?(?:[wy]?(?:ae|eo|eu|oo|ee|ui|oe|ou|[aeiou]))(?:ng|[klmnpt])?$"
)


def syllable_pair(text: str) -> bool:
    """Two short syllables joined by a hyphen, the second lower-case: "Min-jun", "Jae-in"."""
    parts = text.split("-")
    return (
        len(parts) == 2
        and 2 <= len(parts[0]) <= 4
        and 2 <= len(parts[1]) <= 4
        and parts[1].islower()
        and bool(SYLLABLE.match(parts[0].lower()))
        and bool(SYLLABLE.match(parts[1]))
        and parts[0].lower() not in NOT_SYLLABLE_PAIRS
        and parts[1] not in NOT_SECOND_SYLLABLES
    )


ACRONYM_JOINED = re.compile(r"^[A-Z]{2,}-[A-Z]")
SENTENCE_OPENERS = frozenset("but yet so however meanwhile then".split())
# A US party-and-state label after a name: "Jane Doe, D-New York," or "(R-Ohio)".
PARTY_LABEL = re.compile(r"^[DRI]-[A-Z]")


def label_end(tokens: Sequence[Token], i: int) -> int:
    """The index after a party label opening at i ("D-New Mexico", "R-Okla.")."""
    i += 1
    while i < len(tokens) and (tokens[i].name or (tokens[i].text == "." and tokens[i - 1].name)):
        i += 1
    return i


def past_party_label(tokens: Sequence[Token], k: int) -> int:
    """From a comma or bracket after a name, skip a party label to the comma or the token after
    the bracket that closes it: "Jane Doe, D-Maine, said" reads as "Jane Doe, said"."""
    n = len(tokens)
    if k + 1 >= n or tokens[k].text not in ",(" or not PARTY_LABEL.match(tokens[k + 1].text):
        return k
    end = label_end(tokens, k + 1)
    if tokens[k].text == "(":
        return end + 1 if end < n and tokens[end].text == ")" else k
    return end if end < n and tokens[end].text == "," else k


def runs(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """(first, last) token indices of each maximal run of name words, particles inside a run
    ("von der"), abbreviation stops ("Mr.") and "of/for" after an organisation word included."""
    out: list[tuple[int, int]] = []
    i, n = 0, len(tokens)
    while i < n:
        if not tokens[i].name:
            i += 1
            continue
        if PARTY_LABEL.match(tokens[i].text):
            i = label_end(tokens, i)
            continue
        j = i
        while j + 1 < n and not POSSESSIVE.search(tokens[j].text):
            nxt = tokens[j + 1]
            if nxt.capital and nxt.lower in SENTENCE_OPENERS:
                break  # "Stats via Cricketsite But Vance, who …": a sentence glued on
            if tokens[j + 1].name and nxt.start <= tokens[j].end + 1:
                j += 1
            elif nickname_end(tokens, i, j) is not None:
                j = nickname_end(tokens, i, j) or j  # "Tom 'Big Ox' Hale"
            elif nxt.text == "." and (tokens[j].lower in ABBREVIATED or INITIALS.match(tokens[j].text)):
                if j + 2 < n and tokens[j + 2].name:
                    j += 2
                else:
                    break
            elif nxt.lower in lx.NAME_PARTICLES:
                m = j + 1
                while m < n and tokens[m].lower in lx.NAME_PARTICLES:
                    m += 1
                if m < n and tokens[m].name and m - j <= 3:
                    j = m
                else:
                    break
            elif nxt.lower in lx.ORG_JOINERS and joins_org(tokens, i, j) and j + 2 < n and tokens[j + 2].name:
                j += 2
            else:
                break
        if j > i and ends_in_country(tokens, i, j):
            out.append((i, j - 1))  # "under Mr Marek Borduria had moved": a comma went missing
            out.append((j, j))
        elif attributive_pair(tokens, i, j):
            out.append((i, i + 1))  # "the 1948 Jane Doe Happy Days cartoon": a name, then a title
            out.append((i + 2, j))
        else:
            out.append((i, j))
        i = j + 1
    return out


NICKNAME_MARKS = frozenset("'\"‘’“”")


def nickname_end(tokens: Sequence[Token], first: int, j: int) -> int | None:
    """After a given name (or initials) alone, a quoted nickname of one to three capitalised words
    and then the surname: "Tom 'Big Ox' Hale", 'J.R. "The Hammer" Pryce'. The
    index of the surname, else None."""
    n = len(tokens)
    k = j + 1
    if k < n and tokens[k].text == "." and INITIALS.match(tokens[j].text):
        k += 1
    if j != first or k >= n or tokens[k].text not in NICKNAME_MARKS:
        return None
    m = k + 1
    while m < n and m - k <= 3 and tokens[m].capital and tokens[m].text[:1].isalpha():
        m += 1
    if m == k + 1 or m + 1 >= n or tokens[m].text not in NICKNAME_MARKS:
        return None
    surname = m + 1
    if not tokens[surname].name or tokens[surname].start > tokens[m].end + 1:
        return None
    return surname


def attributive_pair(tokens: Sequence[Token], first: int, last: int) -> bool:
    """A run of four or more plain words opening with a given name and a surname, used before a
    common noun ("the Jane Doe Happy Days cartoon"): two names side by side, not one."""
    if last - first < 3 or last + 1 >= len(tokens) or not compound_noun(tokens[last + 1]):
        return False
    if tokens[first].lower not in lx.GIVEN_NAMES or tokens[first + 1].lower in lx.GIVEN_NAMES:
        return False
    return all(
        tokens[k].text[:1].isupper() and tokens[k].lower not in lx.NAME_PARTICLES and tokens[k].text != "."
        for k in range(first, last + 1)
    )


def ends_in_country(tokens: Sequence[Token], first: int, last: int) -> bool:
    word = tokens[last].lower
    if word in lx.NAME_LIKE_COUNTRIES or not (lx.countries().get(word) or word in lx.CONTINENTS):
        return False
    whole = " ".join(tokens[k].lower for k in range(first, last + 1))
    return (
        lx.place_name(whole) is None
        and whole not in lx.INSTITUTIONS
        and tokens[last - 1].lower != "of"
        and tokens[last - 1].lower not in lx.ORG_HEADS  # "Acme Care Forum Norway", "Cancer Research UK"
    )


def joins_org(tokens: Sequence[Token], first: int, last: int) -> bool:
    """ "Ministry of Defence", "Fund for Ukraine": an organisation word before of/for/and."""
    word = tokens[last].lower
    if tokens[last + 1].lower == "and":
        return False
    if word in lx.NOBLE_TITLES:
        return tokens[last + 1].lower == "of"  # "the Duke of Westland": a person's title
    return word in lx.ORG_HEADS or (word in lx.PLACE_HEADS and word not in ("state", "city"))


def starts_clause(tokens: Sequence[Token], i: int) -> bool:
    """True where a capital letter says nothing: sentence start, after an opening quote or colon."""
    return i == 0 or tokens[i - 1].text in STARTERS or tokens[i - 1].text[:1] in "“‘\"'"


# --- evidence around a run --------------------------------------------------------------------


def role_text(tokens: Sequence[Token], first: int, last: int) -> str:
    """Tokens [first, last] as a role: articles dropped, role words lower-cased."""
    words: list[str] = []
    named = org_name_tokens(tokens, first, last)
    for k in range(first, last + 1):
        tok = tokens[k]
        word = tok.text
        low = plain(word)
        followed_by_name = k in named or (
            k < last and tokens[k + 1].capital and tokens[k + 1].lower not in role_vocab()
        )
        abbreviation = k + 1 < len(tokens) and tokens[k + 1].text == "." and low in ABBREVIATED
        if (
            tok.capital
            and low in role_vocab()
            and not followed_by_name
            and not word.isupper()
            and not abbreviation
            and not (k > first and tokens[k - 1].lower in LORDLY)
        ):
            word = word.lower()
        if not words and low in DETERMINERS:
            continue
        if low in PLURAL_TITLES and tok.capital:
            word, abbreviation = PLURAL_TITLES[low], False  # each of the names is one "Sen."
        if abbreviation and not word.endswith("."):
            word += "."
        words.append(word)
    text = " ".join(words)
    text = re.sub(r" (['’]s)\b", r"\1", text).replace(" .", ".").replace("..", ".")
    text = re.sub(r"(?<=s) (['’])(?= )", r"\1", text)
    text = text.replace("( ", "(").replace(" )", ")")
    if text.count("(") > text.count(")"):
        text = text[: text.rfind("(")]  # "fan of Acme Tennis (ACT": a bracket the role does not close
    return re.sub(r"\s+([,.])", r"\1", text).strip()


def org_name_tokens(tokens: Sequence[Token], first: int, last: int) -> set[int]:
    """Indices of capitalised runs (two words or more) ending on an organisation's head word:
    "Borduria Labour Party", "Ruritania Football Club" keep their capitals inside a role."""
    out: set[int] = set()
    k = first
    while k <= last:
        if not tokens[k].capital:
            k += 1
            continue
        m = k
        while m + 1 <= last and tokens[m + 1].capital:
            m += 1
        if m > k and tokens[m].lower in lx.ORG_HEADS:
            out.update(range(k, m + 1))
        k = m + 1
    return out


_ROLE_VOCAB: frozenset[str] | None = None


def role_vocab() -> frozenset[str]:
    global _ROLE_VOCAB
    if _ROLE_VOCAB is None:
        _ROLE_VOCAB = lx.ROLE_HEADS | lx.ROLE_MODIFIERS | lx.TITLE_ROLES
    return _ROLE_VOCAB


@lru_cache(maxsize=65536)
def head_of(word: str) -> bool:
    low = plain(word)
    return low in lx.ROLE_HEADS or any(part in lx.ROLE_HEADS for part in low.split("-") if part)


def of_complement(tokens: Sequence[Token], comma: int) -> bool:
    """Before the comma, a role head and "of/for" a capitalised name: "the co-founder of Acme,",
    "a spokesman for the Ruritania Party,"."""
    m = comma - 1
    while m >= 0 and (tokens[m].capital or tokens[m].lower == "the") and comma - m < 5:
        m -= 1
    if not (m >= 1 and m < comma - 1 and tokens[m].lower in ("of", "for") and head_of(tokens[m - 1].text)):
        return False
    k = m - 2
    while (
        k >= 0 and (tokens[k].lower in lx.ROLE_MODIFIERS or head_of(tokens[k].text)) and not tokens[k].capital
    ):
        k -= 1
    # opened by an article, a possessive or the sentence: not "…, chair of Acme, Lord Hale said"
    return k < 0 or tokens[k].lower in DETERMINERS or is_possessive(tokens[k].text)


def attached_head(tok: Token) -> bool:
    """A word that is a role only right beside a name: "centre Jo Hale", "Jo Hale, the England
    international, …" (elsewhere a place, an adjective or a thing)."""
    return not tok.capital and tok.lower in lx.ATTACHED_HEADS


def is_possessive(word: str) -> bool:
    return bool(POSSESSIVE.search(word)) and word[:1].isupper()


def role_before(tokens: Sequence[Token], first: int) -> tuple[list[str], str | None]:
    """A role phrase just before a name ("US secretary of state Marco Rubio", "Russia's foreign
    minister, Sergey Lavrov", "EU Council President Antonio Costa"), and an honorific if any.
    A description before a capitalised title is a second role ("keen sailor Prince Ivo":
    "keen sailor" and "prince")."""
    if first_lady(tokens, first - 1):
        return [first_lady_role(tokens, first - 1)], None
    k = first - 1
    honorific = None
    if k >= 1 and tokens[k].text == "." and tokens[k - 1].lower in ABBREVIATED | lx.HONORIFICS:
        k -= 1
    while k >= 0 and tokens[k].lower in lx.HONORIFICS and tokens[k].capital:
        honorific = honorific or tokens[k].lower
        k -= 1
    if k >= 1 and tokens[k].text == "]":
        k -= 1  # "[veteran goalkeeper] Jane Doe": an editor's gloss inside a quotation
    if honorific and k >= 2 and tokens[k].lower == "the" and tokens[k - 1].text == ",":
        k -= 1  # "her uncle, the Rev. Jane Doe"
    end = k
    complement = (
        k >= 1 and tokens[k].text == "," and not head_of(tokens[k - 1].text) and of_complement(tokens, k)
    )
    if k >= 1 and tokens[k].text == "," and (head_of(tokens[k - 1].text) or complement):
        k -= 1  # "the Kremlin spokesman, Jane Doe", "the co-founder of Acme, Jane Doe"
        end = k
    # "director of research Jane Doe", "the head of security, Jane Doe": the field stays in the
    # role; a one-word name is left alone ("manager of adidas Running").
    two_words = first + 1 < len(tokens) and tokens[first + 1].name
    field = None
    if two_words and not honorific and not complement:
        comma = tokens[k].text == ","
        if not comma or name_ends_clause(tokens, first):
            field = field_before(tokens, k - 1 if comma else k)
        if field is not None and comma:
            end = k - 1
    if field is not None:
        complement = True
        k = field

    def is_head(m: int) -> bool:
        return head_of(tokens[m].text) or (m == tail and attached_head(tokens[m]))

    tail = end
    begin = None
    nouns = 0
    award = (
        k >= 3
        and tokens[k].lower == "year"
        and tokens[k - 1].lower == "the"
        and tokens[k - 2].lower == "of"
        and head_of(tokens[k - 3].text)
    )
    if award:
        k -= 3  # "regional coach of the year Jane Doe": the head is before "of the year"
    while k >= 0:
        tok = tokens[k]
        low = tok.lower
        if low in lx.HONORIFICS and tok.capital:
            if low in LORDLY and begin == k + 1:
                begin = k  # "Lord Justice Jane Doe", "Lord Chancellor": the title is one office
            k -= 1
            continue
        if begin == k + 1 and of_the_year(tokens, k):
            begin = k - 3  # "county coach of the year nominee Jane Doe"
            k -= 4
            continue
        if begin == k + 1 and year_number(tok):
            if k > 0 and tokens[k - 1].lower in DATING_PREPOSITIONS:
                break  # "In 2010 President Jo Roe …": the year dates the sentence
            begin = k  # "2028 hopeful Jane Doe", "2012 nominee"
            k -= 1
            continue
        if (
            begin == k + 1
            and low == "of"
            and k > 0
            and tokens[k - 1].capital
            and tokens[k + 1].capital
            and tokens[k - 1].lower not in CALENDAR
        ):
            k -= 1  # "Bureau of Meteorology regional director": "of" inside a body's name
            continue
        if tok.text == "." and k > 0 and tokens[k - 1].lower in ABBREVIATED:
            k -= 1  # "Nevada Gov. Tom Hale"
            continue
        if (
            tok.capital
            and starts_clause(tokens, k)
            and low not in lx.TITLE_ROLES
            and head_of(tok.text)
            and not (k == end and not any(t.text[:1].isalnum() for t in tokens[:k]))
        ):  # "Administrator Jane Doe said …" (perhaps after a stray mark) opens with the role
            break  # '"Space Cadets"': a capital that only opens a quotation or a sentence
        if low in ("of", "for", "to") and k > 0 and tokens[k - 1].lower in lx.RELATIONS:
            break  # "the son of Attorney General X": the relation is someone else's role
        if low in AGE_WORDS or tok.text == "-":
            break  # "24-year-old crane driver Jane Doe": the age is no part of the role
        if tok.capital and low in OPENER_WORDS and k > 0:
            break  # "… the Football ConferenceAnd former club boss Jo Roe": a sentence glued on
        if position_head(tokens, k):
            begin = k - 1  # "centre back Jane Doe"
            k -= 2
            continue
        if (
            is_head(k)
            or low in lx.ROLE_MODIFIERS
            or TIME_PREFIX.match(low)
            or low in lx.TITLE_ROLES
            or (
                tok.capital
                and tok.text[:1].isalpha()
                and not (k == 0 and low in lx.FUNCTION_WORDS)
                and low not in OWNERS  # "2011.His wife, Jane Doe": a sentence glued on
            )
        ):
            begin = k
        elif (
            begin == k + 1
            and nouns < 3
            and compound_noun(tok)
            and is_head(end)
            and not any(tokens[m].capital for m in range(k + 1, end + 1))
        ):
            begin = k  # "company founder", "dock workers' union chief": nouns before the head
            nouns += 1
        elif tok.text in "'’" and begin == k + 1 and nouns and k > 0 and tokens[k - 1].lower.endswith("s"):
            begin = k  # the plural possessive of "workers' union"
        elif (
            low in ROLE_JOINERS
            and begin is not None
            and not nouns
            and k > 0
            and head_of(tokens[k - 1].text)
            and not predicated(tokens, k - 1)
        ):
            pass  # "secretary of state Jane Doe", "meteorologist with Skyzone"; not "government of …"
        elif low == "the" and k > 0 and tokens[k - 1].lower in ROLE_JOINERS and begin is not None:
            pass  # "former leader of the Ruritania Labour party Ann Pryce"
        else:
            break
        k -= 1
    if begin is None:
        return [], honorific
    if begin < end and begin > 1 and tokens[begin - 1].text == "-" and tokens[begin - 2].text.isdigit():
        begin += 1  # "18-goal striker Jo Roe": the counted noun goes with the number
    if nouns and begin > 0 and compound_noun(tokens[begin]) and verb_context(tokens[begin - 1]):
        begin += 1  # "to beat front runner Jane Doe", "she likens incumbent mayor Jane Doe"
    if 0 < begin <= 3 and all(
        tokens[m].text[:1].isalpha()
        and tokens[m].lower not in lx.FUNCTION_WORDS
        and tokens[m].lower not in PREPOSITIONS | COMMON_VERBS
        and not is_verb_like(tokens[m])
        for m in range(0, begin + 1)
    ):
        begin = 0  # "Youth campaign manager Ann Pryce": the sentence opens with the role
    while begin <= end and tokens[begin].lower in ROLE_JOINERS:
        begin += 1
    while (
        not award
        and not complement  # "the chair of Home Carers Forum, Jo Roe": the body's name stays whole
        and end >= begin
        and not is_head(end)
        and not position_head(tokens, end)
        and tokens[end].lower not in lx.TITLE_ROLES
        and tokens[end].lower not in PLURAL_TITLES
    ):
        # the phrase must end on its head ("secretary of state" ends on a modifier: allow it)
        if tokens[end].lower in lx.ROLE_MODIFIERS and any(head_of(tokens[m].text) for m in range(begin, end)):
            break
        if office_place(tokens, begin, end):
            break  # "Commissioner for Borduria", "Secretary of State for Northern Ireland"
        end -= 1
    if end < begin or not any(
        is_head(m) or position_head(tokens, m) or tokens[m].lower in PLURAL_TITLES
        for m in range(begin, end + 1)
    ):
        return [], honorific
    if field is not None and after_as(tokens, begin):
        return [], honorific  # "X lost his job as the firm's director of sales Jo Roe …": X's post
    if past_life_stage(tokens, begin, end) or unowned_child(tokens, begin, end):
        return [], honorific
    if (
        end > begin
        and tokens[end].capital
        and tokens[end].lower in lx.TITLE_ROLES
        and not tokens[end - 1].capital
        and head_of(tokens[end - 1].text)
    ):
        return [role_text(tokens, begin, end - 1), tokens[end].lower], honorific
    return split_title(role_text(tokens, begin, end)), honorific


def field_before(tokens: Sequence[Token], k: int) -> int | None:
    """ "director of research Jane Doe", "head of security Ivo Marek": a role's head with "of" or
    "for" and one or two plain lower-case nouns ending at tokens[k]. The index of the head."""
    m = k
    while m > 0 and k - m < 2 and plain_noun(tokens[m]):
        m -= 1
    if m == k or m < 1 or tokens[m].lower not in ("of", "for") or not head_of(tokens[m - 1].text):
        return None
    return m - 1 if not tokens[m - 1].capital or starts_clause(tokens, m - 1) else None


LIFE_STAGES = frozenset("child kid baby toddler boy girl teenager youngster schoolboy schoolgirl".split())


def past_life_stage(tokens: Sequence[Token], begin: int, end: int) -> bool:
    """ "As a child, Jo Roe loved football": a stage of life the subject has passed, no role."""
    return (
        begin >= 2
        and tokens[end].lower in LIFE_STAGES
        and tokens[begin - 1].lower in ("a", "an")
        and tokens[begin - 2].lower == "as"
    )


CHILD_WORDS = frozenset("child kid baby toddler".split())


def unowned_child(tokens: Sequence[Token], begin: int, end: int) -> bool:
    """ "Like any child Jo Roe …", "The child Jo Roe adopted": "child" before a name is a role
    only with its parent ("her only child Jo Roe", "the couple's child Jo Roe")."""
    return begin == end and tokens[end].lower in CHILD_WORDS and not owner_before(tokens, begin)


def owner_before(tokens: Sequence[Token], k: int, counts: frozenset[str] = frozenset()) -> bool:
    """An owner ("her", "the couple's"), or one of `counts`, within the three words before k."""
    return any(
        tokens[m].lower in OWNERS or is_possessive(tokens[m].text) or tokens[m].lower in counts
        for m in range(max(0, k - 3), k)
    )


def name_ends_clause(tokens: Sequence[Token], first: int) -> bool:
    """The name opening at `first` is followed by a clause's end ("…, Jane Doe." or "…, Jane
    Doe, said"), not by its verb ("Responding to the head of news, Jane Doe said …")."""
    m = first
    while m < len(tokens) and tokens[m].name:
        m += 1
    return m >= len(tokens) or tokens[m].text in CLAUSE_END


def after_as(tokens: Sequence[Token], begin: int) -> bool:
    """The phrase opening at `begin` follows "as", perhaps past its article and the rest of a
    body's name ("as the Acme and Borduria Board's …")."""
    k = begin - 1
    while (
        k >= 0
        and begin - k < 8
        and tokens[k].lower != "as"
        and (tokens[k].capital or tokens[k].lower in ("the", "and", "of", "&"))
    ):
        k -= 1
    return k >= 0 and tokens[k].text == "as"  # not "As Acme's director X said, …": that is X


def plain_noun(tok: Token) -> bool:
    """A lower-case word that may name a field: no function word, verb, head or modifier."""
    return (
        not tok.capital
        and tok.text.isalpha()
        and tok.lower not in lx.FUNCTION_WORDS
        and tok.lower not in PREPOSITIONS
        and not head_of(tok.text)
        and tok.lower not in lx.ROLE_MODIFIERS
        and not is_verb_like(tok)
    )


SUBJECT_PRONOUNS = frozenset("i you he she we they it who".split())


def predicated(tokens: Sequence[Token], head: int) -> bool:
    """The role at tokens[head] is someone else's, given by a copula or "as" before it: in
    "Hale was assistant to manager Jo Lowe" the role before "to" is not Jo Lowe's."""
    k = head - 1
    while k >= 0 and (tokens[k].lower in lx.ROLE_MODIFIERS or head_of(tokens[k].text)) and head - k < 4:
        k -= 1
    return k >= 0 and (tokens[k].lower in COPULAS or tokens[k].lower == "as")


def verb_context(tok: Token) -> bool:
    """A word after which the next one is a verb, not a noun: "to", a subject pronoun, a modal."""
    return tok.lower == "to" or tok.lower in SUBJECT_PRONOUNS or tok.lower in lx.AUXILIARIES


AGE_WORDS = frozenset("year-old years-old month-old week-old".split())
DATING_PREPOSITIONS = frozenset("in since until by during before after".split())
CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june "
    "july august september october november december".split()
)
ROLE_JOINERS = frozenset("of for to with at".split())  # inside a role before a name
EMPLOYER_LINKS = frozenset("of from at".split())  # "Jo Hale of Acmebet", "… from the firm"


def position_head(tokens: Sequence[Token], k: int) -> bool:
    """A player's position written as two words: "centre back", "left back", "full back"."""
    return tokens[k].lower == "back" and k > 0 and tokens[k - 1].lower in lx.POSITION_SIDES


def first_lady(tokens: Sequence[Token], k: int) -> bool:
    """tokens[k] ends "first lady", a role although "Lady" is an honorific elsewhere."""
    return k >= 1 and tokens[k].lower == "lady" and tokens[k - 1].lower == "first"


def first_lady_role(tokens: Sequence[Token], lady: int) -> str:
    """ "former first lady", "Ohio first lady": "first lady" (ending at `lady`) with the role
    modifiers or place names before it."""
    begin = lady - 1
    while begin > 0 and (
        tokens[begin - 1].lower in lx.ROLE_MODIFIERS or lx.place_name(tokens[begin - 1].lower)
    ):
        begin -= 1
    return " ".join(t.text if lx.place_name(t.lower) else t.lower for t in tokens[begin : lady + 1])


def of_the_year(tokens: Sequence[Token], k: int) -> bool:
    """tokens[k] ends "<head> of the year" ("player of the year") inside a longer role."""
    return (
        k >= 3
        and tokens[k].lower == "year"
        and tokens[k - 1].lower == "the"
        and tokens[k - 2].lower == "of"
        and head_of(tokens[k - 3].text)
    )


def year_number(tok: Token) -> bool:
    """A four-digit year that qualifies the role after it ("2016 hopeful")."""
    return len(tok.text) == 4 and tok.text.isdigit() and tok.text[:2] in ("19", "20")


def office_place(tokens: Sequence[Token], begin: int, end: int) -> bool:
    """Tokens up to `end` close a role with "of/for <place>" after its head: "Minister for Europe"."""
    m = end
    while m > begin and tokens[m].capital and end - m < 3:
        m -= 1
    if m == end or m - 1 < begin or tokens[m].lower not in ("of", "for") or not head_of(tokens[m - 1].text):
        return False
    return lx.place_name(" ".join(tokens[j].lower for j in range(m + 1, end + 1))) is not None


def paired_role(tokens: Sequence[Token], first: int) -> str | None:
    """ "his niece and nephew, Ann and Tom Lee": two roles and two names, paired in order. The
    first name takes the first role, the name after "and" the second."""
    k = first - 1
    second = k >= 0 and tokens[k].lower == "and"
    if second:
        k -= 1
        while k >= 0 and tokens[k].capital and first - k < 6:
            k -= 1
    if k < 3 or tokens[k].text != ",":
        return None
    if not (head_of(tokens[k - 1].text) and tokens[k - 2].lower == "and" and head_of(tokens[k - 3].text)):
        return None
    if tokens[k - 1].capital or tokens[k - 3].capital:
        return None
    if not second:
        # the name must be followed by "and" and a second name
        m = first
        while m < len(tokens) and tokens[m].capital:
            m += 1
        if m + 1 >= len(tokens) or tokens[m].lower != "and" or not tokens[m + 1].capital:
            return None
    return tokens[k - 1].lower if second else tokens[k - 3].lower


def named_role(tokens: Sequence[Token], first: int) -> str | None:
    """ "a baker called Jane Doe", "an engineer named Jane Doe": the role before "called/named"."""
    if first < 2 or tokens[first - 1].lower not in ("called", "named") or not head_of(tokens[first - 2].text):
        return None
    k = first - 2
    begin = k
    while begin > 0 and (tokens[begin - 1].lower in lx.ROLE_MODIFIERS or head_of(tokens[begin - 1].text)):
        begin -= 1
    if begin == 0 or tokens[begin - 1].lower not in ROLE_OPENERS:
        return None
    return role_text(tokens, begin, k)


def fronted_role(tokens: Sequence[Token], first: int) -> str | None:
    """A role phrase opening the sentence before a comma and the name: "The chair of Acme Care
    Forum, Jane Doe, said", "The author of two books, Jane Doe, wrote". The phrase opens with an
    article at a clause start (or a capitalised one: a caption glued before), its head comes right
    after its modifiers, and "of/for/at" or the comma follows the head. A title's subtitle may
    hold one more comma ("The author of Rich Kids, the Other Half, Jane Doe, wrote")."""
    if first < 3 or tokens[first - 1].text != ",":
        return None
    k = first - 2
    subtitle = False
    while k >= 0 and first - k <= 16:
        tok = tokens[k]
        if tok.text == "," and not subtitle and titled_stretch(tokens, k + 1, first - 2):
            subtitle = True
            k -= 1
            continue
        if tok.text in CLAUSE_END or tok.lower in lx.REPORTING_VERBS:
            return None
        after_comma = k > 0 and tokens[k - 1].text == ","  # "Last week, the deputy chief of …"
        if tok.lower in DETERMINERS and (starts_clause(tokens, k) or tok.capital or after_comma):
            role = fronted_from(tokens, k, first)
            if role or starts_clause(tokens, k):
                return role
        k -= 1  # "A spokesman for the group Fair Play Now, Jane Doe": past a title's article
    return None


def fronted_from(tokens: Sequence[Token], k: int, first: int) -> str | None:
    """The fronted role opening with the article at k, if its head follows its modifiers."""
    h = k + 1
    while h < first - 1 and not head_of(tokens[h].text) and tokens[h].lower in lx.ROLE_MODIFIERS:
        h += 1
    while h + 1 < first - 1 and head_of(tokens[h + 1].text) and not tokens[h + 1].capital:
        h += 1  # "The deputy chief of …": "deputy" is a title too, but the head comes after it
    if not head_of(tokens[h].text) or (tokens[h].capital and h + 1 < first - 1 and tokens[h + 1].capital):
        return None
    if h != first - 2 and tokens[h + 1].lower not in ("of", "for", "at", "to", "with"):
        return None
    return role_text(tokens, k, first - 2)


def titled_stretch(tokens: Sequence[Token], begin: int, end: int) -> bool:
    """Tokens [begin, end] read as a title: capitalised words and small words only."""
    return (
        end - begin < 8
        and any(tokens[m].capital for m in range(begin, end + 1))
        and all(tokens[m].capital or tokens[m].lower in TITLE_SMALL_WORDS for m in range(begin, end + 1))
    )


PREPOSITIONS = frozenset(
    "about above across after against along among around at before behind below beside between "
    "beyond by despite down during except for from in inside into like near of off on onto out "
    "outside over past per since than through to toward towards under until up upon via versus "
    "vs with within without".split()
)
COMMON_VERBS = frozenset(
    "met meets beat beats saw sees made makes took takes gave gives won wins led leads hit hits "
    "ran runs became left leaves named names hired hires fired fires sued sues thanked thanks "
    "replaced replaces joined joins backed backs face faces faced".split()
)


def compound_noun(tok: Token) -> bool:
    """A lower-case word that can sit in a noun compound before a role head ("union" in "union
    chief", "workers'" in "dock workers' union chief"); not a verb, adverb or function word."""
    low = tok.lower
    word = low.rstrip("'")
    return (
        tok.text[:1].islower()
        and word.replace("-", "").isalpha()
        and low not in lx.FUNCTION_WORDS
        and low not in DETERMINERS
        and low not in lx.REPORTING_VERBS
        and low not in COMMON_VERBS
        and low not in lx.AUXILIARIES
        and low not in lx.RELATIONS
        and low not in PREPOSITIONS
        and not is_verb_like(tok)
        and not word.endswith("ly")
    )


TIME_PREFIX = re.compile(r"^(?:then|ex|former|now|soon-to-be)-\w")


def is_verb_like(tok: Token) -> bool:
    return tok.lower in lx.REPORTING_VERBS or tok.lower.endswith("ed") or tok.lower.endswith("ing")


def split_title(role: str) -> list[str]:
    """ "GOP White House hopeful Sen." is a role and a title: two roles."""
    words = role.split()
    if (
        len(words) > 1
        and words[-1].endswith(".")
        and plain(words[-1]) in lx.TITLE_ROLES
        and any(head_of(w) and not w[:1].isupper() for w in words[:-1])  # not "Republican Sen."
    ):
        return [" ".join(words[:-1]), words[-1]]
    return [role]


WHO_LINKS = frozenset("is was served became works worked".split())  # "X, who served as …,"
OWNER_OPENERS = frozenset("the his her their".split())


def aged_article(tokens: Sequence[Token], k: int, articles: tuple[str, ...] = ("a", "an")) -> bool:
    """ "a 25-year-old" at tokens[k]: an article and an age before a role."""
    return (
        k >= 0
        and k + 3 < len(tokens)
        and tokens[k].lower in articles
        and is_age(tokens[k + 1])
        and tokens[k + 2].text == "-"
        and tokens[k + 3].lower in AGE_WORDS
    )


def place_appositive(tokens: Sequence[Token], last: int) -> bool:
    """ "X, a village near the border,", "X, a small coastal town,": the name is a place's."""
    k = last + 1
    if k + 2 >= len(tokens) or tokens[k].text != "," or tokens[k + 1].lower not in DETERMINERS:
        return False
    for m in range(k + 2, min(k + 5, len(tokens))):
        if tokens[m].lower in lx.PLACE_NOUNS:
            nxt = tokens[m + 1] if m + 1 < len(tokens) else None
            # "a village near …", "a village," — not "a town councillor", "a county sheriff's deputy"
            return nxt is None or nxt.text in CLAUSE_END or nxt.lower in PREPOSITIONS
        if not compound_noun(tokens[m]):
            return False
    return False


def relative_which(tokens: Sequence[Token], last: int) -> bool:
    """ "Acmecom, which …": bodies and things take "which", people "who"."""
    return last + 2 < len(tokens) and tokens[last + 1].text == "," and tokens[last + 2].lower == "which"


def fronted_listener(tokens: Sequence[Token], first: int) -> bool:
    """ "Speaking to Acme News, a spokesman said": the name closes a fronted phrase, so the role
    after its comma is the subject's, not an appositive of the name ("According to X, a lawyer
    for …," still gives X the role)."""
    if first < 2 or tokens[first - 1].lower not in ("to", "with"):
        return False
    verb = first - 2
    return tokens[verb].lower in TALKING and (verb == 0 or tokens[verb - 1].text in CLAUSE_END)


TALKING = frozenset("speaking talking writing responding replying chatting".split())


def role_after(tokens: Sequence[Token], last: int) -> str | None:
    """An appositive role: "Dmitry Peskov, the Kremlin spokesman, said" → "Kremlin spokesman"."""
    k = past_party_label(tokens, last + 1)
    n = len(tokens)
    k = past_picture_place(tokens, k)
    if k >= n or tokens[k].text not in (",", "—", "–"):  # "Jane Doe — a former prosecutor — said"
        return None
    k += 1
    k = past_picture_place(tokens, k)
    if k < n and tokens[k].text[:1].isdigit():  # an age: "Jane Smith, 45, a teacher"
        k += 1
        if k < n and tokens[k].text == ",":
            k += 1
    if k + 1 < n and tokens[k].lower == "who" and tokens[k + 1].lower in WHO_LINKS:
        k += 2  # "Mr Hale, who served as finance minister,"
        if k < n and tokens[k].lower in APPOSITIVE_ADVERBS:
            k += 1  # "Jane Doe, who is now the club's patron,"
        if k < n and tokens[k].lower == "as":
            k += 1
    elif k + 1 < n and tokens[k].lower in APPOSITIVE_ADVERBS and tokens[k + 1].lower in DETERMINERS:
        k += 1  # "Jane Doe, currently the city's attorney,"
    if k < n and tokens[k].lower in ("his", "her", "their"):
        k += 1  # "Tom Hale, her manager at a café"
    if aged_article(tokens, k):
        k += 4  # "Jane Doe, a 25-year-old nurse from Leeds": the age is no part of the role
    if k + 1 < n and tokens[k].lower == "one" and tokens[k + 1].lower == "of":
        return one_of_role(tokens, k + 2)
    begin = k
    while k < n and k - begin < 14:
        tok = tokens[k]
        if (
            abbreviation_stop(tokens, k)
            or modifiers_joined(tokens, begin, k)
            or names_joined(tokens, begin, k)
        ):
            k += 1  # "a former U.S. diplomat", "a tax and trade law expert"
            continue
        if (
            tok.text in CLAUSE_END
            or tok.text == "("
            or tok.lower in RELATIVE
            or tok.lower in APPOSITIVE_BREAKS
            or tok.lower in lx.REPORTING_VERBS
        ):
            break
        if tok.lower in ("has", "have", "had", "is", "are", "was", "were", "will", "would", "says", "said"):
            break
        if tok.text[:1].isdigit():
            break  # "finance minister between 2009 and 2016"
        if tok.lower in ROLE_TAILS and headed(tokens, begin, k):
            break  # "a tin miner from Ruritania", "a chef based in Oslo": the role ends at its head
        k += 1
    end = k - 1
    while end > begin and tokens[end].lower in lx.FUNCTION_WORDS:
        end -= 1
    closed = end == k - 1 and k < n  # "…, the England international who …"
    if end < begin or not (
        any(head_of(tokens[m].text) for m in range(begin, end + 1))
        or agentive_head(tokens, begin, end)
        or (closed and attached_head(tokens[end]))
    ):
        return None
    if not headed_before_complement(tokens, begin, end):
        return None  # "their first choice for Acme's attorney": the head is the complement's
    first_word = tokens[begin].lower
    if (
        first_word not in DETERMINERS
        and not tokens[begin].capital
        and first_word not in role_vocab()
        and not modifier_before_head(tokens, begin, end)
    ):
        return None
    if names_someone(tokens, begin, end):
        return None
    return role_text(tokens, begin, end)


APPOSITIVE_BREAKS = frozenset("because although though unless whereas when".split())


def headed_before_complement(tokens: Sequence[Token], begin: int, end: int) -> bool:
    """An appositive whose only role noun is someone else's, owned inside its complement, is no
    role: "their first choice for Acme's attorney" (but "an ally of the president" is)."""
    for m in range(begin, end + 1):
        if head_of(tokens[m].text) or (m > begin and agentive_head(tokens, begin, m)):
            return True
        if tokens[m].lower in PHRASE_PREPOSITIONS and m > begin:
            return not any(is_possessive(tokens[j].text) for j in range(m + 1, end + 1))
    return True


def one_of_role(tokens: Sequence[Token], k: int) -> str | None:
    """ "X, one of the lead researchers who …" → "lead researcher": a plural role noun, after
    "one of" and an article or owner, in the singular."""
    for _ in range(2):  # "the", "the club's", "Acme's"
        if k < len(tokens) and (tokens[k].lower in OWNER_OPENERS or tokens[k].lower.endswith("'s")):
            k += 1
    if k + 1 < len(tokens) and tokens[k].lower in ("most", "least") and tokens[k + 1].text.isalpha():
        # "one of Britain's most bankable film stars": the degree is no part of the role, nor is
        # an adjective the lexicon lacks ("most senior officers" keeps "senior")
        k += 1 if tokens[k + 1].lower in lx.ROLE_MODIFIERS else 2
    begin = k
    while k < len(tokens) and k - begin < 3 and not plural_role_noun(tokens[k]):
        if not (tokens[k].lower in lx.ROLE_MODIFIERS or compound_noun(tokens[k]) or tokens[k].capital):
            return None
        k += 1
    if k >= len(tokens) or not plural_role_noun(tokens[k]):
        return None
    owner = role_text(tokens, begin, k - 1) if k > begin else ""
    return f"{owner} {singular(tokens[k].text)}".strip()


def both_role(tokens: Sequence[Token], last: int) -> str | None:
    """ "A and B, both migrant workers from X": a plural role after a pair of names, for each of
    them ("migrant worker"); the name may be the pair's first or second."""
    n = len(tokens)
    k = last + 1
    if k + 1 < n and tokens[k].lower == "and" and tokens[k + 1].capital:
        k += 1
        while k < n and tokens[k].capital:
            k += 1  # past the second name
    if not (k + 1 < n and tokens[k].text == "," and tokens[k + 1].lower == "both"):
        return None
    return one_of_role(tokens, k + 2)


def plural_role_noun(tok: Token) -> bool:
    return not tok.capital and singular(tok.text) != tok.lower and singular(tok.text) in lx.ROLE_HEADS


def modifier_before_head(tokens: Sequence[Token], begin: int, end: int) -> bool:
    """A lower-case adjective the lexicon lacks, one or two nouns before a head: "honorary
    president", "associate head teacher"."""
    first = tokens[begin]
    if not (compound_noun(first) and first.lower.endswith(ADJECTIVE_ENDINGS)):
        return False
    for m in range(begin + 1, min(begin + 3, end + 1)):
        if head_of(tokens[m].text):
            return True
        if not compound_noun(tokens[m]):
            return False
    return False


ADJECTIVE_ENDINGS = ("ary", "ate", "al", "ior", "ive", "ic")


def names_someone(tokens: Sequence[Token], begin: int, end: int) -> bool:
    """After a comma, a phrase that names another person rather than describing this one: it
    opens with a name and a verb ("…, Jo Hale wore …") or a role runs into a name ("…, soprano Dame
    Jo Hale said"). "…, Jo Hale's lawyer" and "…, wife of Jo Hale" stay roles."""
    opener, nxt = tokens[begin], tokens[begin + 1] if begin < end else None
    if (
        nxt is not None
        and plain(opener.text) in lx.GIVEN_NAMES
        and nxt.capital
        and not is_possessive(nxt.text)
    ):
        return True
    if (
        nxt is not None
        and opener.capital
        and not nxt.capital
        and (nxt.lower.endswith("ly") or is_verb_like(nxt))
    ):
        return True  # "…, Hale proudly wore …": a clause with its own subject
    return any(
        head_of(tokens[m].text)
        and tokens[m + 1].capital
        and (tokens[m + 1].lower in lx.HONORIFICS or plain(tokens[m + 1].text) in lx.GIVEN_NAMES)
        for m in range(begin, end)
    )


APPOSITIVE_ADVERBS = frozenset("now currently formerly also still once then himself herself".split())
PICTURE_PLACES = frozenset("left right centre center pictured above below top bottom inset".split())


def past_picture_place(tokens: Sequence[Token], k: int) -> int:
    """After a name, skip where a caption places the person: "Jane Doe, left, chairman of the
    club" and "Jane Doe (left), the chairman" read as the appositive after it."""
    n = len(tokens)
    if (
        k + 1 < n
        and tokens[k].lower in PICTURE_PLACES
        and tokens[k + 1].text == ","
        and tokens[k - 1].text == ","
    ):
        return k + 2
    if (
        k + 2 < n
        and tokens[k].text == "("
        and tokens[k + 1].lower in PICTURE_PLACES
        and tokens[k + 2].text == ")"
    ):
        return k + 3
    return k


# Words that end an appositive role once its head noun has come: where the person lives or
# was born is no part of the role.
ROLE_TAILS = frozenset("based born living near".split())


def headed(tokens: Sequence[Token], begin: int, k: int) -> bool:
    """The word before tokens[k] heads a role phrase opened at `begin` (a role noun, or an
    agentive noun such as "miner")."""
    return k > begin and (head_of(tokens[k - 1].text) or agentive_head(tokens, begin, k - 1))


def abbreviation_stop(tokens: Sequence[Token], k: int) -> bool:
    """The full stop of "U.S." or "Sen." inside a phrase (a word follows it in lower case)."""
    return (
        tokens[k].text == "."
        and k > 0
        and k + 1 < len(tokens)
        and not tokens[k + 1].capital
        and tokens[k + 1].text[:1].isalpha()
        and (INITIALS.match(tokens[k - 1].text) is not None or tokens[k - 1].lower in ABBREVIATED)
    )


def names_joined(tokens: Sequence[Token], begin: int, k: int) -> bool:
    """An "and" inside a body's name in a role: "player with Ruritania and Borduria FC"."""
    if tokens[k].lower not in ("and", "&") or k == begin or not tokens[k - 1].capital:
        return False
    m = k + 1
    while m < len(tokens) and tokens[m].capital and m - k <= 4:
        m += 1
    return m > k + 1 and tokens[m - 1].lower in BODY_HEADS


def modifiers_joined(tokens: Sequence[Token], begin: int, k: int) -> bool:
    """An "and" between two lower-case modifiers before the head of a role phrase."""
    return (
        tokens[k].lower == "and"
        and k > begin
        and k + 1 < len(tokens)
        and not tokens[k + 1].capital
        and tokens[k + 1].text.isalpha()
        and not tokens[k - 1].capital
        and not any(head_of(tokens[m].text) for m in range(begin, k))
    )


AGENTIVE_ENDINGS = ("ist", "yst", "er", "or", "ian", "ant", "ent", "ee", "man", "woman", "at", "ic")
PHRASE_PREPOSITIONS = frozenset("of on at in for with from to".split())


def agentive_head(tokens: Sequence[Token], begin: int, end: int) -> bool:
    """ "a specialist on …", "the licence holder": after an article, a phrase whose head noun
    (the last word before a preposition) names a doer by its ending is a role, listed or not."""
    if tokens[begin].lower not in DETERMINERS or end <= begin:
        return False
    k = begin + 1
    while k < end and tokens[k + 1].lower not in PHRASE_PREPOSITIONS:
        k += 1
    head = tokens[k]
    return (
        not head.capital
        and head.text.isalpha()
        and len(head.text) > 4
        and head.lower.endswith(AGENTIVE_ENDINGS)
        and not (end + 1 < len(tokens) and tokens[end + 1].lower in ("that", "which"))
    )


COPULAS = frozenset("is was became becomes remains remained".split())
DOER_ENDINGS = ("or", "er", "ist", "ian")
# Words with a doer's ending that name no doer: comparatives, adverbs, a fictional character
# and a newspaper ("the German newspaper Bild").
NOT_DOERS = frozenset(
    "another other together whether either neither however rather younger older elder former latter "
    "greater bigger smaller larger further earlier later higher lower longer stronger whenever "
    "wherever whatever whoever character characters newspaper newspapers".split()
)


def doer_noun(tok: Token) -> bool:
    """A lower-case noun the lexicon lacks that names a doer by its ending ("instructor",
    "bell-ringer", "violinist", "custodian")."""
    low = tok.lower
    return (
        not tok.capital
        and len(low) >= 7
        and low.replace("-", "").isalpha()
        and low.endswith(DOER_ENDINGS)
        and low not in NOT_DOERS
        and low not in PREPOSITIONS
        and low not in lx.FUNCTION_WORDS
    )


def agentive_before(tokens: Sequence[Token], first: int) -> str | None:
    """ "the Formula One tyre-fitter Ivo Marek", "Fitness instructor Jane Doe": a doer noun
    right before a name, with up to three modifiers, opening its sentence or clause or after an
    article or a possessive."""
    end = first - 1
    if end < 0 or not doer_noun(tokens[end]):
        return None
    k = end
    while k > 0 and end - k < 3:
        prev = tokens[k - 1]
        if (
            not prev.text.replace("-", "").isalnum()
            or prev.lower in DETERMINERS
            or prev.lower in PREPOSITIONS
        ):
            break
        if prev.lower in lx.FUNCTION_WORDS and not prev.capital:
            break  # "Formula One tyre-fitter": a capitalised number is part of the name
        if is_possessive(prev.text) or is_verb_like(prev):
            break
        k -= 1
    opener = tokens[k - 1] if k > 0 else None
    if opener is not None and not (
        opener.lower in DETERMINERS
        or opener.lower in PREPOSITIONS
        or opener.lower == "as"  # "such as codebreaker Ivo Marek", "with tyre-fitter …"
        or opener.text in CLAUSE_END
        or opener.text in STARTERS
        or is_possessive(opener.text)
    ):
        return None
    return role_text(tokens, k, end)


def predicate_role(tokens: Sequence[Token], first: int, last: int) -> str | None:
    """A role given by the predicate: "X is patron of Ruritanian chess", "X was a former lawyer",
    "X became chair of the board". The phrase runs from its modifiers through the head and an
    "of/for/at" phrase to the end of the clause (or a number or another preposition); a relation
    ("X is the son of Y") is left out, and so is a name after a preposition ("from X became")."""
    n = len(tokens)
    if first > 0 and tokens[first - 1].lower in PREPOSITIONS:
        return None
    k = last + 1
    if k + 2 < n and tokens[k].text == "," and is_age(tokens[k + 1]) and tokens[k + 2].text == ",":
        k += 3  # "Jane Doe, 71, is a retired baker"
    if k < n and tokens[k].lower in ("has", "had") and k + 1 < n and tokens[k + 1].lower == "been":
        k += 1
        copula = True
    else:
        copula = k < n and tokens[k].lower in COPULAS
    if not copula:
        return None
    k += 1
    if k < n and tokens[k].lower in APPOSITIVE_ADVERBS:
        k += 1  # "X was once assistant coach to Y"
    if k + 1 < n and tokens[k].lower == "one" and tokens[k + 1].lower == "of":
        return one_of_role(tokens, k + 2)  # "X was one of cricket's elite fast bowlers"
    return role_phrase(tokens, k)


def role_phrase(tokens: Sequence[Token], k: int, open_end: bool = False) -> str | None:
    """The role phrase opening at tokens[k] after a copula or "as": modifiers, the head and an
    "of/for/at" phrase up to the end of the clause (or a number or another preposition). With
    open_end, a preposition may follow the head ("as head teacher on Monday"), but not a verb."""
    n = len(tokens)
    if k < n and (tokens[k].lower in DETERMINERS or tokens[k].lower == "another"):
        k += 1  # "X is another former Ruritania captain"
    begin = k
    if k + 1 < n and (is_possessive(tokens[k].text) or tokens[k].lower.endswith("'s")):
        k += 1  # "X was Borduria's top diplomat", "X is the firm's chief executive"
    while (
        k < n
        and not head_of(tokens[k].text)
        and (tokens[k].lower in lx.ROLE_MODIFIERS or (tokens[k].capital and (k > begin or open_end)))
        and k - begin < 5
    ):
        k += 1  # "a retired Methodist minister", "the company's chief executive", "as Acme president"
    if k >= n or not head_of(tokens[k].text) or tokens[k].lower in lx.RELATIONS or tokens[k].capital:
        return None
    while k + 1 < n and head_of(tokens[k + 1].text) and not tokens[k + 1].capital:
        k += 1  # "assistant manager", "player coach": the last noun heads the phrase
    end = k
    if k + 1 < n and tokens[k + 1].lower in ("of", "for", "at", "to"):
        m = k + 2
        while (
            m < n
            and m - k < 8
            and tokens[m].text not in CLAUSE_END
            and tokens[m].lower not in RELATIVE
            and tokens[m].lower not in PREPOSITIONS
            and not tokens[m].text[:1].isdigit()
            and not name_after_field(tokens, m)
        ):
            m += 1
        end = m - 1
    elif (
        k + 1 < n
        and tokens[k + 1].text not in CLAUSE_END
        and tokens[k + 1].lower not in RELATIVE
        and not (open_end and not verb_after_role(tokens[k + 1]))
        and not tail_after_head(tokens, k + 1)
    ):
        return None  # "X is the first woman to …", "X was a fan favourite", "as the judge said"
    if end < begin or tokens[end].lower in lx.FUNCTION_WORDS:
        return None
    return role_text(tokens, begin, end)


def name_after_field(tokens: Sequence[Token], m: int) -> bool:
    """ "as director of research Tom Hale said": capitalised words right after a plain
    lower-case one and before a reporting verb are the speaker's name, not the role's
    complement ("chief executive of the supermarket chain Tesco")."""
    if not (tokens[m].capital and m > 0 and plain_noun(tokens[m - 1])):
        return False
    end = m
    while end < len(tokens) and tokens[end].capital:
        end += 1
    return end < len(tokens) and finite_report(tokens[end])


def tail_after_head(tokens: Sequence[Token], k: int) -> bool:
    """What may follow a role's head and end the role there: "a singer from Georgia", "a lawyer
    with Acme", "a nurse based in Leeds"."""
    tok = tokens[k]
    if tok.lower in ROLE_TAILS or tok.lower == "with":
        return True
    return tok.lower == "from" and k + 1 < len(tokens) and tokens[k + 1].capital


MODALS = frozenset("will would can could shall should may might must".split())


def verb_after_role(tok: Token) -> bool:
    """ "as the judge said", "as the coach will": the role word opens a clause instead."""
    low = tok.lower
    return low in DESCRIPTION_VERBS or low in MODALS or low.endswith("ed") or not tok.text[:1].isalnum()


# Words between a name and "as" that make what follows the person's post: "X served as …",
# "X lost his job as …", "X was brought in as …". Verbs of judging ("described as") are left out.
AS_LINKS = frozenset(
    "serve serves served serving work works worked working appointed named hired installed elected "
    "chosen confirmed sworn join joins joined joining start starts started starting began begin "
    "begins took takes stepped steps resigned resigns quit quits retired retires continues continued "
    "remains remained returned returns returning brought employed recruited nominated reinstated job "
    "role position career time stint tenure spell post".split()
)
AS_FILLERS = frozenset(
    "in on down up over back his her their has have had been was is will be being also later then "
    "now first previously briefly currently officially formally lost left".split()
)
JOINING = frozenset("join joins joined joining".split())


def as_role(tokens: Sequence[Token], last: int) -> str | None:
    """A post given after "as" in the name's clause: "X served as finance minister", "X was
    brought in as associate head teacher on Monday", "X lost his job as the firm's chief"."""
    n = len(tokens)
    k = last + 1
    linked = False
    while k < n and k - last <= 6 and tokens[k].lower != "as":
        if tokens[k].lower in AS_LINKS:
            linked = True
        elif tokens[k].capital and tokens[k - 1].lower in JOINING:
            while k + 1 < n and tokens[k + 1].capital:
                k += 1  # "X joined Acme Foods as …": the body joined
        elif tokens[k].lower not in AS_FILLERS:
            return None
        k += 1
    if not linked or k >= n or tokens[k].lower != "as":
        return None
    return role_phrase(tokens, k + 1, open_end=True)


def singular(word: str) -> str:
    low = plain(word)
    if low.endswith("children"):
        return low[:-3]  # "children", "grandchildren"
    if low.endswith("men"):
        return low[:-3] + "man"
    if low.endswith(("ches", "shes", "sses")):
        return low[:-2]  # "coaches", "bosses"
    return low[:-1] if low.endswith("s") and not low.endswith("ss") else low


COUNT_WORDS = frozenset("two three four five six seven eight nine ten both".split())  # "his two sons"


def role_of_list(tokens: Sequence[Token], first: int) -> str | None:
    """ "candidates like Jane Doe, Tom Hale and Ann Pryce": each is a candidate."""
    k = first - 1
    while k >= 0 and (
        tokens[k].capital or tokens[k].text == "," or tokens[k].lower in ("and", "or") or is_age(tokens[k])
    ):
        k -= 1  # "her children Jo Roe, 10, Ann Roe, 8, and Tom Roe": past the ages too
    k = role_before_dash(tokens, k)
    if k >= 1 and tokens[k].lower == "as" and tokens[k - 1].lower == "such":
        k -= 2
    elif k >= 0 and tokens[k].lower in EXAMPLES:
        k -= 1
    elif not (plural_role_before_list(tokens, k) and (k < first - 1 or list_follows(tokens, first))):
        return None
    single = singular(tokens[k].text) if k >= 0 else ""
    if k < 0 or single == tokens[k].lower or not listed_role(single):
        return None
    if single in lx.RELATIONS and not (owner_before(tokens, k, COUNT_WORDS) or tokens[k + 1].capital):
        return None  # "daughters Jo and Ann", "his two brothers, Jo and Tom"; not "for children, Jo said"
    begin = k
    while begin > 0 and list_role_modifier(tokens[begin - 1]) and k - begin < 3:
        begin -= 1  # "star players", "first-team players", "former ministers"
    words = [tokens[m].text for m in range(begin, k)] + [single]
    return " ".join(words)


def list_role_modifier(tok: Token) -> bool:
    """A word before a plural role that belongs to it: a role modifier, a role noun used as
    one ("star"), or a lower-case compound ("first-team")."""
    low = tok.lower
    if tok.capital or low in ("of", "for", "to"):
        return False
    return low in lx.ROLE_MODIFIERS or head_of(tok.text) or ("-" in low and low.replace("-", "").isalpha())


DASHES = frozenset("— – - :".split())


def role_before_dash(tokens: Sequence[Token], k: int) -> int:
    """ "six senior players at the club — Jane Doe, Ann Lee and …": from the dash (or
    colon) before a list, the index of the plural role noun, past a short "at/of/from X"."""
    if k < 1 or tokens[k].text not in DASHES:
        return k
    m = k - 1
    while m >= 0 and tokens[m].text.isalpha() and tokens[m].lower not in PHRASE_PREPOSITIONS and k - m < 5:
        m -= 1  # "at Ruritania", "at the club", "from the academy"
    if m < k - 1 and m >= 0 and tokens[m].lower in PHRASE_PREPOSITIONS:
        m -= 1
    else:
        m = k - 1
    return m if m >= 0 and plural_role_before_list(tokens, m) else k


def plural_title_of_list(tokens: Sequence[Token], first: int) -> str | None:
    """ "Republican Sens. Jane Doe of Utah, Ann Lee and John Roe": each name after the first in
    a list opened by a plural title takes the title in the singular ("Republican Sen.")."""
    k = first - 1
    while k >= 0 and first - k < 30:
        tok = tokens[k]
        if tok.capital and tok.lower in PLURAL_TITLES:
            begin = k
            while begin > 0 and tokens[begin - 1].capital and tokens[begin - 1].lower in role_vocab():
                begin -= 1  # "Republican", "Democratic"
            return role_text(tokens, begin, k) if k < first - 2 else None
        listed = tok.capital or tok.text == "," or tok.lower in ("and", "or")
        placed = tok.lower == "of" and k + 1 < first and tokens[k + 1].capital  # "of Utah"
        dotted = (
            tok.text == "."
            and k > 0
            and (tokens[k - 1].lower in ABBREVIATED or INITIALS.match(tokens[k - 1].text))
        )
        if not (listed or placed or dotted):
            return None
        k -= 1
    return None


def plural_role_before_list(tokens: Sequence[Token], k: int) -> bool:
    """ "defenders Ivo Marek, Tom Hale and Jo Roe": a plural role noun right before
    the names (not after a determiner, which makes it a group: "the defenders Ivo …")."""
    return (
        k >= 0
        and not tokens[k].capital
        and listed_role(singular(tokens[k].text))
        and singular(tokens[k].text) != tokens[k].lower
    )


def listed_role(word: str) -> bool:
    """A role or relation each name of a list takes ("defenders", "her children")."""
    return word in lx.ROLE_HEADS or word in lx.RELATIONS


def list_follows(tokens: Sequence[Token], first: int) -> bool:
    """The name opening at `first` is followed by ", Name" or "and Name": the first of a list."""
    n = len(tokens)
    m = first
    while m < n and tokens[m].capital:
        m += 1
    if m + 2 < n and tokens[m].text == "," and is_age(tokens[m + 1]) and tokens[m + 2].text == ",":
        m += 2  # "Jo Roe, 10, Ann Roe, 8, …"
    return m + 1 < n and tokens[m].text in (",", "and", "&") and tokens[m + 1].capital


def reporting_after(tokens: Sequence[Token], last: int) -> str | None:
    """The reporting verb whose subject the name is ("X said", "X, the …, told"), if any."""
    k = past_party_label(tokens, last + 1)
    n = len(tokens)
    if k < n and tokens[k].text == ",":
        # skip an appositive to its closing comma
        m = k + 1
        while m < n and tokens[m].text not in (",", ".", ";") and m - k < 16:
            m += 1
        if all(tokens[j].capital for j in range(k + 1, m)):
            return None  # "the book Other Lives, Jane Doe, wrote": the name is the subject
        if m < n and tokens[m].text == ",":
            k = m + 1
    if not head_of(tokens[last].text):  # not "Secretary of State Jo Hale said"
        k = past_employer(tokens, k)
    while k < n and tokens[k].lower in lx.AUXILIARIES:
        k += 1
    if k < n and tokens[k].lower in lx.REPORTING_VERBS and tokens[k].lower not in ("calls", "call"):
        return tokens[k].lower
    return None


def past_employer(tokens: Sequence[Token], k: int) -> int:
    """Past "of/from/at" and a name of one or two words, or "the <noun>", after a name: "Jo Hale
    of Acmebet said", "Jo Hale of the company said" (the verb is Jo Hale's)."""
    if k >= len(tokens) or tokens[k].lower not in EMPLOYER_LINKS:
        return k
    m = k + 1
    if m + 1 < len(tokens) and tokens[m].lower == "the" and compound_noun(tokens[m + 1]):
        return m + 2
    while m < len(tokens) and tokens[m].capital and m - k <= 2:
        m += 1
    return m if m > k + 1 else k


def reporting_before(tokens: Sequence[Token], first: int, last: int) -> bool:
    """ "said Dmitry Peskov," — the verb before and a clause end after."""
    if first == 0 or tokens[first - 1].lower not in SPEECH_STARTS:
        return False
    nxt = tokens[last + 1].text if last + 1 < len(tokens) else "."
    return nxt in CLAUSE_END or nxt.lower() in EMPLOYER_LINKS  # "said Jo Hale of the University …"


def role_before_in(tokens: Sequence[Token], head: int) -> str | None:
    """ "another Arsenal legend in X", "a top striker in X": the role phrase before "in", from
    its article through its modifiers to the head."""
    k = head - 1
    while (
        k >= 0
        and head - k <= 3
        and (tokens[k].lower in lx.ROLE_MODIFIERS or tokens[k].capital or compound_noun(tokens[k]))
    ):
        if tokens[k].lower in DETERMINERS:
            break
        k -= 1
    if k < 0 or tokens[k].lower not in ("a", "an", "another", "the"):
        return None
    return role_text(tokens, k + 1, head)


def state_after(tokens: Sequence[Token], last: int) -> bool:
    """ ", Arkansas," or ", Sweden." right after the name: a known state, region or country
    closing its own phrase, as after a town."""
    k = last + 1
    if k + 1 >= len(tokens) or tokens[k].text != "," or not tokens[k + 1].capital:
        return False
    m = k + 1
    while m + 1 < len(tokens) and tokens[m + 1].capital and m - k < 3:
        m += 1
    place = " ".join(tokens[j].lower for j in range(k + 1, m + 1))
    closed = m + 1 >= len(tokens) or tokens[m + 1].text in CLAUSE_END
    return closed and lx.place_name(POSSESSIVE.sub("", place)) is not None and place not in lx.CITIES


def possessed_thing(word: str) -> bool:
    """After "Putin's", a capitalised run is his thing ("Putin's Iron Doll"); after an outlet or
    institution's possessive it is often a person ("CNN's Ann Pryce")."""
    if not is_possessive(word):
        return False
    owner = POSSESSIVE.sub("", word)
    low = plain(owner)
    return not (
        low in lx.INSTITUTIONS or lx.ACRONYM.match(owner) or lx.place_name(low) or low in lx.ORG_HEADS
    )


def common_owner(tokens: Sequence[Token], first: int) -> bool:
    """A possessive common noun right before the name ("husband's", "firm's")."""
    if first == 0:
        return False
    owner = tokens[first - 1]
    return not owner.capital and owner.text[:1].isalpha() and bool(POSSESSIVE.search(owner.text))


def owned_speaker(tokens: Sequence[Token], first: int) -> bool:
    """A reporting verb opens the owner's phrase: "said the Ohio chess association's X"."""
    k = first - 2
    while k >= 0 and first - k < 8 and tokens[k].text not in CLAUSE_END:
        if tokens[k].lower in lx.REPORTING_VERBS:
            return True
        k -= 1
    return False


def outlet_possessive(word: str) -> bool:
    """ "CNN's", "ESPN's", "the BBC's": an outlet or institution owning the name after it."""
    if not is_possessive(word):
        return False
    owner = POSSESSIVE.sub("", word)
    return plain(owner) in lx.INSTITUTIONS or bool(lx.ACRONYM.match(owner))


def human_predicate(tokens: Sequence[Token], last: int) -> bool:
    """A predicate only a person takes, right after the name: "X died", "X pleaded not guilty",
    "X stands trial", "X was born", "X was sentenced"."""
    n = len(tokens)
    k = last + 1
    while k < n and tokens[k].lower in lx.AUXILIARIES:
        k += 1
    if k >= n:
        return False
    word = tokens[k].lower
    after = tokens[k + 1].lower if k + 1 < n else ""
    if word in lx.HUMAN_PREDICATES:
        return True
    if word in ("stands", "stood", "faces", "faced", "standing", "facing", "awaits", "awaiting"):
        return after == "trial"
    return word in ("was", "is", "were", "being", "been") and after in lx.HUMAN_PASSIVES


def character_before(tokens: Sequence[Token], first: int) -> bool:
    """A role played, not a person: "the voice of X", "voiced X", "cartoon character X" (an actor
    portrays or plays real people too)."""
    if first == 0:
        return False
    before = tokens[first - 1].lower
    if before in lx.CHARACTER_VERBS or before in ("character", "characters") or before in OUTLET_NOUNS:
        return True  # "Madrid-based paper Zorro", "the Spanish side Rayo Verde": no person
    return first >= 2 and before in ("of", "for") and tokens[first - 2].lower == "voice"


# A work named right after its noun ("her memoir, Hard Choices,", "the play Other Lives").
WORK_NOUNS = frozenset(
    "book books memoir memoirs novel novels autobiography biography film films movie movies "
    "documentary album albums song songs play plays musical sitcom opera painting poem".split()
)


def work_before(tokens: Sequence[Token], first: int) -> bool:
    k = first - 1
    if k >= 1 and tokens[k].text == ",":
        k -= 1
    return k >= 0 and tokens[k].lower in WORK_NOUNS


OUTLET_NOUNS = frozenset(
    "paper papers newspaper newspapers tabloid website site magazine daily broadsheet outlet channel "
    "station side club outfit band group label brand firm company charity".split()
)


BODY_NOUNS = frozenset(
    "firm company group charity club bank agency airline retailer operator developer maker "
    "manufacturer insurer lender broadcaster publisher chain supermarket network carrier "
    "organisation organization body regulator watchdog union party".split()
)


def works_for_body(tokens: Sequence[Token], last: int) -> bool:
    """After the name, "of/from/at the <firm, charity, club …>"."""
    k = last + 1
    return (
        k + 2 < len(tokens)
        and tokens[k].lower in EMPLOYER_LINKS
        and tokens[k + 1].lower == "the"
        and tokens[k + 2].lower in BODY_NOUNS
    )


def body_appositive(tokens: Sequence[Token], last: int) -> bool:
    """After the name, ", the firm …" or ", a charity …" (up to two modifiers): a body's name."""
    k = last + 1
    if k + 2 >= len(tokens) or tokens[k].text != "," or tokens[k + 1].lower not in ("the", "a", "an"):
        return False
    for m in range(k + 2, min(k + 5, len(tokens))):
        if tokens[m].lower in BODY_NOUNS:
            nxt = tokens[m + 1] if m + 1 < len(tokens) else None
            return nxt is None or not (head_of(nxt.text) or compound_noun(nxt))  # not "the party leader"
        if tokens[m].capital or not tokens[m].text.isalpha():
            return False
    return False


def employer_before_role(tokens: Sequence[Token], last: int) -> bool:
    """ "Borduria Rovers defender Jane Doe", "Ruritania manager Jo Roe": a name used to qualify
    the role of the person named next is a team or an employer."""
    k = last + 1
    return (
        k + 1 < len(tokens)
        and tokens[k].text[:1].islower()
        and head_of(tokens[k].text)
        and tokens[k].lower not in lx.RELATIONS
        and tokens[k + 1].capital
        and tokens[k + 1].text[:1].isalpha()
    )


def cue_after(tokens: Sequence[Token], last: int) -> bool:
    """A thing's noun after the name ("Sky Shield missiles"); after a given name and a surname it is
    the person's thing ("the Tom Hale film"), and the name still a person (see classify)."""
    k = last + 1
    return k < len(tokens) and tokens[k].lower in lx.THING_CUES and not tokens[k].capital


PLURAL_VERBS = frozenset("have are were say".split())


def plural_subject(tokens: Sequence[Token], first: int, last: int) -> bool:
    """ "Ruritania have vowed", "Zorro say": a name taking a plural verb is a club, firm, band or
    paper (British usage), unless it closes a list of names ("Jane and Tom have")."""
    k = last + 1
    if k >= len(tokens) or tokens[k].lower not in PLURAL_VERBS:
        return False
    before = tokens[first - 1].lower if first > 0 else ""
    return before not in ("and", "&", ",", "or", "nor")


# --- the analysis -----------------------------------------------------------------------------


def lowercase_vocabulary(tokens_per_sentence: Iterable[Sequence[Token]]) -> frozenset[str]:
    """Words the text also writes in lower case: a capitalised one at a sentence start is no name."""
    return frozenset(tok.lower for tokens in tokens_per_sentence for tok in tokens if tok.text[:1].islower())


def opens_place(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Whether the run's first two or three words name a known place ("New York", "South
    Africa", "West Bank"): a leading "New" or "South" is then part of the name."""
    return place_size(tokens, first, last) > 0


def place_size(tokens: Sequence[Token], first: int, last: int) -> int:
    """How many of the run's first words (two or three) name a known place; 0 if none."""
    for size in (3, 2):
        if first + size - 1 <= last:
            words = " ".join(tokens[k].lower for k in range(first, first + size))
            if lx.place_name(words) is not None:
                return size
    return 0


def occurrences_in(
    index: int, tokens: Sequence[Token], lower_vocab: frozenset[str], quoted: Sequence[tuple[int, int]]
) -> list[Occurrence]:
    found: list[Occurrence] = []
    titles: dict[tuple[int, int], bool] = {}
    spans = runs(tokens)
    in_list = name_lists(tokens, spans)
    for first, last in spans:
        listed_run = (first, last) in in_list
        words = [tokens[k].text for k in range(first, last + 1)]
        # Sentence-initial capitals and function words are not names.
        while first <= last and (
            tokens[first].lower in lx.FUNCTION_WORDS
            or tokens[first].lower in lx.NEVER_ACTORS
            or (starts_clause(tokens, first) and tokens[first].lower in lower_vocab)
            or (first == last and starts_clause(tokens, first) and plural_role_word(tokens[first]))
            or (starts_clause(tokens, first) and tokens[first].lower.endswith(lx.ADVERB_ENDINGS))
        ):
            if tokens[first].lower in HONORIFICS_AND_TITLES or opens_place(tokens, first, last):
                break  # "President …", "New York", "South Africa": the word belongs to the name
            if month_given_name(tokens, first, last) or modal_given_name(tokens, first, last):
                break  # "April Jones", "Reality star June Shannon", "Will Doe said": a given name
            if tokens[first].lower in lx.COMPASS and first + 1 == last and body_word(tokens[last].lower):
                break  # "Central Partnership", "Western Union": a body's name
            if first < last and len(tokens[first].text) > 1 and tokens[first].text.isupper():
                break  # "ABC Info", "BBC News": an acronym opens a body's name
            first += 1
        first = past_leading_place(tokens, first, last)
        post_nominal = None
        while last > first and tokens[last].lower in lx.POST_NOMINALS and tokens[last].text.isupper():
            post_nominal = tokens[last].text  # "Ann Pryce MP"
            last -= 1
        while (
            last >= first
            and tokens[last].lower in NEVER_NAME_EDGES
            and not month_surname(tokens, first, last)
        ):
            last -= 1
        if first > last:
            continue
        show_host = host_of_show(tokens, first, last)
        if show_host:
            last -= 1  # "The Tom Hale Show": the host is named, the show is no actor
        # Titles and honorifics inside the run belong to the role, not the name.
        if noble_title(tokens, first, last):
            # "the Duke of Westland", "the Princess Royal": a person named by a title alone
            words = [tokens[k].text for k in range(first, last + 1)]
            words[-1] = POSSESSIVE.sub("", words[-1]) or words[-1]
            occ = Occurrence(index, first, last, tokens[first].start, tokens[first].start, tuple(words))
            occ.end = occ.start + len(" ".join(words))
            occ.person += 2
            predicate = predicate_role(tokens, first, last)
            if predicate:
                occ.roles.append(predicate)  # "the Duke of Westland is patron of …"
            found.append(occ)
            continue
        if tokens[last].lower in lx.EVENT_HEADS and last > first:
            continue  # "the General Election", "the Ruritania Bill": events and documents, no actor
        name_first = first
        for k in range(first, last):
            low = tokens[k].lower
            if (
                low in lx.HONORIFICS
                or (low in lx.ROLE_HEADS and low not in lx.ORG_HEADS)
                or low in PLURAL_TITLES
                or compound_title(low)
                or (low in lx.ROLE_MODIFIERS and k == name_first)
                or (tokens[k].text == "." and k == name_first)
            ) and not surname_title(tokens, first, k):
                name_first = k + 1
        if name_first > first and (
            tokens[last].lower in ORG_AND_PLACE_HEADS
            or (first > 0 and tokens[first - 1].lower == "the" and tokens[first].lower not in lx.HONORIFICS)
            or place_size(tokens, first, last) >= name_first - first  # not "New York Gov. Jane Doe"
        ):
            name_first = first  # "Justice Department", "the General Election": no title here
        while (
            name_first < last
            and tokens[name_first].lower in lx.FUNCTION_WORDS
            and not (name_first == first and modal_given_name(tokens, first, last))
        ):
            name_first += 1  # "the Northern District of Ohio": a title ends, "of" does not open a name
        descriptor = name_first == first and descriptor_before_given(tokens, first, last)
        if descriptor:
            name_first = first + 1
        words = []
        nickname = False
        for k in range(name_first, last + 1):
            if tokens[k].text in NICKNAME_MARKS:
                nickname = not nickname  # the quoted nickname is no part of the name
                continue
            if nickname:
                continue
            if tokens[k].text == "." and words:
                words[-1] += "."  # "O.J. Simpson", "Mr. Smith"
            else:
                words.append(tokens[k].text)
        if not words or title_only(tokens, first, name_first, last, words):
            continue
        if plain(words[-1]) in GENERATIONS and last + 1 < len(tokens) and tokens[last + 1].text == ".":
            words[-1] += "."  # "Robert Doe Jr.": the suffix is written with its stop
        possessive = False
        stripped = POSSESSIVE.sub("", words[-1])
        if stripped != words[-1] and stripped:
            possessive = True
            words[-1] = stripped
        if plain(words[0]) in ("the",):
            continue
        all_caps = all(w.isupper() and len(w) > 1 for w in words)
        if all_caps and len(words) > 1:
            continue  # a credit or a shouted heading, never an actor
        occ = Occurrence(
            sentence=index,
            first=name_first,
            last=last,
            start=tokens[name_first].start,
            end=tokens[last].end - (len(tokens[last].text) - len(words[-1]) if possessive else 0),
            words=tuple(words),
        )
        if not occ.key.strip():
            continue
        classify(occ, tokens, possessive, any(a <= occ.start < b for a, b in quoted))
        if any(
            tokens[k].capital and tokens[k].lower in TITLE_CASE_WORDS for k in range(name_first + 1, last)
        ):
            occ.thing = True  # "Jane Runs With Bubbles", "Tom Does Not Need A Bike": a headline or title
        if listed_run and len(words) > 1:
            occ.listed = True  # "Ivo Marek, Tom Hale, Jo Roe and Ann Pryce": one list of people
        if show_host:
            occ.person += 1  # still after "the": no naming in full of the host (full_names)
        elif quoted and title_quoted(tokens, quoted, occ.start, titles):
            occ.thing = True  # "Open Doors: Ruritania and the Price of Silence": a title
        if post_nominal:
            occ.roles.append(post_nominal)
            occ.person += 1
        if descriptor and not (
            tokens[first].lower in lx.DEMONYMS
            or lx.place_name(tokens[first].lower)
            or employer_after_role(tokens, first)
        ):
            occ.roles.append(tokens[first].text)  # "Methodist John Doe", "Democrat Jane Doe"
        found.append(occ)
    return found


GENERATIONS = frozenset({"jr", "sr"})


def plural_role_word(tok: Token) -> bool:
    """ "Paramedics were …", "Prosecutors say …": a plural role noun opening a clause is a group,
    not a body's name (a surname such as "Wells" is no role's plural)."""
    one = singular(tok.text)
    return one != tok.lower and one in lx.ROLE_HEADS


def title_only(tokens: Sequence[Token], first: int, name_first: int, last: int, words: Sequence[str]) -> bool:
    """A capitalised office with no name: "the city's Attorney General", "Chief Medical
    Officer", "Governor's mansion" (but "Mr Cook" and "Tom Cook" are names)."""
    honorific = name_first > 0 and tokens[name_first - 1].lower in HONORIFICS_OR_ABBREVIATED
    honorific = honorific or (name_first > 1 and tokens[name_first - 2].lower in lx.HONORIFICS)
    titled_run = name_first > first or (first > 0 and tokens[first - 1].lower == "the")
    if (
        not honorific
        and (titled_run or len(words) > 1)
        and all(plain(POSSESSIVE.sub("", w)) in role_vocab() for w in words)
    ):
        return True  # but "Cook said", "King said": a surname alone may be a role word
    if honorific and len(words) == 1 and plain(words[0]) in ADDRESSED_OFFICES:
        return True  # "Mr. President", "Madam Speaker": an office addressed, not a name
    if len(words) == 1 and name_first > 0 and tokens[name_first - 1].lower in RANK_PREFIXES:
        return plain(words[0]) in lx.TITLE_ROLES  # "a Lt Colonel in the reserve": a rank, no name
    return (
        last > name_first
        and all(
            tokens[k].lower in role_vocab()
            or (len(tokens[k].text) > 5 and tokens[k].lower.endswith(TITLE_ADJECTIVES))
            for k in range(name_first, last)
        )
        and head_of(POSSESSIVE.sub("", tokens[last].text))
        and tokens[last].lower not in lx.HONORIFICS
    )


RANK_PREFIXES = frozenset("lt lieutenant vice deputy brig".split())
ADDRESSED_OFFICES = frozenset("president speaker chairman chairwoman chair mayor secretary premier".split())
# Endings of the adjectives in office titles: "Chief Medical Officer", "Chief Operating Officer".
TITLE_ADJECTIVES = ("ary", "al", "ive", "ous", "ing")


# Small words capitalised only inside headlines and titles, never inside a person's name.
TITLE_CASE_WORDS = frozenset(
    "a an with without from into is are was were not doesn't don't isn't can't".split()
)
TITLE_SMALL_WORDS = frozenset("of the and a an in on for to at by with from or nor but as vs".split())


def title_quoted(
    tokens: Sequence[Token], quoted: Sequence[tuple[int, int]], offset: int, seen: dict[tuple[int, int], bool]
) -> bool:
    """The quotation around `offset` reads as a title: two to twelve words, each capitalised but
    for small words ("Less Money Than the Board Had Hoped For"). Each quotation is read once."""
    span = next(((a, b) for a, b in quoted if a <= offset < b), None)
    if span is None:
        return False
    if span not in seen:
        words = [tok for tok in tokens if span[0] <= tok.start < span[1] and tok.text[:1].isalpha()]
        seen[span] = (
            2 <= len(words) <= 12
            and words[0].capital
            and all(tok.capital or tok.lower in TITLE_SMALL_WORDS for tok in words)
        )
    return seen[span]


def descriptor_before_given(tokens: Sequence[Token], first: int, last: int) -> bool:
    """ "Methodist John Doe", "Democrat Jane Doe", "Russian Ivan Petrov": a word glued before a
    given name and a surname that reads as a descriptor (a role word, a people or place, a noun
    ending like "-ist", "-man", "-er") is no part of the name; a people's noun needs no known
    given name after it ("Spaniard Julen Doe"). "Ivo Omar Marek" keeps its first given name,
    "Elm Park Corner" its park."""
    if last - first < 2:
        return False
    word = tokens[first]
    low = word.lower
    if tokens[first + 1].lower not in lx.GIVEN_NAMES and not (
        low in lx.DEMONYM_NOUNS and tokens[last].lower not in ORG_AND_PLACE_HEADS
    ):
        return False  # "Spaniard Julen Doe": a people's noun needs no known given name after it
    return (
        tokens[first + 1].lower not in ORG_AND_PLACE_HEADS
        and low not in lx.GIVEN_NAMES
        and low not in lx.NAME_PARTICLES
        and word.text[:1].isupper()
        and not word.text.isupper()
        and not INITIALS.match(word.text)
        and tokens[first + 1].text != "."
        and (
            low in role_vocab()
            or low in lx.DEMONYMS
            or low in lx.DEMONYM_NOUNS
            or (len(low) > 4 and low.endswith(lx.DESCRIPTOR_ENDINGS))
            or lx.place_name(low) is not None
            or employer_after_role(tokens, first)
        )
    )


def employer_after_role(tokens: Sequence[Token], first: int) -> bool:
    """ "meteorologist with Skyzone Jane Doe": after a role noun and "with/at/for", the word
    before a given name is the employer, glued to the name by a missing comma."""
    return (
        first >= 2
        and tokens[first - 1].lower in ("with", "at", "for", "from")
        and head_of(tokens[first - 2].text)
    )


def host_of_show(tokens: Sequence[Token], first: int, last: int) -> bool:
    """ "The Tom Hale Show", "The Jane Doe Hour": a show named after its host, a person."""
    return (
        2 <= last - first <= 3
        and tokens[last].lower in lx.SHOW_HEADS
        and tokens[first].lower in lx.GIVEN_NAMES
        and all(tokens[k].capital for k in range(first, last))
    )


def surname_title(tokens: Sequence[Token], first: int, k: int) -> bool:
    """ "Golden King Noodle Bar", "Martin Luther King Jr": a royal title after a word of the same run
    that is no title, rank, place or people is part of a name or brand, not a title."""
    if tokens[k].lower not in lx.ROYAL_TITLES or k == first:
        return False
    word = tokens[k - 1].lower
    return (
        tokens[k - 1].capital
        and word not in lx.DEMONYMS
        and word not in role_vocab()
        and word not in lx.HONORIFICS
        and word not in ORG_AND_PLACE_HEADS
        and word not in lx.ROYAL_QUALIFIERS
        and lx.place_name(word) is None
    )


def month_surname(tokens: Sequence[Token], first: int, last: int) -> bool:
    """ "Theresa May", "Tom May": a month after a given name, no date after it, is a surname."""
    return (
        last > first
        and tokens[last].lower in lx.SURNAME_MONTHS
        and tokens[last - 1].lower in lx.GIVEN_NAMES
        and not (last + 1 < len(tokens) and tokens[last + 1].text[:1].isdigit())
    )


MONTH_LEADS = (
    DATING_PREPOSITIONS
    | DETERMINERS
    | frozenset(
        "on of from to through within last next early late mid this that every each and or around over "
        "once for his her their its my our your".split()
    )
)


def dated(tok: Token) -> bool:
    """A day's number or "day" after a month: "June 5", "April Fool's day"."""
    return tok.text[:1].isdigit() or tok.lower == "day"


def modal_given_name(tokens: Sequence[Token], first: int, last: int) -> bool:
    """ "the cars of Will Doe and …", "Will Doe (Acmeton) wins a free kick": "Will" opens a
    name inside a clause, where the verb would be in lower case, or before a bracket, a comma
    or a reporting verb, where a question's verb would stand ("Will Labour win?")."""
    if not (first < last and tokens[first].text == "Will" and tokens[first + 1].name):
        return False
    if last - first > 2 or any(t.text == "?" for t in tokens[last + 1 :]):
        return False  # "I Will Never Let You Down": a title; "Will Tom Hale, the coach, stay?"
    if first > 0 and not starts_clause(tokens, first) and tokens[first - 1].text not in CLAUSE_END:
        return True
    return last + 1 < len(tokens) and (tokens[last + 1].text in ("(", ",") or finite_report(tokens[last + 1]))


def finite_report(tok: Token) -> bool:
    """A reporting verb in a form no question takes after "Will": "said", "says", "told"."""
    return tok.lower in lx.REPORTING_VERBS and (
        tok.lower.endswith(("s", "ed")) or tok.lower in ("said", "told")
    )


def month_given_name(tokens: Sequence[Token], first: int, last: int) -> bool:
    """ "April Jones", "June Shannon": a month that is also a given name opens a name when no
    word of time, article, owner or date leads it ("in June Labour won", "the June Acme summit",
    "on Friday 5 June Smith said"), no given name follows it and no date or "day" comes after
    ("April Fool's day")."""
    return (
        first < last
        and tokens[first].lower in lx.SURNAME_MONTHS
        and tokens[first].lower in lx.FEMALE_GIVEN_NAMES
        and not (first > 0 and (tokens[first - 1].lower in MONTH_LEADS or dated(tokens[first - 1])))
        and not (first > 0 and tokens[first - 1].lower in CALENDAR)
        and tokens[first + 1].lower not in lx.NEVER_ACTORS
        and not (last > first + 1 and plain(tokens[first + 1].text) in lx.GIVEN_NAMES)  # "for April Tom Hale"
        and not (last + 1 < len(tokens) and dated(tokens[last + 1]))
    )


def past_leading_place(tokens: Sequence[Token], first: int, last: int) -> int:
    """ "Commissioner for Borduria Ann Pryce": a place glued before a given name and a surname
    ends the title before it; the name starts at the given name."""
    if (
        last - first >= 2
        and lx.place_name(tokens[first].lower) is not None
        and tokens[first + 1].lower in lx.GIVEN_NAMES
        and tokens[first + 2].capital
    ):
        return first + 1
    return first


def noble_title(tokens: Sequence[Token], first: int, last: int) -> bool:
    """ "Duke of Westland", "Princess Royal": a noble title with its territory, no name."""
    if last <= first or tokens[first].lower not in lx.NOBLE_TITLES or not tokens[first].capital:
        return False
    if tokens[first + 1].lower == "of":
        return last >= first + 2
    return last == first + 1 and plain(POSSESSIVE.sub("", tokens[last].text)) == "royal"


def team_nickname(words: Sequence[str], tokens: Sequence[Token], first: int) -> bool:
    """A team named by its plural nickname: last in a longer name, or alone away from the start
    of a clause ("Wolves attacked sheep" is about animals)."""
    if plain(words[-1]) not in lx.TEAM_NICKNAMES or given_name(words):
        return False
    return len(words) > 1 or not starts_clause(tokens, first)


def body_word(low: str) -> bool:
    return low in lx.ORG_HEADS or low in lx.NAME_END_BODIES


def club_name(words: Sequence[str]) -> bool:
    """A sports club's name of several words: opened by a club word ("FC Ruritania") or holding a
    competition's name before its last word ("Championship Borduria")."""
    return plain(words[0]) in lx.CLUB_OPENERS or any(plain(w) in lx.COMPETITION_WORDS for w in words[:-1])


def classify(occ: Occurrence, tokens: Sequence[Token], possessive: bool, quoted: bool) -> None:
    """Gather the evidence around one occurrence."""
    key = occ.key
    words = occ.words
    first, last = occ.first, occ.last
    if key in lx.INSTITUTIONS:
        occ.kind = "organisation"
    elif lx.place_name(key) is not None:
        occ.kind = "place"
    elif plain(words[-1]) in lx.ORG_HEADS and (len(words) > 1 or key in lx.ORG_HEADS):
        occ.kind = "organisation"
    elif plain(words[-1]) in lx.CLUB_HEADS and not given_name(words):
        occ.kind = "organisation"  # "Ruritania Villa", "Borduria Rangers" (not "David Villa")
    elif team_nickname(words, tokens, first):
        occ.kind = "organisation"  # "Borduria Dragons", "… against the Dragons"
    elif len(words) > 1 and plain(words[-1]) in lx.NAME_END_BODIES:
        occ.kind = "organisation"  # "Acme Sports", "Border Enforcement"
    elif key in lx.CLUBS or (len(words) > 1 and club_name(words)):
        occ.kind = "organisation"  # "Real Borduria", "League One Ruritania", "Juventus"
    elif any(plain(w) in lx.ORG_JOINERS for w in words) and any(plain(w) in lx.ORG_HEADS for w in words):
        occ.kind = "organisation"  # "European Court of Human Rights"
    elif len(words) > 1 and plain(words[0]) in lx.PLACE_PREFIXES:
        occ.kind = "place"  # "St. Louis", "Fort Worth", "Lake Tahoe"
    elif len(words) > 2 and plain(words[-2]) in lx.ORG_HEADS and lx.place_name(plain(words[-1])):
        occ.kind = "organisation"  # "Acme Care Forum Norway", "Acme Trust UK"
    elif plain(words[-1]) in lx.PLACE_HEADS and len(words) > 1 and not surname_head(words):
        occ.kind = "place"
    elif len(words) == 1 and lx.ACRONYM.match(words[0]) and words[0].isupper():
        occ.kind = "organisation"
    elif len(words) == 1 and ACRONYM_JOINED.match(words[0]):
        occ.kind = "organisation"  # "NHS-England", "UEFA-Europe": a body named with its acronym
    elif (
        len(words) > 1
        and lx.countries().get(plain(words[0]))
        and plain(words[0]) not in lx.CITIES
        and plain(words[0]) not in lx.NAME_LIKE_COUNTRIES  # "Jordan Doe", "Chad Roe": a person
    ):
        occ.kind = "organisation"  # "France Inter", "Russia Today"
    elif len(words) > 1 and (
        plain(words[0]) in lx.INSTITUTIONS
        or (lx.ACRONYM.match(words[0]) and len(words[0]) >= 3 and words[0].isupper() and "." not in words[0])
        or any(w.isupper() and lx.countries().get(plain(w)) for w in words[1:])
    ):
        occ.kind = "organisation"  # "BBC Weekend", "Acme Trust UK"
    if len(words) == 1 and group_noun(words[0]):
        occ.thing = True  # "Meteorologists say", "Investigators said": a group, no person
    if len(words) > 1 and plain(words[-1]) in lx.THING_HEADS:
        occ.thing = True  # "Roadside Nail Bomb"
    if first > 0 and tokens[first - 1].lower in OWNERS:
        occ.after_the = True  # "his Land Cruiser": a person is not owned so
    elif common_owner(tokens, first) and not given_name(words):
        if owned_speaker(tokens, first):
            occ.person += 1  # "said the chess association's Jane Doe": its official speaks
        else:
            occ.after_the = True  # "her husband's Land Cruiser", "the firm's Model Nine"
    if (
        key in lx.DEMONYMS
        or (plain(words[0]) in lx.DEMONYMS and not given_name(words))  # not "Christian Doe"
        or (all(w.isupper() for w in words) and len(words[0]) > 6)
    ):
        occ.thing = True
    before_roles, honorific = role_before(tokens, first)
    paired = paired_role(tokens, first)
    if paired:
        before_roles = [paired]
    if not before_roles:
        fronted = fronted_role(tokens, first)
        before_roles = [fronted] if fronted else []
    if not before_roles:
        called = named_role(tokens, first)
        before_roles = [called] if called else []
    if not before_roles:
        shaped = agentive_before(tokens, first)
        if shaped:
            occ.roles.append(shaped)  # a role, but by its shape only: no evidence of a person
    before_roles = [relation_only(r) for r in before_roles]
    if not before_roles and honorific in ("prof", "prof."):
        before_roles = ["prof"]  # "Prof Jane Doe": an academic rank, kept as written (like "Sen.")
    role = before_roles[0] if before_roles else None
    occ.honorific = honorific
    if honorific:
        occ.person += 2
        if honorific in lx.MALE_HONORIFICS:
            occ.gender = "m"
        elif honorific in lx.FEMALE_HONORIFICS:
            occ.gender = "f"
    if (
        first > 0
        and tokens[first - 1].capital
        and (tokens[first - 1].lower in lx.TITLE_ROLES or compound_title(tokens[first - 1].lower))
    ):
        occ.person += 2
    if role:
        occ.roles.extend(before_roles)
        occ.person += 1
    if not role:
        listed = plural_title_of_list(tokens, first) or role_of_list(tokens, first)
        if listed:
            occ.roles.append(listed)
            occ.person += 1
    placed = not given_name(words) and place_appositive(tokens, last)
    if placed:
        occ.kind = occ.kind or "place"  # "Acmeville, a village near the border,"
    appositive = None if possessive or placed or fronted_listener(tokens, first) else role_after(tokens, last)
    if appositive and lx.ANIMAL_CUES & set(appositive.lower().split()):
        occ.thing = True  # "Pip, her nine-year-old Jack Russell terrier,": a pet
    elif appositive:
        occ.roles.append(appositive)
        occ.person += 1
    elif not possessive:
        predicate = predicate_role(tokens, first, last) or as_role(tokens, last) or both_role(tokens, last)
        if predicate:
            occ.roles.append(predicate)
            if role_head_word(predicate) not in lx.ORG_ROLE_HEADS:
                occ.person += 1  # "X was a former lawyer"; a firm too is "leader of the market"

    for r in occ.roles:
        for w in r.lower().split():
            if w in lx.MALE_ROLES:
                occ.gender = occ.gender or "m"
            elif w in lx.FEMALE_ROLES:
                occ.gender = occ.gender or "f"
    given = plain(words[0])
    if given in lx.FEMALE_GIVEN_NAMES:
        occ.gender = occ.gender or "f"  # "Sarah Vance … she said"
    elif given in lx.MALE_GIVEN_NAMES:
        occ.gender = occ.gender or "m"
    # "Jo Hale of Acmebet said": the verb is the person's, not the employer's
    employer = (
        len(words) == 1
        and first >= 2
        and tokens[first - 1].lower in EMPLOYER_LINKS
        and tokens[first - 2].capital
    )
    occ.employer = employer
    verb = None if possessive or employer else reporting_after(tokens, last)
    compass = first > 0 and tokens[first - 1].capital and tokens[first - 1].lower in lx.COMPASS
    if compass:
        occ.place_context = True  # "West Sussex": a region
    if verb in lx.HUMAN_VERBS:
        occ.person += 1  # "X told reporters", "X joked": people, not firms, do this
    elif len(words) > 1 and not possessive and not compass and human_predicate(tokens, last):
        occ.person += 1  # "Jane Doe stands trial", "Jane Doe died" (a pet or a place dies too)
    elif verb or (not possessive and reporting_before(tokens, first, last)):
        occ.speech = True
    if not possessive and works_for_body(tokens, last):
        occ.person += 1  # "Jo Hale of the company said": someone who works for a body
    if len(words) == 2 and first > 0 and outlet_possessive(tokens[first - 1].text):
        occ.person += 1  # "CNN's Jane Doe": an outlet's reporter or presenter
    if (
        not possessive
        and last + 2 < len(tokens)
        and tokens[last + 1].text == ","
        and tokens[last + 2].lower == "who"
    ):
        occ.person += 1  # "Jane Doe, who …": organisations take "which"
    if (len(words) > 1 or occ.speech) and not occ.person and not given_name(words):
        occ.pronoun_after = pronoun_follows(tokens, last)  # a lone word needs it only when it speaks
    if (
        (cue_after(tokens, last) and not possessive and not (len(words) > 1 and given_name(words)))
        or (last + 1 < len(tokens) and tokens[last + 1].lower in lx.ANIMAL_CUES)
        or character_before(tokens, first)
        or employer_before_role(tokens, last)
        or (work_before(tokens, first) and not given_name(words))
    ):
        occ.thing = True
    if not possessive and not occ.person and not given_name(words) and plural_subject(tokens, first, last):
        occ.kind = occ.kind or "organisation"
    if not possessive and not given_name(words) and body_appositive(tokens, last):
        occ.kind = occ.kind or "organisation"  # "Acmeco, the firm behind the tests, said"
    listed_last = first > 0 and tokens[first - 1].lower in ("and", "or")  # "a trio of A, B and C, which"
    if not possessive and not given_name(words) and not listed_last and relative_which(tokens, last):
        occ.takes_which = True  # "the regulator, Acmecom, which supports …"
    before = tokens[first - 1].lower if first > 0 else ""
    if before in DETERMINERS and len(words) == 1:
        occ.speech = False  # "the Rovers agreed": a word after "the" that speaks is a group
    owned = first > 0 and possessed_thing(tokens[first - 1].text) and not given_name(words)
    if (before in DETERMINERS or owned) and not role:
        # "the Sky Shield", "Putin's Iron Doll": a thing or an institution ("Ikea's Jane Doe" is staff)
        occ.after_the = True
    role_in = (
        before == "in"
        and first > 1
        and (head_of(tokens[first - 2].text) or attached_head(tokens[first - 2]))
        and not tokens[first - 2].capital
    )
    if (before in PLACE_PREPOSITIONS and not possessive and not role_in) or (  # not "in Jane Doe's video"
        before == "of" and first > 1 and tokens[first - 2].lower in lx.PLACE_NOUNS
    ):
        occ.place_context = True  # "in Kryviy Rih", "the city of Kryviy Rih"; not "a legend in X"
    if role_in and not role:
        named_in = role_before_in(tokens, first - 2)
        if named_in:
            occ.roles.append(named_in)  # "another Arsenal legend in Tom Hale"
    unnamed = not occ.honorific and not role and not given_name(words)
    if not occ.kind and unnamed and state_after(tokens, last):
        occ.kind = "place"  # "Little Rock, Arkansas,": a town and its state or country
    if len(words) > 1 and all(w[:1].isupper() for w in words if plain(w) not in lx.NAME_PARTICLES):
        occ.weak = not quoted
    if len(words) > 1 and any(INITIALS.match(w.rstrip(".")) for w in words[:-1]):
        occ.person += 1  # "O.J. Simpson", "George W. Bush"
    if last + 1 < len(tokens) and tokens[last + 1].lower in EPITHET_NOUNS:
        occ.person += 2  # "a Dolly Parton impersonator", "a Marilyn Monroe lookalike": a real person
    if len(words) > 1 and credited(tokens, first, last):
        occ.person += 2  # "(by Tom Hale)", "written by Ann Pryce": a maker is a person
    if len(words) > 1 and (listed_after(tokens, last) or listed_before(tokens, first)):
        occ.listed = True  # "Tom Hale, Ivo Marek and J.R. Pryce"
    if not possessive and age_after(tokens, last):
        occ.aged = True
        occ.person += 2
    elif residence_before(tokens, first):
        occ.kind = "place"  # "Jane Doe, 32, of Ruritania": where she lives


EPITHET_NOUNS = frozenset("impersonator impersonators lookalike lookalikes look-alike look-alikes".split())
# Participles before "by" that credit a maker: "written by Jane Doe", "directed by John Roe".
CREDIT_VERBS = frozenset(
    "written composed directed produced painted designed sung performed recorded played voiced "
    "illustrated photographed choreographed penned co-written ridden trained coached founded "
    "co-founded".split()
)
LIST_JOINERS = frozenset("and &".split())  # a bare comma may open an appositive instead


def credited(tokens: Sequence[Token], first: int, last: int) -> bool:
    """ "(by Tom Hale)", "written by Jane Doe": a name credited as a work's maker, ending
    the parenthesis or the clause."""
    if first < 2 or tokens[first - 1].lower != "by":
        return False
    before = tokens[first - 2]
    if before.text == "(":
        return last + 1 < len(tokens) and tokens[last + 1].text == ")"
    return before.lower in CREDIT_VERBS


def opens_personal_name(tokens: Sequence[Token], k: int) -> bool:
    """tokens[k] opens a name of two or more words with a common given name or initials
    ("Jane Doe", "J.R. Pryce", "T.J Hale")."""
    if k >= len(tokens) or not tokens[k].capital:
        return False
    word = tokens[k].text
    if INITIALS.match(word) or (len(word) > 1 and INITIALS.match(word.rstrip("."))):
        return "." in word or (k + 1 < len(tokens) and tokens[k + 1].text == ".")
    return plain(word).split("-")[0] in lx.GIVEN_NAMES and k + 1 < len(tokens) and tokens[k + 1].capital


def name_lists(tokens: Sequence[Token], spans: Sequence[tuple[int, int]]) -> set[tuple[int, int]]:
    """Runs that are items of a list of three or more names ("A B, C D, E F and G H") in which
    one item opens with a given name or initials: each item is then a person's name."""
    out: set[tuple[int, int]] = set()
    group: list[tuple[int, int]] = []

    def close() -> None:
        if len(group) >= 3 and any(opens_personal_name(tokens, a) for a, _ in group):
            out.update(group)

    for span in spans:
        if group and joined_in_list(tokens, group[-1][1], span[0]):
            group.append(span)
            continue
        close()
        group = [span]
    close()
    return out


def joined_in_list(tokens: Sequence[Token], last: int, first: int) -> bool:
    """Only ",", "and", "or" or ", and" lie between two runs."""
    between = [tokens[k].lower for k in range(last + 1, first)]
    return between in ([","], ["and"], ["or"], [",", "and"], [",", "or"], ["&"])


def listed_after(tokens: Sequence[Token], last: int) -> bool:
    """ "Ivo Marek and J.R. Pryce": the next item of a list of names, after "and",
    opens with a given name or initials."""
    k = last + 1
    if k < len(tokens) and tokens[k].text == "," and k + 1 < len(tokens) and tokens[k + 1].lower == "and":
        k += 1  # "Jane Doe, and John Roe"
    if k < len(tokens) and tokens[k].lower in LIST_JOINERS:
        return opens_personal_name(tokens, k + 1)
    return False


def listed_before(tokens: Sequence[Token], first: int) -> bool:
    """ "Jane Doe and Ivo Marek", "CNN's Ivo Marek and Ann Pryce": the item before
    in a list of names (up to three name words back) opens with a given name or initials, or
    follows an outlet's possessive (a credit line)."""
    k = first - 1
    if k < 1 or tokens[k].lower not in LIST_JOINERS:
        return False
    if tokens[k].lower == "and" and tokens[k - 1].text == ",":
        k -= 1
    end = k - 1
    m = end
    while m > 0 and end - m < 3 and tokens[m - 1].capital and not is_possessive(tokens[m - 1].text):
        m -= 1
    return m < end and (opens_personal_name(tokens, m) or (m > 0 and outlet_possessive(tokens[m - 1].text)))


def is_age(tok: Token) -> bool:
    return tok.text.isdigit() and 0 < int(tok.text) < 120


def age_after(tokens: Sequence[Token], last: int) -> bool:
    """ "Ann Pryce, 71, remembers", "with Tom, 64.": a name, a comma and an age that ends a
    phrase (not "Paris, 20 March", a date)."""
    k = last + 1
    return (
        k + 1 < len(tokens)
        and tokens[k].text == ","
        and is_age(tokens[k + 1])
        and (k + 2 == len(tokens) or tokens[k + 2].text in (",", ".", ";", ")"))
    )


def residence_before(tokens: Sequence[Token], first: int) -> bool:
    """ "Ann, 32, of Ruritania": after a name's age, "of" gives the place she lives in."""
    return (
        first >= 3
        and tokens[first - 1].lower == "of"
        and tokens[first - 2].text == ","
        and is_age(tokens[first - 3])
    )


OWNED_RELATION = re.compile(r"^.*['’]s\s+(\S+)$")


def relation_only(role: str) -> str:
    """ "Mr Hale's mother" → "mother": a relation is the role, its owner another actor."""
    found = OWNED_RELATION.match(role)
    if found and kinship(found.group(1)):
        return found.group(1)
    found = OWNED_QUALIFIED_RELATION.match(role)
    if found and kinship(found.group(2)):
        return found.group(1)  # "Ann's eldest daughter" → "eldest daughter"
    return role


OWNED_QUALIFIED_RELATION = re.compile(r"^[^'’]*['’]s\s+((?:[a-z][\w-]*\s+){1,2}(\S+))$")


def kinship(word: str) -> bool:
    """A relation noun, "great-" prefixes aside: "mother", "great-grandmother", "grandparents"."""
    low = word.lower()
    while low.startswith("great-"):
        low = low[6:]
    return low in lx.RELATIONS


@lru_cache(maxsize=4096)
def compound_title(low: str) -> bool:
    """ "major-general", "lieutenant-colonel", "vice-admiral": a rank joined to a title."""
    parts = low.split("-")
    return (
        len(parts) > 1
        and parts[-1] in lx.TITLE_ROLES
        and all(p in lx.TITLE_ROLES or p in lx.RANK_PREFIXES for p in parts[:-1])
    )


OWNERS = frozenset("his her their its my our your".split())


def group_noun(word: str) -> bool:
    """A plural role noun written with a capital ("Investigators", "Meteorologists"): a group."""
    low = plain(word)
    return low.endswith("s") and (singular(low) in lx.ROLE_HEADS or low.endswith(("ists", "ians")))


SURNAME_HEADS = frozenset(
    "lane hall park castle house woods glen ridge moor bridge way row cove beach forest banks "
    "hill heath".split()
)


def surname_head(words: Sequence[str]) -> bool:
    """ "Jo Lane", "Ann Castle": a given name and a surname that is also a place word."""
    return len(words) == 2 and plain(words[-1]) in SURNAME_HEADS and given_name(words)


def given_name(words: Sequence[str]) -> bool:
    """A name of two or more words opening with a common given name ("Jane Doe"; "April Doe" and
    "Will Doe" are names only where month_given_name and modal_given_name let them open one)."""
    if len(words) < 2:
        return False
    word = plain(words[0]).split("-")[0]
    return (
        word in lx.GIVEN_NAMES
        or word == "will"
        or (word in lx.SURNAME_MONTHS and word in lx.FEMALE_GIVEN_NAMES)
    )


def speaks_as_person(occs: Sequence[Occurrence]) -> bool:
    """A single word whose only evidence is speaking ("Acmecom said") is a person when a he or
    she follows it somewhere, it is a given name or it ends like a surname (or it is part of a
    longer name: see decide_kind): bodies speak too ("Ofcom admitted")."""
    word = plain(occs[0].words[0])
    return (
        word in lx.GIVEN_NAMES
        or any(o.pronoun_after for o in occs)
        or (len(word) > 5 and word.endswith(SURNAME_ENDINGS))
    )


# Endings of surnames from many languages, seldom of a body's name ("Pochettino", "Ivanov").
SURNAME_ENDINGS = (
    "ino", "ini", "elli", "etti", "ez", "ov", "ova", "ev", "eva", "sky", "ski", "ska", "vic", "vich",
    "son", "sen", "berg", "stein", "mann", "escu", "opoulos", "idis", "akis", "yan", "enko", "uk",
)  # fmt: skip


def pronoun_follows(tokens: Sequence[Token], last: int) -> bool:
    """A he/she/his/her after the name in its sentence (within 20 words)."""
    return any(tokens[k].lower in GENDERED_PRONOUNS for k in range(last + 1, min(len(tokens), last + 21)))


PEOPLES_WORDS = lx.DEMONYMS | lx.DEMONYM_NOUNS


def which_body(occs: Sequence[Occurrence], named_like_person: bool) -> bool:
    """ "the regulator, Acmecom, which …": a name ", which" follows is a body or a place, unless
    a given name, its surname used alone, a title, a he/she or evidence from its other mentions
    makes it a person ("Tom Hale praised Ivo Marek, which was rare. Marek said …")."""
    if not any(o.takes_which for o in occs) or named_like_person:
        return False
    others = [o for o in occs if not o.takes_which]
    return not (
        any(o.honorific or o.pronoun_after for o in occs)
        or any((o.person >= 1 or o.roles) and not o.thing for o in others)
    )


def peoples_word(key: str) -> bool:
    """A word for a people or its members: "Polish", "Briton", "Hungarians"."""
    return key in PEOPLES_WORDS or singular(key) in PEOPLES_WORDS


def decide_kind(
    occs: Sequence[Occurrence], alone: frozenset[str] = frozenset(), name_parts: frozenset[str] = frozenset()
) -> ActorKind | None:
    """The kind of a name from all its occurrences, or None for a name that is no actor.

    A person needs evidence: a title, honorific, role, initials or ", who" (strong); a
    reporting verb, which only counts for a single word or a name opening with a common given
    name ("Harlow Brent said" is as likely a firm); or, for a name of several words, a
    given name, a he/she after it, a second naming in full or its last word used on its own
    (a surname: `alone` holds the single-word names of the text). A single word named often
    with next to no evidence is a group or a label, not a person ("Vandoros" 19 times, once
    beside a verb)."""
    if any(o.aged and not o.thing for o in occs):
        return "person"  # "Her niece, Paris, 19,", "Ann Pryce, 67,"
    if len(occs[0].words) == 1 and peoples_word(occs[0].key) and not any(o.honorific for o in occs):
        return None  # "Russian", "Hungarians", "Scots": a people, no actor
    kinds = Counter(o.kind for o in occs if o.kind)
    if kinds:
        return "organisation" if kinds["organisation"] >= kinds["place"] else "place"
    words = occs[0].words
    multi = len(words) > 1
    named = given_name(words)
    peoples_led = named and plain(words[0]) in lx.DEMONYMS  # "Christian Doe", "Christian Aid"
    given = named and not peoples_led
    strong = sum(1 for o in occs if o.person >= 1 and not o.thing)
    speech = sum(1 for o in occs if o.speech and not o.thing)
    things = sum(1 for o in occs if o.thing or o.after_the)
    rare = not multi and (strong + speech) * 4 < len(occs) and not any(o.honorific for o in occs)
    last_place = lx.place_name(plain(words[-1])) is not None
    placed = last_place or lx.place_name(plain(words[0])) is not None
    surname = plain(words[-1]) in alone and not last_place  # "Ivo Marek" … "Marek": a person
    titled = any(o.honorific or o.roles or o.person >= 2 for o in occs)
    if which_body(occs, given or (multi and surname)):
        return "place" if any(o.place_context for o in occs) else "organisation"
    if multi and not given and placed and not surname and not titled:
        return "organisation"  # "Bayern Munich", "Borduria Hawks": a club or firm
    if not multi and not strong and any(o.employer for o in occs) and things * 2 < len(occs):
        return "organisation"  # "Acmebet said …" and "Jo Hale of Acmebet": a firm (not "European")
    if strong and strong >= things and not rare:
        return "person"
    lone_speaker = not multi and not (occs[0].key in name_parts or speaks_as_person(occs))
    if speech and speech >= things and (given or not multi) and not rare and not lone_speaker:
        return "person"
    if any(o.place_context for o in occs) and not strong:
        return "place" if not things else None
    if (
        multi
        and (not things or (given and things * 2 < len(occs)))  # "the Clinton campaign" now and then
        and (any(o.weak for o in occs) or len(occs) > 1 or (given and len(words) == 2))
        and (
            given
            or len(occs) > 1
            or plain(words[-1]) in alone
            or any(o.pronoun_after or o.listed for o in occs)
        )
    ):
        return "person"
    if speech and multi and not things and not peoples_led:
        return "organisation"  # "Smith Harding said in a statement": a firm until shown otherwise
    return None


def analyse(corpus: Corpus, quoted: Sequence[Sequence[tuple[int, int]]]) -> Analysis:
    """Find the actors of a corpus. `quoted` gives, per sentence, the character ranges inside
    quotations (from quotes.inside)."""
    tokens = [tokenize(s.text) for s in corpus.sentences]
    lower_vocab = lowercase_vocabulary(tokens)
    per_sentence = parallel.each(lambda i: occurrences_in(i, tokens[i], lower_vocab, quoted[i]), len(tokens))
    for i, label in team_sheets(corpus.sentences).items():
        colon = corpus.sentences[i].text.index(":")
        for occ in per_sentence[i]:
            if occ.start > colon:
                occ.person += 1
                if label in LINEUP_ROLES:
                    occ.roles.append(label)
                if corpus.sentences[i].text.startswith(CAPTAIN_MARK, occ.end):
                    occ.roles.append("capt")
    by_key: dict[str, list[Occurrence]] = defaultdict(list)
    for occs in per_sentence:
        for occ in occs:
            by_key[occ.key].append(occ)
    kinds: dict[str, ActorKind] = {}
    alone = frozenset(
        key
        for key, occs in by_key.items()
        if " " not in key and any(not (o.after_the or o.thing) for o in occs)
    )
    # Parts of longer names: "Hale" alone is the surname of "Tom Hale", "Ali" of "Ali-Khan".
    name_parts = frozenset(
        part for key in by_key for part in re.split(r"[ -]", key)[1 if " " in key else 0 :] if part != key
    )
    for key, occs in by_key.items():
        kind = decide_kind(occs, alone, name_parts)
        if kind:
            kinds[key] = kind
    for key in given_names_of_persons(kinds, by_key):
        kinds[key] = "person"  # "Tess Ruiz, 24, …" then "said Tess": her given name, however often
    builder = GroupBuilder(kinds, by_key)
    spans: list[list[tuple[Occurrence, int]]] = []
    for occs in per_sentence:
        row = []
        for occ in occs:
            group = builder.assign(occ)
            if group is not None:
                row.append((occ, group))
        spans.append(row)
    return finish(corpus, tokens, spans, builder, quoted)


# The labelled lines of a match report's team sheet, and the ones that give a role.
LINEUP_LABELS = frozenset(
    {
        "subs", "substitutes", "subs not used", "unused substitutes", "booked", "sent off", "scorer",
        "scorers", "scorer(s)", "goals", "goalscorers", "manager", "coach", "head coach", "referee",
        "replacements", "tries", "cons", "pens", "sin bin", "sin-bin",
    }
)  # fmt: skip
LINEUP_ROLES = frozenset({"manager", "coach", "head coach", "referee"})
CAPTAIN_MARK = " (capt)"
SHEET_LINE = re.compile(r"^\s*([A-Z][A-Za-z() .&'-]{0,30}?)\s*(?:\(\d[\d-]*\))?\s*:\s*(.+?)\s*\.?\s*$")
SHEET_ITEM = re.compile(
    r"^(?:[A-Z][\w'’.-]+(?: [A-Z][\w'’-]+){0,2}(?: \d+)?(?: \([^()]*\))?|\d+(?: pen| og)?)$"
)


def team_sheets(sentences: Sequence[Sentence]) -> dict[int, str]:
    """The lines of a match report's team sheet, by sentence, with their labels: "Ruritania
    (4-4-2): Hale, Marek, …" (seven or more players) and "Subs: …", "Booked: …", "Referee: Jo
    Roe". A document needs both kinds before any line counts: each name in them is a person."""
    out: dict[int, str] = {}
    by_document: dict[int, list[tuple[int, str, int]]] = defaultdict(list)
    for i, sentence in enumerate(sentences):
        if ":" not in sentence.text:
            continue
        match = SHEET_LINE.match(sentence.text)
        if match is None:
            continue
        # Rugby sheets put a semicolon between the lines of the formation ("Hale; Marek, Pryce; …").
        items = [item.strip() for item in re.split(r"[,;]", match.group(2))]
        if all(SHEET_ITEM.match(item) for item in items):
            by_document[sentence.document].append((i, match.group(1).lower().strip(), len(items)))
    for lines in by_document.values():
        labelled = [line for line in lines if line[1] in LINEUP_LABELS]
        sheets = [line for line in lines if line[1] not in LINEUP_LABELS and line[2] >= 7]
        if labelled and sheets:
            out.update((i, label) for i, label, _ in labelled + sheets)
    return out


# Words that open nicknames ("Mama Jo", "Big Tom"), never a given name on their own.
PET_NAMES = frozenset(
    "mama papa mummy daddy granny grandma grandpa nana big little baby lil young old".split()
)


def given_names_of_persons(
    kinds: Mapping[str, ActorKind], by_key: Mapping[str, list[Occurrence]]
) -> list[str]:
    """Single words left undecided that open exactly one person's full name and are used as a
    subject or speaker at least once ("said Tess, who …"): that person's given name."""
    firsts = Counter(key.split()[0] for key, kind in kinds.items() if kind == "person" and " " in key)
    return [
        key
        for key, occs in by_key.items()
        if " " not in key
        and key not in kinds
        and key not in PET_NAMES
        and firsts.get(key) == 1
        and any((o.person or o.speech) and not o.thing for o in occs)
    ]


class GroupBuilder:
    """Turns name keys into actor groups, merging short forms into the fullest person name."""

    def __init__(self, kinds: dict[str, ActorKind], by_key: dict[str, list[Occurrence]]) -> None:
        self.kinds = kinds
        self.by_key = by_key
        self.group_of: dict[str, int] = {}
        self.keys: list[list[str]] = []
        self.kind: list[ActorKind] = []
        # Every person name of two or more words, found by its last word and by its first.
        self.by_last: dict[str, list[str]] = defaultdict(list)
        self.by_first: dict[str, list[str]] = defaultdict(list)
        # "Jorge Ruiz Pardo" is "Ruiz" too: the paternal surname of a double surname.
        self.by_penultimate: dict[str, list[str]] = defaultdict(list)
        # "Bashar al-Assad" is "Assad" too: a surname without its article.
        self.by_unprefixed: dict[str, list[str]] = defaultdict(list)
        persons = sorted(
            (k for k, kind in kinds.items() if kind == "person"),
            key=lambda k: (-len(k.split()), by_key[k][0].sentence, k),
        )
        for key in persons:
            parts = key.split()
            honorific = next((o.honorific for o in by_key[key] if o.honorific in GIVEN_NAME_HONORIFICS), None)
            owners = self.shortens(parts, honorific)
            if owners:
                self.group_of[key] = owners[0]
                self.keys[owners[0]].append(key)
                continue
            self.new_group(key, "person")
            if len(parts) > 1:
                self.by_last[parts[-1]].append(key)
                self.by_first[parts[0]].append(key)
            if len(parts) > 2:
                self.by_penultimate[parts[-2]].append(key)
            if len(parts) > 1 and PREFIXED.match(parts[-1]):
                self.by_unprefixed[unprefixed(parts[-1])].append(key)
        self.last_seen: dict[int, int] = {}
        # The person groups are all made above, so from here on a name's longer forms are fixed.
        self.known_short: dict[tuple[str, str | None], list[int]] = {}

    def new_group(self, key: str, kind: ActorKind) -> int:
        self.group_of[key] = len(self.keys)
        self.keys.append([key])
        self.kind.append(kind)
        return self.group_of[key]

    def longer_forms(self, key: str, honorific: str | None) -> list[int]:
        """`shortens` for a name key, remembered (asked once per occurrence; do not modify)."""
        found = self.known_short.get((key, honorific))
        if found is None:
            found = self.known_short[(key, honorific)] = self.shortens(key.split(), honorific)
        return found

    def shortens(self, parts: list[str], honorific: str | None) -> list[int]:
        """Groups of the longer person names this name is a short form of."""
        key = " ".join(parts)
        candidates = [
            k for k in self.by_last.get(parts[-1], []) if k.split()[-len(parts) :] == parts and k != key
        ]
        if not candidates and len(parts) == 1 and honorific in GIVEN_NAME_HONORIFICS:
            candidates = self.by_first.get(parts[0], [])
        if not candidates and len(parts) == 1 and parts[0] not in PET_NAMES and parts[0] not in lx.RELATIONS:
            fuller = self.by_first.get(parts[0], [])
            if len({self.group_of[c] for c in fuller}) == 1:
                candidates = fuller  # "Ann Marsh … Ann said": the one Ann of the text
        if not candidates and len(parts) == 1:
            candidates = self.by_penultimate.get(parts[0], [])
        if not candidates and len(parts) == 1:
            candidates = self.by_unprefixed.get(parts[0], [])
        return sorted({self.group_of[c] for c in candidates})

    def assign(self, occ: Occurrence) -> int | None:
        key = occ.key
        kind = self.kinds.get(key)
        surname_of_person = (
            kind in ("place", "organisation")
            and " " not in key
            and not (occ.place_context or occ.after_the)
            and key not in lx.INSTITUTIONS
            and self.longer_forms(key, occ.honorific)
        )
        if kind is None or kind == "person" or surname_of_person:
            groups = list(self.longer_forms(key, occ.honorific))
            if len(groups) > 1:
                # Two people share the name. News names the one it is about in full once and then
                # by surname, and keeps the full name for the other: the one named in full least
                # often, then the one named most recently.
                groups.sort(key=lambda g: (self.full_names(g), -self.last_seen.get(g, -1), g))
                return self.seen(groups[0], occ)
            if kind == "person" and key in self.group_of:
                return self.seen(self.group_of[key], occ)
            if groups and (kind is not None or self.plausible_short_form(key, groups[0])):
                return self.seen(groups[0], occ)
            if kind is None:
                return None
        if key not in self.group_of:
            if kind == "place":
                ckey = "place:" + lx.countries().get(key, key)
                if ckey not in self.group_of:
                    self.new_group(ckey, "place")
                self.group_of[key] = self.group_of[ckey]
                self.keys[self.group_of[key]].append(key)
            else:
                self.new_group(key, kind or "organisation")
        return self.seen(self.group_of[key], occ)

    def seen(self, group: int, occ: Occurrence) -> int:
        self.last_seen[group] = occ.sentence
        return group

    def plausible_short_form(self, key: str, group: int) -> bool:
        """A word with no evidence of its own is a short form of a longer name unless it is
        far more common than the longer form: an article names its subject in full once and
        then by surname ("Jane Doe", then "Doe" seven times), but "Rovers" 119 times
        is no short form of one stray "Grand Rovers"."""
        alone = len(self.by_key.get(key, ()))
        return alone <= 20 * max(1, self.full_names(group))

    def full_names(self, group: int) -> int:
        # "the Jane Doe Show" names a show, not Jane Doe in full
        return sum(1 for k in self.keys[group] if " " in k for o in self.by_key.get(k, ()) if not o.after_the)

    def size(self, group: int) -> int:
        return sum(len(self.by_key.get(k, ())) for k in self.keys[group])


def finish(
    corpus: Corpus,
    tokens: Sequence[Sequence[Token]],
    assigned: Sequence[Sequence[tuple[Occurrence, int]]],
    builder: GroupBuilder,
    quoted: Sequence[Sequence[tuple[int, int]]],
) -> Analysis:
    n_groups = len(builder.keys)
    # Plain dicts: a Counter per group costs more to make than all the counting (5,000+ groups).
    surfaces: list[dict[str, int]] = [{} for _ in range(n_groups)]
    first_seen: list[dict[str, int]] = [{} for _ in range(n_groups)]
    roles: list[list[str]] = [[] for _ in range(n_groups)]
    genders: list[dict[str, int]] = [{} for _ in range(n_groups)]
    mentions: list[dict[int, Mention]] = [{} for _ in range(n_groups)]
    spans: list[tuple[Span, ...]] = []

    def in_quote(sentence: int, offset: int) -> bool:
        ranges = quoted[sentence]
        return bool(ranges) and any(a <= offset < b for a, b in ranges)

    for i, assigned_row in enumerate(assigned):
        out = []
        for occ, group in assigned_row:
            surface = occ.surface
            surfaces[group][surface] = surfaces[group].get(surface, 0) + 1
            first_seen[group].setdefault(surface, occ.sentence)
            roles[group].extend(occ.roles)
            if occ.gender:
                genders[group][occ.gender] = genders[group].get(occ.gender, 0) + 1
            if i not in mentions[group]:
                mentions[group][i] = Mention(i, surface, "name")
            possessive = bool(POSSESSIVE.match(corpus.sentences[i].text[occ.end : occ.end + 2]))
            out.append(Span(occ.start, occ.end, group, in_quote(i, occ.start), possessive))
        spans.append(tuple(out))

    kinds = builder.kind
    persons = [g for g in range(n_groups) if kinds[g] == "person"]
    person_set = set(persons)

    # Gender from pronouns: one person named outside quotations, then he/his or she/her.
    for i, row in enumerate(spans):
        alone = {s.actor for s in row if s.actor in person_set and not s.quoted}
        if len(alone) != 1:
            continue
        (actor,) = alone
        first_end = min(s.end for s in row if s.actor == actor)
        for tok in tokens[i]:
            if tok.start > first_end and not in_quote(i, tok.start):
                if tok.lower in lx.PRONOUNS_MALE:
                    genders[actor]["m"] = genders[actor].get("m", 0) + 1
                    break
                if tok.lower in lx.PRONOUNS_FEMALE:
                    genders[actor]["f"] = genders[actor].get("f", 0) + 1
                    break

    gender: list[str | None] = []
    for g in range(n_groups):
        male, female = genders[g].get("m", 0), genders[g].get("f", 0)
        if male > female:
            gender.append("m")
        elif female > male:
            gender.append("f")
        else:
            gender.append(None)

    # Descriptions: a role phrase with no name, resolved to a person nearby.
    first_mention: dict[int, int] = {}
    for i, row in enumerate(spans):
        for s in row:
            first_mention.setdefault(s.actor, i)
    descriptions = parallel.each(
        lambda i: (
            find_descriptions(tokens[i], quoted[i])
            + office_descriptions(tokens[i], quoted[i], [s for s in spans[i] if s.actor in person_set])
        ),
        len(tokens),
    )
    described: list[list[Span]] = [[] for _ in tokens]
    sentences = corpus.sentences

    def describe(i: int, desc: Description, target: int) -> None:
        described[i].append(Span(desc.start, desc.end, target, False))
        if desc.role:
            roles[target].append(desc.role)
        mentions[target].setdefault(i, Mention(i, desc.surface, "description"))

    for i, found in enumerate(descriptions):
        named_here = {s.actor for s in spans[i] if s.actor in person_set}
        for desc in found:
            if (
                desc.indefinite_subject
                and desc.head not in ANONYMOUS
                and not unnamed_spokesman(desc)
                and i + 1 < len(spans)
                and sentences[i + 1].document == sentences[i].document
            ):
                # "Russia's foreign minister has said …" then "Sergey Lavrov told …" (the next
                # sentence naming a person; a quotation split in two may come between)
                ahead = i + 1
                following = [s for s in spans[ahead] if s.actor in person_set and not s.quoted]
                if (
                    not following
                    and ahead + 1 < len(spans)
                    and sentences[ahead + 1].document == sentences[i].document
                    and quoted[ahead]
                ):
                    ahead += 1
                    following = [s for s in spans[ahead] if s.actor in person_set and not s.quoted]
                if following and (quoted[ahead] or not desc.office):
                    actor = following[0].actor
                    if desc.office and roles[actor]:
                        continue  # the speaker's own role ("John Smith, the chancellor") stands
                    if first_mention.get(actor) == ahead and actor not in named_here:
                        describe(i, desc, actor)
                        break

    # Pronouns: he/she outside quotations, in a sentence that names no person before it.
    focus_before: list[int | None] = []
    focus: int | None = None
    age = 0
    for i, row in enumerate(spans):
        if i and sentences[i].document != sentences[i - 1].document:
            focus, age = None, 0
        current = focus if age <= FOCUS_AGE else None
        focus_before.append(current)
        named = [s for s in row if s.actor in person_set and not s.quoted]
        if i > 0 and sentences[i - 1].document == sentences[i].document and not described[i]:
            # "The French president …", "the former Ruritania premier joked": the one person it fits.
            named_here = {s.actor for s in row if s.actor in person_set}
            for desc in descriptions[i]:
                if not desc.definite:
                    continue
                target = None
                if desc.subject or desc.after_quote:
                    recent = spans[max(0, i - ROLE_WINDOW) : i]
                    target = holder_of(desc, recent, named_here, person_set, roles)
                if target is None:
                    before = any(s.end <= desc.start for s in named)
                    target = definite_referent(
                        desc, spans[i - 1], named_here, person_set, roles, current, before
                    )
                if target is not None:
                    describe(i, desc, target)
                    break
        if not described[i]:
            # "… stand by Jane Doe after the Ruritania midfielder was spared jail": the same sentence
            for desc in descriptions[i]:
                target = earlier_in_sentence(desc, tokens[i], row, person_set, roles)
                if target is not None:
                    describe(i, desc, target)
                    break
        pronoun = (
            next((t for t in tokens[i] if t.lower in GENDERED_PRONOUNS and not in_quote(i, t.start)), None)
            if MAY_HOLD_PRONOUN.search(sentences[i].text)  # most sentences hold none: skip the walk
            else None
        )
        referent = None
        if pronoun is not None and cataphoric(tokens[i], pronoun, named):
            pronoun = None  # "Before he left, Tom Hale told friends …": he is Tom Hale
        if pronoun is not None and current is not None and not any(s.end <= pronoun.start for s in named):
            wanted = "m" if pronoun.lower in lx.PRONOUNS_MALE else "f"
            if gender[current] in (None, wanted):
                referent = current
                mentions[current].setdefault(i, Mention(i, pronoun.text, "pronoun"))
        by_description = [d.actor for d in described[i]]
        if referent is not None and (not named or (pronoun is not None and pronoun.start < named[0].start)):
            focus, age = referent, 0
        elif named:
            about = subject(named, tokens[i])
            if about is None and current is not None:
                age += (
                    1  # "…, with ex-Ruritania manager Jane Doe the firm favourite": an object keeps the focus
                )
            else:
                focus, age = (about if about is not None else named[0].actor), 0
        elif by_description:
            focus, age = by_description[0], 0
        else:
            age += 1

    groups = []
    for g in range(n_groups):
        groups.append(
            Group(
                name=canonical(surfaces[g], first_seen[g], kinds[g]),
                kind=kinds[g],
                aliases=tuple(sorted(surfaces[g], key=lambda s: (first_seen[g][s], s))),
                roles=tuple(dict.fromkeys(AGED_ROLE.sub("", r) for r in roles[g])),
                gender=gender[g],
            )
        )
    return Analysis(
        groups=tuple(groups),
        spans=tuple(spans),
        mentions=tuple(tuple(m[k] for k in sorted(m)) for m in mentions),
        focus=tuple(focus_before),
        described=tuple(tuple(d) for d in described),
    )


SPOKES = frozenset("spokesman spokeswoman representative".split())


def unnamed_spokesman(desc: Description) -> bool:
    """ "A Sandown spokesman said": one of a body's voices, left unnamed (unlike "President
    X's spokesman", whom the next sentence often names)."""
    return desc.head in SPOKES and desc.surface.split()[0].lower() in ("a", "an")


# An age opening a role says how old, not what the person is: "four-year-old daughter".
AGED_ROLE = re.compile(r"^(?:\d+|[a-z]+(?:-[a-z]+)?)\s*-\s*(?:year|month|week)s?-old\s+(?=\S)")


SUBORDINATORS = frozenset("before after when while as although though because since once until if".split())


def cataphoric(tokens: Sequence[Token], pronoun: Token, named: Sequence[Span]) -> bool:
    """A he/she in an opening subordinate clause whose main clause names a person: the pronoun
    looks forward to that person ("After she won, Jane Doe said …")."""
    if not named or not tokens or tokens[0].lower not in SUBORDINATORS or pronoun.start > named[0].start:
        return False
    return any(t.text == "," and pronoun.end <= t.start < named[0].start for t in tokens)


ANONYMOUS = frozenset("official officials source sources aide insider person spokesperson".split())


OBJECT_MARKERS = frozenset(
    "of with to by for from about against between at on in into over under than".split()
)


def subject(named: Sequence[Span], tokens: Sequence[Token]) -> int | None:
    """The person a sentence is about: the first named outside a prepositional phrase; None when
    every person named is inside one."""
    starts = {t.start: k for k, t in enumerate(tokens)}
    object_before = False
    owner = None
    for span in named:
        if span.possessive:
            owner = span.actor if owner is None and starts.get(span.start, 0) == 0 else owner
            continue  # "Hale's lawyer Ivo Marek told …": the lawyer is the subject
        k = starts.get(span.start, 0)
        if hosts_show(tokens, k):
            continue  # "On the Tom Hale Show, Ivo Marek warned …": Marek is the subject
        m = k - 1
        while m >= 0 and (
            (tokens[m].capital and tokens[m].lower in HONORIFICS_AND_TITLES)
            or TIME_PREFIX.match(tokens[m].lower)
            or tokens[m].lower in lx.ROLE_MODIFIERS - {"of", "for", "to"}
            or (head_of(tokens[m].text) and not tokens[m].capital)
            or tokens[m].lower.startswith("ex-")
        ):
            m -= 1  # "the son of then-Ruritania Attorney General X", "with ex-Ruritania manager X"
        if object_before and m >= 0 and tokens[m].lower in ("and", "or"):
            continue  # "the son of Prince A and Princess B, C is …": B is an object too
        object_before = m >= 0 and tokens[m].lower in OBJECT_MARKERS and not passive_agent_at(tokens, m)
        if not object_before:
            return span.actor
    return owner  # "Vance's time was her best": the owner opening the sentence is its topic


def hosts_show(tokens: Sequence[Token], k: int) -> bool:
    """The name opening at tokens[k] is part of a show's title ("the Tom Hale Show")."""
    m = k
    while m < len(tokens) and tokens[m].capital and tokens[m].lower not in lx.SHOW_HEADS:
        m += 1
    return m > k and m < len(tokens) and tokens[m].capital and tokens[m].lower in lx.SHOW_HEADS


def passive_agent_at(tokens: Sequence[Token], m: int) -> bool:
    """tokens[m] is the "by" of a passive ("a view echoed by Jo Hale"): the agent is the one
    who acts, so the sentence is about that person."""
    return tokens[m].lower == "by" and m > 0 and tokens[m - 1].lower.endswith("ed")


def canonical(surfaces: Mapping[str, int], first_seen: dict[str, int], kind: str) -> str:
    """The fullest form seen: most words, then most characters, then most used, then first.
    A place goes by its most used form, as news names it ("Russia", not "Russian Federation"),
    the fullest on a tie."""
    if not surfaces:
        return ""
    if kind == "place":
        return min(surfaces, key=lambda s: (-surfaces[s], -len(s.split()), -len(s), first_seen[s], s))
    return min(
        surfaces,
        key=lambda s: (
            plain(s.split()[0]) in GIVEN_NAME_HONORIFICS,  # "Sir Keir" only if nothing fuller
            -len(s.split()),
            -len(s),
            -surfaces[s],
            first_seen[s],
            s,
        ),
    )


@dataclass(frozen=True)
class Description:
    """A role phrase standing for a person: "the French president", "A former CIA director"."""

    role: str
    head: str
    surface: str
    start: int
    end: int
    definite: bool  # "the …": refers back
    indefinite_subject: bool  # "A former CIA director has said": the next sentence names them
    at_start: bool
    office: bool = False  # "the director of the X Foundation": only for a quoted speaker next
    subject: bool = False  # opens its clause ("But while the TV chef …") or follows "said"
    later_subject: bool = False  # opens a later clause: "…, and while the Acme boss insists …"
    after_quote: bool = False  # "…,' the coroner added"
    aged: bool = False  # "the 37-year-old striker"; a bare "the 37-year-old" has no role


DESCRIPTION_VERBS = (
    frozenset("has have had is was will would said says told made".split()) | lx.REPORTING_VERBS
)


def find_descriptions(tokens: Sequence[Token], quoted: Sequence[tuple[int, int]]) -> list[Description]:
    """Role phrases not attached to a name, outside quotations."""
    out: list[Description] = []
    n = len(tokens)
    for k, tok in enumerate(tokens):
        if not head_of(tok.text):
            continue
        capital_title = tok.capital and tok.lower in lx.TITLE_ROLES  # "the Chancellor", "the Prime Minister"
        if any(a <= tok.start < b for a, b in quoted):
            continue
        nxt = tokens[k + 1] if k + 1 < n else None
        if nxt is not None and (nxt.capital or (nxt.text == "," and k + 2 < n and tokens[k + 2].capital)):
            continue  # a title before a name: handled with the name
        if nxt is not None and (nxt.lower == "of" or tokens[k + 1].name):
            continue
        # Walk back over modifiers to the determiner or possessive that opens the phrase.
        m = k - 1
        while (
            m >= 0
            and not is_possessive(tokens[m].text)
            and (
                tokens[m].lower in lx.ROLE_MODIFIERS - {"of", "for", "to"}
                or head_of(tokens[m].text)
                or (
                    tokens[m].capital
                    and tokens[m].text[:1].isalpha()
                    and tokens[m].lower not in lx.FUNCTION_WORDS
                )
            )
        ):
            m -= 1
        compounds = 0
        while m > 0 and compounds < 2 and compound_noun(tokens[m]) and tokens[m].lower not in ANONYMOUS:
            if tokens[m].lower in AGE_WORDS:
                break
            m -= 1  # "the TV chef", "the hill walker"
            compounds += 1
        aged = m >= 3 and aged_article(tokens, m - 3, ("the",))
        if aged:
            m -= 3  # "the 37-year-old striker": the age is no part of the role
        if m < 0:
            continue
        opener = tokens[m].lower
        possessive = is_possessive(tokens[m].text) or bool(re.match(r"^[a-z]+'s$", opener))
        if m >= 2 and tokens[m - 1].text == "," and tokens[m - 2].capital:
            continue  # an appositive: "Antonio Costa, the European Union president"
        if possessive:
            begin = m
            while begin > 0 and tokens[begin - 1].capital and tokens[begin - 1].lower in lx.TITLE_ROLES:
                begin -= 1  # "President Putin's spokesman"
        elif opener in DETERMINERS or opener in PRONOUN_OWNERS:
            begin = m + 4 if aged else m + 1
        else:
            continue
        if capital_title and (opener != "the" or aged):
            continue  # "Our Chancellor", "Prime Minister Jo Roe": no office standing alone
        if begin > k:
            continue
        role = role_text(tokens, begin, k)
        surface = " ".join(t.text for t in tokens[m : k + 1])
        verb_follows = nxt is not None and (nxt.lower in DESCRIPTION_VERBS)
        if opener in PRONOUN_OWNERS and not verb_follows and nxt is not None:
            # "His agent curtly replied." — a past-tense verb, perhaps after an adverb
            after = tokens[k + 2] if nxt.lower.endswith("ly") and k + 2 < n else nxt
            verb_follows = after.lower in DESCRIPTION_VERBS or bool(re.match(r"^[a-z]+ed$", after.lower))
        definite = opener == "the"
        subject = (opener in ("a", "an") or possessive or opener in PRONOUN_OWNERS) and verb_follows
        if definite and nxt is not None and continues_noun(nxt):
            continue  # "the president's office", "the leader board": the head is not the head
        out.append(
            Description(
                role=role,
                head=tok.lower,
                surface=surface,
                start=tokens[m].start,
                end=tok.end,
                definite=definite,
                indefinite_subject=subject or (possessive and verb_follows),
                at_start=not any(t.text[:1].isalnum() for t in tokens[:m]),
                subject=opens_clause(tokens, m) or (m > 0 and tokens[m - 1].lower in lx.REPORTING_VERBS),
                later_subject=m > 0 and tokens[m - 1].lower in CLAUSE_OPENERS and verb_follows,
                after_quote=after_quote(tokens, m),
                aged=aged,
            )
        )
    return out + bare_ages(tokens, quoted)


def bare_ages(tokens: Sequence[Token], quoted: Sequence[tuple[int, int]]) -> list[Description]:
    """ "…,' said the 37-year-old, who …", "The 23-year-old added": an age standing for a person,
    with no role noun after it."""
    out: list[Description] = []
    for m in range(len(tokens) - 3):
        if not aged_article(tokens, m, ("the",)) or any(a <= tokens[m].start < b for a, b in quoted):
            continue
        nxt = tokens[m + 4] if m + 4 < len(tokens) else None
        if nxt is not None and nxt.text[:1].isalpha() and not verb_follows(nxt) and nxt.lower not in RELATIVE:
            continue  # "the 37-year-old striker", "the 37-year-old's mother": not bare
        out.append(
            Description(
                role="",
                head="year-old",
                surface=" ".join(t.text for t in tokens[m : m + 4]),
                start=tokens[m].start,
                end=tokens[m + 3].end,
                definite=True,
                indefinite_subject=False,
                at_start=not any(t.text[:1].isalnum() for t in tokens[:m]),
                subject=opens_clause(tokens, m) or (m > 0 and tokens[m - 1].lower in lx.REPORTING_VERBS),
                after_quote=after_quote(tokens, m),
                aged=True,
            )
        )
    return out


PRONOUN_OWNERS = frozenset("his her their".split())
CONNECTIVES = frozenset("but and yet so while when as though although because however meanwhile".split())


def after_quote(tokens: Sequence[Token], m: int) -> bool:
    """ "…,' the coroner added", "…,' said the coroner": the description follows a closing
    quote mark (and a comma, and a reporting verb)."""
    k = m - 1
    if k >= 0 and tokens[k].lower in lx.REPORTING_VERBS:
        k -= 1
    if k >= 0 and tokens[k].text == ",":
        k -= 1
    return k >= 0 and tokens[k].text in "'’\"”"


def opens_clause(tokens: Sequence[Token], m: int) -> bool:
    """Only connectives and punctuation come before tokens[m]: "But while the star …"."""
    return all(not t.text[:1].isalnum() or t.lower in CONNECTIVES for t in tokens[:m])


def office_descriptions(
    tokens: Sequence[Token], quoted: Sequence[tuple[int, int]], named: Sequence[Span]
) -> list[Description]:
    """In a sentence naming no one outside quotations, "the director of the Acme Foundation"
    (a role of a named body): like "A former CIA director has said", it introduces the person
    the next sentence names. The role is the phrase up to its head ("director")."""
    if any(not s.quoted for s in named):
        return []
    out: list[Description] = []
    n = len(tokens)
    for k in range(1, n - 2):
        if tokens[k + 1].lower != "of" or not head_of(tokens[k].text):
            continue
        body = tokens[k + 3] if tokens[k + 2].lower == "the" and k + 3 < n else tokens[k + 2]
        if not body.capital or any(a <= tokens[k].start < b for a, b in quoted):
            continue
        m = k - 1
        while m >= 0 and (tokens[m].lower in lx.ROLE_MODIFIERS or head_of(tokens[m].text)):
            m -= 1
        if m < 0 or tokens[m].lower != "the":
            continue  # "a director of …", "its director of …": not an introduction
        out.append(
            Description(
                role=role_text(tokens, m + 1, k),
                head=tokens[k].lower,
                surface=" ".join(t.text for t in tokens[m : k + 1]),
                start=tokens[m].start,
                end=tokens[k].end,
                definite=False,
                indefinite_subject=True,
                at_start=not any(t.text[:1].isalnum() for t in tokens[:m]),
                office=True,
            )
        )
        break
    return out


def continues_noun(nxt: Token) -> bool:
    """After "the <role>", a word that makes the role a modifier of another noun. A verb ("said",
    "visited"), an auxiliary ("would"), a relative or a clause end leaves it the head."""
    low = nxt.lower
    if nxt.text in CLAUSE_END or not nxt.text[:1].islower():
        return False
    if low in DESCRIPTION_VERBS or low in RELATIVE or low in lx.AUXILIARIES:
        return False
    return not re.match(r"^[a-z]+(ed|s)$", low)


def definite_referent(
    desc: Description,
    previous: Sequence[Span],
    named_here: set[int],
    persons: set[int],
    roles: Sequence[Sequence[str]],
    focus: int | None,
    named_before: bool = False,
) -> int | None:
    """The one person named in the sentence before (else the person in focus) whom
    "the <role>" can stand for. `named_before`: a person is named earlier in its own sentence."""
    candidates: list[int] = []
    for s in previous:
        if s.actor in persons and s.actor not in named_here and s.actor not in candidates and not s.quoted:
            candidates.append(s.actor)
    previous_named = bool(candidates)
    if not candidates and focus is not None and focus not in named_here:
        candidates = [focus]
    if not candidates:
        return None
    if not desc.role:
        # "said the 37-year-old": the one person just named, else the one in focus
        if len(candidates) == 1:
            return candidates[0]
        return focus if focus in candidates else None
    matching = [c for c in candidates if any(role_head_word(r) == desc.head for r in roles[c])]
    if len(matching) == 1:
        return matching[0]
    foreign = foreign_office(desc)
    if (
        not matching
        and desc.head in lx.OFFICE_HEADS
        and (desc.at_start or not previous_named)
        and not foreign
    ):
        return candidates[0]  # "The former Ukrainian president" — not "the former Monaco …"
    lone = candidates[0] if len(candidates) == 1 and not roles[candidates[0]] else None
    past = bool(PAST_OFFICE & set(desc.role.lower().split()))  # "the retired senator"
    if not matching and desc.head in lx.OFFICE_HEADS and lone is not None and past and not foreign:
        return lone  # "Tom Hale …" then "In Chicago, the retired senator …": the role he lacked
    if (
        not matching
        and lone is not None
        and (
            (previous_named and desc.subject and not desc.after_quote)
            or (desc.after_quote and (" " in desc.role or desc.aged))
        )
        and not foreign
        and desc.head not in ANONYMOUS
    ) or (
        not matching
        and lone is not None
        and (desc.subject or (desc.later_subject and not named_before))
        and body_role(desc)
        and not foreign
    ):
        # "… by Jane Doe. But while the TV chef …", "'…,' said the hill runner": the one
        # person (named just before, or in focus when speaking), with no role yet; a bare
        # "said the judge" more often brings in someone new
        return lone
    return None


def body_role(desc: Description) -> bool:
    """ "the Acme manager": a role owned by a named body, which a paper uses for the person its
    story follows rather than to bring in someone new."""
    owner = plain(desc.role.split()[0])
    return desc.role[:1].isupper() and " " in desc.role and not desc.after_quote and owner not in lx.DEMONYMS


def foreign_office(desc: Description) -> bool:
    """ "the former Ruritanian president": a place in the role, so another country's office and
    most often another person than the one just named."""
    return any(w[:1].isupper() and lx.place_name(plain(w)) for w in desc.role.split())


CLAUSE_OPENERS = frozenset("after and when as while because before but since until so".split())


def earlier_in_sentence(
    desc: Description,
    tokens: Sequence[Token],
    row: Sequence[Span],
    persons: set[int],
    roles: Sequence[Sequence[str]],
) -> int | None:
    """ "Jane Doe scored after 66 minutes when the Acme forward pounced", "Tom Hale made the save
    - and the former Ruritania keeper says …": a definite description opening a later clause of
    the sentence, with a verb, stands for the one person named before it (and none after), when
    that person has no role yet or one with the same head."""
    if not desc.definite or desc.head in ANONYMOUS:
        return None
    m = next((k for k, t in enumerate(tokens) if t.start == desc.start), None)
    h = next((k for k, t in enumerate(tokens) if t.end == desc.end), None)
    if m is None or h is None or m == 0 or h + 1 >= len(tokens):
        return None
    if tokens[m - 1].lower not in CLAUSE_OPENERS or not verb_follows(tokens[h + 1]):
        return None
    if h + 2 < len(tokens) and tokens[h + 2].lower in ("him", "her", "them", "he", "she", "they"):
        return None  # "… after the officer stopped him", "as the judge said he would": someone else
    people = [s for s in row if s.actor in persons and not s.quoted]
    before = {s.actor for s in people if s.end <= desc.start}
    if len(before) != 1 or any(s.start >= desc.end for s in people):
        return None
    (target,) = before
    if foreign_office(desc):
        return None
    if roles[target] and not any(role_head_word(r) == desc.head for r in roles[target]):
        return None
    return target


def verb_follows(tok: Token) -> bool:
    low = tok.lower
    return low in DESCRIPTION_VERBS or low in MODALS or bool(re.match(r"^[a-z]+(?:ed|s)$", low))


ROLE_WINDOW = 6  # sentences looked back for the one holder of a role ("the coroner added")


def holder_of(
    desc: Description,
    recent: Sequence[Sequence[Span]],
    named_here: set[int],
    persons: set[int],
    roles: Sequence[Sequence[str]],
) -> int | None:
    """The one person named in the recent sentences whose role has the description's head:
    "Coroner Jane Doe …" then "'…,' the coroner added"."""
    holders = {
        s.actor
        for row in recent
        for s in row
        if s.actor in persons
        and s.actor not in named_here
        and any(role_head_word(r) == desc.head for r in roles[s.actor])
    }
    return holders.pop() if len(holders) == 1 else None


PAST_OFFICE = frozenset("former retired ex late outgoing then".split())


def role_head_word(role: str) -> str:
    """The head of a role phrase: its last word, or the word before "of/for/at" ("commissioner"
    in "Children's Commissioner for Borduria", "chief" in "chief of naval staff")."""
    words = role.lower().split()
    for i, word in enumerate(words):
        if i and word in ("of", "for", "at"):
            return words[i - 1]
    return words[-1] if words else ""


def build(analysis: Analysis, quotes: Sequence[Quote] = ()) -> tuple[Actor, ...]:
    """The public actors: ranked by mentions (then first mention), with their quote counts."""
    quote_counts = Counter(q.speaker for q in quotes if q.speaker)
    actors: list[tuple[int, int, Actor]] = []
    for g, group in enumerate(analysis.groups):
        found = analysis.mentions[g]
        if not found:
            continue
        roles = group.roles if group.kind == "person" else ()
        actors.append(
            (
                -len(found),
                found[0].sentence,
                Actor(
                    name=group.name,
                    kind=group.kind,
                    aliases=group.aliases,
                    role=most_specific(roles),
                    roles=roles,
                    mentions=found,
                    quotes=quote_counts.get(group.name, 0),
                ),
            )
        )
    actors.sort(key=lambda t: (t[0], t[1], t[2].name))
    return tuple(a for _, _, a in actors)


def known_head(role: str) -> int:
    """1 when the role's head is a known role noun ("US president", "opposition leader in
    Ukraine", "bell-ringer", "former first lady"), 0 for a loose description or a misread
    headline ("aide slam GOP memo on tax")."""
    words = role.lower().split()
    for i, word in enumerate(words):
        if i and word in PHRASE_PREPOSITIONS:
            head = words[i - 1]  # before "of/in/from …": "leader" in "opposition leader in Ukraine"
            return 1 if head_of(head) or head in lx.RELATIONS else 0
    head = words[-1] if words else ""
    known = (
        head_of(head)
        or head in lx.RELATIONS
        or head.endswith(DOER_ENDINGS)
        or words[-2:] == ["first", "lady"]
    )
    return 1 if known or head.removesuffix("s") in lx.ROLE_HEADS else 0


# Nouns that say a person is one, not what they do: any other role is more specific.
GENERIC_PERSONS = frozenset("man woman boy girl teenager person mum dad youngster".split())
VAGUE_COMPLEMENT = re.compile(r" (?:of|for|with|at) (?:a|an|some) .*$")


def most_specific(roles: Sequence[str]) -> str | None:
    """A role ending in a known role noun beats one that does not; a bare title ("president")
    loses to any qualified role ("US president"); then the role with more words (up to six)
    wins, then proper nouns in it, then the first seen."""
    if not roles:
        return None

    def weight(pair: tuple[int, str]) -> tuple[int, int, int, int]:
        position, role = pair
        words = VAGUE_COMPLEMENT.sub("", role).split()  # "founder of a charity" says no more than "founder"
        bare = len(words) == 1 and plain(words[0]) in lx.TITLE_ROLES | lx.ROLE_HEADS
        proper = any(w[:1].isupper() for w in words)
        generic = bool(words) and plain(words[-1]) in GENERIC_PERSONS  # "Darwin woman" < "model"
        known = 0 if generic else known_head(role)
        return (known, 0 if bare else 1, min(len(words), 6) + (1 if proper else 0), -position)

    return max(enumerate(roles), key=weight)[1]

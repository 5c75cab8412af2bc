"""Scraped-news cleaning: pure functions over lines, chained by `clean`.

Scrapes carry photo credits, picture captions, promos and truncated teasers. Each rule here is
general (shape of the line, its neighbours), never a string from one page.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

# Runs of white space other than one plain space (which stays as it is: matching every single
# space of a 10 MB text to put it back cost most of the cleaning).
SPACE = r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]"
SPACES = re.compile(rf" {SPACE}+|(?! ){SPACE}+")
INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
# A line ends a sentence when its last visible character is a stop, perhaps followed by closing
# quotes and brackets, or is a closing quote.
STOPS = frozenset(".!?…:;")
CLOSERS = "\"'”’»)]"
CLOSING_QUOTES = frozenset('"”’»')
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
BULLET = r"[\s•●▪▶►▸→*+\-–—|>]*"
PROMO = re.compile(
    BULLET + r"(?:read|watch|listen|see|more|related|recommended|explore|continue reading)"
    r"(?:\s+(?:more|in full|the full story|next|also|here|now))?\s*(?::|$)"
    r"|" + BULLET + r"(?:advertisement|sponsored(?: content)?|sign up|subscribe|follow us|"
    r"share this|click here|image caption|media caption)\b",
    re.IGNORECASE,
)
CREDIT_PREFIX = re.compile(
    r"^\s*(?:photo(?:graph)?|picture|image|credit|illustration|video)s?\s*(?:credit)?\s*[:|]",
    re.IGNORECASE,
)
# A wire dateline opening a story: "Moscow (CNN)", "(Reuters) -", "WASHINGTON, D.C. (AP) —".
DATELINE = re.compile(
    r"^(?:[A-Z][\w.'’-]*(?:,? [A-Z][\w.'’-]*){0,4} )?"
    r"\((?:CNN|AP|Reuters|AFP|UPI|PA|dpa|Bloomberg|Xinhua|EFE|ANSA|Kyodo|Yonhap|TASS|Tass)\)"
    r"\s*(?:[-—–]+\s*)?(?=\S)"
)
LIST_MARKER = re.compile(r"^\s{0,3}(?:[-*+]|\d+[.)])\s+(?=\S)")
QUOTE_MARKER = re.compile(r"^\s{0,3}>\s?")
LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
MARKDOWN_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
# Words a complete sentence never ends on; a line ending on one was cut off.
DANGLING = frozenset(
    "a an the of to in on at by for from with into onto over under about than as and or but nor "
    "that which who whom whose his her its their our my your this these those is are was were be "
    "been has have had will would could should can may might must".split()
)
CAPTION_WORDS = 30
# Promos and cut-off teasers are a line or a sentence long; a longer line is an article paragraph
# (single-paragraph scrapes glue a share bar or a trailing caption onto the whole story).
SHORT_LINE_WORDS = 40
SENTENCE_END = re.compile(r"""[.!?…]["'”’»)\]]*\s+(?=["'“‘(\[]?[A-Z0-9])""")


@dataclass(frozen=True)
class Cleaned:
    """A document's text after cleaning: its paragraphs (one per line) and a title if it had one."""

    paragraphs: tuple[str, ...]
    title: str | None


def normalize(text: str) -> str:
    """Unicode NFC, one kind of newline, plain spaces, no invisible characters."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = INVISIBLE.sub("", text)
    return "\n".join(SPACES.sub(" ", line).strip() for line in text.split("\n"))


def is_terminated(line: str) -> bool:
    line = line.rstrip()
    core = line.rstrip(CLOSERS)
    return (bool(core) and core[-1] in STOPS) or (bool(line) and line[-1] in CLOSING_QUOTES)


def words(line: str) -> list[str]:
    return WORD.findall(line)


def unwrap(text: str) -> str:
    """Join hard-wrapped paragraphs (blank-line separated, lines cut mid-sentence) into one line.

    A block is hard-wrapped when most of its lines, the last aside, stop without terminal
    punctuation; a scraped page, where every line is a paragraph, is left alone.
    """
    blocks = re.split(r"\n\s*\n", text)
    return "\n\n".join(join_block(block) for block in blocks)


def join_block(block: str) -> str:
    lines = [line for line in block.split("\n") if line]
    body = lines[:-1]
    if len(body) < 2 or any(MARKDOWN_HEADING.match(line) for line in lines):
        return block
    open_lines = sum(1 for line in body if not is_terminated(line) and len(line) > 30)
    if open_lines / len(body) < 0.6:
        return block
    return " ".join(lines)


def is_credit(line: str) -> bool:
    """A photo credit: "NAME/AGENCY", "PRESS ASSOCIATION", "Photograph: X/Reuters"."""
    if CREDIT_PREFIX.match(line):
        return True
    if not line.isupper():  # some lower-case letter, or no letters at all
        return False
    # All capitals: a credit names an agency after a slash, or is a short shouted byline.
    return "/" in line or (len(line.split()) <= 4 and not is_terminated(line))


def is_promo(line: str) -> bool:
    """ "• Read in full: …", "Watch: …", "Advertisement", "Sign up to our newsletter"."""
    return len(line.split()) <= SHORT_LINE_WORDS and bool(PROMO.match(line))


def trim_tail(line: str) -> str:
    """A paragraph minus its unfinished last sentence; "" when no complete sentence precedes it."""
    ends = list(SENTENCE_END.finditer(line))
    return line[: ends[-1].end()].rstrip() if ends else ""


def is_truncated(line: str) -> bool:
    """A teaser cut off mid-sentence: no final punctuation, ends on a word fragment or a
    word that cannot end a sentence ("… launched a day of emergency t")."""
    if is_terminated(line):
        return False
    if not words(line):
        return True
    last = line.split()[-1].strip("\"'”’»)]")  # "in 2013" ends on a number, not on "in"
    if last.lower() in DANGLING:
        return True
    return len(last) == 1 and last not in ("I", "A") and line.rstrip()[-1].isalpha()


def is_heading(line: str) -> bool:
    """A markdown heading, or a short line without final punctuation (title, caption, label)."""
    if MARKDOWN_HEADING.match(line):
        return True
    return not is_terminated(line) and len(words(line)) <= CAPTION_WORDS


def heading_text(line: str) -> str:
    match = MARKDOWN_HEADING.match(line)
    return (match.group(1) if match else line).strip()


def strip_markdown(line: str) -> str:
    """Plain text from a markdown line: list markers, emphasis and links removed."""
    line = LIST_MARKER.sub("", line)
    line = QUOTE_MARKER.sub("", line)
    if "](" in line:
        line = LINK.sub(r"\1", line)
    if "**" in line or "__" in line:
        line = EMPHASIS.sub(r"\2", line)
    return line


def drop_noise(lines: Sequence[str]) -> tuple[list[str], str | None]:
    """Keep the lines that are prose; return them and the document's title if it opens with one."""
    kept: list[str] = []
    title: str | None = None
    for i, line in enumerate(lines):
        following = lines[i + 1] if i + 1 < len(lines) else ""
        if is_credit(line) or is_promo(line):
            continue
        if is_credit(following) and not is_terminated(line):
            continue  # a caption: the unpunctuated line above a photo credit
        if is_heading(line):
            if title is None and not kept and not is_truncated(line):
                title = heading_text(line)
            continue
        if len(line.split()) > SHORT_LINE_WORDS:
            if not is_terminated(line):
                # A glued caption or a cut-off tail ends a long paragraph; a lone long
                # sentence without its full stop is still prose.
                line = trim_tail(line) or line
        elif is_truncated(line):
            continue
        kept.append(line)
    return kept, title


def clean(text: str) -> Cleaned:
    """Normalise, unwrap, and drop the noise lines of one document."""
    text = unwrap(normalize(text))
    lines = [DATELINE.sub("", strip_markdown(line).strip()) for line in text.split("\n")]
    kept, title = drop_noise([line for line in lines if line])
    return Cleaned(paragraphs=tuple(kept), title=title)

"""Format readers: web pages, RSS/Atom feeds and JSON Lines to Documents.

Every reader takes bytes (or lines of bytes) and a source name, and either yields Documents or
raises InputError with a one-line message; untrusted input never escapes as a traceback.
trafilatura, feedparser and lxml are imported inside the functions that need them, so
`brief --help` stays fast.
"""

from __future__ import annotations

import io
import json
import logging
import re
import time
from collections.abc import Callable, Iterable, Iterator
from configparser import ConfigParser
from copy import deepcopy
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, BinaryIO

from .errors import InputError
from .ingest import decode, looks_binary
from .models import Document, ReadOptions

Report = Callable[[str], None]

SUFFIX_KINDS = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
SUFFIXES = frozenset(SUFFIX_KINDS)
# Per-line detail about malformed JSON Lines stops after this many; the total is always reported.
MAX_LINE_NOTES = 10
SNIFF_CHARS = 2048
HTML_START = re.compile(
    rb"^(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL
)
HTML_TAG = re.compile(rb"<(?:html|head|body|article|p|div|title|meta)\b[^>]*>", re.IGNORECASE)
FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:rdf)\b", re.IGNORECASE)
XML_DECLARATION = re.compile(rb"^<\?xml\b", re.IGNORECASE)
BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article")
DROPPED = ("script", "style", "noscript", "iframe", "figure", "figcaption", "nav", "aside", "form", "button")
# Private-use marks for breaks, so source-formatting whitespace can be collapsed around them.
BLOCK_BREAK = "\ue000"
LINE_BREAK = "\ue001"


def kind_of_suffix(suffix: str) -> str | None:
    """`html`, `feed` or `jsonl` for a file suffix brief has a reader for, else None (text)."""
    return SUFFIX_KINDS.get(suffix.lower())


def sniff(data: bytes) -> str:
    """Guess an input's kind from its first bytes: `html`, `feed`, `jsonl` or `text`."""
    head = data[:SNIFF_CHARS].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<"):
        if FEED_ROOT.search(head) and not HTML_START.match(head):
            return "feed"
        if HTML_START.match(head) or len(HTML_TAG.findall(head)) >= 2:
            return "html"
        if XML_DECLARATION.match(head):
            return "feed"
    if head.startswith(b"{") and looks_like_jsonl(data):
        return "jsonl"
    return "text"


def looks_like_jsonl(data: bytes) -> bool:
    """The first line is a complete JSON object (a news text never starts like that)."""
    end = data.find(b"\n")
    first = (data if end < 0 else data[:end]).lstrip(b"\xef\xbb\xbf").strip()
    try:
        return isinstance(json.loads(first), dict)
    except (ValueError, RecursionError):
        return False


def is_binary(data: bytes) -> bool:
    """Binary, unless UTF-16 with a byte-order mark (its NUL bytes are text); the parsers
    read the declared encoding themselves."""
    return not data.startswith((b"\xff\xfe", b"\xfe\xff")) and looks_binary(data)


def quiet_libraries() -> None:
    """trafilatura and htmldate log parser complaints; brief reports problems itself."""
    for name in ("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer"):
        logging.getLogger(name).setLevel(logging.CRITICAL + 1)


# --- HTML ---------------------------------------------------------------------------------


def read_html(data: bytes, source: str, url: str | None = None) -> Document:
    """A web page's main text (navigation, ads, comments, credits dropped) with its metadata."""
    if is_binary(data):
        raise InputError(f"{source}: looks like a binary file, not a web page")
    quiet_libraries()
    try:
        found = extract(data, url)
        text = found.text if found is not None and found.text else ""
        if "\n" not in text.strip():
            # Below trafilatura's minimum size it falls back on a flat baseline (one line,
            # captions included); for a short article its own extractor does better.
            retry = extract(data, url, min_size=1)
            if retry is not None and retry.text and retry.text.strip():
                found, text = retry, retry.text
        if not text.strip():
            import trafilatura

            text = trafilatura.baseline(data)[1]
    # lxml and the extractors raise many kinds of error on hostile markup; all mean "unreadable".
    except Exception as exc:
        raise InputError(f"{source}: cannot extract text from this page ({one_line(exc)})") from None
    title = meta(found, "title")
    return Document(
        source=source,
        text=paragraphs(text, title),
        title=title,
        url=meta(found, "url") or url,
        date=meta(found, "date"),
        author=meta(found, "author"),
    )


def extract(data: bytes, url: str | None, min_size: int | None = None) -> Any:
    """trafilatura's main-text extraction with metadata: no comments, tables, images or links."""
    import trafilatura

    extracted = trafilatura.bare_extraction(
        data,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        config=extraction_config(min_size),
    )
    return None if isinstance(extracted, dict) else extracted


@lru_cache(maxsize=4)
def extraction_config(min_size: int | None) -> ConfigParser:
    """trafilatura's defaults, with another minimum text size when one is given."""
    from trafilatura.settings import DEFAULT_CONFIG

    if min_size is None:
        return DEFAULT_CONFIG
    config = deepcopy(DEFAULT_CONFIG)
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", str(min_size))
    return config


def meta(found: Any, name: str) -> str | None:
    value = getattr(found, name, None) if found is not None else None
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else None


def paragraphs(text: str, title: str | None) -> str:
    """One paragraph per block, blank-line separated; a leading copy of the title removed."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if lines and title and " ".join(lines[0].split()) == title:
        lines = lines[1:]
    return "\n\n".join(lines)


def fragment_text(markup: str) -> str:
    """Text of an HTML fragment (a feed entry's content), one paragraph per block element."""
    if "<" not in markup:
        return markup
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return re.sub(r"<[^>]*>", " ", markup)
    for element in list(root.iter(*DROPPED)):
        if element is not root:
            element.drop_tree()
    for element in root.iter("br"):
        element.tail = LINE_BREAK + (element.tail or "")
    for element in root.iter(*BLOCKS):
        element.tail = BLOCK_BREAK + (element.tail or "")
        element.text = BLOCK_BREAK + (element.text or "")
    text = str(root.text_content())
    blocks = (" ".join(block.split()).replace(f" {LINE_BREAK} ", "\n") for block in text.split(BLOCK_BREAK))
    return "\n\n".join(
        block.strip(f" {LINE_BREAK}").replace(LINE_BREAK, "\n")
        for block in blocks
        if block.strip(f" {LINE_BREAK}")
    )


# --- Feeds --------------------------------------------------------------------------------


def refuse_entities(data: bytes, source: str) -> None:
    """Refuse XML that declares entities (billion laughs, quadratic blow-up, external files)."""
    import xml.sax
    import xml.sax.handler

    import defusedxml.sax
    from defusedxml import DefusedXmlException

    try:
        defusedxml.sax.parseString(
            data,
            xml.sax.handler.ContentHandler(),
            forbid_dtd=False,
            forbid_entities=True,
            forbid_external=True,
        )
    except DefusedXmlException:
        raise InputError(
            f"{source}: refused: the XML declares entities (entity expansion is disabled for safety)"
        ) from None
    except (xml.sax.SAXException, ValueError, RecursionError):
        pass  # not well-formed: feedparser's lenient parser copes, and never expands custom entities


def read_feed(data: bytes, source: str, report: Report | None = None) -> list[Document]:
    """Every entry of an RSS or Atom feed as a Document: title, link, date, author, text."""
    if is_binary(data):
        raise InputError(f"{source}: looks like a binary file, not a feed")
    refuse_entities(data, source)
    import feedparser

    try:
        parsed = feedparser.parse(io.BytesIO(data), resolve_relative_uris=False, sanitize_html=True)
    # feedparser falls back on a lenient parser, but hostile input can still upset it.
    except Exception as exc:
        raise InputError(f"{source}: not a readable feed ({one_line(exc)})") from None
    entries = list(parsed.get("entries") or [])
    if not parsed.get("version") and not entries:
        reason = parsed.get("bozo_exception")
        detail = f" ({one_line(reason)})" if reason else ""
        raise InputError(f"{source}: not an RSS or Atom feed{detail}")
    if not entries and report is not None:
        report(f"{source}: the feed has no entries")
    return [entry_document(entry, source, number) for number, entry in enumerate(entries, start=1)]


def entry_document(entry: Any, feed_source: str, number: int) -> Document:
    link = text_value(entry.get("link"))
    return Document(
        source=link or f"{feed_source}#{number}",
        text=entry_text(entry),
        title=text_value(entry.get("title")),
        url=link,
        date=entry_date(entry),
        author=text_value(entry.get("author")),
        id=text_value(entry.get("id")) or link,
    )


def entry_text(entry: Any) -> str:
    """The fullest body an entry offers (content, else summary), HTML turned into paragraphs."""
    bodies: list[tuple[str, str]] = []
    for content in entry.get("content") or []:
        bodies.append((str(content.get("value") or ""), str(content.get("type") or "")))
    detail = entry.get("summary_detail") or {}
    bodies.append((str(entry.get("summary") or ""), str(detail.get("type") or "text/html")))
    value, kind = max(bodies, key=lambda body: len(body[0]))
    return fragment_text(value) if "html" in kind else value


def entry_date(entry: Any) -> str | None:
    for key in ("published", "updated", "created"):
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            try:
                return time.strftime("%Y-%m-%dT%H:%M:%SZ", parsed)
            except (TypeError, ValueError):
                pass
        raw = text_value(entry.get(key))
        if raw:
            return raw
    return None


def text_value(value: Any) -> str | None:
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else None


# --- JSON Lines ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Oversized:
    """Stands for a line longer than the reader will hold in memory."""

    limit: int


def read_jsonl(
    lines: Iterable[bytes | Oversized], source: str, options: ReadOptions, report: Report | None = None
) -> Iterator[Document]:
    """One Document per record, lazily; malformed lines are reported by number and skipped."""
    bad = 0
    total = 0
    for number, raw in enumerate(lines, start=1):
        if isinstance(raw, bytes) and not raw.strip():
            continue
        total += 1
        try:
            yield record_document(raw, number, source, options)
        except MalformedLine as exc:
            bad += 1
            if report is not None and bad <= MAX_LINE_NOTES:
                report(f"{source}:{number}: {exc}; skipped")
    if bad and report is not None:
        report(f"warning: {source}: skipped {bad} malformed line(s) of {total}")


class MalformedLine(Exception):
    """A JSON Lines record that cannot become a document (reported, then skipped)."""


def record_document(raw: bytes | Oversized, number: int, source: str, options: ReadOptions) -> Document:
    if isinstance(raw, Oversized):
        raise MalformedLine(f"longer than {raw.limit} bytes")
    try:
        line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
    except UnicodeDecodeError as exc:
        raise MalformedLine(f"not valid UTF-8 (byte {exc.start + 1})") from None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise MalformedLine(f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    except RecursionError:
        raise MalformedLine("not valid JSON (nested too deeply)") from None
    if not isinstance(record, dict):
        raise MalformedLine(f"not a JSON object but {json_kind(record)}")
    text = field_text(record, options.text_field)
    if text is None:
        raise MalformedLine(f"no text in field {options.text_field!r}")
    record_id = scalar(field(record, options.id_field))
    return Document(
        source=record_id or f"{source}:{number}",
        text=text,
        title=scalar(field(record, options.title_field)),
        url=scalar(record.get("url") or record.get("link")),
        date=scalar(record.get("date") or record.get("published")),
        author=scalar(record.get("author")),
        id=record_id or str(number),
    )


def field(record: dict[str, Any], name: str) -> Any:
    """A record's field by name, or by a dotted path into nested objects (`article.body`)."""
    if name in record:
        return record[name]
    value: Any = record
    for part in name.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def field_text(record: dict[str, Any], name: str) -> str | None:
    """A string, or a list of strings (paragraphs); anything else is no text."""
    value = field(record, name)
    if isinstance(value, str):
        return value
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return "\n\n".join(value)
    return None


def scalar(value: Any) -> str | None:
    """A string or number as one line of text; anything else (objects, null, booleans) is None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, str):
        return " ".join(value.split()) or None
    return None


def json_kind(value: Any) -> str:
    names = {list: "an array", str: "a string", bool: "a boolean", int: "a number", float: "a number"}
    return names.get(type(value), "null")


def capped_lines(stream: BinaryIO, limit: int) -> Iterator[bytes | Oversized]:
    """The lines of a binary stream, one at a time; a line over `limit` bytes is drained and
    stands as Oversized instead of being held in memory."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) > limit:
            while not line.endswith(b"\n"):  # drain the rest of the over-long line
                line = stream.readline(1024 * 1024)
                if not line:
                    break
            yield Oversized(limit)
            continue
        yield line


# --- Dispatch -----------------------------------------------------------------------------


def documents(
    data: bytes,
    source: str,
    kind: str,
    options: ReadOptions,
    report: Report | None = None,
    url: str | None = None,
) -> Iterator[Document]:
    """Documents from one input's bytes, read as `kind` (`html`, `feed`, `jsonl` or `text`)."""
    sniffed = sniff(data) if kind in ("html", "feed") else kind
    if sniffed in ("html", "feed") and sniffed != kind:
        kind = sniffed  # an XHTML page saved as .xml, a feed served as text/html
    if kind == "html":
        yield read_html(data, source, url=url)
    elif kind == "feed":
        yield from read_feed(data, source, report)
    elif kind == "jsonl":
        yield from read_jsonl(io.BytesIO(data), source, options, report)
    else:
        yield Document(source=source, text=decode(data, source), url=url)


def one_line(value: object) -> str:
    return " ".join(str(value).split())[:200]

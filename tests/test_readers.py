"""Readers: web pages, feeds and JSON Lines into Documents; sources and near-duplicates across them."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from brief import Document
from brief.errors import InputError
from brief.models import ReadOptions
from brief.readers import (
    Oversized,
    capped_lines,
    fragment_text,
    read_feed,
    read_html,
    read_jsonl,
    sniff,
)

DATA = Path(__file__).parent / "data" / "inputs"
PAGE = (DATA / "page.html").read_text(encoding="utf-8")
PAGE_SENTENCES = [
    "Heavy rain flooded the town of Exampleville on Tuesday, forcing hundreds of residents from their homes.",
    "The river rose two metres overnight and broke its banks shortly before dawn, the mayor told reporters.",
    "Emergency services said no one had been hurt, but warned that more rain was expected later in the week.",
]

RSS = (DATA / "wire.rss").read_text(encoding="utf-8")
FLOOD = (
    "Heavy rain flooded the town of Exampleville on Tuesday, forcing hundreds of residents from their homes "
    "and businesses, officials said."
)
RIVER = "The river rose two metres overnight and broke its banks before dawn."
MAYOR = "The mayor asked the national government for emergency funds to repair the damage."

ATOM = (DATA / "wire.atom").read_text(encoding="utf-8")

BILLION_LAUGHS = (DATA / "billion-laughs.xml").read_text(encoding="utf-8")
STRIKE = "Dock workers walked out on Monday, and ships queued outside the port."
TALKS = "Talks resumed on Tuesday and a deal was close, officials said."
RECORDS = [
    {"id": "a1", "title": "Port strike", "text": STRIKE},
    {"id": 7, "headline": "Numbered", "text": TALKS},
]


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def jsonl(*records: Any) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


# --- sniffing -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
        (b"\xef\xbb\xbf  <html lang=en><p>x</p>", "html"),
        (b"<!-- saved --><html><p>x</p>", "html"),
        (b"<div><p>A fragment of a page.</p></div>", "html"),
        (b'<?xml version="1.0"?><rss version="2.0"></rss>', "feed"),
        (b'<feed xmlns="http://www.w3.org/2005/Atom"></feed>', "feed"),
        (b'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><p>x</p></html>', "html"),
        (b'{"text": "A record."}\n{"text": "Another."}\n', "jsonl"),
        (b'\xef\xbb\xbf{"text": "' + b"A long record. " * 500 + b'"}\n', "jsonl"),
        (b"{not json at all} said the story.", "text"),
        (b"Plain news text. <b>Bold</b> claims aside.", "text"),
        (b"<3 is a heart, said nobody in this story.", "text"),
        (b"", "text"),
    ],
)
def test_sniff(data: bytes, kind: str) -> None:
    assert sniff(data) == kind


# --- HTML ---------------------------------------------------------------------------------


def test_read_html_keeps_the_article_and_its_metadata() -> None:
    doc = read_html(PAGE.encode(), "page.html")
    assert doc.title == "Rain floods Exampleville"
    assert doc.author == "Jane Doe"
    assert doc.date == "2024-03-05"
    assert doc.text == "\n\n".join(PAGE_SENTENCES)


def test_html_file_summary_drops_boilerplate(cli: Any, tmp_path: Path) -> None:
    path = write(tmp_path, "page.html", PAGE)
    result = cli("summary", str(path), "-f", "text")
    assert result.code == 0, result.stderr
    assert result.stdout == "".join(s + "\n" for s in PAGE_SENTENCES)


def test_html_title_is_used_in_markdown(cli: Any, tmp_path: Path) -> None:
    path = write(tmp_path, "page.htm", PAGE)
    result = cli("summary", str(path), "-f", "markdown", "-n", "1")
    assert result.code == 0, result.stderr
    assert result.stdout == (f"# Rain floods Exampleville\n\nSource: {path}\n\n- {PAGE_SENTENCES[0]}\n")


def test_html_on_stdin_is_detected(cli: Any) -> None:
    result = cli("summary", "-f", "text", "-n", "1", stdin=PAGE.encode())
    assert (result.code, result.stdout) == (0, PAGE_SENTENCES[0] + "\n")


def test_a_page_without_a_suffix_is_sniffed(cli: Any, tmp_path: Path) -> None:
    path = write(tmp_path, "saved-page", PAGE)
    result = cli("summary", str(path), "-f", "text", "-n", "1", "-m", "lead")
    assert (result.code, result.stdout) == (0, PAGE_SENTENCES[0] + "\n")


def test_truncated_html_still_reads(cli: Any, tmp_path: Path) -> None:
    cut = PAGE[: PAGE.index("the mayor told") + 5]
    path = write(tmp_path, "cut.html", cut)
    result = cli("summary", str(path), "-f", "text")
    assert result.code == 0, result.stderr
    assert result.stdout == PAGE_SENTENCES[0] + "\n"


def test_a_short_page_falls_back_to_its_paragraphs() -> None:
    doc = read_html(b"<html><body><p>The vote was delayed until March.</p></body></html>", "s.html")
    assert doc.text == "The vote was delayed until March."


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x00\x01\x02binary\x00", "b.html: looks like a binary file, not a web page"),
    ],
)
def test_unreadable_pages(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=f"^{message}$"):
        read_html(data, "b.html")


def test_a_page_with_no_prose_is_a_one_line_error(cli: Any, tmp_path: Path) -> None:
    path = write(tmp_path, "empty.html", "<html><body><nav><a href='/'>Home</a></nav></body></html>")
    result = cli("summary", str(path))
    assert result.code == 2
    assert result.stderr == f"brief: {path}: no sentences left after cleaning (empty or not prose)\n"


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ("Plain words.", "Plain words."),
        ("<p>One.</p><p>Two &amp; three.</p>", "One.\n\nTwo & three."),
        ("<p>Kept.</p><figure><img src=x><figcaption>Photo: AP</figcaption></figure>", "Kept."),
        ("<p>Kept.</p><script>var x = 1;</script>", "Kept."),
        ("Line one<br>line two", "Line one\nline two"),
        ("<ul><li>First item.</li><li>Second item.</li></ul>", "First item.\n\nSecond item."),
        ("<p>Unclosed <b>bold", "Unclosed bold"),
        ("", ""),
    ],
)
def test_fragment_text(markup: str, text: str) -> None:
    assert fragment_text(markup) == text


# --- feeds --------------------------------------------------------------------------------


def test_read_feed_makes_a_document_per_entry() -> None:
    docs = read_feed(RSS.encode(), "wire.rss")
    assert [d.source for d in docs] == ["https://news.example/floods", "https://news.example/mayor"]
    first = docs[0]
    assert first.title == "Floods hit Exampleville"
    assert first.url == "https://news.example/floods"
    assert first.date == "2024-03-05T10:00:00Z"
    assert first.author == "Jane Doe"
    assert first.id == "floods-1"
    assert first.text == f"{FLOOD}\n\n{RIVER}"
    assert docs[1].text.endswith(f"officials said.\n\n{MAYOR}")


def test_read_atom_feed() -> None:
    (doc,) = read_feed(ATOM.encode(), "wire.atom")
    assert doc == Document(
        source="https://atom.example/schools",
        text="All schools in the district reopened on Wednesday after the flood waters receded.",
        title="Schools reopen",
        url="https://atom.example/schools",
        date="2024-03-06T09:00:00Z",
        author="Ann Writer",
        id="urn:wire:1",
    )


def test_entries_without_links_are_numbered() -> None:
    feed = '<rss version="2.0"><channel><item><description>No link here, just text.</description></item>'
    feed += "</channel></rss>"
    (doc,) = read_feed(feed.encode(), "f.xml")
    assert (doc.source, doc.id) == ("f.xml#1", None)


def test_an_empty_feed_is_reported(cli: Any, tmp_path: Path) -> None:
    path = write(tmp_path, "empty.rss", '<rss version="2.0"><channel><title>Quiet</title></channel></rss>')
    result = cli("summary", str(path))
    assert result.code == 2
    assert result.stderr == f"brief: {path}: the feed has no entries\nbrief: {path}: no documents found\n"


def test_feed_markdown_lists_and_cites_sources(cli: Any, tmp_path: Path) -> None:
    path = write(tmp_path, "wire.rss", RSS)
    result = cli("summary", str(path), "-f", "markdown", "-n", "10")
    assert result.code == 0, result.stderr
    assert result.stdout == (
        "# Floods hit Exampleville\n\n"
        "Sources (2):\n\n"
        "- [1] [Floods hit Exampleville](<https://news.example/floods>) — 2024-03-05T10:00:00Z\n"
        "- [2] [Mayor asks for help](<https://news.example/mayor>) — 2024-03-05T12:00:00Z\n\n"
        f"- {FLOOD} [1, 2] (reported by 2 sources)\n"
        f"- {RIVER} [1]\n"
        f"- {MAYOR} [2]\n"
    )


def test_feed_json_records_reported_by(cli: Any, tmp_path: Path) -> None:
    path = write(tmp_path, "wire.rss", RSS)
    payload = json.loads(cli("summary", str(path), "-f", "json", "-n", "10").stdout)
    merged, river, mayor = payload["sentences"]
    assert (merged["text"], merged["reported_by"]) == (FLOOD, 2)
    assert merged["sources"] == ["https://news.example/floods", "https://news.example/mayor"]
    assert merged["title"] == "Floods hit Exampleville"
    assert (river["reported_by"], river["sources"]) == (1, ["https://news.example/floods"])
    assert (mayor["source"], mayor["title"]) == ("https://news.example/mayor", "Mayor asks for help")
    assert [d["id"] for d in payload["documents"]] == ["floods-1", "mayor-2"]


def test_text_with_source_prefixes_each_line(cli: Any, tmp_path: Path) -> None:
    path = write(tmp_path, "wire.rss", RSS)
    result = cli("summary", str(path), "-f", "text", "-n", "10", "--with-source")
    assert result.stdout == (
        f"https://news.example/floods\t{FLOOD}\n"
        f"https://news.example/floods\t{RIVER}\n"
        f"https://news.example/mayor\t{MAYOR}\n"
    )


def test_an_xml_bomb_is_refused(cli: Any, tmp_path: Path) -> None:
    path = write(tmp_path, "bomb.xml", BILLION_LAUGHS)
    result = cli("summary", str(path))
    assert (result.code, result.stdout) == (2, "")
    assert result.stderr == (
        f"brief: {path}: refused: the XML declares entities (entity expansion is disabled for safety)\n"
    )


@pytest.mark.parametrize(
    ("declaration", "reference"),
    [
        ('<!ENTITY a "' + "x" * 10_000 + '">', "&a;" * 10_000),  # quadratic blow-up
        ('<!ENTITY xxe SYSTEM "file:///etc/passwd">', "&xxe;"),  # external entity
        ('<!ENTITY % p SYSTEM "http://127.0.0.1:9/x.dtd"> %p;', ""),  # external parameter entity
    ],
)
def test_other_entity_attacks_are_refused(declaration: str, reference: str) -> None:
    feed = f'<?xml version="1.0"?><!DOCTYPE rss [{declaration}]><rss version="2.0"><channel><item>'
    feed += f"<description>{reference}</description></item></channel></rss>"
    with pytest.raises(InputError, match="refused: the XML declares entities"):
        read_feed(feed.encode(), "q.rss")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("This is not XML, just words.", "not an RSS or Atom feed"),
        ("{}", "not an RSS or Atom feed"),
        ("<rss><channel><item><title>cut off", None),
    ],
)
def test_a_feed_that_is_not_xml(cli: Any, tmp_path: Path, content: str, message: str | None) -> None:
    path = write(tmp_path, "broken.rss", content)
    result = cli("summary", str(path))
    assert result.code == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith(f"brief: {path}")
    if message:
        assert message in result.stderr
    assert result.stderr.count("\n") <= 2


# --- JSON Lines ---------------------------------------------------------------------------


def read_all(data: str | bytes, options: ReadOptions | None = None) -> tuple[list[Document], list[str]]:
    notes: list[str] = []
    options = options or ReadOptions()
    raw = data.encode() if isinstance(data, str) else data
    docs = list(read_jsonl(io.BytesIO(raw), "r.jsonl", options, notes.append))
    return docs, notes


def test_jsonl_records_become_documents() -> None:
    docs, notes = read_all(jsonl(*RECORDS))
    assert notes == []
    assert [(d.source, d.id, d.title) for d in docs] == [("a1", "a1", "Port strike"), ("7", "7", None)]
    assert docs[0].text == RECORDS[0]["text"]


def test_jsonl_fields_are_chosen_by_options() -> None:
    options = ReadOptions(text_field="body.text", id_field="ref", title_field="headline")
    record = {"ref": "x9", "headline": "Nested", "body": {"text": ["Para one.", "Para two."]}}
    docs, _ = read_all(jsonl(record), options)
    assert [(d.source, d.title, d.text) for d in docs] == [("x9", "Nested", "Para one.\n\nPara two.")]


def test_records_without_ids_are_named_by_line() -> None:
    docs, _ = read_all(jsonl({"text": "One."}, "", {"text": "Two."}))
    assert [(d.source, d.id) for d in docs] == [("r.jsonl:1", "1"), ("r.jsonl:3", "3")]


def test_malformed_lines_are_reported_by_number_and_skipped() -> None:
    data = jsonl(RECORDS[0], "not json", "[1, 2]", {"text": 5}, {"body": "no text field"})
    data = data.encode() + b'{"text": "caf\xe9 bad utf-8"}\n' + jsonl(RECORDS[1]).encode()
    docs, notes = read_all(data)
    assert [d.source for d in docs] == ["a1", "7"]
    assert notes == [
        "r.jsonl:2: not valid JSON (Expecting value at column 1); skipped",
        "r.jsonl:3: not a JSON object but an array; skipped",
        "r.jsonl:4: no text in field 'text'; skipped",
        "r.jsonl:5: no text in field 'text'; skipped",
        "r.jsonl:6: not valid UTF-8 (byte 14); skipped",
        "warning: r.jsonl: skipped 5 malformed line(s) of 7",
    ]


def test_only_the_first_malformed_lines_are_detailed() -> None:
    docs, notes = read_all(jsonl(*(["bad"] * 25), RECORDS[0]))
    assert len(docs) == 1
    assert len(notes) == 11
    assert notes[-1] == "warning: r.jsonl: skipped 25 malformed line(s) of 26"


def test_an_over_long_line_is_skipped_without_being_held() -> None:
    lines = list(capped_lines(io.BytesIO(b"short\n" + b"x" * 100 + b"\nend"), limit=20))
    assert lines == [b"short\n", Oversized(20), b"end"]
    docs, notes = read_all(b"")
    assert (docs, notes) == ([], [])


def test_jsonl_file_through_the_cli(cli: Any, tmp_path: Path) -> None:
    path = write(tmp_path, "r.jsonl", jsonl(RECORDS[0], "{broken", RECORDS[1]))
    result = cli("summary", str(path), "-f", "text", "--with-source")
    assert result.code == 0
    assert result.stdout == f"a1\t{STRIKE}\n7\t{TALKS}\n"
    assert result.stderr == (
        f"brief: {path}:2: not valid JSON (Expecting property name enclosed in double quotes at column 2); "
        f"skipped\nbrief: warning: {path}: skipped 1 malformed line(s) of 3\n"
    )


def test_jsonl_on_stdin_needs_no_flag_but_takes_one(cli: Any) -> None:
    data = jsonl(*RECORDS).encode()
    sniffed = cli("summary", "-f", "text", "--with-source", "-n", "1", stdin=data)
    flagged = cli("summary", "--jsonl", "-f", "text", "--with-source", "-n", "1", stdin=data)
    assert sniffed.stdout == flagged.stdout == f"a1\t{STRIKE}\n"


def test_jsonl_with_title_and_text_fields_from_flags(cli: Any) -> None:
    data = jsonl({"body": "Rates rose again on Thursday.", "headline": "Rates up", "ref": "r-1"}).encode()
    args = ("--jsonl", "--text-field", "body", "--title-field", "headline", "--id-field", "ref")
    result = cli("summary", *args, "-f", "json", stdin=data)
    payload = json.loads(result.stdout)
    assert payload["title"] == "Rates up"
    assert payload["sentences"][0]["source"] == "r-1"


def test_a_jsonl_file_with_invalid_utf8_only(cli: Any, tmp_path: Path) -> None:
    path = write(tmp_path, "bad.jsonl", b'{"text": "\xff\xfe broken"}\n\xc3\x28\n')
    result = cli("summary", str(path))
    assert result.code == 2
    assert result.stderr.splitlines() == [
        f"brief: {path}:1: not valid UTF-8 (byte 11); skipped",
        f"brief: {path}:2: not valid UTF-8 (byte 1); skipped",
        f"brief: warning: {path}: skipped 2 malformed line(s) of 2",
        f"brief: {path}: no documents found",
    ]


def test_a_folder_of_mixed_inputs_reads_every_kind(cli: Any, tmp_path: Path) -> None:
    folder = tmp_path / "coverage"
    folder.mkdir()
    write(folder, "a.html", PAGE)
    write(folder, "b.rss", RSS)
    write(folder, "c.jsonl", jsonl(*RECORDS))
    write(folder, "d.txt", "The council met on Friday to discuss the floods.\n")
    write(folder, "e.png", b"\x89PNG")
    result = cli("summary", str(folder), "-f", "json", "-n", "1")
    assert result.code == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["sources"] == [
        str(folder / "a.html"),
        "https://news.example/floods",
        "https://news.example/mayor",
        "a1",
        "7",
        str(folder / "d.txt"),
    ]
    assert result.stderr == f"brief: {folder}: skipped 1 non-text file(s) (.png)\n"


def test_reader_options_are_read_only_values() -> None:
    from brief.cli import READ_MAX_DOWNLOAD, parse_size, read_options

    assert read_options() == ReadOptions()
    assert parse_size(READ_MAX_DOWNLOAD) == ReadOptions().max_download
    assert read_options(jsonl=True, timeout=2.5, max_download="512K") == ReadOptions(
        jsonl=True, timeout=2.5, max_download=512 * 1024
    )
    assert [parse_size(v) for v in ("100", "2k", "1.5M", "1G", "3MB")] == [
        100,
        2048,
        1572864,
        1 << 30,
        3 << 20,
    ]


def test_the_readme_documents_every_input_option() -> None:
    import inspect

    from brief.cli import read_options

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("<!-- section: inputs -->")[1].split("<!-- section:")[0]
    for name in inspect.signature(read_options).parameters:
        assert f"`--{name.replace('_', '-')}" in section, name
    for flag in ("--each", "--jobs", "--with-source", "BRIEF_TIMEOUT", "BRIEF_MAX_DOWNLOAD"):
        assert flag in section, flag


def test_utf16_feeds_and_pages_are_not_mistaken_for_binary() -> None:
    feed = RSS.replace('encoding="UTF-8"', 'encoding="UTF-16"')
    docs = read_feed(b"\xff\xfe" + feed.encode("utf-16-le"), "u16.rss")
    assert [d.title for d in docs] == ["Floods hit Exampleville", "Mayor asks for help"]
    assert read_html(b"\xff\xfe" + PAGE.encode("utf-16-le"), "u16.html").title == "Rain floods Exampleville"


@pytest.mark.parametrize(("name", "content"), [("feed.html", RSS), ("page.xml", PAGE)])
def test_content_overrules_a_misleading_suffix(cli: Any, tmp_path: Path, name: str, content: str) -> None:
    path = write(tmp_path, name, content)
    result = cli("summary", str(path), "-f", "text", "-n", "1", "-m", "lead")
    assert result.code == 0, result.stderr
    assert result.stdout in (f"{FLOOD}\n", f"{PAGE_SENTENCES[0]}\n")

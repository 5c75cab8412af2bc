"""Property tests: whatever bytes or text reach a reader through the CLI, brief answers with
output (exit 0) or a one-line error (exit 2), never a traceback."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

SUFFIXES = [".html", ".htm", ".xml", ".rss", ".atom", ".jsonl", ".txt", ""]
# Pieces of markup and JSON that steer random input into the readers' deeper paths.
PIECES = [
    "<html>",
    "<body>",
    "<p>",
    "</p>",
    "<article>",
    "<script>",
    "<!DOCTYPE html>",
    '<?xml version="1.0"?>',
    '<rss version="2.0">',
    "<channel>",
    "<item>",
    "<title>",
    "<description>",
    "</item>",
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    "<entry>",
    "<content type='html'>",
    "<![CDATA[",
    "]]>",
    "<!DOCTYPE x [<!ENTITY a 'aaaa'>]>",
    "&a;",
    "&amp;",
    "&#0;",
    '{"text": "',
    '{"id": 1, "text": ["',
    '"}',
    "\n",
    "The minister said on Monday that talks would resume. ",
    "\x00",
    "\ufeff",
    "\u2028",
]

QUIET = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
# Modest budgets keep the file fast: the per-suffix tests run eight times each.
per_suffix = settings(max_examples=8, deadline=None, suppress_health_check=QUIET)
settings_for_cli = settings(max_examples=20, deadline=None, suppress_health_check=QUIET)
markupish = st.lists(st.sampled_from(PIECES) | st.text(max_size=20), max_size=30).map("".join)


def assert_clean_exit(result: Any, streaming: bool = False) -> None:
    assert result.code in (0, 2), result
    assert "Traceback" not in result.stderr
    if result.code == 2:
        assert result.stderr.startswith("brief: ")
        # Per-document mode has already streamed each document's error object when it fails.
        assert streaming or result.stdout == ""


def run_file(cli: Any, tmp_path: Path, suffix: str, data: bytes, *args: str) -> Any:
    path = tmp_path / f"input{suffix}"
    path.write_bytes(data)
    return cli("summary", str(path), "-f", "json", *args)


@pytest.mark.parametrize("suffix", SUFFIXES)
@per_suffix
@given(data=st.binary(max_size=600))
def test_random_bytes_to_every_reader(cli: Any, tmp_path: Path, suffix: str, data: bytes) -> None:
    assert_clean_exit(run_file(cli, tmp_path, suffix, data))


@pytest.mark.parametrize("suffix", SUFFIXES)
@per_suffix
@given(text=markupish)
def test_random_text_and_markup_to_every_reader(cli: Any, tmp_path: Path, suffix: str, text: str) -> None:
    data = text.encode("utf-8", errors="surrogatepass")
    assert_clean_exit(run_file(cli, tmp_path, suffix, data))


@settings_for_cli
@given(data=st.binary(max_size=600) | markupish.map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_random_stdin_sniffed(cli: Any, data: bytes) -> None:
    assert_clean_exit(cli("summary", "-f", "json", stdin=data))


@settings_for_cli
@given(data=st.binary(max_size=600) | markupish.map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_random_stdin_as_jsonl(cli: Any, data: bytes) -> None:
    assert_clean_exit(cli("summary", "--jsonl", "-f", "json", stdin=data))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=12,
)
records = st.dictionaries(
    st.sampled_from(["text", "id", "title", "url", "date", "author", "body"]), json_values, max_size=6
)


@settings_for_cli
@given(rows=st.lists(records | json_values, max_size=8))
def test_random_json_records_in_per_document_mode(cli: Any, tmp_path: Path, rows: list[Any]) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    result = cli("summary", "--each", str(path), "-n", "1")
    assert_clean_exit(result, streaming=True)
    if result.code == 0:
        for line in result.stdout.splitlines():
            assert set(json.loads(line)) >= {"id", "title", "source", "sentences"}

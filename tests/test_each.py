"""Per-document mode: `summary --each` streams one result per document, in order, in N processes."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from brief import Document
from brief.batch import BATCH, WINDOW_PER_JOB, summarise_each
from brief.errors import UsageError
from brief.ingest import stream_documents

TOPICS = ["harbour", "railway", "hospital", "library", "stadium", "airport", "museum", "school"]


def story(n: int) -> str:
    place = TOPICS[n % len(TOPICS)]
    return (
        f"The new {place} in district {n} opened on Monday after three years of building work. "
        f"Officials said the {place} would serve {1000 + n} people every day. "
        f"Critics said the {place} had cost far more than the council first promised."
    )


def records(count: int) -> list[dict[str, Any]]:
    return [{"id": f"doc-{n}", "title": f"Opening {n}", "text": story(n)} for n in range(count)]


def write_jsonl(path: Path, rows: list[Any]) -> Path:
    path.write_text(
        "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8"
    )
    return path


def test_each_writes_one_json_line_per_document(cli: Any, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "batch.jsonl", records(3))
    result = cli("summary", "--each", str(path), "--format", "jsonl", "-n", "1")
    assert result.code == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(o["id"], o["title"], o["source"]) for o in lines] == [
        ("doc-0", "Opening 0", "doc-0"),
        ("doc-1", "Opening 1", "doc-1"),
        ("doc-2", "Opening 2", "doc-2"),
    ]
    for n, obj in enumerate(lines):
        assert [s["text"] for s in obj["sentences"]] == [story(n).split(". ")[0] + "."]
        assert "error" not in obj
    assert result.stderr == ""


def test_jsonl_is_the_default_format_for_each(cli: Any, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "batch.jsonl", records(2))
    default = cli("summary", "--each", str(path), "-n", "1")
    explicit = cli("summary", "--each", str(path), "-n", "1", "-f", "jsonl")
    assert default.stdout == explicit.stdout
    assert len(default.stdout.splitlines()) == 2


def test_records_without_ids_are_numbered_by_line(cli: Any, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "b.jsonl", [{"text": story(0)}, "oops", {"text": story(1)}])
    result = cli("summary", "--each", str(path), "-n", "1")
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["1", "3"]
    assert result.stderr == (
        f"brief: {path}:2: not valid JSON (Expecting value at column 1); skipped\n"
        f"brief: warning: {path}: skipped 1 malformed line(s) of 3\n"
    )


def test_a_document_without_prose_carries_an_error_and_the_batch_goes_on(cli: Any, tmp_path: Path) -> None:
    rows = [records(1)[0], {"id": "empty", "text": "   "}, {"id": "last", "text": story(5)}]
    path = write_jsonl(tmp_path / "b.jsonl", rows)
    result = cli("summary", "--each", str(path), "-n", "1")
    assert result.code == 0
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in objects] == ["doc-0", "empty", "last"]
    assert objects[1] == {
        "id": "empty",
        "title": None,
        "source": "empty",
        "sentences": [],
        "error": "empty: no sentences left after cleaning (empty or not prose)",
    }
    assert result.stderr == "brief: warning: 1 of 3 document(s) had no prose to summarise (see their error)\n"


def test_a_batch_with_no_prose_at_all_fails(cli: Any, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "b.jsonl", [{"text": "..."}, {"text": "---"}])
    result = cli("summary", "--each", str(path))
    assert result.code == 2
    assert result.stderr.endswith("brief: none of the 2 document(s) had prose to summarise\n")


def test_worker_processes_give_the_same_output_in_the_same_order(cli: Any, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "b.jsonl", records(40))
    one = cli("summary", "--each", str(path), "-n", "2")
    two = cli("summary", "--each", str(path), "-n", "2", "--jobs", "2")
    assert one.code == two.code == 0
    assert two.stdout == one.stdout
    assert [json.loads(line)["id"] for line in two.stdout.splitlines()] == [f"doc-{n}" for n in range(40)]


@pytest.mark.parametrize("jobs", [1, 2])
def test_each_is_lazy_and_keeps_only_a_window_in_flight(jobs: int) -> None:
    pulled = 0

    def documents() -> Iterator[Document]:
        nonlocal pulled
        for n in range(10_000):
            pulled += 1
            yield Document(source=f"d{n}", text=story(n))

    results = summarise_each(documents(), sentences=1, jobs=jobs)
    first = next(iter(results))
    assert first.id == "d0"
    assert pulled <= (jobs * WINDOW_PER_JOB + 1) * BATCH
    if hasattr(results, "close"):
        results.close()


def test_jsonl_files_are_streamed_a_record_at_a_time(tmp_path: Path) -> None:
    rows: list[Any] = [*records(50), "broken line at the end"]
    path = write_jsonl(tmp_path / "big.jsonl", rows)
    notes: list[str] = []
    documents = stream_documents([str(path)], notes.append)
    assert next(documents).source == "doc-0"
    assert notes == []  # the broken last line has not been read yet
    assert len(list(documents)) == 49
    assert notes[0] == f"{path}:51: not valid JSON (Expecting value at column 1); skipped"


def test_each_reads_every_kind_of_input(cli: Any, tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(story(1), encoding="utf-8")
    feed = '<rss version="2.0"><channel>' + "".join(
        f"<item><title>Item {n}</title><link>https://feed.example/{n}</link><description>{story(n)}</description></item>"
        for n in (2, 3)
    )
    (tmp_path / "f.rss").write_text(feed + "</channel></rss>", encoding="utf-8")
    result = cli("summary", "--each", str(tmp_path / "one.txt"), str(tmp_path / "f.rss"), "-n", "1")
    ids = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    assert ids == [str(tmp_path / "one.txt"), "https://feed.example/2", "https://feed.example/3"]


def test_each_as_text_prefixes_the_id(cli: Any, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "b.jsonl", records(2))
    result = cli("summary", "--each", str(path), "-n", "1", "-f", "text")
    assert result.stdout == (
        "doc-0\tThe new harbour in district 0 opened on Monday after three years of building work.\n"
        "doc-1\tThe new railway in district 1 opened on Monday after three years of building work.\n"
    )


def test_each_as_json_is_one_array(cli: Any, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "b.jsonl", records(3))
    result = cli("summary", "--each", str(path), "-n", "1", "-f", "json")
    assert [o["id"] for o in json.loads(result.stdout)] == ["doc-0", "doc-1", "doc-2"]


def test_each_as_markdown_has_a_section_per_document(cli: Any, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "b.jsonl", records(1))
    result = cli("summary", "--each", str(path), "-n", "1", "-f", "markdown")
    assert result.stdout == (
        "## Opening 0\n\nSource: doc-0\n\n"
        "- The new harbour in district 0 opened on Monday after three years of building work.\n\n"
    )


def test_each_writes_a_file_atomically(cli: Any, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "b.jsonl", records(3))
    out = tmp_path / "summaries.jsonl"
    result = cli("summary", "--each", str(path), "-n", "1", "-o", str(out))
    assert (result.code, result.stdout) == (0, "")
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--jobs", "2"), "brief: --jobs works with --each (per-document mode)\n"),
        (("--each", "--jobs", "0"), "brief: --jobs must be at least 1, not 0\n"),
        (("--each", "-f", "rich"), "brief: --each writes jsonl, json, text or markdown, not rich\n"),
        (("--each", "-n", "0"), "brief: --sentences must be at least 1, not 0\n"),
    ],
)
def test_each_usage_errors(cli: Any, tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    path = write_jsonl(tmp_path / "b.jsonl", records(1))
    result = cli("summary", str(path), *args)
    assert (result.code, result.stdout, result.stderr) == (2, "", message)


def test_summarise_each_checks_its_arguments_before_reading() -> None:
    with pytest.raises(UsageError, match="unknown method 'nope'"):
        summarise_each(iter(()), method="nope")


def test_a_reader_that_stops_early_ends_the_batch_quietly(tmp_path: Path) -> None:
    import subprocess
    import sys

    from conftest import ROOT

    path = write_jsonl(tmp_path / "b.jsonl", records(400))
    command = [sys.executable, "-m", "brief", "summary", "--each", str(path), "--jobs", "2"]
    with subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        assert process.stdout is not None and process.stderr is not None
        assert process.stdout.read(50).startswith(b'{"id":"doc-0"')
        process.stdout.close()  # like `| head -c 50`
        assert process.wait(timeout=60) == 0
        assert process.stderr.read() == b""


def test_jsonl_format_for_one_summary_is_its_json_on_one_line(cli: Any, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "b.jsonl", records(2))
    compact = cli("summary", str(path), "-n", "1", "-f", "jsonl")
    pretty = cli("summary", str(path), "-n", "1", "-f", "json")
    assert compact.stdout.count("\n") == 1
    assert json.loads(compact.stdout) == json.loads(pretty.stdout)

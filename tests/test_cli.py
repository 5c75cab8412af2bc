"""`brief summary` through the command line: formats, files, stdin, errors and exit codes."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from brief import __version__

STORY = (
    "The city council approved a record budget for schools on Monday.\n"
    "Teachers welcomed the money but warned that class sizes would still grow.\n"
    "The mayor called it the largest investment in education for a decade.\n"
    "Opposition members said the plan relied on optimistic tax forecasts.\n"
)


def test_text_format_is_one_sentence_per_line(cli: Any, seed_path: Path, seed_text: str) -> None:
    result = cli("summary", str(seed_path), "-n", "4")
    assert result.code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 4
    assert all(line and line in seed_text for line in lines)
    assert result.stderr == ""


def test_stdin_is_read_when_piped(cli: Any) -> None:
    result = cli("summary", "-n", "2", "--method", "lead", stdin=STORY.encode())
    assert result.stdout.splitlines() == STORY.splitlines()[:2]


def test_dash_means_stdin_among_files(cli: Any, tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("A second document arrived later that day with more news.\n")
    result = cli("summary", "-", str(other), "--format", "json", "-n", "9", stdin=STORY.encode())
    payload = json.loads(result.stdout)
    assert payload["sources"] == ["<stdin>", str(other)]
    assert {s["source"] for s in payload["sentences"]} == {"<stdin>", str(other)}


def test_no_input_at_a_terminal_briefs_the_seed(cli: Any) -> None:
    result = cli("summary", "-n", "2")  # stdin is /dev/null: not a pipe
    assert result.code == 0
    assert len(result.stdout.splitlines()) == 2
    assert "briefing the bundled seed (000_b691c46f9cac5774.txt)" in result.stderr


def test_json_format(cli: Any, seed_path: Path) -> None:
    payload = json.loads(cli("summary", str(seed_path), "-n", "3", "-f", "json").stdout)
    assert payload["command"] == "summary"
    assert payload["method"] == "default"
    assert payload["sources"] == [str(seed_path)]
    assert len(payload["sentences"]) == 3
    for item in payload["sentences"]:
        assert set(item) == {"text", "position", "score", "source", "title", "reported_by", "sources"}
        assert item["source"] == str(seed_path)
    positions = [s["position"] for s in payload["sentences"]]
    assert positions == sorted(positions)


def test_markdown_format(cli: Any, tmp_path: Path) -> None:
    story = tmp_path / "council.txt"
    story.write_text("# Council passes budget\n\n" + STORY)
    result = cli("summary", str(story), "-n", "2", "--method", "lead", "-f", "markdown")
    assert result.stdout == (
        "# Council passes budget\n\n"
        f"Source: {story}\n\n"
        "- The city council approved a record budget for schools on Monday.\n"
        "- Teachers welcomed the money but warned that class sizes would still grow.\n"
    )


def test_markdown_title_falls_back_to_the_file_name(cli: Any, seed_path: Path) -> None:
    result = cli("summary", str(seed_path), "-n", "1", "-f", "markdown")
    assert result.stdout.startswith(f"# {seed_path.name}\n")


def test_rich_format_respects_width_and_no_color(cli: Any, seed_path: Path, monkeypatch: Any) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "60")
    result = cli("summary", str(seed_path), "-n", "2", "-f", "rich")
    assert result.code == 0
    assert "\x1b[" not in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) <= 60
    assert "method default" in result.stdout


@pytest.mark.parametrize(
    ("name", "fmt", "check"),
    [
        ("out.md", None, lambda s: s.startswith("# ")),
        ("out.json", None, lambda s: json.loads(s)["command"] == "summary"),
        ("out.txt", None, lambda s: len(s.splitlines()) == 2),
        ("out.md", "text", lambda s: not s.startswith("# ")),
    ],
)
def test_output_file_format_follows_extension(
    cli: Any, seed_path: Path, tmp_path: Path, name: str, fmt: str | None, check: Any
) -> None:
    target = tmp_path / name
    args = ["summary", str(seed_path), "-n", "2", "-o", str(target)]
    result = cli(*args, *(["-f", fmt] if fmt else []))
    assert result.code == 0
    assert result.stdout == ""
    assert check(target.read_text(encoding="utf-8"))
    assert [p.name for p in tmp_path.iterdir()] == [name]  # no temp file left behind


def test_output_into_missing_folder_is_an_error(cli: Any, seed_path: Path, tmp_path: Path) -> None:
    result = cli("summary", str(seed_path), "-o", str(tmp_path / "no" / "out.md"))
    assert result.code == 2
    assert "does not exist" in result.stderr


def test_words_budget(cli: Any, seed_path: Path) -> None:
    result = cli("summary", str(seed_path), "--words", "60")
    assert result.code == 0
    assert 0 < sum(len(line.split()) for line in result.stdout.splitlines()) <= 60


@pytest.mark.parametrize("method", ["default", "lead", "lexrank", "textrank", "lsa", "luhn", "sumbasic"])
def test_methods(cli: Any, seed_path: Path, method: str) -> None:
    result = cli("summary", str(seed_path), "-n", "3", "--method", method)
    assert result.code == 0, result.stderr
    assert len(result.stdout.splitlines()) == 3


def test_short_input_returns_what_there_is(cli: Any) -> None:
    result = cli("summary", "-n", "10", stdin=STORY.encode())
    assert result.code == 0
    assert len(result.stdout.splitlines()) == 4


def test_explain_adds_score_parts(cli: Any, seed_path: Path) -> None:
    text = cli("summary", str(seed_path), "-n", "2", "--explain").stdout.splitlines()
    assert len(text) == 2 and all("\tscore=" in line for line in text)
    payload = json.loads(cli("summary", str(seed_path), "-n", "2", "--explain", "-f", "json").stdout)
    assert all(item["components"] for item in payload["sentences"])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["summary", "missing.txt"], "brief: missing.txt: no such file or directory\n"),
        (["summary", "-n", "0", "SEED"], "brief: --sentences must be at least 1, not 0\n"),
        (["summary", "--words", "0", "SEED"], "brief: --words must be at least 1, not 0\n"),
        (
            ["summary", "--method", "magic", "SEED"],
            "brief: unknown method 'magic'; choose from default, lead, lexrank, textrank, lsa, luhn, kl, "
            "sumbasic\n",
        ),
        (["summary", "--bogus"], "brief: No such option: --bogus (Possible options: --jobs)\n"),
    ],
)
def test_usage_errors_are_one_line_exit_2(cli: Any, seed_path: Path, args: list[str], message: str) -> None:
    result = cli(*[str(seed_path) if a == "SEED" else a for a in args])
    assert (result.code, result.stdout, result.stderr) == (2, "", message)


def test_unknown_format_is_exit_2(cli: Any) -> None:
    result = cli("summary", "-f", "pdf")
    assert result.code == 2
    assert result.stderr.startswith("brief: Invalid value for '--format'")
    assert len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "<stdin>: no sentences left after cleaning (empty or not prose)"),
        (b"\x00\x01\x02binary", "<stdin>: looks like a binary file, not text"),
        (b"ROBERTO SCHMIDT/AFP/GETTY IMAGES\n", "<stdin>: no sentences left after cleaning"),
    ],
)
def test_unreadable_input_is_exit_2(cli: Any, content: bytes, message: str) -> None:
    result = cli("summary", "-", stdin=content)
    assert result.code == 2
    assert result.stderr.startswith(f"brief: {message}")
    assert "Traceback" not in result.stderr


def test_an_empty_pipe_with_no_input_briefs_the_seed(cli: Any) -> None:
    # A CI job or script running `brief summary` often has an empty pipe for stdin: no input.
    result = cli("summary", "-n", "1", stdin=b"")
    assert result.code == 0
    assert result.stderr.startswith("brief: no input given (stdin is empty): briefing the bundled seed")
    assert result.stdout.startswith("US allies could limit intelligence sharing")


def test_empty_folder_is_exit_2(cli: Any, tmp_path: Path) -> None:
    result = cli("summary", str(tmp_path))
    assert (result.code, result.stderr) == (2, f"brief: {tmp_path}: directory holds no text files\n")


def test_debug_shows_the_traceback(cli: Any) -> None:
    with pytest.raises(Exception, match="no such file"):
        cli("summary", "missing.txt", "--debug")


def test_version_and_help(cli: Any) -> None:
    assert cli("--version").stdout == f"brief {__version__}\n"
    help_text = cli("summary", "--help").stdout
    for flag in ("--sentences", "--words", "--method", "--format", "--output", "--explain", "Examples"):
        assert flag in help_text


def test_cp1252_and_bom_inputs(cli: Any, tmp_path: Path) -> None:
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes("The minister’s “plan” was approved by parliament on Friday.".encode("cp1252"))
    bom = tmp_path / "bom.txt"
    bom.write_bytes("\ufeffA second story began with a byte order mark.".encode())
    result = cli("summary", str(legacy), str(bom), "--method", "lead", "-n", "5")
    assert result.stdout.splitlines() == [
        "The minister’s “plan” was approved by parliament on Friday.",
        "A second story began with a byte order mark.",
    ]


def test_long_line_without_punctuation_does_not_hang(cli: Any) -> None:
    words = " ".join(f"word{i % 997}" for i in range(200_000))
    result = cli("summary", "-n", "2", stdin=words.encode())
    assert result.code == 0
    assert len(result.stdout.splitlines()) == 2


@pytest.mark.parametrize(("preset", "expected"), [(None, "1"), ("3", "3")])
def test_blas_runs_one_thread_unless_the_user_says_otherwise(
    cli: Any, monkeypatch: pytest.MonkeyPatch, preset: str | None, expected: str
) -> None:
    # OpenBLAS's thread pool made brief's small vector products several times slower.
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", preset or "")  # restored after the test
    if preset is None:
        monkeypatch.delenv("OPENBLAS_NUM_THREADS")
    assert cli("--help").code == 0
    assert os.environ["OPENBLAS_NUM_THREADS"] == expected


def test_the_cycle_collector_pauses_for_a_command_but_not_for_a_stream(
    cli: Any, seed_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc

    import brief.pipeline

    seen: list[bool] = []
    summary = brief.pipeline.summary

    def watched(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        return summary(*args, **kwargs)

    monkeypatch.setattr(brief.pipeline, "summary", watched)
    assert cli("summary", str(seed_path), "-n", "1").code == 0
    assert seen == [False]  # one command: paused
    assert cli("summary", str(seed_path), "--each", "-n", "1").code == 0
    assert seen == [False, True]  # --each summarises each document with the collector on
    assert gc.isenabled()

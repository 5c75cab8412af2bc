"""Input size limits: too much input stops at once with one clear line, before any work."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from brief import ingest


@pytest.fixture
def small_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEF_MAX_BYTES", "1000")
    monkeypatch.setattr(ingest, "available_memory", lambda: None)


def test_file_over_the_limit(cli: Any, tmp_path: Path, small_limit: None) -> None:
    big = tmp_path / "big.txt"
    big.write_text("The minister said the talks would resume. " * 50, encoding="utf-8")
    result = cli("summary", str(big))
    assert result.code == 2
    assert result.stdout == ""
    assert result.stderr == (
        f"brief: {big}: input is larger than 1000 bytes in all; split it (raise BRIEF_MAX_BYTES)\n"
    )


def test_files_together_over_the_limit(cli: Any, tmp_path: Path, small_limit: None) -> None:
    text = "The minister said the talks would resume on Monday. " * 12  # 636 bytes each
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = cli("summary", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    assert result.code == 2
    assert result.stderr.startswith(f"brief: {tmp_path / 'b.txt'}: input is larger than 1000 bytes")


def test_stdin_over_the_limit(cli: Any, small_limit: None) -> None:
    result = cli("summary", stdin=b"The talks resumed on Monday. " * 100)
    assert result.code == 2
    assert result.stderr == (
        "brief: <stdin>: input is larger than 1000 bytes in all; split it (raise BRIEF_MAX_BYTES)\n"
    )


def test_input_under_the_limit_is_briefed(cli: Any, small_limit: None) -> None:
    result = cli("summary", "-n", "1", "-f", "text", stdin=b"The talks resumed on Monday in Geneva.")
    assert result.code == 0, result.stderr
    assert result.stdout == "The talks resumed on Monday in Geneva.\n"


def test_limit_follows_available_memory(cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BRIEF_MAX_BYTES", raising=False)
    monkeypatch.setattr(ingest, "available_memory", lambda: 70 * 1024 * 1024)  # 70 MB free
    text = tmp_path / "story.txt"
    text.write_bytes(b"The talks resumed. " * 60_000)  # ~1.1 MB, over 70 MB / MEMORY_PER_INPUT_BYTE
    result = cli("summary", str(text))
    assert result.code == 2
    assert (
        result.stderr
        == f"brief: {text}: input is larger than 1 MB in all; split it (only 70 MB of memory is free)\n"
    )


@pytest.mark.parametrize(
    ("size", "shown"),
    [(0, "0 bytes"), (1000, "1000 bytes"), (1536, "1.5 KB"), (64 << 20, "64 MB"), (3 << 30, "3 GB")],
)
def test_human_size(size: int, shown: str) -> None:
    assert ingest.human_size(size) == shown


def test_bad_limit_in_environment_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEF_MAX_BYTES", "lots")
    monkeypatch.setattr(ingest, "available_memory", lambda: None)
    assert ingest.byte_limit() == (ingest.MAX_TOTAL_BYTES, "raise BRIEF_MAX_BYTES")

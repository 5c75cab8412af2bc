"""The progress bar: drawn on a terminal's stderr after DELAY seconds, never anywhere else."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

from brief import progress


class Terminal(io.StringIO):
    """A stderr that says it is a terminal."""

    def isatty(self) -> bool:
        return True


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def run(stream: io.StringIO, seconds_per_step: float, steps: int = 10) -> str:
    clock = Clock()
    with progress.bar("working", total=steps, stream=stream, clock=clock) as advance:
        for _ in range(steps):
            clock.now += seconds_per_step
            advance(1)
    return stream.getvalue()


def test_no_bar_when_stderr_is_not_a_terminal() -> None:
    assert run(io.StringIO(), seconds_per_step=1.0) == ""


def test_no_bar_for_work_shorter_than_the_delay() -> None:
    assert run(Terminal(), seconds_per_step=progress.DELAY / 100) == ""


def test_bar_on_a_terminal_once_work_outlasts_the_delay() -> None:
    assert "working" in run(Terminal(), seconds_per_step=progress.DELAY)


def test_environment_turns_the_bar_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEF_NO_PROGRESS", "1")
    assert run(Terminal(), seconds_per_step=progress.DELAY) == ""


def test_enabled_needs_a_terminal() -> None:
    assert progress.enabled(Terminal())
    assert not progress.enabled(io.StringIO())


def test_cli_writes_nothing_but_results_when_piped(
    cli: Any, seed_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(progress, "DELAY", 0.0)  # every piece of work would show a bar on a terminal
    for method in ("default", "lexrank", "kl"):
        result = cli("summary", str(seed_path), "-n", "2", "-m", method, "-f", "text")
        assert result.code == 0
        assert result.stderr == ""
        assert len(result.stdout.splitlines()) == 2

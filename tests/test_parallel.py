"""brief/parallel.py: the second half of per-sentence work in a forked process, same answer."""

from __future__ import annotations

import multiprocessing
import os

import pytest

from brief import parallel

needs_fork = pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="no fork here")


@needs_fork
def test_two_processes_give_the_serial_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEF_JOBS", "2")
    words = ["alpha", "beta", "gamma", "delta", "epsilon"] * 7
    assert parallel.each(lambda i: words[i].upper(), len(words), min_items=1) == [w.upper() for w in words]


@needs_fork
def test_the_second_half_runs_in_another_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEF_JOBS", "2")
    pids = parallel.each(lambda i: os.getpid(), 6, min_items=1)
    assert pids[:3] == [os.getpid()] * 3
    assert os.getpid() not in pids[3:]


@pytest.mark.parametrize(("jobs", "n", "min_items"), [("1", 6, 1), ("2", 6, 7)])
def test_one_process_when_asked_or_when_small(
    monkeypatch: pytest.MonkeyPatch, jobs: str, n: int, min_items: int
) -> None:
    monkeypatch.setenv("BRIEF_JOBS", jobs)
    assert parallel.each(lambda i: os.getpid(), n, min_items=min_items) == [os.getpid()] * n


def test_empty_input() -> None:
    assert parallel.each(lambda i: i, 0) == []


@needs_fork
def test_a_child_that_fails_leaves_its_share_to_the_parent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEF_JOBS", "2")
    parent = os.getpid()

    def job(i: int) -> int:
        if os.getpid() != parent:
            raise RuntimeError("the child fails")
        return i * i

    assert parallel.each(job, 8, min_items=1) == [i * i for i in range(8)]

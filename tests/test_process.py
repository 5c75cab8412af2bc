"""Whole processes: offline with no NLTK data and no network, fast start, quiet pipes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import ROOT, SEED, run_process

NO_NETWORK = (
    "import socket\n"
    "def refuse(*a, **k):\n"
    "    raise OSError('network disabled')\n"
    "socket.socket.connect = refuse\n"
    "socket.create_connection = refuse\n"
    "import runpy, sys\n"
    "sys.argv = ['brief'] + sys.argv[1:]\n"
    "runpy.run_module('brief', run_name='__main__')\n"
)


def test_whole_cli_offline_with_empty_nltk_data(tmp_path: Path) -> None:
    empty = tmp_path / "nltk_data"
    empty.mkdir()
    done = subprocess.run(
        [sys.executable, "-c", NO_NETWORK, "summary", str(SEED), "-n", "3"],
        capture_output=True,
        env={"NLTK_DATA": str(empty), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        cwd=ROOT,
        timeout=120,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == 3
    assert list(empty.iterdir()) == []  # nothing was downloaded


def test_help_does_not_import_nltk_or_sumy() -> None:
    # Nor the pipeline's models: their twenty dataclasses cost a quarter of the --help budget.
    code = (
        "import sys, runpy\n"
        "sys.argv = ['brief', '--help']\n"
        "try:\n"
        "    runpy.run_module('brief', run_name='__main__')\n"
        "except SystemExit:\n"
        "    pass\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('nltk', 'sumy', 'numpy', 'scipy'))\n"
        "heavy += [m for m in ('brief.models', 'brief.pipeline') if m in sys.modules]\n"
        "print(heavy)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_piping_into_head_is_quiet() -> None:
    done = subprocess.run(
        f"{sys.executable} -m brief summary {SEED} -n 8 | head -1",
        shell=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0
    assert len(done.stdout.splitlines()) == 1
    assert done.stderr == ""


def test_python_dash_m_and_exit_codes() -> None:
    assert run_process("summary", "nope.txt").code == 2
    ok = run_process("summary", str(SEED), "-n", "1")
    assert ok.code == 0 and len(ok.stdout.splitlines()) == 1

"""Hermetic tests: no NLTK data, no network beyond loopback, and a CLI runner."""

from __future__ import annotations

import io
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_b691c46f9cac5774.txt"
EVAL = ROOT.parent / "shared" / "eval" / "newsref-dev.jsonl"


@pytest.fixture(autouse=True)
def hermetic(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Point NLTK at an empty folder and refuse every connection that leaves this machine."""
    empty = tmp_path_factory.mktemp("nltk_data_empty")
    monkeypatch.setenv("NLTK_DATA", str(empty))
    monkeypatch.delenv("BRIEF_DEBUG", raising=False)
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: Any) -> Any:
        host = address[0] if isinstance(address, tuple) else str(address)
        if self.family == socket.AF_UNIX or host in ("127.0.0.1", "::1", "localhost"):
            return real_connect(self, address)
        raise OSError(f"network disabled in tests: {address!r}")

    monkeypatch.setattr(socket.socket, "connect", guarded)
    yield


@dataclass(frozen=True)
class Result:
    code: int
    stdout: str
    stderr: str


@pytest.fixture
def seed_path() -> Path:
    return SEED


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Any:
    """Run `brief ARGS` in-process: stdin given as bytes is a piped file, else /dev/null."""
    from brief import cli as cli_module

    def run(*args: str, stdin: bytes | None = None) -> Result:
        if stdin is None:
            handle = open(os.devnull, "rb")  # noqa: SIM115 - closed below
        else:
            path = tmp_path / "stdin.bin"
            path.write_bytes(stdin)
            handle = open(path, "rb")  # noqa: SIM115 - closed below
        monkeypatch.setattr(sys, "argv", ["brief", *args])
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(handle, encoding="utf-8"))
        capsys.readouterr()
        try:
            cli_module.main()
            code = 0
        except SystemExit as exc:
            code = int(exc.code or 0)
        finally:
            handle.close()
        out, err = capsys.readouterr()
        return Result(code=code, stdout=out, stderr=err)

    return run


def run_process(*args: str, stdin: bytes | None = None, env: dict[str, str] | None = None) -> Result:
    """Run `python -m brief ARGS` as a real process (for start-up, pipes and offline checks)."""
    merged = {**os.environ, "NO_COLOR": "1", **(env or {})}
    done = subprocess.run(
        [sys.executable, "-m", "brief", *args],
        input=stdin if stdin is not None else b"",
        capture_output=True,
        env=merged,
        cwd=ROOT,
        timeout=120,
    )
    return Result(done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8"))

"""The examples in the README's actors section are real output on the seed."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

README = Path(__file__).resolve().parent.parent / "README.md"


def examples() -> list[tuple[list[str], list[str]]]:
    """(arguments, expected stdout lines) for each plain `$ brief …` example of the section."""
    text = README.read_text(encoding="utf-8")
    section = text[text.index("<!-- section: actors -->") : text.index("<!-- section: topics -->")]
    block = re.search(r"```console\n(.*?)```", section, re.S)
    assert block is not None
    found: list[tuple[list[str], list[str]]] = []
    for chunk in block.group(1).split("\n$ "):
        lines = chunk.removeprefix("$ ").rstrip("\n").split("\n")
        command, output = lines[0], [line for line in lines[1:] if line]
        if "#" in command or any("#" in line for line in output):
            continue  # examples annotated with stderr or exit codes are checked elsewhere
        found.append((command.split()[1:], output))
    return found


@pytest.mark.parametrize(("args", "expected"), examples())
def test_readme_example(cli: Any, seed_path: Path, args: list[str], expected: list[str]) -> None:
    result = cli(*args, str(seed_path))
    assert result.code == 0, result.stderr
    assert result.stdout.splitlines() == expected


def test_readme_has_the_three_commands() -> None:
    assert {tuple(a[:1]) for a, _ in examples()} == {("actors",), ("actor",), ("quotes",)}

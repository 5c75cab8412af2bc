"""The library API: every command is one call, with the CLI's defaults."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import brief
from brief import Document, InputError, UsageError


def test_summary_of_a_string(seed_text: str) -> None:
    result = brief.summary(seed_text, sentences=3)
    assert len(result.sentences) == 3
    first = result.sentences[0]
    assert first.text in seed_text
    assert first.source == "<text>"
    assert isinstance(first.position, int) and isinstance(first.score, float)
    assert [s.position for s in result.sentences] == sorted(s.position for s in result.sentences)


def test_default_is_five_sentences(seed_text: str) -> None:
    assert len(brief.summary(seed_text).sentences) == 5


def test_summary_of_documents_and_paths(seed_path: Path) -> None:
    docs = [
        Document(source="a", text="Alpha met the press on Monday and spoke at length."),
        Document(source="b", text="Beta replied on Tuesday with a statement of its own."),
    ]
    result = brief.summary(docs, sentences=5, method="lead")
    assert [(s.source, s.position) for s in result.sentences] == [("a", 0), ("b", 0)]
    from_path = brief.summary(seed_path, sentences=1)
    assert from_path.sources == (str(seed_path),)


def test_words_only_budget(seed_text: str) -> None:
    result = brief.summary(seed_text, words=50)
    assert 0 < sum(len(s.text.split()) for s in result.sentences) <= 50


def test_errors_are_brief_errors() -> None:
    with pytest.raises(UsageError):
        brief.summary("Some text here.", sentences=0)
    with pytest.raises(UsageError):
        brief.summary("Some text here.", method="nope")
    with pytest.raises(InputError):
        brief.summary("   ")


def test_results_are_frozen(seed_text: str) -> None:
    result = brief.summary(seed_text, sentences=1)
    with pytest.raises(AttributeError):
        result.sentences[0].score = 1.0  # type: ignore[misc]


def test_same_input_same_output(seed_text: str) -> None:
    assert brief.summary(seed_text) == brief.summary(seed_text)


def test_api_functions_stay_functions_whatever_is_imported_first() -> None:
    # A submodule named like an API function (brief/actors.py once) would replace the function
    # on the package as soon as anything imported it.
    code = (
        "import importlib, inspect, pkgutil, brief\n"
        "for m in pkgutil.walk_packages(brief.__path__, 'brief.'):\n"
        "    if m.name != 'brief.__main__':  # that one runs the CLI\n"
        "        importlib.import_module(m.name)\n"
        "names = ['summary', 'actors', 'actor', 'quotes', 'topic', 'topics', 'report', 'prepare']\n"
        "print(all(inspect.isfunction(getattr(brief, n)) for n in names))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "True", done.stderr

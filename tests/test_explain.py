"""`brief summary --explain`: the parts of each chosen sentence's score, in every format."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from brief import salience

PARTS = {*salience.FEATURES, "story", "story_order", "diversity"}


def test_json_explains_every_sentence(cli: Any, seed_path: Path) -> None:
    result = cli("summary", str(seed_path), "-n", "5", "--explain", "-f", "json")
    assert result.code == 0, result.stderr
    sentences = json.loads(result.stdout)["sentences"]
    assert len(sentences) == 5
    for item in sentences:
        parts = item["components"]
        assert set(parts) <= PARTS
        assert {"story", "story_order", "diversity"} <= set(parts)
        assert parts["diversity"] == 1.0  # five stories, so no sentence repeats one
    # A live blog: five sentences from five different posts, not the first five lines.
    assert len({item["components"]["story"] for item in sentences}) == 5
    assert [item["position"] for item in sentences] != [0, 1, 2, 3, 4]


def test_json_without_explain_has_no_components(cli: Any, seed_path: Path) -> None:
    result = cli("summary", str(seed_path), "-n", "2", "-f", "json")
    assert all("components" not in item for item in json.loads(result.stdout)["sentences"])


def test_text_puts_the_parts_after_a_tab(cli: Any, seed_path: Path, seed_text: str) -> None:
    result = cli("summary", str(seed_path), "-n", "3", "--explain", "-f", "text")
    assert result.code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    for line in lines:
        sentence, parts = line.split("\t")
        assert sentence in seed_text
        assert re.fullmatch(r"score=\d\.\d{3}( [a-z_]+=-?\d+\.\d{3})+", parts), parts
        names = {p.split("=")[0] for p in parts.split()[1:]}
        assert names <= PARTS and "story" in names


def test_markdown_puts_the_parts_in_a_comment(cli: Any, seed_path: Path) -> None:
    result = cli("summary", str(seed_path), "-n", "3", "--explain", "-f", "markdown")
    assert result.code == 0, result.stderr
    comments = [line for line in result.stdout.splitlines() if line.startswith("  <!-- ")]
    assert len(comments) == 3
    assert all(re.fullmatch(r"  <!-- score=\d\.\d{3} .*story=\d+\.000.* -->", c) for c in comments)


def test_rich_shows_the_parts(cli: Any, seed_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "300")
    result = cli("summary", str(seed_path), "-n", "2", "--explain", "-f", "rich")
    assert result.code == 0, result.stderr
    assert result.stdout.count("· score ") == 2
    assert "story " in result.stdout and "diversity " in result.stdout


def test_explain_is_the_same_ranking(cli: Any, seed_path: Path) -> None:
    plain = cli("summary", str(seed_path), "-n", "4", "-f", "text").stdout.splitlines()
    explained = cli("summary", str(seed_path), "-n", "4", "--explain", "-f", "text").stdout.splitlines()
    assert [line.split("\t")[0] for line in explained] == plain


@pytest.mark.parametrize("method", ["lead", "textrank"])
def test_other_methods_explain_their_score(cli: Any, seed_path: Path, method: str) -> None:
    result = cli("summary", str(seed_path), "-n", "2", "-m", method, "--explain", "-f", "text")
    assert result.code == 0, result.stderr
    assert all("\tscore=" in line for line in result.stdout.splitlines())

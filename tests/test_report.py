"""brief report: the whole briefing as one Markdown document (or the same content as JSON)."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

from conftest import SEED

import brief

SECTIONS = ["## Summary", "## Key actors", "## Topics", "## Quotes"]


@cache
def seed_report() -> brief.Report:
    return brief.report(SEED.read_text(encoding="utf-8"))


@cache
def seed_markdown() -> str:
    from brief.render import render

    return str(render(seed_report(), "markdown"))


def test_report_has_its_sections_in_order() -> None:
    lines = seed_markdown().splitlines()
    assert lines[0] == "# Briefing: \\<text\\>" and lines[2] == "Source: <text>"
    assert [line for line in lines if line.startswith("## ")] == SECTIONS


def test_report_markdown_is_well_formed() -> None:
    text = seed_markdown()
    for line in text.splitlines():
        if line.startswith("#"):
            assert re.match(r"^#{1,3} \S", line), line
    blocks = text.split("\n\n")
    quotes = [b for b in blocks if b.startswith("> ")]
    assert quotes and all(all(line.startswith(">") for line in b.splitlines()) for b in quotes)
    assert "\n\n\n" not in text and text.endswith("\n") and not text.endswith("\n\n")


def test_report_sections_do_not_repeat_sentences() -> None:
    report = seed_report()
    summary = [s.sentence.index for s in report.summary]
    actors = [s.sentence.index for a in report.actors for s in a.sentences]
    topics = [s.index for t in report.topics for s in t.sentences]
    assert len(summary) == 5 and len(report.actors) == 5 and len(report.topics) == 6
    assert len(set(summary + actors)) == len(summary) + len(actors)
    # a topic keeps one already-shown sentence only when all of its own were shown above
    for t in report.topics:
        assert t.sentences
        if len(t.sentences) > 1:
            assert not {s.index for s in t.sentences} & set(summary + actors)
    assert len(set(topics)) == len(topics)
    shown = set(summary + actors + topics)
    assert all(q.sentence.index not in shown for q in report.quotes)
    assert all(q.speaker for q in report.quotes)


def test_report_key_actors_have_roles_sentences_and_quotes() -> None:
    report = seed_report()
    assert all(a.actor.kind in ("person", "organisation") for a in report.actors)
    assert all(a.actor.role and 1 <= len(a.sentences) <= 2 for a in report.actors)
    for item in report.actors:
        if item.quote is not None:
            assert item.quote.speaker == item.actor.name
    assert any(item.quote is not None for item in report.actors)


def test_report_cli_writes_the_file(cli: Any, tmp_path: Path) -> None:
    out = tmp_path / "briefing.md"
    result = cli("report", str(SEED), "-o", str(out))
    assert (result.code, result.stdout, result.stderr) == (0, "", "")
    text = out.read_text(encoding="utf-8")
    assert text.startswith(f"# Briefing: {SEED.name}\n\nSource: {SEED}\n\n## Summary\n\n- ")
    assert text == cli("report", str(SEED), "-f", "markdown").stdout
    assert text == cli("report", str(SEED), "-f", "text").stdout


def test_report_json_has_the_same_content(cli: Any) -> None:
    payload = json.loads(cli("report", str(SEED), "-f", "json").stdout)
    markdown = cli("report", str(SEED), "-f", "markdown").stdout
    assert set(payload) == {"command", "title", "sources", "summary", "actors", "topics", "quotes"}
    assert payload["command"] == "report" and payload["sources"] == [str(SEED)]
    summary = markdown.split("## Summary\n\n")[1].split("\n\n")[0]
    assert [f"- {s['text']}" for s in payload["summary"]] == summary.splitlines()
    for actor in payload["actors"]:
        assert {"name", "role", "sentences", "quote"} <= set(actor)
        assert f"### {actor['name']}, {actor['role']}\n" in markdown
    for topic in payload["topics"]:
        assert set(topic) == {"label", "terms", "actors", "share", "sentences"}
        assert f"### {topic['label']}\n" in markdown
    assert [q["speaker"] for q in payload["quotes"]] == re.findall(r"^> — (.+)$", markdown, flags=re.M)


def test_report_rich(cli: Any) -> None:
    result = cli("report", str(SEED), "-f", "rich")
    assert result.code == 0 and "Key actors" in result.stdout and "## " not in result.stdout


def test_report_on_text_without_people_still_has_summary_and_topics() -> None:
    text = (
        "The budget raises defence spending. The budget cuts fuel duty for drivers. "
        "Parliament will vote on the budget next week. Fuel prices rose sharply in March."
    )
    report = brief.report(text)
    assert report.summary and report.topics
    from brief.render import render

    assert "## Summary" in render(report, "markdown")


def test_readme_report_excerpt_is_real_output(cli: Any) -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("<!-- section: topics -->")[1].split("<!-- section:")[0]
    excerpt = section.split("```markdown\n")[1].split("```")[0]
    result = cli("report", "seeds/000_b691c46f9cac5774.txt", "-f", "markdown")
    assert result.code == 0
    assert result.stdout.startswith(excerpt)


def test_no_actor_entry_is_empty_when_the_summary_shows_all_it_says() -> None:
    # Three sentences, all in the summary: the actors' entries repeat their best one.
    text = (
        "Anna Costa, the mayor of Lisbon, opened the new bridge on Monday.\n"
        "Costa said the bridge would cut journeys across the river by half.\n"
        "Engineers worked on the bridge for six years.\n"
    )
    result = brief.report(text, sentences=5)
    assert result.actors
    assert all(item.sentences or item.quote for item in result.actors)

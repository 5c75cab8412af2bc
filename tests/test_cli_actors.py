"""`brief actors`, `brief actor NAME` and `brief quotes` through the command line: every format,
exact output on a small text, and the exit codes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

SAMPLE = (
    "Sergey Lavrov, Russia's foreign minister, met Antonio Costa in Brussels on Monday.\n"
    "“We see no place for compromise,” Lavrov said.\n"
    "Costa told reporters that Europe would not give in. “We will stand with Ukraine,” he said.\n"
    "Anna Costa, a local teacher, watched the talks.\n"
)


@pytest.fixture
def sample(tmp_path: Path) -> str:
    path = tmp_path / "talks.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    return str(path)


def test_actors_text(cli: Any, sample: str) -> None:
    result = cli("actors", sample, "-f", "text")
    assert result.code == 0, result.stderr
    assert result.stdout == (
        "Antonio Costa\tperson\t3\t\n"
        "Sergey Lavrov\tperson\t2\tRussia's foreign minister\n"
        "Brussels\tplace\t1\t\n"
        "Russia\tplace\t1\t\n"
        "Europe\tplace\t1\t\n"
        "Ukraine\tplace\t1\t\n"
        "Anna Costa\tperson\t1\tlocal teacher\n"
    )


def test_actors_kind_and_top(cli: Any, sample: str) -> None:
    result = cli("actors", sample, "-f", "text", "--kind", "person", "--top", "2")
    assert (
        result.stdout == "Antonio Costa\tperson\t3\t\nSergey Lavrov\tperson\t2\tRussia's foreign minister\n"
    )


def test_actors_json(cli: Any, sample: str) -> None:
    result = cli("actors", sample, "-f", "json", "--kind", "person")
    payload = json.loads(result.stdout)
    assert list(payload) == ["actors"]
    lavrov = payload["actors"][1]
    assert lavrov == {
        "name": "Sergey Lavrov",
        "kind": "person",
        "aliases": ["Sergey Lavrov", "Lavrov"],
        "role": "Russia's foreign minister",
        "roles": ["Russia's foreign minister"],
        "mentions": 2,
        "quotes": 1,
    }


def test_actors_markdown(cli: Any, sample: str) -> None:
    result = cli("actors", sample, "-f", "markdown", "--kind", "person")
    assert result.stdout.endswith(
        "| name | kind | mentions | role | quotes |\n"
        "|---|---|---:|---|---:|\n"
        "| Antonio Costa | person | 3 |  | 1 |\n"
        "| Sergey Lavrov | person | 2 | Russia's foreign minister | 1 |\n"
        "| Anna Costa | person | 1 | local teacher | 0 |\n"
    )
    assert result.stdout.startswith("# Actors (person): ")


def test_actors_rich(cli: Any, sample: str) -> None:
    result = cli("actors", sample, "-f", "rich", "--kind", "person")
    assert result.code == 0
    for name in ("Antonio Costa", "Sergey Lavrov", "Anna Costa", "local teacher"):
        assert name in result.stdout


def test_actors_output_file_by_extension(cli: Any, sample: str, tmp_path: Path) -> None:
    target = tmp_path / "actors.json"
    result = cli("actors", sample, "-o", str(target))
    assert result.code == 0 and result.stdout == ""
    assert json.loads(target.read_text(encoding="utf-8"))["actors"][0]["name"] == "Antonio Costa"


def test_actor_text_and_ambiguity_note(cli: Any, sample: str) -> None:
    result = cli("actor", "costa", sample, "-f", "text")
    assert result.code == 0
    assert result.stdout == (
        "Sergey Lavrov, Russia's foreign minister, met Antonio Costa in Brussels on Monday.\n"
        "Costa told reporters that Europe would not give in.\n"
        "“We will stand with Ukraine,” he said.\n"
    )
    assert result.stderr == "brief: 2 actors match 'costa'; showing Antonio Costa; also: Anna Costa (1)\n"


def test_actor_sentence_limit(cli: Any, sample: str) -> None:
    result = cli("actor", "Antonio Costa", sample, "-f", "text", "-n", "1")
    assert (
        result.stdout
        == "Sergey Lavrov, Russia's foreign minister, met Antonio Costa in Brussels on Monday.\n"
    )
    assert result.stderr == ""


def test_actor_json(cli: Any, sample: str) -> None:
    payload = json.loads(cli("actor", "LAVROV", sample, "-f", "json").stdout)
    assert list(payload) == ["actor", "sentences", "quotes", "related"]
    assert payload["actor"]["name"] == "Sergey Lavrov"
    assert [s["position"] for s in payload["sentences"]] == [0, 1]
    assert {"text", "position", "score", "source"} <= set(payload["sentences"][0])
    assert payload["quotes"] == [
        {
            "text": "We see no place for compromise",
            "speaker": "Sergey Lavrov",
            "verb": "said",
            "sentence": "“We see no place for compromise,” Lavrov said.",
            "position": 1,
        }
    ]
    assert payload["related"][0] == {"name": "Antonio Costa", "kind": "person", "together": 1}


def test_actor_markdown(cli: Any, sample: str) -> None:
    out = cli("actor", "sergey lavrov", sample, "-f", "markdown").stdout
    assert out.startswith("# Sergey Lavrov\n")
    assert "- **Role:** Russia's foreign minister\n" in out
    assert "## What the text says\n" in out
    assert "## Quotes (1)\n\n- *said*: “We see no place for compromise”\n" in out
    assert "## Mentioned with\n\n- Antonio Costa (person): 1 sentence together\n" in out


def test_actor_rich(cli: Any, sample: str) -> None:
    out = cli("actor", "lavrov", sample, "-f", "rich").stdout
    assert "Sergey Lavrov" in out and "What the text says" in out and "Quotes (1)" in out


def test_actor_not_found_suggests(cli: Any, sample: str) -> None:
    result = cli("actor", "lavrof", sample)
    assert result.code == 1
    assert result.stdout == ""
    assert result.stderr == "brief: no actor matches 'lavrof'; did you mean Sergey Lavrov?\n"


def test_actor_not_found_without_suggestion(cli: Any, sample: str) -> None:
    result = cli("actor", "Napoleon", sample)
    assert (result.code, result.stderr) == (1, "brief: no actor matches 'Napoleon'\n")


def test_quotes_text(cli: Any, sample: str) -> None:
    result = cli("quotes", sample, "-f", "text")
    assert result.stdout == (
        "Sergey Lavrov\tWe see no place for compromise\nAntonio Costa\tWe will stand with Ukraine\n"
    )


def test_quotes_of_one_actor(cli: Any, sample: str) -> None:
    result = cli("quotes", sample, "-f", "text", "--actor", "Antonio Costa")
    assert result.stdout == "Antonio Costa\tWe will stand with Ukraine\n"


def test_quotes_markdown_and_json(cli: Any, sample: str) -> None:
    md = cli("quotes", sample, "-f", "markdown").stdout
    assert md.endswith(
        "- **Sergey Lavrov** (said): “We see no place for compromise”\n"
        "- **Antonio Costa** (said): “We will stand with Ukraine”\n"
    )
    payload = json.loads(cli("quotes", sample, "-f", "json").stdout)
    assert [q["speaker"] for q in payload["quotes"]] == ["Sergey Lavrov", "Antonio Costa"]
    assert set(payload["quotes"][0]) == {"text", "speaker", "verb", "sentence", "position"}


def test_quotes_rich(cli: Any, sample: str) -> None:
    out = cli("quotes", sample, "-f", "rich").stdout
    assert "We see no place for compromise" in out and "Sergey Lavrov" in out


def test_unattributed_quote_has_empty_speaker(cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "anon.txt"
    path.write_text("“This is unacceptable,” a government source said.\n", encoding="utf-8")
    assert cli("quotes", str(path), "-f", "text").stdout == "\tThis is unacceptable\n"
    assert json.loads(cli("quotes", str(path), "-f", "json").stdout)["quotes"][0]["speaker"] is None


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (
            ("actors", "--kind", "people"),
            2,
            "brief: unknown kind 'people'; choose from person, organisation, place, all\n",
        ),
        (("actors", "--top", "0"), 2, "brief: --top must be at least 1, not 0\n"),
        (("actor", "-n", "0", "lavrov"), 2, "brief: --sentences must be at least 1, not 0\n"),
        (("quotes", "--actor", "Anna Costa"), 1, None),
        (("quotes", "--actor", "nobody"), 1, "brief: no actor matches 'nobody'\n"),
    ],
)
def test_errors(cli: Any, sample: str, args: tuple[str, ...], code: int, message: str | None) -> None:
    result = cli(*args, sample)
    assert result.code == code
    assert result.stdout == ""
    if message:
        assert result.stderr == message
    else:
        assert result.stderr.startswith("brief: no quotes from Anna Costa in ")


def test_nothing_found_exit_codes(cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("The weather was mild and the markets were calm on a quiet day.\n", encoding="utf-8")
    assert cli("actors", str(path)).code == 1
    assert cli("quotes", str(path)).code == 1
    assert cli("actor", "anyone", str(path)).code == 1


def test_missing_file_is_exit_2(cli: Any) -> None:
    assert cli("actors", "/nonexistent/file.txt").code == 2


def test_seed_lavrov_dossier(cli: Any, seed_path: Path) -> None:
    result = cli("actor", "lavrov", str(seed_path), "-f", "text")
    assert result.code == 0
    assert result.stdout.splitlines() == [
        "Russia’s foreign minister has said that any deployment of European peacekeepers to Ukraine "
        "would be interpreted by Moscow as an open military attack.",
        "Sergey Lavrov told a press conference in Moscow that Russia was categorically opposed to any such "
        "plan.",
        "“We see no place for compromise,” he said.",
        "Deployment of European troops would be seen by Moscow as “the direct, official, unconcealed "
        "involvement of Nato countries in a war against the Russian Federation”, Lavrov said, adding that "
        "that was “impossible to allow”.",
    ]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Dmitry Lavrov", None),  # a fuller form the text contradicts: "Sergey Lavrov"
        ("Lavrov's", "Sergey Lavrov"),  # a possessive is a mention
        ("Mr Antonio Costa", "Antonio Costa"),
    ],
)
def test_actor_queries_by_other_forms(cli: Any, sample: str, query: str, expected: str | None) -> None:
    result = cli("actor", query, sample, "-f", "json")
    if expected is None:
        assert result.code == 1
        assert "did you mean Sergey Lavrov?" in result.stderr
    else:
        assert result.code == 0, result.stderr
        assert json.loads(result.stdout)["actor"]["name"] == expected


def test_actor_by_a_fuller_name_than_the_text_uses(cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "short.txt"
    # A lone word that only speaks could be a body ("Ofcom said"): here a "he" makes it a person.
    path.write_text("Trump spoke in Ohio on Monday.\nTrump said he had failed.\n", encoding="utf-8")
    result = cli("actor", "Donald Trump", str(path), "-f", "json")
    assert result.code == 0, result.stderr
    assert json.loads(result.stdout)["actor"]["name"] == "Trump"


def test_kind_accepts_the_us_spelling(cli: Any, sample: str) -> None:
    us, uk = (cli("actors", sample, "--kind", spelling) for spelling in ("organization", "organisation"))
    assert (us.code, us.stdout) == (uk.code, uk.stdout)


def test_a_dossier_prefers_sentences_that_lead_with_the_actor(cli: Any, seed_path: Path) -> None:
    # On the seed, Zelensky is named in passing inside others' quotes; his own acts come first.
    result = cli("actor", "zelensky", str(seed_path), "-n", "4")
    assert result.code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 4
    assert all("Zelensky" in line[:60] for line in lines), lines

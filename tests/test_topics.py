"""Query relevance (brief topic) and topic discovery (brief topics)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from conftest import SEED

import brief
from brief.split import terms
from brief.topic_rules import (
    bm25,
    descriptiveness,
    fallback_label,
    greedy_order,
    holds_pair,
    near_identical,
    phrases,
    query_pairs,
    query_terms,
    sentence_case,
)

# --- BM25 and stem matching ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "sentence", "matches"),
    [
        ("deterrent", "France's nuclear deterrence is deliberately vague.", True),
        ("nuclear deterrent", "An independent nuclear deterrent of 300 warheads.", True),
        ("sharing", "The allies shared intelligence with Kyiv.", True),
        ("intelligence sharing", "Washington paused its intelligence.", True),
        ("elections", "The election was postponed.", True),
        ("peacekeepers", "A peacekeeping force led by Britain.", True),
        ("Peacekeepers", "European PEACEKEEPERS would be a target.", True),
        ("deterrent", "The deter button was pressed.", False),
        ("cheese", "Nothing about dairy here.", False),
        ("sharing", "A shareholder meeting.", False),
    ],
)
def test_query_matches_on_stems(query: str, sentence: str, matches: bool) -> None:
    score = bm25([terms(sentence)], query_terms(query))[0]
    assert bool(score > 0) is matches


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("nuclear deterrent", ("nuclear", "deterr")),
        ("the sharing of intelligence", ("share", "intellig")),
        ("elections, election", ("elect",)),
        ("of the and", ()),
    ],
)
def test_query_terms(query: str, expected: tuple[str, ...]) -> None:
    assert query_terms(query) == expected


def test_bm25_weights_rare_terms_above_common_ones() -> None:
    rows = [("war", "ukrain"), ("war", "ukrain"), ("war", "deterr"), ("war", "ukrain")]
    scores = bm25(rows, ("war", "deterr"))
    assert scores[2] > scores[0] > 0
    assert scores[0] == scores[1] == scores[3]


def test_bm25_prefers_the_shorter_of_two_equal_matches() -> None:
    rows = [("deterr", "franc", "vagu", "doctrin", "protect", "popul"), ("deterr", "franc")]
    scores = bm25(rows, ("deterr",))
    assert scores[1] > scores[0] > 0


def test_bm25_is_zero_without_a_match_and_on_empty_input() -> None:
    assert bm25([("war",), ()], ("peac",)).tolist() == [0.0, 0.0]
    assert bm25([], ("peac",)).tolist() == []


# --- Key phrases, names, label distinctness -------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Britain and France are working on a “coalition of the willing” plan.", "coalition of the willing"),
        ("Russia’s response was swift.", "Russia’s response"),
        ("France has an independent nuclear deterrent of 300 warheads.", "independent nuclear deterrent"),
        ("The US paused intelligence sharing with Kyiv.", "intelligence sharing"),
    ],
)
def test_phrases_are_verbatim(sentence: str, phrase: str) -> None:
    assert phrase in {p.surface for p in phrases(sentence)}


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Moscow ridiculed President Macron.", "ridiculed President Macron"),  # starts on a verb
        ("Officials, diplomats and envoys met.", "Officials, diplomats"),  # crosses punctuation
        ("He said the talks failed.", "talks failed"),  # ends on a verb
        ("Ursula von der Leyen spoke.", "Ursula von der"),  # ends on a particle
    ],
)
def test_phrases_never_include(sentence: str, phrase: str) -> None:
    assert phrase not in {p.surface for p in phrases(sentence)}


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ({"nuclear", "deterr"}, {"french", "nuclear", "deterr"}, True),
        ({"coalit", "willing"}, {"coalit", "willing"}, True),
        ({"intellig", "share"}, {"intellig", "paus"}, False),
        ({"elect"}, {"hotel"}, False),
        (set(), {"hotel"}, False),
    ],
)
def test_near_identical_labels(a: set[str], b: set[str], same: bool) -> None:
    assert near_identical(frozenset(a), frozenset(b)) is same


# --- brief topic on the seed ----------------------------------------------------------------------


def test_topic_nuclear_deterrent_returns_macrons_nuclear_umbrella(cli: Any, seed_text: str) -> None:
    result = cli("topic", "nuclear deterrent", str(SEED), "-n", "3")
    assert result.code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    assert all(line in seed_text for line in lines)
    assert sorted(lines, key=seed_text.index) == lines
    assert all("nuclear" in line for line in lines)
    assert any(
        line.startswith("President Macron suggested that France could extend its nuclear") for line in lines
    )
    assert any("French nuclear umbrella" in line for line in lines)


def test_topic_intelligence_sharing_returns_the_us_pause(cli: Any, seed_text: str) -> None:
    result = cli("topic", "intelligence sharing", str(SEED))
    assert result.code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 5
    assert all("intelligence" in line.lower() or "shar" in line.lower() for line in lines)
    assert any("“paused” intelligence sharing" in line for line in lines)
    assert any("suspended sharing" in line for line in lines)


def test_topic_respects_the_word_budget(seed_text: str) -> None:
    result = brief.topic(seed_text, "peacekeepers", words=60)
    assert sum(len(s.text.split()) for s in result.sentences) <= 60
    assert result.sentences and all("peacekeep" in s.text.lower() for s in result.sentences)


def test_topic_returns_only_matching_sentences_even_when_asked_for_more(seed_text: str) -> None:
    result = brief.topic(seed_text, "Kryviy Rih", sentences=10)
    assert [s.position for s in result.sentences] == sorted(s.position for s in result.sentences)
    assert all("Kryviy Rih" in s.text for s in result.sentences)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("peacekeepers", 0.0),
        ("intelligence sharing with Ukraine", 0.0),
        ("Trump Zelensky Macron Starmer", 0.0),
        ("Trump Zelensky Macron Starmer Putin", 0.5),
        ("civil law, marriage, federal law, not legal, state law, petition", 1.0),
        ("law, legal, state, marriage, rights, laws, civil, federal, couples, petition", 1.0),
    ],
)
def test_descriptiveness_grows_with_the_querys_words(query: str, expected: float) -> None:
    assert descriptiveness(query_terms(query)) == expected


ARTICLE = (
    "The Supreme Court heard arguments on Tuesday in a case that could settle a decades-old dispute. "
    "Lawyers for both sides spent three hours before the nine justices in Washington. "
    "The court will rule by June. "
    "Same-sex couples in 14 states still cannot marry under state law. "
    "Their petition asks the court to strike down state bans on marriage. "
    "Opponents say federal law should leave marriage to the states."
)


def test_a_descriptive_query_keeps_the_stories_lead() -> None:
    query = "civil law, marriage, federal law, state law, petition, married couples"
    result = brief.topic(ARTICLE, query, sentences=3)
    texts = [s.text for s in result.sentences]
    assert texts[0].startswith("The Supreme Court heard arguments")  # none of the query's words
    assert len(texts) == 3
    assert all("law" in t or "marr" in t or "petition" in t for t in texts[1:])


def test_a_short_query_never_returns_a_sentence_without_its_words() -> None:
    result = brief.topic(ARTICLE, "marriage petition", sentences=3)
    assert result.sentences
    assert all("marr" in s.text or "petition" in s.text for s in result.sentences)


def test_a_descriptive_query_leaves_out_posts_about_something_else(seed_text: str) -> None:
    query = "Kryviy Rih hotel ballistic missile strike humanitarian volunteers killed"
    result = brief.topic(seed_text, query, sentences=4)
    assert len(result.sentences) == 4
    assert all("hotel" in s.text or "strike" in s.text for s in result.sentences)


def test_a_descriptive_query_with_none_of_its_words_present_finds_nothing() -> None:
    with pytest.raises(brief.NothingFound):
        brief.topic(ARTICLE, "weight loss, body fat, blood sugar levels, healthy diet, pounds", sentences=3)


def test_topic_nothing_relevant_exits_1(cli: Any) -> None:
    result = cli("topic", "cheese exports", str(SEED))
    assert (result.code, result.stdout) == (1, "")
    assert result.stderr == f"brief: nothing about 'cheese exports' in {SEED}\n"


def test_topic_nothing_within_the_word_budget_exits_1(cli: Any) -> None:
    result = cli("topic", "nuclear deterrent", str(SEED), "--words", "3")
    assert (result.code, result.stdout) == (1, "")
    assert result.stderr == "brief: no sentence about 'nuclear deterrent' fits in 3 words\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("topic", "of the", str(SEED)),
            "brief: query 'of the' has no words to search for (only stop words?)\n",
        ),
        (("topic", "peace", str(SEED), "-n", "0"), "brief: --sentences must be at least 1, not 0\n"),
        (("topics", str(SEED), "--top", "0"), "brief: --top must be at least 1, not 0\n"),
    ],
)
def test_bad_usage_exits_2(cli: Any, args: tuple[str, ...], message: str) -> None:
    result = cli(*args)
    assert (result.code, result.stdout, result.stderr) == (2, "", message)


def test_topic_formats(cli: Any) -> None:
    text = cli("topic", "nuclear deterrent", str(SEED), "-n", "2", "-f", "text").stdout
    payload = json.loads(cli("topic", "nuclear deterrent", str(SEED), "-n", "2", "-f", "json").stdout)
    assert set(payload) == {"command", "title", "query", "sentences", "sources"}
    assert payload["command"] == "topic" and payload["query"] == "nuclear deterrent"
    assert [s["text"] for s in payload["sentences"]] == text.splitlines()
    assert {"text", "position", "score", "source"} <= set(payload["sentences"][0])
    markdown = cli("topic", "nuclear deterrent", str(SEED), "-n", "2", "-f", "markdown").stdout
    assert markdown.startswith(f"# {SEED.name}: nuclear deterrent\n\nSource: {SEED}\n\n- ")
    assert markdown.count("\n- ") == 2
    rich = cli("topic", "nuclear deterrent", str(SEED), "-n", "2", "-f", "rich")
    assert rich.code == 0 and "nuclear deterrent" in rich.stdout and "2 sentences on the topic" in rich.stdout


def test_topic_explain_shows_score_parts(cli: Any) -> None:
    result = cli("topic", "nuclear deterrent", str(SEED), "-n", "1", "--explain")
    assert result.code == 0
    text, parts = result.stdout.rstrip("\n").split("\t")
    assert "nuclear" in text
    assert parts.startswith("score=") and "relevance=" in parts and "centrality=" in parts


# --- brief topics on the seed ---------------------------------------------------------------------


@cache
def seed_topics() -> brief.TopicList:
    return brief.topics(SEED.read_text(encoding="utf-8"))


def test_topics_finds_the_seeds_main_threads() -> None:
    found = seed_topics().topics
    assert len(found) == 8
    described = [" ".join((t.label, *t.terms, *(s.text for s in t.sentences))).lower() for t in found]

    def thread(*words: str) -> bool:
        return any(all(w in d for w in words) for d in described)

    assert thread("intelligence", "paus")  # the US intelligence pause
    assert thread("coalition of the willing")
    assert thread("macron", "nuclear deterrent")
    assert thread("elections", "poroshenko")
    assert thread("kryviy rih", "strike")
    labels = [t.label for t in found]
    assert "coalition of the willing" in labels and "intelligence sharing" in labels


def test_topics_are_distinct_and_verbatim(seed_text: str) -> None:
    found = seed_topics().topics
    sentences = [s.index for t in found for s in t.sentences]
    assert len(sentences) == len(set(sentences))
    labels = [frozenset(terms(t.label)) for t in found]
    for i, a in enumerate(labels):
        for b in labels[i + 1 :]:
            assert not near_identical(a, b)
    for t in found:
        assert t.label in seed_text
        assert 1 <= len(t.sentences) <= 3
        assert all(s.text in seed_text for s in t.sentences)
        assert [s.index for s in t.sentences] == sorted(s.index for s in t.sentences)
        assert 0 < t.share < 1 and t.terms and len(t.actors) <= 3
    shares = [t.share for t in found]
    assert shares == sorted(shares, reverse=True) and sum(shares) <= 1


def test_topics_are_deterministic(seed_text: str) -> None:
    assert brief.topics(seed_text, top=3) == brief.topics(seed_text, top=3)


def test_topics_of_separate_stories_follow_the_stories() -> None:
    stories = [
        brief.Document(
            source="strike.txt",
            text="A missile strike hit a hotel in Kryviy Rih overnight. Four people were killed in the "
            "strike on the hotel. Rescuers searched the hotel for survivors of the missile strike. "
            "The hotel strike wounded more than 30 people.",
        ),
        brief.Document(
            source="budget.txt",
            text="The finance minister presented the annual budget to parliament. The budget raises "
            "defence spending and cuts fuel duty. Opposition parties said the budget ignored "
            "pensioners. Parliament will vote on the budget next week.",
        ),
    ]
    strike, budget = brief.topics(stories).topics
    assert {s.source for s in strike.sentences} == {"strike.txt"} and strike.share > budget.share
    assert {s.source for s in budget.sentences} == {"budget.txt"}
    assert strike.label in {"hotel strike", "missile strike"} and "budget" in budget.label
    assert strike.actors == ("Kryviy Rih",) and budget.terms[0] == "budget"


def test_topics_text_is_label_tab_terms(cli: Any) -> None:
    result = cli("topics", str(SEED), "--top", "3")
    assert result.code == 0, result.stderr
    expected = "".join(f"{t.label}\t{', '.join(t.terms)}\n" for t in seed_topics().topics[:3])
    assert result.stdout == expected


def test_topics_json_schema(cli: Any) -> None:
    payload = json.loads(cli("topics", str(SEED), "--top", "2", "-f", "json").stdout)
    assert set(payload) == {"topics"}
    assert len(payload["topics"]) == 2
    for topic in payload["topics"]:
        assert set(topic) == {"label", "terms", "actors", "share", "sentences"}
        assert isinstance(topic["share"], float)
        for sentence in topic["sentences"]:
            assert set(sentence) == {"text", "position", "source"}
            assert sentence["source"] == str(SEED)


def test_topics_markdown_and_rich(cli: Any, tmp_path: Path) -> None:
    out = tmp_path / "topics.md"
    assert cli("topics", str(SEED), "--top", "2", "-o", str(out)).code == 0
    markdown = out.read_text(encoding="utf-8")
    first, second = seed_topics().topics[:2]
    assert markdown.startswith(f"# {SEED.name}: topics\n\nSource: {SEED}\n\n## {first.label}\n\n*")
    assert markdown.count("\n## ") == 2 and f"\n## {second.label}\n" in markdown
    rich = cli("topics", str(SEED), "--top", "2", "-f", "rich")
    assert rich.code == 0 and first.label in rich.stdout and "% of the text" in rich.stdout


def test_topics_of_a_short_text_is_one_topic() -> None:
    found = brief.topics("The budget passed. Parliament approved the budget on Tuesday.").topics
    assert len(found) == 1
    assert found[0].share == 1.0 and found[0].label == "budget and Parliament"


# --- The README's examples are real output ---------------------------------------------------------


def readme_examples() -> list[tuple[list[str], str, int]]:
    """(`brief` arguments, expected stdout+stderr, exit code) from the topics section's consoles."""
    import shlex

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("<!-- section: topics -->")[1].split("<!-- section:")[0]
    examples: list[tuple[list[str], str, int]] = []
    for block in section.split("```console\n")[1:]:
        body = block.split("```")[0]
        for chunk in body.split("$ ")[1:]:
            command, _, output = chunk.partition("\n")
            if command == "echo $?":
                examples[-1] = (examples[-1][0], examples[-1][1], int(output.strip()))
                continue
            examples.append((shlex.split(command)[1:], output, 0))
    return examples


@pytest.mark.parametrize(("args", "output", "code"), readme_examples())
def test_readme_examples(cli: Any, args: list[str], output: str, code: int) -> None:
    result = cli(*args)
    assert result.code == code
    assert result.stdout + result.stderr == output


# --- Facets of a described topic, and labels that say something -----------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("civil law, federal law", (("civil", "law"), ("feder", "law"))),
        ("intelligence sharing with Ukraine", (("intellig", "share"), ("share", "ukrain"))),
        ("peacekeepers", ()),
        ("law; law", ()),
    ],
)
def test_query_pairs_are_neighbouring_stems_within_a_part(
    query: str, expected: tuple[tuple[str, str], ...]
) -> None:
    assert query_pairs(query) == expected


@pytest.mark.parametrize(
    ("sentence", "held"),
    [
        ("The federal marriage law was struck down.", True),  # two content words apart
        ("Federal judges said state courts must apply the law.", False),  # too far apart
        ("The law is federal.", True),  # either order
        ("A law.", False),
    ],
)
def test_a_pair_is_held_when_its_stems_are_near(sentence: str, held: bool) -> None:
    assert holds_pair(terms(sentence), ("feder", "law")) is held


def test_greedy_order_prefers_a_new_facet_to_a_repeated_one() -> None:
    # Sentence 0 holds units 0 and 1; sentence 1 repeats unit 0; sentence 2 brings unit 2.
    scores = greedy_order([0.5, 0.3, 0.2], [[0, 1], [0], [2]], [0.4, 0.2, 0.4], [1.0, 1.0, 1.0])
    assert scores == pytest.approx([1.1, 0.5, 0.6])
    assert scores[2] > scores[1]  # without the repeat discount sentence 1 would come second (0.7)


def test_greedy_scores_never_increase_down_the_ranking() -> None:
    held = [[0], [0, 1], [1], [2], [0, 2], []]
    scores = greedy_order(
        [0.1, 0.0, 0.3, 0.2, 0.05, 0.4], held, [0.5, 0.3, 0.2], [1.0, 0.5, 1.0, 1.0, 1.0, 1.0]
    )
    order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
    picked = [scores[i] for i in order]
    assert picked == sorted(picked, reverse=True)


@pytest.mark.parametrize(
    ("written", "label"),
    [
        (["deport", "parole", "migrants"], "deport and parole"),
        (["budget", "approved", "Parliament"], "budget and Parliament"),  # a past form is no topic
        (["budget"], "budget"),
        ([], "(untitled)"),
    ],
)
def test_fallback_label_joins_two_typical_terms(written: list[str], label: str) -> None:
    assert fallback_label(written) == label


def test_a_thread_is_never_labelled_with_a_lone_common_word() -> None:
    text = (
        "The council raised the parking charges in the town centre. Shop owners said the parking "
        "charges would drive shoppers away. The council said the parking charges pay for repairs. "
        "Drivers will pay the higher parking charges from April."
    )
    (found,) = brief.topics(text).topics
    assert found.label == "parking charges"


@pytest.mark.parametrize(
    ("label", "texts", "expected"),
    [
        (
            "Ballistic missiles",
            ["Ballistic missiles hit a hotel.", "It can stop ballistic missiles."],
            "ballistic missiles",
        ),
        ("European leaders", ["European leaders met.", "The European Union agreed."], "European leaders"),
        ("US allies", ["US allies could limit sharing.", "The US said so."], "US allies"),
        ("Elections", ["Elections were held."], "Elections"),  # one word: nothing to judge by
    ],
)
def test_sentence_case_lowers_a_capital_that_only_opens_a_sentence(
    label: str, texts: list[str], expected: str
) -> None:
    assert sentence_case(label, texts) == expected


@pytest.mark.parametrize(
    ("query", "missing"),
    [("climate change", "'climate'"), ("weather forecast for Europe", "'weather', 'forecast'")],
)
def test_a_search_whose_rare_words_are_absent_finds_nothing(cli: Any, query: str, missing: str) -> None:
    # "change" and "Europe" are in the seed; a search is about its rarest words.
    result = cli("topic", query, str(SEED))
    assert result.code == 1
    assert result.stderr == f"brief: nothing about {query!r} in {SEED}: no sentence mentions {missing}\n"


def test_a_search_holding_most_of_its_weight_is_answered(cli: Any) -> None:
    result = cli("topic", "US intelligence pause Ukraine", str(SEED), "-n", "1")
    assert result.code == 0
    assert "intelligence" in result.stdout


def test_contraction_pieces_are_no_key_terms(cli: Any, tmp_path: Path) -> None:
    text = "\n".join(
        [f"Fans can't believe the club won't sell its ground, and we've said so {n} times." for n in range(6)]
        + [f"The council says the harbour plan can't wait; the ferry port {n} must grow." for n in range(6)]
    )
    path = tmp_path / "fans.txt"
    path.write_text(text, encoding="utf-8")
    result = cli("topics", str(path), "-f", "json")
    assert result.code == 0, result.stderr
    terms = {t for topic in json.loads(result.stdout)["topics"] for t in topic["terms"]}
    assert terms and not {"n't", "ca", "wo", "ve"} & terms


def test_a_topics_people_come_before_places_and_organisations(cli: Any) -> None:
    kinds = {
        a["name"]: a["kind"]
        for a in json.loads(cli("actors", str(SEED), "--top", "500", "-f", "json").stdout)["actors"]
    }
    for topic in json.loads(cli("topics", str(SEED), "-f", "json").stdout)["topics"]:
        people = [kinds.get(name) == "person" for name in topic["actors"]]
        assert people == sorted(people, reverse=True), (topic["label"], topic["actors"])

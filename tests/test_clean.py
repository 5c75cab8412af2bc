"""Cleaning rules: tables of lines that must go and lines that must stay."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from brief.clean import SPACES, clean, is_credit, is_promo, is_terminated, is_truncated, normalize, unwrap

CREDITS = [
    "ROBERTO SCHMIDT/AFP/GETTY IMAGES",
    "NICOLAS MAETERLINCK/BELGA/AFP",
    "AVPICS/ALAMY",
    "PRESS SERVICE OF THE STATE EMERGENCY SERVICE OF UKRAINE IN DNIPROPETROVSK REGION/REUTERS",
    "Photograph: Jane Doe/Reuters",
    "Photo: AP",
    "Image credit: EPA",
    "PA WIRE",
]
NOT_CREDITS = [
    "The EU/US trade talks resumed on Monday.",
    "NATO LEADERS MEET IN BRUSSELS TO DISCUSS THE WAR AND THE FUTURE OF THE ALLIANCE.",
    "Photographers gathered outside the court.",
    "Mr Healey said the UK/US relationship was strong.",
]
PROMOS = [
    "• Read in full: Warning as Trump severs intelligence link",
    "Read more: How the war began",
    "READ MORE",
    "Watch: the moment the missile hit",
    "► Listen: our podcast on the summit",
    "Advertisement",
    "Sign up to our morning newsletter",
]
NOT_PROMOS = [
    "Read the statement in full, he urged reporters.",
    "Watchers of the Kremlin were surprised.",
    "Readers will remember the last summit.",
    "See you in court, she said.",
]
TRUNCATED = [
    "BRUSSELS – Facing the prospect that the United States might cut them adrift under President "
    "Donald Trump, European Union leaders launched a day of emergency t",
    "London CNN — European leaders will once again try to grasp control of negotiations over",
    "A European air force of 120 fighter jets could be deployed without necessarily provoking a",
    "(L-R) EU Council President Antonio Costa and Ursula von der Leyen arrive for a s",
]
NOT_TRUNCATED = [
    "He added: “We are not alone.”",
    "The talks ended at 5 p.m.",
    "“Is this the end?” she asked.",
    "Valerii Zaluzhnyi",  # a caption, handled by the heading rule, not a truncation
    "Sergey Lavrov told reporters he agreed in 2013",  # ends on a number, not on "in"
]


@pytest.mark.parametrize("line", CREDITS)
def test_credit_lines_are_recognised(line: str) -> None:
    assert is_credit(line)


@pytest.mark.parametrize("line", NOT_CREDITS)
def test_prose_is_not_a_credit(line: str) -> None:
    assert not is_credit(line)


@pytest.mark.parametrize("line", PROMOS)
def test_promos_are_recognised(line: str) -> None:
    assert is_promo(line)


@pytest.mark.parametrize("line", NOT_PROMOS)
def test_prose_is_not_a_promo(line: str) -> None:
    assert not is_promo(line)


@pytest.mark.parametrize("line", TRUNCATED)
def test_truncated_teasers_are_recognised(line: str) -> None:
    assert is_truncated(line)


@pytest.mark.parametrize("line", NOT_TRUNCATED)
def test_complete_lines_are_not_truncated(line: str) -> None:
    assert not is_truncated(line)


KEPT_UNCHANGED = [
    # a real paragraph whose closing quote mark is missing: it continues in the next paragraph
    "The official said: “It shows the willingness of the coalition to convene.\n"
    "“This is still early stages and the situation is very fluid.”",
    # a long paragraph without final punctuation is prose, not a caption
    "“Europe faces a clear and present danger, and therefore Europe has to be able to protect "
    "itself, to defend itself, we have to put Ukraine in a position to protect itself and to push "
    "for lasting and just peace,” she told reporters, and added that the crisis was the beginning "
    "of the European Union and Ukraine “rearming” themselves",
    # a sentence followed by a credit line keeps its place; only the credit goes
    "The US president is planning to revoke the temporary legal status of 240,000 Ukrainians.",
]


@pytest.mark.parametrize("text", KEPT_UNCHANGED)
def test_real_content_is_kept_verbatim(text: str) -> None:
    assert "\n".join(clean(text).paragraphs) == text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "A hotel was hit.\nA caption without a full stop\nSOME ONE/AFP\nThe war goes on.",
            ["A hotel was hit.", "The war goes on."],
        ),
        (
            "Prose before.\nThe sentence above a credit stays.\nJOHN SMITH/REUTERS",
            ["Prose before.", "The sentence above a credit stays."],
        ),
        ("Ukraine war latest\nThe first real sentence.", ["The first real sentence."]),
        ("# A heading\n\nSome **bold** text with [a link](http://x.y).", ["Some bold text with a link."]),
        ("Body.\n• Read in full: Something else entirely", ["Body."]),
    ],
)
def test_noise_lines_are_dropped(text: str, kept: list[str]) -> None:
    assert list(clean(text).paragraphs) == kept


def test_title_comes_from_an_opening_heading() -> None:
    assert clean("# Morning briefing\n\nText here.").title == "Morning briefing"
    assert clean("Ukraine war latest\nText here.").title == "Ukraine war latest"
    assert clean("A first sentence.\nText here.").title is None


def test_hard_wrapped_paragraphs_are_joined() -> None:
    wrapped = (
        "The minister said on Tuesday that the talks would\n"
        "continue next week in Geneva, and that both sides had\n"
        "agreed to a further exchange of prisoners.\n\n"
        "A second paragraph."
    )
    assert clean(wrapped).paragraphs == (
        "The minister said on Tuesday that the talks would continue next week in Geneva, "
        "and that both sides had agreed to a further exchange of prisoners.",
        "A second paragraph.",
    )


def test_one_line_per_paragraph_is_not_joined() -> None:
    text = "First post.\nSecond post, later.\nThird post, last."
    assert unwrap(text) == text


def test_normalize_whitespace_and_invisible_characters() -> None:
    assert normalize("a\u00a0 b\u200b c\r\nd  \t e") == "a b c\nd e"


def test_seed_noise_never_survives(seed_text: str) -> None:
    cleaned = "\n".join(clean(seed_text).paragraphs)
    for noise in (
        "GETTY IMAGES",
        "/ALAMY",
        "Read in full",
        "launched a day of emergency t",
        "Eurofighter Typhoon fighter jet\n",
        "President Zelensky with Bart De Wever",
        "grasp control of negotiations over",
    ):
        assert noise not in cleaned
    assert "Sergey Lavrov told a press conference in Moscow" in cleaned
    assert "“rearming” themselves" in cleaned


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Moscow (CNN)A Russian TV channel aired the speech.", "A Russian TV channel aired the speech."),
        ("(CNN)They may not be ready for the vote.", "They may not be ready for the vote."),
        ("WASHINGTON (AP) — The Senate voted on Monday.", "The Senate voted on Monday."),
        ("LONDON, England (Reuters) - Shares fell sharply.", "Shares fell sharply."),
        # Not a dateline: the agency is named inside the sentence.
        ("The deal (AP) was signed on Monday.", "The deal (AP) was signed on Monday."),
        ("He told CNN (CNN) that he would run.", "He told CNN (CNN) that he would run."),
    ],
)
def test_wire_datelines_are_dropped(line: str, expected: str) -> None:
    assert clean(line).paragraphs == (expected,)


# The rules before they were made fast: the fast versions must give the same answers.
SLOW_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
SLOW_TERMINAL = re.compile(r"""[.!?…:;]["'”’»)\]]*$|["”’»]$""")
LINE_CHARS = st.sampled_from(list(" \t\u00a0\u2009\u3000ab.!?…:;\"'”’»)]x,"))


@given(st.lists(LINE_CHARS, max_size=40).map("".join))
def test_fast_white_space_and_stop_rules_agree_with_the_plain_patterns(line: str) -> None:
    assert SPACES.sub(" ", line) == SLOW_SPACES.sub(" ", line)
    assert is_terminated(line) == bool(SLOW_TERMINAL.search(line.rstrip()))

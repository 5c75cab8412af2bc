"""Cleaning keeps whole single-paragraph articles (the CNN/DM, NEWTS and XSum scrapes)."""

from __future__ import annotations

import pytest

from brief.clean import clean, is_promo, trim_tail

STORY = (
    "Gordon Brown has warned that the nationalists want a second referendum. "
    "The former prime minister said the answers on the issue are all evasion. "
    "He told a rally in Glasgow that voters deserved a straight answer before polling day. "
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("• Read in full: Europe must prepare to face the threat of Russia", True),
        ("Share this with Email Facebook Twitter", True),
        # A whole article that happens to open with a share bar is not a promo.
        ("Share this withEmailFacebookLinkedin" + STORY * 3, False),
    ],
)
def test_is_promo_only_for_short_lines(line: str, expected: bool) -> None:
    assert is_promo(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (STORY + "From left, Anas Sarwar MP and Gordon Brown at the launch in 2013", STORY.rstrip()),
        (STORY + "He said the", STORY.rstrip()),
        ("no sentence ends here at all and", ""),
    ],
)
def test_trim_tail(line: str, expected: str) -> None:
    assert trim_tail(line) == expected


def test_a_long_article_ending_in_a_caption_keeps_its_sentences() -> None:
    text = STORY * 2 + "From left, Anas Sarwar MP and Gordon Brown attend the campaign launch in 2013"
    assert clean(text).paragraphs == ((STORY * 2).rstrip(),)


def test_a_short_cut_off_teaser_is_still_dropped() -> None:
    assert clean("Ukraine launched a day of emergency t\nThe talks resumed on Monday.").paragraphs == (
        "The talks resumed on Monday.",
    )

"""Offline sentences and words: Punkt from our own parameters, Treebank words, Snowball stems."""

from __future__ import annotations

import pytest

from brief.models import Document
from brief.split import SumyTokenizer, sentences, split_documents, stem, terms, words


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("“We see no place for compromise,” he said.", ["“We see no place for compromise,” he said."]),
        (
            "“That’s the way it is. We have said this repeatedly.” Peskov added nothing.",
            ["“That’s the way it is.", "We have said this repeatedly.”", "Peskov added nothing."],
        ),
        ("“Is it over?” she asked. No one knew.", ["“Is it over?” she asked.", "No one knew."]),
        ("Mr. Smith met Dr. Jones and Gen. Lee.", ["Mr. Smith met Dr. Jones and Gen. Lee."]),
        ("The U.S. and the U.K. agreed. Talks end.", ["The U.S. and the U.K. agreed.", "Talks end."]),
        ("They met at 9 a.m. on Jan. 5 in St. Louis.", ["They met at 9 a.m. on Jan. 5 in St. Louis."]),
        ("Some wars, e.g. this one, last. Others end.", ["Some wars, e.g. this one, last.", "Others end."]),
        (
            "Sen. Warren and Gov. Newsom spoke. Lt. Dan left.",
            ["Sen. Warren and Gov. Newsom spoke.", "Lt. Dan left."],
        ),
        ("He lives at No. 10 Downing Street.", ["He lives at No. 10 Downing Street."]),
        ("J. K. Rowling wrote it.", ["J. K. Rowling wrote it."]),
        # a name's initials ending a Punkt piece stay with the surname
        ("He served George H.W. Bush in 1990.", ["He served George H.W. Bush in 1990."]),
        ("The O.J. Simpson case ended.", ["The O.J. Simpson case ended."]),
    ],
)
def test_sentences(paragraph: str, expected: list[str]) -> None:
    assert sentences(paragraph) == expected


def test_run_on_without_punctuation_is_cut_into_pieces() -> None:
    text = " ".join(["word"] * 200_000)
    pieces = sentences(text)
    assert len(pieces) == 200_000 // 120 + 1
    assert all(len(p.split()) <= 120 for p in pieces)


def test_words_are_treebank_tokens() -> None:
    assert words("“We agree,” Zelensky’s aide said.") == [
        "“",
        "We",
        "agree",
        ",",
        "”",
        "Zelensky",
        "'s",
        "aide",
        "said",
        ".",
    ]


def test_terms_are_stemmed_content_words() -> None:
    assert terms("The deterrence was shared with allies.") == ("deterr", "share", "alli")
    assert stem("deterrent") == stem("deterrence") == "deterr"


def test_sumy_tokenizer_object() -> None:
    tokenizer = SumyTokenizer()
    assert tokenizer.to_sentences("One here. Two there.") == ("One here.", "Two there.")
    assert tokenizer.to_words("Hello, world.") == ("Hello", "world")


def test_split_documents_keeps_source_and_positions() -> None:
    a = Document(source="a.txt", text="")
    b = Document(source="b.txt", text="")
    corpus = split_documents([(a, ["One. Two."]), (b, ["Three.", "Four. Five."])])
    assert [(s.text, s.index, s.position, s.source, s.paragraph) for s in corpus.sentences] == [
        ("One.", 0, 0, "a.txt", 0),
        ("Two.", 1, 1, "a.txt", 0),
        ("Three.", 2, 0, "b.txt", 0),
        ("Four.", 3, 1, "b.txt", 1),
        ("Five.", 4, 2, "b.txt", 1),
    ]
    assert [s.first_in_paragraph for s in corpus.sentences] == [True, False, True, True, False]
    assert len(corpus.terms) == len(corpus.sentences)

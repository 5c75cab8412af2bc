"""brief's fast tokenizers give exactly NLTK's tokens; NLTK's package initialiser is not run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from itertools import islice
from pathlib import Path

import pytest
from nltk.tokenize.destructive import NLTKWordTokenizer
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from brief import split
from tests.conftest import EVAL, ROOT, SEED

TRICKY = [
    "",
    "   ",
    'He said: "We cannot go."',
    "“No compromise,” she said. ‘Never.’",
    "They're gonna win, I'd say... wanna bet?",
    "'Tis the season; 'twas a D'ye lemme gimme gotta more'n.",
    "Prices rose 3.5% (from $4.20) -- or so [they] say {roughly} <now>.",
    'The end.)"  ',
    "Two dots.. then three... then a final one.'",
    "A sentence ending in an abbreviation e.g.",
    "Dashes – and — and ― and ‒ here, plus «guillemets» and „low quotes”.",
    "Tabs\tand\u00a0non-breaking\u2003spaces\u3000too.",
    "Quote at end: 'done.' ",
    "Ends with a period and curly closer.’",
    "''Double single'' quotes and ``backticks`` here.",
    "Can't won't shouldn't I'm you've we'll she's.",
    "CANNOT SHOUT; WANNA? GONNA!",
    "Final period after closers.)]} ",
    "..",
    ".",
    "x.",
]


def real_sentences(limit: int) -> list[str]:
    texts = [SEED.read_text(encoding="utf-8")]
    if EVAL.exists():
        with EVAL.open(encoding="utf-8") as handle:
            texts += [json.loads(line)["text"] for line in islice(handle, 40)]
    found = [s for text in texts for line in text.split("\n") if line.strip() for s in split.sentences(line)]
    return found[:limit]


@pytest.mark.parametrize("text", TRICKY)
def test_word_tokens_are_nltks(text: str) -> None:
    assert split.word_tokenizer().tokenize(text) == NLTKWordTokenizer().tokenize(text)


def test_word_tokens_are_nltks_on_real_sentences() -> None:
    reference = NLTKWordTokenizer()
    fast = split.word_tokenizer()
    for sentence in real_sentences(1500):
        text = sentence.translate(split.APOSTROPHES)
        assert fast.tokenize(text) == reference.tokenize(text), sentence


def test_sentences_are_punkts() -> None:
    params = PunktParameters()
    params.abbrev_types = set(split.ABBREVIATIONS)
    reference = PunktSentenceTokenizer(params)
    lines = [line for line in SEED.read_text(encoding="utf-8").split("\n") if line.strip()]
    lines += [t for t in TRICKY if t.strip()]
    for line in lines:
        assert split.punkt().tokenize(line) == reference.tokenize(line), line


def test_white_space_is_what_isspace_accepts() -> None:
    expected = {chr(c) for c in range(0x110000) if chr(c).isspace()}
    assert set(split.WHITE_SPACE) == expected


def test_stop_words_are_sumys() -> None:
    from sumy.utils import get_stop_words

    assert split.read_stop_words() == get_stop_words("english")


def test_nltk_package_initialiser_is_not_run_but_still_works() -> None:
    code = (
        "import sys, brief.split\n"
        "print('nltk.collocations' in sys.modules, 'scipy.stats' in sys.modules)\n"
        "import nltk\n"
        "print(nltk.word_tokenize.__name__, 'nltk.collocations' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:2] == ["False False", "word_tokenize True"]


def test_two_processes_split_exactly_as_one(monkeypatch: pytest.MonkeyPatch) -> None:
    from brief.pipeline import as_documents, prepare

    text = SEED.read_text(encoding="utf-8")
    monkeypatch.setattr(split, "PARALLEL_MIN", 10**12)
    alone = prepare(as_documents([text, text[: len(text) // 3]]))
    monkeypatch.setattr(split, "PARALLEL_MIN", 0)
    monkeypatch.setenv("BRIEF_JOBS", "2")
    together = prepare(as_documents([text, text[: len(text) // 3]]))
    assert together == alone
    assert len(together.tokens) == len(together.sentences) == len(together.terms)
    # With other work to do meanwhile (the ranking's imports), this process keeps a smaller
    # share: the same corpus, and the work is done once.
    calls: list[int] = []
    busy = prepare(as_documents([text, text[: len(text) // 3]]), meanwhile=lambda: calls.append(1))
    assert busy == alone
    assert calls == [1]


def test_output_written_before_a_parallel_split_is_not_repeated(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from brief import split\n"
        "from brief.pipeline import as_documents, prepare\n"
        "split.PARALLEL_MIN = 0\n"
        "sys.stdout.write('before')\n"
        f"prepare(as_documents(open({str(SEED)!r}, encoding='utf-8').read()))\n"
        "sys.stdout.write(' after')\n"
    )
    env = {**os.environ, "BRIEF_JOBS": "2"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "before after"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Talks resumed on Monday.",
        "“We will not give up,” she said!”",
        "Is this the end?)",
        "No stop at all",
        "A trailing ellipsis...",
        "  Spaces around it.  ",
        "Mr. Smith arrived.",  # a stop inside: Punkt decides
        "It rained. Then it stopped.",
        "“Why?” he asked.",
    ],
)
def test_one_sentence_shortcut_agrees_with_punkt(paragraph: str) -> None:
    # Paragraphs without a stop before their end skip Punkt; the answer must be Punkt's.
    expected = [s.strip() for s in split.punkt().tokenize(paragraph) if s.strip()]
    assert split.sentences(paragraph) == split.merge_fragments(expected)

"""sumy's own summarisers, run on brief's document model and tokenizer (no NLTK data).

brief ranks with its vectorised equivalents (brief/rankers.py); this bridge runs sumy itself,
for the tests that compare the two and for benchmarks/speed.py.
"""

from __future__ import annotations

from typing import Any

from .models import Corpus
from .split import SumyTokenizer, stop_words

METHODS = ("lexrank", "textrank", "lsa", "luhn", "kl", "sumbasic")


def summarizer(method: str) -> Any:
    """A configured sumy summariser: English Snowball stems, brief's stop words."""
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.kl import KLSummarizer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.luhn import LuhnSummarizer
    from sumy.summarizers.sum_basic import SumBasicSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    classes: dict[str, Any] = {
        "lexrank": LexRankSummarizer,
        "textrank": TextRankSummarizer,
        "lsa": LsaSummarizer,
        "luhn": LuhnSummarizer,
        "kl": KLSummarizer,
        "sumbasic": SumBasicSummarizer,
    }
    chosen = classes[method](Stemmer("english"))
    chosen.stop_words = stop_words()
    return chosen


def document(corpus: Corpus) -> Any:
    """sumy's DOM built from our paragraphs: no heading guesses, no re-splitting."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence

    tokenizer = SumyTokenizer()
    paragraphs: dict[tuple[int, int], list[Any]] = {}
    for s in corpus.sentences:
        paragraphs.setdefault((s.document, s.paragraph), []).append(SumySentence(s.text, tokenizer))
    return ObjectDocumentModel([Paragraph(p) for p in paragraphs.values()])


def ranked(corpus: Corpus, method: str) -> list[tuple[int, float]]:
    """Every sentence as sumy ranks it, best first: (corpus index, sumy's rating)."""
    infos: list[Any] = []

    def keep_all(found: list[Any]) -> list[Any]:
        infos.extend(found)  # sorted best first by sumy; `order` is the sentence index
        return found

    summarizer(method)(document(corpus), keep_all)
    return [(int(info.order), float(info.rating)) for info in infos]


def scores(corpus: Corpus, method: str) -> list[float]:
    """A score per sentence from sumy's ranking (n for its best, 1 for its worst)."""
    result = [0.0] * len(corpus.sentences)
    found = ranked(corpus, method)
    for place, (index, _) in enumerate(found):
        result[index] = float(len(found) - place)
    return result

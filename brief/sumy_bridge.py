"""sumy's summarisers, run on brief's own document model and tokenizer (no NLTK data)."""

from __future__ import annotations

from typing import Any

from sumy.models.dom import ObjectDocumentModel, Paragraph
from sumy.models.dom import Sentence as SumySentence
from sumy.nlp.stemmers import Stemmer
from sumy.summarizers.kl import KLSummarizer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.luhn import LuhnSummarizer
from sumy.summarizers.sum_basic import SumBasicSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer

from .models import Corpus
from .split import SumyTokenizer, stop_words

SUMMARIZERS: dict[str, Any] = {
    "lexrank": LexRankSummarizer,
    "textrank": TextRankSummarizer,
    "lsa": LsaSummarizer,
    "luhn": LuhnSummarizer,
    "kl": KLSummarizer,
    "sumbasic": SumBasicSummarizer,
}


def document(corpus: Corpus) -> ObjectDocumentModel:
    """sumy's DOM built from our paragraphs: no heading guesses, no re-splitting."""
    tokenizer = SumyTokenizer()
    paragraphs: dict[tuple[int, int], list[SumySentence]] = {}
    for s in corpus.sentences:
        paragraphs.setdefault((s.document, s.paragraph), []).append(SumySentence(s.text, tokenizer))
    return ObjectDocumentModel([Paragraph(p) for p in paragraphs.values()])


def scores(corpus: Corpus, method: str) -> list[float]:
    """A score per sentence: sumy's own rating, read from its ranking of every sentence."""
    summarizer = SUMMARIZERS[method](Stemmer("english"))
    summarizer.stop_words = stop_words()
    ranked: list[Any] = []

    def keep_all(infos: list[Any]) -> list[Any]:
        ranked.extend(infos)  # sorted best first by sumy; `order` is the sentence index
        return infos

    summarizer(document(corpus), keep_all)
    result = [0.0] * len(corpus.sentences)
    n = len(ranked)
    for place, info in enumerate(ranked):
        result[info.order] = float(n - place)  # a rank score: sumy's ratings differ in scale
    return result

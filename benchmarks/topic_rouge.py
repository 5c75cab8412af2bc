"""ROUGE of `brief topic` on NEWTS: topic-focused human summaries, one per stated topic.

For every NEWTS article and each of its topics, `brief.topic(text, phrases)` is scored against
the summary written for that topic, beside the generic `brief.summary` and Lead-3 scored
against the same reference, and beside the topic output scored against the article's *other*
topic summaries (a focused summary should match its own topic much better).

    python benchmarks/topic_rouge.py ../shared/eval/newsref-dev.jsonl [-n 3] [--limit N]

Needs the `bench` extra (rouge-score). ROUGE-1/2/L F1 x 100 with stemming, macro-averaged over
(article, topic) pairs; ROUGE-Lsum joins candidate and reference sentences with newlines.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rouge_score import rouge_scorer

import brief
from brief import split
from brief.pipeline import as_documents, prepare

METRICS = ("rouge1", "rouge2", "rougeLsum")
ROWS = (
    ("topic", "brief topic (own topic's phrases)"),
    ("summary", "brief summary (generic)"),
    ("lead3", "Lead-3"),
    ("topic_other", "brief topic, scored against the OTHER topic's summary"),
)


def newts(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record.get("source") == "newts":
                yield record


def as_lines(text: str) -> str:
    """Sentences one per line, as ROUGE-Lsum expects."""
    return "\n".join(s for paragraph in text.splitlines() for s in split.sentences(paragraph))


def score(scorer: rouge_scorer.RougeScorer, candidate: list[str], reference: str) -> dict[str, float]:
    result = scorer.score(as_lines(reference), "\n".join(candidate))
    return {m: 100 * result[m].fmeasure for m in METRICS}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("-n", "--sentences", type=int, default=3)
    parser.add_argument("--limit", type=int, default=0, help="only the first N NEWTS articles")
    args = parser.parse_args(argv)

    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    rows: dict[str, list[dict[str, float]]] = {key: [] for key, _ in ROWS}
    nothing = 0
    articles = 0
    started = time.perf_counter()
    for number, record in enumerate(newts(args.data)):
        if args.limit and number >= args.limit:
            break
        articles += 1
        text = record["text"]
        topics = record["meta"]["topics"]
        references = record["summaries"]
        generic = [s.text for s in brief.summary(text, sentences=args.sentences).sentences]
        lead = [s.text for s in prepare(as_documents(text)).sentences[: args.sentences]]
        for i, topic in enumerate(topics):
            if i >= len(references):
                break
            try:
                found = [
                    s.text for s in brief.topic(text, topic["phrases"], sentences=args.sentences).sentences
                ]
            except brief.NothingFound:
                found = []
                nothing += 1
            rows["topic"].append(score(scorer, found, references[i]))
            rows["summary"].append(score(scorer, generic, references[i]))
            rows["lead3"].append(score(scorer, lead, references[i]))
            others = [score(scorer, found, ref) for j, ref in enumerate(references) if j != i]
            if others:
                rows["topic_other"].append({m: statistics.fmean(o[m] for o in others) for m in METRICS})
    elapsed = time.perf_counter() - started
    pairs = len(rows["topic"])
    print(
        f"NEWTS articles: {articles}, (article, topic) pairs: {pairs}, -n {args.sentences}, "
        f"topic found nothing: {nothing}, {elapsed:.1f} s"
    )
    print()
    print("| system | ROUGE-1 | ROUGE-2 | ROUGE-Lsum |")
    print("|---|---:|---:|---:|")
    for key, name in ROWS:
        values = rows[key]
        means = [statistics.fmean(v[m] for v in values) if values else 0.0 for m in METRICS]
        print(f"| {name} | " + " | ".join(f"{x:.2f}" for x in means) + " |")
    own = [v["rouge1"] for v in rows["topic"]]
    wins = sum(
        1 for t, o in zip(rows["topic"], rows["topic_other"], strict=False) if t["rouge2"] > o["rouge2"]
    )
    print()
    print(
        f"topic output closer (ROUGE-2) to its own topic's summary than to the other's: "
        f"{wins}/{len(rows['topic_other'])} pairs; mean own ROUGE-1 {statistics.fmean(own):.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

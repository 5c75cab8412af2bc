"""ROUGE of every `brief summary --method`, Lead-3 and the greedy extractive oracle.

    python benchmarks/rouge.py ../shared/eval/newsref-dev.jsonl            # updates benchmarks/RESULTS.md
    python benchmarks/rouge.py DATA.jsonl --sources cnndm,newts --limit 20 --no-write

DATA.jsonl holds one article per line: {"id", "source", "text", "summaries": [...]} (the newsref
format, see ../shared/eval/README.md). The data is never copied into the repository.

Scoring follows the figures quoted in brief's issues: rouge-score with the Porter stemmer, F1 x 100,
the best of the document's references (per metric), macro-averaged per source; "R-L" is ROUGE-Lsum
with candidate and reference sentences joined by newlines. Two settings: 3 sentences, and a word
budget equal to the source's mean reference length (brief's `--words`, never exceeded).

Every brief method is run through the library exactly as `brief.summary` runs it
(`pipeline.prepare` once per document, then `summarise.rank` and `summarise.select`), so the
figures are those of the CLI. `--cv` adds the 2-fold cross-validation of the default method's
weights (see benchmarks/tune.py).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from importlib import metadata
from itertools import pairwise
from pathlib import Path

from rouge_score import rouge_scorer
from rouge_score.tokenizers import DefaultTokenizer

import brief
from brief import split, summarise
from brief.models import Corpus, Document

HERE = Path(__file__).resolve().parent
METRICS = ("rouge1", "rouge2", "rougeLsum")
SETTINGS = ("3 sentences", "word budget")
SOURCES = ("cnndm", "newts", "xsum")
SENTENCES = 3


@dataclass(frozen=True)
class Article:
    id: str
    source: str
    text: str
    summaries: tuple[str, ...]


def load(path: Path, sources: Sequence[str], limit: int | None = None) -> list[Article]:
    """The articles of the chosen sources, sorted by id (so --limit picks a stable subset)."""
    rows = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                if row["source"] in sources:
                    rows.append(Article(row["id"], row["source"], row["text"], tuple(row["summaries"])))
    rows.sort(key=lambda a: (a.source, a.id))
    if limit is None:
        return rows
    kept: Counter[str] = Counter()
    out = []
    for article in rows:
        if kept[article.source] < limit:
            kept[article.source] += 1
            out.append(article)
    return out


def sentences_of(text: str) -> list[str]:
    """Reference sentences for ROUGE-Lsum: each line (a CNN/DM bullet) split by brief's Punkt."""
    return [s for line in text.splitlines() if line.strip() for s in split.sentences(line.strip())]


def word_count(sentences: Iterable[str]) -> int:
    return sum(len(s.split()) for s in sentences)


# -- systems: (corpus, sentences, words) -> chosen sentence texts in document order ---------------

System = Callable[[Corpus, int | None, int | None], list[str]]


def brief_method(method: str) -> System:
    def run(corpus: Corpus, sentences: int | None, words: int | None) -> list[str]:
        ranking = summarise.rank(corpus, method)
        return [s.text for s in summarise.select(corpus, ranking, sentences=sentences, words=words)]

    return run


def lead(corpus: Corpus, sentences: int | None, words: int | None) -> list[str]:
    """Lead-N: the first sentences, in order (with a budget: each one that still fits)."""
    out: list[str] = []
    used = 0
    for s in corpus.sentences:
        if sentences is not None and len(out) >= sentences:
            break
        n = len(s.text.split())
        if words is not None and used + n > words:
            continue
        out.append(s.text)
        used += n
    return out


class Oracle:
    """Greedy extractive oracle (Nallapati et al. 2017): add the sentence that most raises
    R-1 + R-2 F1 against a reference, stop when nothing helps; the best over references."""

    def __init__(self) -> None:
        self.tokenizer = DefaultTokenizer(use_stemmer=True)

    def tokens(self, text: str) -> list[str]:
        return list(self.tokenizer.tokenize(text))

    def __call__(
        self, corpus: Corpus, references: Sequence[str], sentences: int | None, words: int | None
    ) -> list[str]:
        toks = [self.tokens(s.text) for s in corpus.sentences]
        lengths = [len(s.text.split()) for s in corpus.sentences]
        best: tuple[float, list[int]] = (-1.0, [])
        for ref in references:
            ref_toks = self.tokens(ref)
            r1, r2 = Counter(ref_toks), Counter(pairwise(ref_toks))
            chosen: list[int] = []
            score = 0.0
            while sentences is None or len(chosen) < sentences:
                used = sum(lengths[i] for i in chosen)
                step: tuple[float, int] = (score, -1)
                for i in range(len(toks)):
                    if i in chosen or (words is not None and used + lengths[i] > words):
                        continue
                    value = pair_f1(toks, sorted([*chosen, i]), r1, r2)
                    if value > step[0]:
                        step = (value, i)
                if step[1] < 0:
                    break
                score = step[0]
                chosen.append(step[1])
            if score > best[0]:
                best = (score, sorted(chosen))
        return [corpus.sentences[i].text for i in best[1]]


def pair_f1(
    toks: Sequence[Sequence[str]], chosen: Sequence[int], r1: Counter[str], r2: Counter[tuple[str, str]]
) -> float:
    cand = [t for i in chosen for t in toks[i]]
    c1, c2 = Counter(cand), Counter(pairwise(cand))
    return f1(c1, r1) + f1(c2, r2)


def f1(cand: Counter[object], ref: Counter[object]) -> float:
    overlap = sum((cand & ref).values())
    if not overlap:
        return 0.0
    p, r = overlap / sum(cand.values()), overlap / sum(ref.values())
    return 2 * p * r / (p + r)


# -- scoring ------------------------------------------------------------------------------------


class Scorer:
    def __init__(self) -> None:
        self.rouge = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)

    def score(self, chosen: Sequence[str], references: Sequence[str]) -> tuple[float, float, float]:
        """R-1, R-2, R-Lsum F1 x 100, each the best over the references."""
        candidate = "\n".join(chosen)
        best = [0.0, 0.0, 0.0]
        for ref in references:
            result = self.rouge.score("\n".join(sentences_of(ref)), candidate)
            for k, metric in enumerate(METRICS):
                best[k] = max(best[k], 100 * result[metric].fmeasure)
        return best[0], best[1], best[2]


@dataclass
class Tally:
    scores: list[tuple[float, float, float]]
    words: list[int]

    def mean(self) -> tuple[float, float, float]:
        return tuple(statistics.fmean(s[k] for s in self.scores) for k in range(3))  # type: ignore[return-value]


def budgets(articles: Sequence[Article]) -> dict[str, int]:
    """The word budget per source: its mean reference length in words."""
    lengths: dict[str, list[int]] = {}
    for a in articles:
        lengths.setdefault(a.source, []).extend(len(r.split()) for r in a.summaries)
    return {src: round(statistics.fmean(n)) for src, n in lengths.items()}


def evaluate(
    articles: Sequence[Article], methods: Sequence[str], progress: bool = True
) -> tuple[dict[tuple[str, str, str], Tally], dict[str, int]]:
    """{(setting, system, source): Tally} for every system, plus the budgets used."""
    scorer = Scorer()
    oracle = Oracle()
    budget = budgets(articles)
    systems: dict[str, System] = {"Lead-3": lead, **{m: brief_method(m) for m in methods}}
    results: dict[tuple[str, str, str], Tally] = {}
    started = time.perf_counter()
    for n, article in enumerate(articles, 1):
        corpus = brief.prepare([Document(source=article.id, text=article.text)])
        for setting in SETTINGS:
            limits = (SENTENCES, None) if setting == SETTINGS[0] else (None, budget[article.source])
            runs = {name: system(corpus, *limits) for name, system in systems.items()}
            runs["oracle"] = oracle(corpus, article.summaries, *limits)
            for name, chosen in runs.items():
                tally = results.setdefault((setting, name, article.source), Tally([], []))
                tally.scores.append(scorer.score(chosen, article.summaries))
                tally.words.append(word_count(chosen))
        if progress and (n % 25 == 0 or n == len(articles)):
            print(f"  {n}/{len(articles)} documents, {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return results, budget


def table(
    results: dict[tuple[str, str, str], Tally], setting: str, sources: Sequence[str], systems: Sequence[str]
) -> str:
    head = (
        "| method | "
        + " | ".join(f"{s} R-1 / R-2 / R-L" for s in sources)
        + " | words "
        + "/".join(sources)
        + " |"
    )
    rule = "|---|" + "---|" * len(sources) + "---|"
    rows = [head, rule]
    for name in systems:
        cells, words = [], []
        for src in sources:
            tally = results.get((setting, name, src))
            if tally is None:
                cells.append("–")
                words.append("–")
                continue
            r1, r2, rl = tally.mean()
            cells.append(f"{r1:.1f} / {r2:.1f} / {rl:.1f}")
            words.append(f"{statistics.fmean(tally.words):.0f}")
        label = f"**{name}**" if name == "default" else name
        rows.append(f"| {label} | " + " | ".join(cells) + " | " + "/".join(words) + " |")
    return "\n".join(rows)


def paragraphed(text: str, size: int = 2) -> str:
    """The article as a scraped page: a paragraph (line) every `size` sentences."""
    found = split.sentences(text)
    return "\n".join(" ".join(found[i : i + size]) for i in range(0, len(found), size))


def layouts_report(articles: Sequence[Article], methods: Sequence[str], posts: int = 5) -> str:
    """Two layouts the dev texts lack. (1) Each cnndm/newts article cut into two-sentence
    paragraphs (a scraped news page): 3 sentences, scored as above. (2) A simulated live blog:
    `posts` consecutive articles (by id), each contributing its first six sentences as three
    paragraphs; 5 sentences scored against all their first references joined, and how many of
    the posts the summary draws on."""
    scorer = Scorer()
    pool = [a for a in articles if a.source in ("cnndm", "newts")]
    systems: dict[str, System] = {"Lead-3": lead, **{m: brief_method(m) for m in methods}}
    paged: dict[str, list[tuple[float, float, float]]] = {name: [] for name in systems}
    blog: dict[str, list[tuple[float, float, float]]] = {name: [] for name in systems}
    covered: dict[str, list[int]] = {name: [] for name in systems}
    for article in pool:
        corpus = brief.prepare([Document(source=article.id, text=paragraphed(article.text))])
        for name, system in systems.items():
            paged[name].append(scorer.score(system(corpus, SENTENCES, None), article.summaries))
    for start in range(0, len(pool) - posts + 1, posts):
        group = pool[start : start + posts]
        lines: list[str] = []
        owner: dict[str, int] = {}
        for k, article in enumerate(group):
            first = split.sentences(" ".join(article.text.split()))[:6]
            lines += [" ".join(first[i : i + 2]) for i in range(0, len(first), 2)]
            owner.update({s: k for s in first})
        corpus = brief.prepare([Document(source="blog", text="\n".join(lines))])
        reference = "\n".join(a.summaries[0] for a in group)
        for name, system in systems.items():
            chosen = system(corpus, posts, None)
            blog[name].append(scorer.score(chosen, [reference]))
            covered[name].append(len({owner[s] for s in chosen if s in owner}))
    rows = [
        "## Other layouts (cnndm + newts articles, rearranged)",
        "",
        f"Paragraphed: each article cut into two-sentence paragraphs, {SENTENCES} sentences. Live blog: "
        f"{posts} articles' first six sentences as three paragraphs each, {posts} sentences, scored "
        "against their first references joined; `posts` = how many of the articles the summary draws on. "
        "`Lead-3` takes the first N sentences (5 for the live blog).",
        "",
        "| method | paragraphed R-1 / R-2 / R-L | live blog R-1 / R-2 / R-L | posts covered (of "
        + str(posts)
        + ") |",
        "|---|---|---|---|",
    ]
    for name in systems:
        p = [statistics.fmean(v[k] for v in paged[name]) for k in range(3)]
        b = [statistics.fmean(v[k] for v in blog[name]) for k in range(3)]
        label = f"**{name}**" if name == "default" else name
        rows.append(
            f"| {label} | {p[0]:.1f} / {p[1]:.1f} / {p[2]:.1f} | {b[0]:.1f} / {b[1]:.1f} / {b[2]:.1f} "
            f"| {statistics.fmean(covered[name]):.2f} |"
        )
    return "\n".join(rows)


def versions() -> str:
    names = ("brief", "rouge-score", "sumy", "nltk", "numpy", "scipy")
    found = []
    for name in names:
        try:
            found.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            found.append(f"{name} (not installed)")
    return f"Python {platform.python_version()} · " + " · ".join(found)


def report(
    results: dict[tuple[str, str, str], Tally],
    budget: dict[str, int],
    articles: Sequence[Article],
    methods: Sequence[str],
    command: str,
    extra: str = "",
) -> str:
    sources = [s for s in SOURCES if any(a.source == s for a in articles)]
    counts = Counter(a.source for a in articles)
    systems = ["Lead-3", *methods, "oracle"]
    parts = [
        "# ROUGE of brief's summaries",
        "",
        f"Command: `{command}`  ",
        f"Date: {dt.datetime.now(dt.UTC).strftime('%Y-%m-%d %H:%M UTC')}  ",
        f"Versions: {versions()}  ",
        "Documents: " + ", ".join(f"{s} {counts[s]}" for s in sources) + "  ",
        "Scoring: rouge-score with stemming, F1 × 100, best reference per metric, macro-averaged per "
        "source; R-L = ROUGE-Lsum (sentences joined by newlines). `Lead-3` = the first sentences as "
        "brief splits them; `lead` = brief's `--method lead` (with its near-duplicate filter); "
        "`oracle` = greedy extractive oracle on R-1 + R-2 (an upper bound).",
        "",
        f"## {SENTENCES} sentences",
        "",
        table(results, SETTINGS[0], sources, systems),
        "",
        "## Word budget (`--words` = the source's mean reference length: "
        + ", ".join(f"{s} {budget[s]}" for s in sources)
        + ")",
        "",
        table(results, SETTINGS[1], sources, systems),
        "",
    ]
    if extra:
        parts += [extra, ""]
    return "\n".join(parts)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="newsref-style JSONL file")
    parser.add_argument("--sources", default=",".join(SOURCES), help="comma-separated sources to score")
    parser.add_argument("--methods", default=",".join(summarise.METHODS), help="brief methods to score")
    parser.add_argument("--limit", type=int, default=None, help="first N documents per source (by id)")
    parser.add_argument("--cv", action="store_true", help="add the 2-fold cross-validation of `default`")
    parser.add_argument("--layouts", action="store_true", help="add the paragraphed and live-blog layouts")
    parser.add_argument(
        "--out", type=Path, default=HERE / "RESULTS.md", help="file whose quality part is rewritten"
    )
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args(argv)
    if not args.data.is_file():
        parser.error(f"{args.data}: no such file")
    articles = load(args.data, args.sources.split(","), args.limit)
    methods = [m for m in args.methods.split(",") if m]
    results, budget = evaluate(articles, methods)
    extras = []
    if args.layouts:
        extras.append(layouts_report(articles, methods))
    if args.cv:
        import tune  # benchmarks/tune.py, beside this file

        extras.append(tune.cross_validation_report(articles))
    extra = "\n\n".join(extras)
    shown = " ".join(["python benchmarks/rouge.py", *(argv if argv is not None else sys.argv[1:])])
    text = report(results, budget, articles, methods, shown, extra)
    print(text)
    if not args.no_write:
        import results_file  # benchmarks/results_file.py, beside this file

        results_file.update(args.out, "quality", text)
        print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    raise SystemExit(main())

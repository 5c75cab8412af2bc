"""Quality gate: the default method's ROUGE on a fixed dev subset must stay above pinned floors.

Runs when ../shared/eval/newsref-dev.jsonl exists (skips cleanly otherwise). The subset is the
first GATE_DOCS documents by id of each gated source, scored as benchmarks/rouge.py scores
them: rouge-score with stemming, F1 x 100, best reference, 3 sentences. The floors live in
tests/quality_floors.json, a little below the measured figures; lowering one is a deliberate
commit that says why (see that file's "policy").
"""

from __future__ import annotations

import json
import statistics
from pathlib import Path
from typing import Any

import pytest
from conftest import EVAL

from brief import Document, summary

FLOORS = Path(__file__).with_name("quality_floors.json")


def floors() -> dict[str, Any]:
    return dict(json.loads(FLOORS.read_text(encoding="utf-8")))


def subset(path: Path, sources: list[str], per_source: int) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    chosen: list[dict[str, Any]] = []
    for source in sources:
        mine = sorted((r for r in rows if r["source"] == source), key=lambda r: r["id"])
        chosen.extend(mine[:per_source])
    return chosen


def reference_lines(text: str) -> str:
    from brief.split import sentences

    return "\n".join(s for line in text.splitlines() if line.strip() for s in sentences(line.strip()))


def measure(rows: list[dict[str, Any]], method: str, n: int) -> dict[str, dict[str, float]]:
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    per: dict[str, list[tuple[float, float, float]]] = {}
    for row in rows:
        result = summary(Document(source=row["id"], text=row["text"]), sentences=n, method=method)
        candidate = "\n".join(s.text for s in result.sentences)
        best = [0.0, 0.0, 0.0]
        for ref in row["summaries"]:
            got = scorer.score(reference_lines(ref), candidate)
            for k, metric in enumerate(("rouge1", "rouge2", "rougeLsum")):
                best[k] = max(best[k], 100 * got[metric].fmeasure)
        per.setdefault(row["source"], []).append((best[0], best[1], best[2]))
    return {
        source: {name: statistics.fmean(v[k] for v in values) for k, name in enumerate(("R1", "R2", "RL"))}
        for source, values in per.items()
    }


@pytest.mark.skipif(not EVAL.is_file(), reason=f"{EVAL} is absent (the eval data is not shipped)")
def test_default_method_stays_above_its_floors() -> None:
    config = floors()
    rows = subset(EVAL, sorted(config["floors"]), config["docs_per_source"])
    measured = measure(rows, "default", config["sentences"])
    below = [
        f"{source} {metric}: {measured[source][metric]:.2f} < floor {floor}"
        for source, metrics in config["floors"].items()
        for metric, floor in metrics.items()
        if measured[source][metric] < floor
    ]
    assert not below, "default method fell below its quality floors: " + "; ".join(below)


def test_floors_file_is_well_formed() -> None:
    config = floors()
    assert config["docs_per_source"] > 0 and config["sentences"] > 0
    assert "policy" in config
    for metrics in config["floors"].values():
        assert set(metrics) == {"R1", "R2", "RL"}
        assert all(0 < value < 100 for value in metrics.values())

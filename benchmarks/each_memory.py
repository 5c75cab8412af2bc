"""Per-document mode in constant memory: peak RSS of `brief summary --each` as the batch grows.

    python benchmarks/each_memory.py 1000 10000 [--jobs 2] [--words-per-record 60]

Writes a JSON Lines file of N synthetic news records per size, runs brief on it in a fresh
process and reports records, seconds, records per second and the peak resident memory of brief
and its workers. Constant memory means the peak stays flat as N grows.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLACES = "harbour railway hospital library stadium airport museum school bridge market".split()
VERBS = "opened closed reopened expanded flooded collapsed".split()


def record(n: int, rng: random.Random, words: int) -> dict[str, str]:
    place, verb = rng.choice(PLACES), rng.choice(VERBS)
    sentences = [
        f"The {place} in district {n} {verb} on Monday, officials said.",
        f"About {rng.randint(100, 9000)} people use the {place} every day, according to the council.",
        f"Critics said the {place} had cost {rng.randint(2, 90)} million more than first promised.",
        f"The mayor of district {n} said a review of the {place} would report within {rng.randint(2, 12)} weeks.",
    ]
    text = " ".join(sentences)
    while len(text.split()) < words:
        text += f" Residents of district {n} were told to expect {rng.choice(['delays', 'changes', 'news'])}."
    return {"id": f"r{n}", "title": f"The {place} of district {n}", "text": text}


def measure(count: int, jobs: int, words: int) -> dict[str, float]:
    rng = random.Random(count)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "batch.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            for n in range(count):
                handle.write(json.dumps(record(n, rng, words)) + "\n")
        command = [sys.executable, "-c", PEAK, "summary", "--each", str(path), "-n", "2", "--jobs", str(jobs)]
        started = time.perf_counter()
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)
        seconds = time.perf_counter() - started
    lines = sum(1 for _ in done.stdout.splitlines())
    peak = json.loads(done.stderr.strip().splitlines()[-1])
    return {
        "records": lines,
        "seconds": round(seconds, 1),
        "records_per_s": round(lines / seconds),
        "peak_rss_mb_main": peak["self"],
        "peak_rss_mb_worker": peak["children"],
        "size_mb": round(path_size_mb(count, words), 1),
    }


def path_size_mb(count: int, words: int) -> float:
    return count * (words * 6.5) / 1e6


# Runs brief in-process, then prints its own and its largest worker's peak RSS (MB) on stderr.
PEAK = """
import json, resource, sys
from brief.cli import main
sys.argv = ["brief", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
sys.stdout.flush()
mb = lambda who: round(resource.getrusage(who).ru_maxrss / 1024, 1)
print(json.dumps({"self": mb(resource.RUSAGE_SELF), "children": mb(resource.RUSAGE_CHILDREN)}), file=sys.stderr)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sizes", nargs="+", type=int)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--words-per-record", type=int, default=60)
    args = parser.parse_args()
    for count in args.sizes:
        print(json.dumps({"jobs": args.jobs, **measure(count, args.jobs, args.words_per_record)}), flush=True)


if __name__ == "__main__":
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    main()

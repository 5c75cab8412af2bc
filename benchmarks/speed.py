"""Speed and memory of brief's commands on 100 KB, 1 MB and 10 MB of real news text.

    python benchmarks/speed.py                      # all sizes, updates benchmarks/RESULTS.md
    python benchmarks/speed.py --sizes 100k 1m      # a quicker run
    python benchmarks/speed.py --sumy-timeout 30    # cap each run of sumy itself

Inputs are built in a temporary folder (never committed) from the bundled seed and the
articles of ../shared/eval/newsref-dev.jsonl: whole articles, concatenated, each once before
any repeats. There is about 0.93 MB of distinct text, so the 10 MB input holds every article
about ten times, each pass in a different order — a worst case for the graph methods, where
every sentence then has ten identical twins.

Every brief command runs as a whole process (`python -m brief ...`, output discarded) and is
measured with os.wait4: wall time, CPU time (user + system: steadier than wall time on a
shared machine) and peak resident memory. `actors`, `topic` (query: --query), `topics` and
`report` are timed if the CLI has them. sumy's own summarisers run in a child process as a
library, on sumy's own PlaintextParser with brief's offline tokenizer, asked for 10 sentences;
each is killed after --sumy-timeout seconds ("> N s") and limited to --sumy-memory of address
space, so its dense n×n matrices fail fast instead of swapping ("out of memory").

The results replace the speed part of benchmarks/RESULTS.md (between its `<!-- begin: speed -->`
and `<!-- end: speed -->` markers), leaving the other parts as they are.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_b691c46f9cac5774.txt"
EVAL = ROOT.parent / "shared" / "eval" / "newsref-dev.jsonl"
RESULTS = ROOT / "benchmarks" / "RESULTS.md"
SIZES = {"100k": 100_000, "1m": 1_000_000, "10m": 10_000_000}
METHODS = ("default", "lead", "lexrank", "textrank", "lsa", "luhn", "kl", "sumbasic")
SUMY_METHODS = ("lexrank", "textrank", "lsa", "luhn", "kl", "sumbasic")
OTHER_COMMANDS = ("actors", "topic", "topics", "report")

SUMY_SCRIPT = """
import sys
from sumy.nlp.stemmers import Stemmer
from sumy.parsers.plaintext import PlaintextParser
from brief import sumy_bridge
from brief.split import SumyTokenizer
text = open(sys.argv[1], encoding="utf-8").read()
document = PlaintextParser(text, SumyTokenizer()).document
summarizer = sumy_bridge.summarizer(sys.argv[2])
summarizer(document, 10)
"""


@dataclass(frozen=True)
class Run:
    wall: float
    cpu: float
    peak_mb: float
    code: int
    note: str = ""

    def cell(self) -> str:
        if self.note:
            return self.note
        return f"{self.wall:.2f} s · {self.cpu:.2f} s CPU · {self.peak_mb:.0f} MB"


def articles() -> list[str]:
    texts = [SEED.read_text(encoding="utf-8")]
    if EVAL.exists():
        with EVAL.open(encoding="utf-8") as handle:
            texts += [json.loads(line)["text"] for line in handle]
    return texts


def build_input(texts: list[str], size: int) -> tuple[str, int]:
    """Whole articles up to `size` bytes: all distinct ones first, then new shuffled passes."""
    out: list[str] = []
    used = 0
    passes = 0
    while used < size:
        order = list(range(len(texts)))
        random.Random(passes).shuffle(order)
        passes += 1
        for i in order:
            piece = texts[i].strip() + "\n\n"
            length = len(piece.encode("utf-8"))
            if used + length > size and used:
                return "".join(out), passes
            out.append(piece)
            used += length
    return "".join(out), passes


def limit_memory(limit: int | None) -> None:
    if limit:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def measure(args: list[str], timeout: float, memory: int | None = None) -> Run:
    """Run a process to the end (or kill it at `timeout`) and read its own resource usage."""
    env = {**os.environ, "BRIEF_NO_PROGRESS": "1", "NO_COLOR": "1"}
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        process = subprocess.Popen(
            args,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=errors,
            cwd=ROOT,
            env=env,
            preexec_fn=(lambda: limit_memory(memory)) if memory else None,
        )
        killed = False
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() - start > timeout:
                process.send_signal(signal.SIGKILL)
                killed = True
                pid, status, usage = os.wait4(process.pid, 0)
                break
            time.sleep(0.02)
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        message = errors.read().decode("utf-8", "replace").strip().splitlines()
    cpu = usage.ru_utime + usage.ru_stime
    peak = usage.ru_maxrss / 1024
    if killed:
        return Run(wall, cpu, peak, -9, f"> {timeout:.0f} s (killed)")
    code = process.returncode
    if code != 0:
        last = message[-1] if message else f"exit {code}"
        if "MemoryError" in last or "Unable to allocate" in last:
            return Run(wall, cpu, peak, code, f"out of memory (> {memory_text(memory)})")
        return Run(wall, cpu, peak, code, f"exit {code}: {last[:90]}")
    return Run(wall, cpu, peak, code)


def memory_text(memory: int | None) -> str:
    return f"{(memory or 0) / 2**30:.0f} GB"


def brief(*args: str) -> list[str]:
    return [sys.executable, "-m", "brief", *args]


def commands() -> set[str]:
    """The commands this CLI has, read from `brief --help`."""
    done = subprocess.run(brief("--help"), capture_output=True, text=True, cwd=ROOT, timeout=60)
    found: set[str] = set()
    in_commands = False
    for line in done.stdout.splitlines():
        if line.strip().startswith("Commands:"):
            in_commands = True
            continue
        if in_commands and line.startswith("  ") and line.strip():
            found.add(line.split()[0])
        elif in_commands and line.strip() and not line.startswith(" "):
            in_commands = False
    return found


def machine() -> str:
    model = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (
        f"{os.cpu_count()} cores, {model}, {memory:.0f} GB RAM, Python {platform.python_version()}, "
        f"load average at start {load}"
    )


def median_run(args: list[str], times: int, timeout: float) -> Run:
    runs = [measure(args, timeout) for _ in range(times)]
    runs.sort(key=lambda r: r.wall)
    return runs[len(runs) // 2]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", nargs="+", choices=list(SIZES), default=list(SIZES))
    parser.add_argument("--methods", nargs="+", choices=METHODS, default=list(METHODS))
    parser.add_argument("--timeout", type=float, default=300, help="seconds before a brief run is killed")
    parser.add_argument("--sumy-timeout", type=float, default=60, help="seconds before a sumy run is killed")
    parser.add_argument("--sumy-memory", type=float, default=4, help="GB of address space for sumy runs")
    parser.add_argument("--sumy-sizes", nargs="*", choices=list(SIZES), default=["100k", "1m"])
    parser.add_argument("--query", default="police", help="the QUERY of `brief topic`")
    parser.add_argument("--out", type=Path, default=RESULTS, help="file whose speed part is rewritten")
    options = parser.parse_args()

    texts = articles()
    available = commands()
    extra = [c for c in OTHER_COMMANDS if c in available]
    rows: list[tuple[str, str, dict[str, Run]]] = []
    sumy_memory = int(options.sumy_memory * 2**30)
    notes: list[str] = []
    started = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    header = machine()
    print(header, flush=True)

    startup = {
        "brief --help": median_run(brief("--help"), 5, 60),
        "brief summary (seed)": median_run(brief("summary", str(SEED), "-f", "text"), 3, 60),
    }
    for name, run in startup.items():
        print(f"{name}: {run.cell()}", flush=True)

    with tempfile.TemporaryDirectory(prefix="brief-speed-") as folder:
        for size_name in options.sizes:
            text, passes = build_input(texts, SIZES[size_name])
            path = Path(folder) / f"news-{size_name}.txt"
            path.write_text(text, encoding="utf-8")
            size = path.stat().st_size
            notes.append(f"{size_name}: {size:,} bytes, {passes} pass(es) over {len(texts)} texts")
            results: dict[str, Run] = {}
            for method in options.methods:
                run = measure(brief("summary", str(path), "-m", method, "-f", "text"), options.timeout)
                results[f"summary -m {method}"] = run
                print(f"{size_name} summary -m {method}: {run.cell()}", flush=True)
            for command in extra:
                words = [command, options.query] if command == "topic" else [command]
                run = measure(brief(*words, str(path), "-f", "text"), options.timeout)
                key = " ".join(words)
                results[key] = run
                print(f"{size_name} {key}: {run.cell()}", flush=True)
            for method in SUMY_METHODS:
                key = f"sumy {method}"
                if size_name not in options.sumy_sizes:
                    results[key] = Run(0, 0, 0, 0, "not run")
                    continue
                args = [sys.executable, "-c", SUMY_SCRIPT, str(path), method]
                run = measure(args, options.sumy_timeout, sumy_memory)
                results[key] = run
                print(f"{size_name} {key}: {run.cell()}", flush=True)
            rows.append((size_name, f"{size / 1e6:.2f} MB", results))

    write(options, header, started, startup, rows, notes, available)


def write(
    options: argparse.Namespace,
    header: str,
    started: str,
    startup: dict[str, Run],
    rows: list[tuple[str, str, dict[str, Run]]],
    notes: list[str],
    available: set[str],
) -> None:
    lines = [
        "# Speed and memory (benchmarks/speed.py)",
        "",
        f"Command: `{' '.join(['python benchmarks/speed.py', *sys.argv[1:]])}`  ",
        f"Date: {started}  ",
        f"Machine: {header}",
        "",
        "Each cell: wall time · CPU time (user + system) · peak resident memory of the process.",
        "",
        "## Start-up (median of 5 and 3 runs)",
        "",
        "| command | result |",
        "|---|---|",
        *(f"| `{name}` | {run.cell()} |" for name, run in startup.items()),
        "",
        "## Commands on 100 KB, 1 MB and 10 MB",
        "",
        "| command | " + " | ".join(f"{name} ({size})" for name, size, _ in rows) + " |",
        "|---|" + "---|" * len(rows),
    ]
    keys = list(rows[0][2]) if rows else []
    for key in keys:
        label = f"`brief {key}`" if not key.startswith("sumy") else f"{key} (sumy itself, 10 sentences)"
        lines.append(f"| {label} | " + " | ".join(r[2][key].cell() for r in rows) + " |")
    missing = [c for c in OTHER_COMMANDS if c not in available]
    load = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    lines += ["", "Inputs: " + "; ".join(notes) + ".", f"Load average at the end of the run: {load}."]
    if missing:
        lines.append(f"Not in this CLI at run time, so not timed: {', '.join(missing)}.")
    by_size = {name: r for name, _, r in rows}
    if "1m" in by_size and "10m" in by_size:
        lines += ["", "## Growth from 1 MB to 10 MB (CPU time ratio; 10 = linear)", ""]
        lines += ["| command | 1 MB | 10 MB | ratio |", "|---|---|---|---|"]
        for key in keys:
            small, large = by_size["1m"][key], by_size["10m"][key]
            if small.note or large.note or small.cpu == 0:
                continue
            lines.append(f"| `{key}` | {small.cpu:.2f} s | {large.cpu:.2f} s | {large.cpu / small.cpu:.1f} |")
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import results_file  # benchmarks/results_file.py, beside this file

    results_file.update(options.out, "speed", "\n".join(lines))
    print(f"wrote {options.out}")


if __name__ == "__main__":
    main()

#!/usr/bin/env bash
# The issue-6 targets, each command timed several times as a whole process (wall, CPU, peak):
#   bash benchmarks/targets.sh            # from the repository, with brief installed
# Inputs are built by benchmarks/speed.py's build_input (1 MB and 10 MB of real news) in a
# temporary folder. Run it on a quiet machine: the figures are wall times.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python - "$work" <<'PY'
import sys
sys.path.insert(0, "benchmarks")
import speed
for name, size in (("1m", 1_000_000), ("10m", 10_000_000)):
    text, _ = speed.build_input(speed.articles(), size)
    open(f"{sys.argv[1]}/{name}.txt", "w", encoding="utf-8").write(text)
PY
time_it() {
    local runs=$1 label=$2
    shift 2
    for _ in $(seq "$runs"); do
        printf '%-22s load %s  ' "$label" "$(cut -d' ' -f1 /proc/loadavg)"
        BRIEF_NO_PROGRESS=1 /usr/bin/time -f "%e s wall, %U+%S s CPU, %M KB" brief "$@" 2>&1 >/dev/null | tail -1
    done
}
time_it 10 "--help" --help
time_it 5 "summary seed" summary seeds/000_b691c46f9cac5774.txt
time_it 5 "summary 1 MB" summary "$work/1m.txt"
time_it 3 "summary 10 MB" summary "$work/10m.txt"
time_it 3 "actors 10 MB" actors "$work/10m.txt"
time_it 2 "topic police 10 MB" topic police "$work/10m.txt"

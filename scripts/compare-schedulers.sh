#!/usr/bin/env bash
# Replays the same review histories through Recall's scheduler, py-fsrs 6.3.2 and fsrs-rs-python,
# in one run, and prints each one's reviews per second and Recall's speed-up over each.
#
#   scripts/compare-schedulers.sh [HISTORIES]    # default: 10,000 cards x 100 reviews, generated once
#
# Needs Python 3 and PyPI (for the reference packages, installed once into tools/fsrs-golden/.venv).
set -euo pipefail
cd "$(dirname "$0")/.."

venv=tools/fsrs-golden/.venv
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q fsrs==6.3.2 fsrs-rs-python==0.9.3
fi

histories=${1:-${TMPDIR:-/tmp}/recall-histories-10000x100.jsonl}
if [ ! -f "$histories" ]; then
  "$venv/bin/python" tools/fsrs-golden/replay_bench.py --sample 10000 --per-card 100 --out "$histories" >/dev/null
fi

swift build -c release --product recall-bench >/dev/null
swift_json=$(RECALL_HISTORIES="$histories" .build/release/recall-bench --filter '^Scheduling' --format json --quiet)
python_json=$("$venv/bin/python" tools/fsrs-golden/replay_bench.py --json --repeat 3 "$histories")

"$venv/bin/python" - "$swift_json" "$python_json" <<'PY'
import json, sys
swift, python = json.loads(sys.argv[1]), json.loads(sys.argv[2])
reviews = python["reviews"]
result = next(b for b in swift["benchmarks"] if b["name"].startswith("Scheduling"))
seconds = min(result["samples"]) / 1e9 if "samples" in result else result["time"] / 1e9
rates = {"Recall (Swift)": reviews / seconds, **python["rates"]}
print(f"{reviews:,} reviews of {python['cards']:,} cards")
for name, rate in rates.items():
    print(f"{name:>16}: {rate:>14,.0f} reviews/s")
for name, rate in python["rates"].items():
    print(f"Recall vs {name}: {rates['Recall (Swift)'] / rate:,.1f}x")
PY

#!/usr/bin/env bash
# Fits FSRS-6 to the same logs with Recall's optimizer and fsrs-rs-python 0.9.3's, in one run, and prints
# each one's time and the ratio (for a log and one ten times larger); then `recall optimize` end to end on
# both, with its peak memory, and the time of `recall simulate` over a year of a 10,000-card deck.
#
#   scripts/compare-optimizers.sh [REVIEWS]    # default: 100,000 reviews (and 1,000,000 for the memory check)
#
# Needs Python 3 and PyPI (fsrs-rs-python, installed once into tools/fsrs-optimizer/.venv).
set -euo pipefail
cd "$(dirname "$0")/.."

reviews=${1:-100000}
venv=tools/fsrs-optimizer/.venv
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q fsrs==6.3.2 fsrs-rs-python==0.9.3
fi
tmp=${TMPDIR:-/tmp}
small=$tmp/recall-optimizer-log-$reviews.json
large=$tmp/recall-optimizer-log-$((reviews * 10)).json
[ -f "$small" ] || (cd tools/fsrs-optimizer && .venv/bin/python bench.py --make "$reviews" --out "$small")
[ -f "$large" ] || (cd tools/fsrs-optimizer && .venv/bin/python bench.py --make $((reviews * 10)) --out "$large")

swift build -c release --product recall-bench >/dev/null
swift build -c release --product recall >/dev/null

fit() {  # Recall's best fit of log $1 on both cores and on one (recall-bench: the fit alone), seconds
  RECALL_OPTIMIZER_LOG="$1" .build/release/recall-bench --filter '^Optimizer.fit' --format json --quiet > "$tmp/recall-fit.json"
  "$venv/bin/python" - "$tmp/recall-fit.json" <<'PY'
import json, sys
benchmarks = json.load(open(sys.argv[1]))["benchmarks"]
def best(b): return min(b["samples"]) / 1e9 if "samples" in b else b["time"] / 1e9
both = next(b for b in benchmarks if b["name"].endswith("both cores"))
one = next(b for b in benchmarks if b["name"].endswith("one core"))
print(best(both), best(one))
PY
}

reference() {  # fsrs-rs-python on log $1, as bench.py's JSON
  (cd tools/fsrs-optimizer && .venv/bin/python bench.py --time "$1" --repeat "$2")
}

whole() {  # `recall optimize` end to end on log $1 imported into a progress file: seconds and peak memory (KiB)
  local folder
  folder=$(mktemp -d)
  (cd tools/fsrs-optimizer && .venv/bin/python bench.py --csv "$1" --out "$folder/log.csv")
  .build/release/recall progress import "$folder/log.csv" --progress "$folder/p.sqlite" > /dev/null
  { TZ=UTC /usr/bin/time -f '%e %M' .build/release/recall optimize --learner bench --progress "$folder/p.sqlite" > /dev/null; } 2>&1 | tail -1
  rm -rf "$folder"
}

# The machine may be busy: three rounds, Recall and fsrs-rs-python in turn, the best of each kept.
best_of() { "$venv/bin/python" -c 'import sys; print(min(float(x) for x in sys.argv[1:]))' "$@"; }
rounds=(1 2 3)
both_small=(); one_small=(); ref_small=()
for _ in "${rounds[@]}"; do
  read -r both one < <(fit "$small")
  both_small+=("$both"); one_small+=("$one")
  ref_small+=("$(reference "$small" 3)")
done
read -r both_large one_large < <(fit "$large")
reference_large=$(reference "$large" 1)
read -r whole_small rss_small < <(whole "$small")
read -r whole_large rss_large < <(whole "$large")
recall_small=$(best_of "${both_small[@]}")
recall_small_one=$(best_of "${one_small[@]}")
reference_small=$("$venv/bin/python" -c '
import json, sys
runs = [json.loads(r) for r in sys.argv[1:]]
best = min(runs, key=lambda r: r["seconds_with_card_ids"])
best["seconds_without_card_ids"] = min(r["seconds_without_card_ids"] for r in runs)
print(json.dumps(best))' "${ref_small[@]}")

simulate_folder=$(mktemp -d)
simulations=()
for _ in "${rounds[@]}"; do
  simulations+=("$( { /usr/bin/time -f '%e' .build/release/recall simulate --learner bench --progress "$simulate_folder/p.sqlite" \
                      --cards 10000 --days 365 > /dev/null; } 2>&1 | tail -1)")
done
simulate=$(best_of "${simulations[@]}")
rm -rf "$simulate_folder"

"$venv/bin/python" - "$recall_small" "$recall_small_one" "$both_large" "$one_large" "$whole_small" "$rss_small" \
  "$whole_large" "$rss_large" "$reference_small" "$reference_large" "$simulate" <<'PY'
import json, sys
both_small, one_small, both_large, one_large, whole_small, rss_small, whole_large, rss_large = map(float, sys.argv[1:9])
small, large, simulate = json.loads(sys.argv[9]), json.loads(sys.argv[10]), float(sys.argv[11])
for both, one, reference, note in ((both_small, one_small, small, "best of three rounds"), (both_large, one_large, large, "one round")):
    rs = reference["seconds_with_card_ids"]
    print(f"{reference['reviews']:,} reviews ({reference['items']:,} training items), the fit alone, {note}")
    print(f"  Recall, both cores:                  {both:8.3f} s   ({rs / both:.2f}x fsrs-rs-python's speed)")
    print(f"  Recall, one core:                    {one:8.3f} s   ({rs / one:.2f}x)")
    print(f"  fsrs-rs-python, with card ids:       {rs:8.3f} s   (one core)")
    print(f"  fsrs-rs-python, without card ids:    {reference['seconds_without_card_ids']:8.3f} s")
print("recall optimize end to end (read the log, fit, five time-split fits, evaluations; both cores):")
print(f"  {small['reviews']:,} reviews: {whole_small:.2f} s, peak memory {rss_small / 1024:.0f} MiB")
print(f"  {large['reviews']:,} reviews: {whole_large:.2f} s, peak memory {rss_large / 1024:.0f} MiB"
      f" ({rss_large / rss_small:.1f}x the memory for {large['reviews'] / small['reviews']:.1f}x the log)")
print(f"recall simulate, a year of a 10,000-card deck at 28 desired retentions: {simulate:.2f} s")
PY

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

fit() {  # seconds of Recall's best fit of log $1 (recall-bench, the fit alone)
  RECALL_OPTIMIZER_LOG="$1" .build/release/recall-bench --filter '^Optimizer.fit' --format json --quiet > "$tmp/recall-fit.json"
  "$venv/bin/python" -c 'import json,sys; b=json.load(open(sys.argv[1]))["benchmarks"][0]; print(min(b["samples"])/1e9 if "samples" in b else b["time"]/1e9)' "$tmp/recall-fit.json"
}

whole() {  # `recall optimize` end to end on log $1 imported into a progress file: seconds and peak memory (KiB)
  local folder
  folder=$(mktemp -d)
  (cd tools/fsrs-optimizer && .venv/bin/python bench.py --csv "$1" --out "$folder/log.csv")
  .build/release/recall progress import "$folder/log.csv" --progress "$folder/p.sqlite" > /dev/null
  { TZ=UTC /usr/bin/time -f '%e %M' .build/release/recall optimize --learner bench --progress "$folder/p.sqlite" > /dev/null; } 2>&1 | tail -1
  rm -rf "$folder"
}

recall_small=$(fit "$small")
recall_large=$(fit "$large")
read -r whole_small rss_small < <(whole "$small")
read -r whole_large rss_large < <(whole "$large")
reference_small=$(cd tools/fsrs-optimizer && .venv/bin/python bench.py --time "$small")
reference_large=$(cd tools/fsrs-optimizer && .venv/bin/python bench.py --time "$large" --repeat 1)

simulate_folder=$(mktemp -d)
simulate=$( { /usr/bin/time -f '%e' .build/release/recall simulate --learner bench --progress "$simulate_folder/p.sqlite" \
               --cards 10000 --days 365 > /dev/null; } 2>&1 | tail -1)
rm -rf "$simulate_folder"

"$venv/bin/python" - "$recall_small" "$recall_large" "$whole_small" "$rss_small" "$whole_large" "$rss_large" \
  "$reference_small" "$reference_large" "$simulate" <<'PY'
import json, sys
recall_small, recall_large, whole_small, rss_small, whole_large, rss_large = map(float, sys.argv[1:7])
small, large, simulate = json.loads(sys.argv[7]), json.loads(sys.argv[8]), float(sys.argv[9])
for recall, reference in ((recall_small, small), (recall_large, large)):
    print(f"{reference['reviews']:,} reviews ({reference['items']:,} training items), the fit alone")
    print(f"  Recall (Swift):                      {recall:8.3f} s")
    print(f"  fsrs-rs-python, with card ids:       {reference['seconds_with_card_ids']:8.3f} s"
          f"   (Recall {reference['seconds_with_card_ids'] / recall:.2f}x as fast)")
    print(f"  fsrs-rs-python, without card ids:    {reference['seconds_without_card_ids']:8.3f} s")
print("recall optimize end to end (read the log, fit, five time-split fits, evaluations; both cores):")
print(f"  {small['reviews']:,} reviews: {whole_small:.2f} s, peak memory {rss_small / 1024:.0f} MiB")
print(f"  {large['reviews']:,} reviews: {whole_large:.2f} s, peak memory {rss_large / 1024:.0f} MiB"
      f" ({rss_large / rss_small:.1f}x the memory for {large['reviews'] / small['reviews']:.1f}x the log)")
print(f"recall simulate, a year of a 10,000-card deck at 28 desired retentions: {simulate:.2f} s")
PY

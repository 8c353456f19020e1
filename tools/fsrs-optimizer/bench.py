#!/usr/bin/env python3
"""Speed of fsrs-rs-python's optimizer on a log, for comparison with Recall's.

    bench.py --make 100000 --out log.json     # a simulated learner's log of about that many reviews
    bench.py --time log.json [--repeat 3]     # fsrs-rs-python's compute_parameters on it, as JSON
    bench.py --csv log.json --out log.csv     # the same log as a Recall review log, for recall progress import

The log file has the fixtures' format (see generate.py). The items are built from it
exactly as generate.py builds them (and as Recall does), before the clock starts: the
time is `compute_parameters` alone, with card ids (the path Anki takes), best of
`--repeat`; and once without card ids, for reference.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import datetime, timezone

import fsrs_rs_python as rs

import generate
import logs


def make(reviews: int, out: str) -> None:
    # About 14 reviews a card over three years; enough cards for the size asked.
    cards = max(1, round(reviews / 13.9))
    days = 1100
    log = logs.simulated_log(seed=99, cards=cards, days=days, new_per_day=max(1, cards // 700 + 1), retention=0.9,
                             scale=1.0)
    data = {
        "time_zone": log["time_zone"], "rollover_hour": log["rollover_hour"], "truth": log["truth"],
        "cards": [[[round(r.moment.timestamp() * 1000), r.rating, generate.PHASES[r.phase], r.duration_ms] for r in c]
                  for c in log["cards"]],
    }
    with open(out, "w") as f:
        json.dump(data, f, separators=(",", ":"))
    total = sum(len(c) for c in data["cards"])
    print(f"{out}: {total} reviews of {len(data['cards'])} cards", file=sys.stderr)


def load(path: str) -> dict:
    with open(path) as f:
        data = json.load(f)
    cards = []
    for card in data["cards"]:
        cards.append([logs.Review(datetime.fromtimestamp(ms / 1000, timezone.utc), int(rating), "review", 0)
                      for ms, rating, _, _ in card])
    return {"time_zone": data["time_zone"], "rollover_hour": data["rollover_hour"], "cards": cards}


def timed(repeat: int, work) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--make", type=int, help="write a log of about this many reviews")
    parser.add_argument("--out", help="where --make writes")
    parser.add_argument("--time", help="time fsrs-rs-python on this log")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--csv", help="write this log as a Recall CSV review log to --out")
    args = parser.parse_args()
    if args.make:
        make(args.make, args.out)
        return
    if args.csv:
        with open(args.csv) as f:
            data = json.load(f)
        with open(args.out, "w") as out:
            out.write("learner,card,reviewed_at,rating,duration_ms\n")
            for index, card in enumerate(data["cards"]):
                for ms, rating, _, duration in card:
                    moment = datetime.fromtimestamp(ms / 1000, timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3]
                    out.write(f"bench,bench/cards/c{index}/front,{moment}Z,{rating},{duration}\n")
        return
    log = load(args.time)
    items, card_ids = generate.training_items(log)
    fsrs = rs.FSRS(list(logs.DEFAULT_WEIGHTS))
    with_ids = timed(args.repeat, lambda: fsrs.compute_parameters(items, card_ids=card_ids))
    without_ids = timed(1, lambda: fsrs.compute_parameters(items))
    print(json.dumps({
        "reviews": sum(len(c) for c in log["cards"]), "items": len(items),
        "fsrs_rs_python": rs.__version__ if hasattr(rs, "__version__") else "0.9.3",
        "seconds_with_card_ids": with_ids, "seconds_without_card_ids": without_ids,
    }))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Replay review histories through py-fsrs and fsrs-rs-python and print reviews per second.

Input: JSON lines ({"card": ..., "reviewed_at": "2026-01-01T09:00:00Z", "rating": 3}) or CSV with the
header card,reviewed_at,rating. Times without a zone are taken as UTC. Ratings are 1-4.

    replay_bench.py histories.jsonl
    replay_bench.py --sample 2000 --out histories.jsonl   # write synthetic histories to compare on

py-fsrs replays the whole scheduler (learning steps, intervals, fuzz off); fsrs-rs-python only the
memory model (`next_states` with whole days elapsed), as fsrs-rs has no scheduler. The Swift replay can
read the same file and be compared with these numbers.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import time
from collections import defaultdict
from datetime import datetime, timedelta, timezone
from pathlib import Path


def parse_time(text: str) -> datetime:
    moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def read_histories(path: Path) -> dict[str, list[tuple[datetime, int]]]:
    """Reviews grouped by card, each card's in time order."""
    histories: dict[str, list[tuple[datetime, int]]] = defaultdict(list)
    with path.open(newline="") as handle:
        first = handle.readline()
        handle.seek(0)
        if first.lstrip().startswith("{"):
            rows = (json.loads(line) for line in handle if line.strip())
        else:
            rows = csv.DictReader(handle)
        for row in rows:
            histories[str(row["card"])].append((parse_time(str(row["reviewed_at"])), int(row["rating"])))
    for reviews in histories.values():
        reviews.sort(key=lambda review: review[0])
    return histories


def replay_py_fsrs(histories: dict[str, list[tuple[datetime, int]]]) -> float:
    from fsrs import Card, Rating, Scheduler

    scheduler = Scheduler(enable_fuzzing=False)
    started = time.perf_counter()
    for index, reviews in enumerate(histories.values()):
        card = Card(card_id=index + 1, due=reviews[0][0])
        for moment, rating in reviews:
            card, _ = scheduler.review_card(card, Rating(rating), moment)
    return time.perf_counter() - started


def replay_fsrs_rs(histories: dict[str, list[tuple[datetime, int]]]) -> float:
    import fsrs_rs_python

    model = fsrs_rs_python.FSRS(list(fsrs_rs_python.DEFAULT_PARAMETERS))
    pick = {1: "again", 2: "hard", 3: "good", 4: "easy"}
    started = time.perf_counter()
    for reviews in histories.values():
        memory = None
        previous = None
        for moment, rating in reviews:
            days = (moment - previous).days if previous is not None else 0
            states = model.next_states(memory, 0.9, max(days, 0))
            memory = getattr(states, pick[rating]).memory
            previous = moment
    return time.perf_counter() - started


def write_sample(path: Path, cards: int, seed: int, per_card: int | None = None) -> None:
    """Synthetic histories: a mix of same-day steps, on-time, late and early reviews."""
    rng = random.Random(seed)
    with path.open("w") as handle:
        for card in range(cards):
            moment = datetime(2024, 1, 1, tzinfo=timezone.utc) + timedelta(minutes=rng.randrange(525_600))
            interval = timedelta(minutes=1)
            for _ in range(per_card or rng.randint(1, 40)):
                rating = rng.choices([1, 2, 3, 4], [0.15, 0.15, 0.6, 0.1])[0]
                row = {"card": f"card-{card}", "reviewed_at": moment.isoformat(), "rating": rating}
                handle.write(json.dumps(row) + "\n")
                interval = timedelta(minutes=10) if rating == 1 else min(interval * rng.uniform(1.5, 3.5), timedelta(days=365))
                moment += interval * rng.uniform(0.5, 1.5)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("histories", type=Path, nargs="?")
    parser.add_argument("--sample", type=int, metavar="CARDS", help="write synthetic histories instead")
    parser.add_argument("--out", type=Path, default=Path("histories.jsonl"))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--per-card", type=int, help="reviews per card in the sample (default: 1 to 40 at random)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per implementation; the best counts")
    parser.add_argument("--json", action="store_true", help="print {name: reviews per second} as JSON")
    args = parser.parse_args()

    if args.sample:
        write_sample(args.out, args.sample, args.seed, args.per_card)
        print(f"wrote {args.out}")
        return
    if args.histories is None:
        parser.error("give a histories file, or --sample")

    histories = read_histories(args.histories)
    total = sum(len(reviews) for reviews in histories.values())
    if not args.json:
        print(f"{total} reviews of {len(histories)} cards from {args.histories}")
    rates = {}
    for name, replay in (("py-fsrs 6.3.2", replay_py_fsrs), ("fsrs-rs-python", replay_fsrs_rs)):
        try:
            best = min(replay(histories) for _ in range(args.repeat))
        except ImportError as error:
            print(f"{name}: not installed ({error})", file=sys.stderr)
            continue
        rates[name] = total / best
        if not args.json:
            print(f"{name:>16}: {total / best:,.0f} reviews/s ({best:.3f} s)")
    if args.json:
        print(json.dumps({"reviews": total, "cards": len(histories), "rates": rates}))


if __name__ == "__main__":
    main()

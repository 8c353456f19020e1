#!/usr/bin/env python3
"""Fixtures for Recall's FSRS optimizer: review logs with a known truth, and what the
reference optimizers fit on them.

Writes Tests/SchedulingTests/Fixtures/optimizer/*.json (see README.md). For each log:

* the log itself: every card's reviews (time in ms since 1970, rating, phase before,
  duration), with the time zone and rollover hour that date them, and the weights that
  generated it (`truth`);
* the training items fsrs-rs builds from it (counted, and checked against the items
  Recall builds);
* fsrs-rs-python 0.9.3: `FSRS.compute_parameters` with the items' card ids (the path
  Anki takes) and without, and with card ids again for training seeds 0-7 (a fit
  depends on the shuffled batch order, so one fit is one draw); `FSRS.evaluate` (log
  loss, RMSE bins) of the defaults, the truth and the fits; and
  `evaluate_with_time_series_splits`;
* py-fsrs 6.3.2's `Optimizer.compute_optimal_parameters` (PyTorch), evaluated the same
  way, or why it gave nothing.

Deterministic except py-fsrs's optimizer, whose PyTorch arithmetic may differ in the
last bits between machines. Never run by CI: the Swift tests read the JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import timedelta, timezone
from importlib.metadata import version
from pathlib import Path
from zoneinfo import ZoneInfo

import fsrs_rs_python as rs

import logs

REPO = Path(__file__).resolve().parents[2]
OUT = REPO / "Tests/SchedulingTests/Fixtures/optimizer"

PHASES = {"new": 0, "learning": 1, "review": 2, "relearning": 3}
SEEDS = range(8)

# name: (kind, arguments)
FIXTURES = {
    "simulated-utc": ("simulated", dict(seed=11, cards=420, days=260, new_per_day=8, retention=0.9, scale=1.0)),
    "simulated-retention-80": ("simulated", dict(seed=12, cards=300, days=320, new_per_day=6, retention=0.8, scale=1.3)),
    "simulated-tokyo": ("simulated", dict(seed=13, cards=360, days=300, new_per_day=7, retention=0.93, scale=0.8,
                                          zone_name="Asia/Tokyo")),
    "anki-new-york": ("anki", dict(seed=14, cards=420, days=300, new_per_day=10, scale=1.0)),
    "anki-berlin": ("anki", dict(seed=15, cards=330, days=360, new_per_day=8, scale=1.2, zone_name="Europe/Berlin")),
    "few-reviews": ("simulated", dict(seed=16, cards=40, days=20, new_per_day=8, retention=0.9, scale=1.0)),
    "too-few-reviews": ("simulated", dict(seed=17, cards=3, days=12, new_per_day=3, retention=0.9, scale=1.0)),
}


def make_log(kind: str, arguments: dict) -> dict:
    return logs.simulated_log(**arguments) if kind == "simulated" else logs.anki_log(**arguments)


def training_items(log: dict):
    """fsrs-rs's items: one per review a study day or more after the card's previous one, oldest first."""
    zone = ZoneInfo(log["time_zone"])
    keyed = []
    for card_index, reviews in enumerate(log["cards"]):
        history = []
        previous = None
        for position, review in enumerate(reviews):
            day = logs.study_day(review.moment, zone, log["rollover_hour"])
            delta = 0 if previous is None else max(0, day - previous)
            previous = day
            history.append((review.rating, delta))
            if delta > 0:
                keyed.append((review.moment.timestamp(), card_index, position, list(history)))
    keyed.sort(key=lambda k: (k[0], k[1], k[2]))
    items = [rs.FSRSItem([rs.FSRSReview(r, d) for r, d in k[3]]) for k in keyed]
    card_ids = [k[1] for k in keyed]
    return items, card_ids


def evaluation(parameters, items) -> dict:
    result = rs.FSRS(list(parameters)).evaluate(items)
    return {"log_loss": result.log_loss, "rmse_bins": result.rmse_bins}


def py_fsrs_fit(log: dict) -> dict:
    try:
        from fsrs import Rating, ReviewLog
        from fsrs.optimizer import Optimizer
    except ImportError as error:  # PyTorch missing
        return {"parameters": None, "note": f"py-fsrs's optimizer is not installed: {error}"}
    review_logs = []
    for card_index, reviews in enumerate(log["cards"]):
        for review in reviews:
            review_logs.append(ReviewLog(card_id=card_index + 1, rating=Rating(review.rating),
                                         review_datetime=review.moment, review_duration=review.duration_ms))
    started = time.perf_counter()
    parameters = Optimizer(review_logs).compute_optimal_parameters()
    seconds = time.perf_counter() - started
    if list(parameters) == list(logs.DEFAULT_WEIGHTS):
        return {"parameters": None,
                "note": "py-fsrs's optimizer returned its defaults (it needs at least 512 reviews a day or more apart)"}
    return {"parameters": [float(p) for p in parameters], "seconds": round(seconds, 1)}


def fixture(name: str, kind: str, arguments: dict, with_py_fsrs: bool) -> dict:
    log = make_log(kind, arguments)
    items, card_ids = training_items(log)
    out = {
        "name": name,
        "kind": kind,
        "generator": {"arguments": arguments, "fsrs_rs_python": version("fsrs-rs-python"), "fsrs": version("fsrs")},
        "time_zone": log["time_zone"],
        "rollover_hour": log["rollover_hour"],
        "truth": log["truth"],
        "review_count": sum(len(c) for c in log["cards"]),
        "item_count": len(items),
        "cards": [
            [[round(r.moment.timestamp() * 1000), r.rating, PHASES[r.phase], r.duration_ms] for r in card]
            for card in log["cards"]
        ],
    }
    reference = {}
    fsrs = rs.FSRS(list(logs.DEFAULT_WEIGHTS))
    try:
        with_ids = fsrs.compute_parameters(items, card_ids=card_ids)
        without_ids = fsrs.compute_parameters(items)
        reference["parameters"] = [float(p) for p in with_ids]
        reference["parameters_without_card_ids"] = [float(p) for p in without_ids]
        by_seed = []
        for seed in SEEDS:
            config = rs.TrainingConfig()
            config.seed = seed
            by_seed.append([float(p) for p in fsrs.compute_parameters(items, card_ids=card_ids, training_config=config)])
        reference["parameters_by_seed"] = by_seed
    except ValueError as error:
        reference["error"] = str(error)
    if items:
        reference["evaluate"] = {"default": evaluation(logs.DEFAULT_WEIGHTS, items),
                                 "truth": evaluation(log["truth"], items)}
        if "parameters" in reference:
            reference["evaluate"]["fitted"] = evaluation(reference["parameters"], items)
            reference["evaluate"]["fitted_without_card_ids"] = evaluation(reference["parameters_without_card_ids"], items)
        try:
            split = rs.evaluate_with_time_series_splits(items, card_ids=card_ids)
            reference["time_series_split"] = {"log_loss": split.log_loss, "rmse_bins": split.rmse_bins}
        except ValueError as error:
            reference["time_series_split_error"] = str(error)
    out["fsrs_rs"] = reference
    if with_py_fsrs:
        py = py_fsrs_fit(log)
        if py["parameters"] is not None:
            py["evaluate"] = evaluation(py["parameters"], items)
        out["py_fsrs"] = py
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*", help="fixtures to write (default: all)")
    parser.add_argument("--no-py-fsrs", action="store_true",
                        help="skip py-fsrs's (slow) optimizer, keeping what an existing fixture recorded of it")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    for name in args.names or FIXTURES:
        kind, arguments = FIXTURES[name]
        data = fixture(name, kind, arguments, with_py_fsrs=not args.no_py_fsrs)
        path = OUT / f"{name}.json"
        if args.no_py_fsrs and path.exists():
            previous = json.loads(path.read_text())
            if "py_fsrs" in previous:
                data["py_fsrs"] = previous["py_fsrs"]
        path.write_text(json.dumps(data, separators=(",", ":")) + "\n")
        fitted = data["fsrs_rs"].get("evaluate", {}).get("fitted")
        print(f"{path.relative_to(REPO)}: {data['review_count']} reviews, {data['item_count']} items"
              + (f", fsrs-rs log loss {fitted['log_loss']:.4f}" if fitted else ""), file=sys.stderr)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate golden vectors for Recall's Swift FSRS from the reference py-fsrs.

Writes Tests/SchedulingTests/Fixtures/fsrs-golden.json (see README.md).
Deterministic: the same seed and the same fsrs version give the same file.

Needs `fsrs==6.3.2` and `fsrs-rs-python==0.9.3` (for the SM-2 conversion
vectors). Never run by CI; the tests only read the committed JSON.
"""

from __future__ import annotations

import argparse
import json
import random
from datetime import datetime, timedelta, timezone
from importlib.metadata import version
from pathlib import Path

import fsrs.scheduler as fsrs_scheduler
from fsrs import Card, Rating, Scheduler
from fsrs.scheduler import LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS

REPO = Path(__file__).resolve().parents[2]
DEFAULT_OUT = REPO / "Tests/SchedulingTests/Fixtures/fsrs-golden.json"

EARLIEST_START = datetime(2000, 1, 1, tzinfo=timezone.utc)
LATEST_START = datetime(2030, 1, 1, tzinfo=timezone.utc)
# Keep every moment well inside the range where a Swift Date (a Double of
# seconds since 2001) still holds whole microseconds exactly.
LATEST_MOMENT = datetime(2095, 1, 1, tzinfo=timezone.utc)


def perturbed_parameters(rng: random.Random) -> list[float]:
    """Parameters spread across their allowed bounds, rounded to 4 places."""
    out = []
    for default, lo, hi in zip(
        fsrs_scheduler.DEFAULT_PARAMETERS,
        LOWER_BOUNDS_PARAMETERS,
        UPPER_BOUNDS_PARAMETERS,
    ):
        value = default * rng.uniform(0.6, 1.4) if default else rng.uniform(lo, hi)
        out.append(round(min(max(value, lo), hi), 4))
    return out


def scheduler_configs(rng: random.Random) -> list[dict]:
    """The default scheduler plus variants that reach the other step paths."""
    minute = 60.0
    return [
        {  # the product's default (fuzz off here)
            "parameters": list(fsrs_scheduler.DEFAULT_PARAMETERS),
            "desired_retention": 0.9,
            "learning_steps": [1 * minute, 10 * minute],
            "relearning_steps": [10 * minute],
            "maximum_interval": 36500,
        },
        {  # one learning step (Hard = 1.5 x step), no relearning steps
            "parameters": list(fsrs_scheduler.DEFAULT_PARAMETERS),
            "desired_retention": 0.8,
            "learning_steps": [1 * minute],
            "relearning_steps": [],
            "maximum_interval": 365,
        },
        {  # many steps, odd lengths, trained-looking parameters
            "parameters": perturbed_parameters(rng),
            "desired_retention": 0.95,
            "learning_steps": [30.0, 5 * minute, 61.5 * minute, 1440 * minute],
            "relearning_steps": [5 * minute, 33.3 * minute],
            "maximum_interval": 36500,
        },
        {  # no learning steps at all
            "parameters": perturbed_parameters(rng),
            "desired_retention": 0.7,
            "learning_steps": [],
            "relearning_steps": [1 * minute, 7 * minute, 90 * minute],
            "maximum_interval": 1000,
        },
    ]


def make_scheduler(config: dict) -> Scheduler:
    return Scheduler(
        parameters=config["parameters"],
        desired_retention=config["desired_retention"],
        learning_steps=[timedelta(seconds=s) for s in config["learning_steps"]],
        relearning_steps=[timedelta(seconds=s) for s in config["relearning_steps"]],
        maximum_interval=config["maximum_interval"],
        enable_fuzzing=False,
    )


def random_moment(rng: random.Random, start: datetime, end: datetime) -> datetime:
    span = int((end - start).total_seconds() * 1_000_000)
    return start + timedelta(microseconds=rng.randrange(span))


def jitter(rng: random.Random) -> timedelta:
    """Sometimes nothing, sometimes seconds, sometimes odd microseconds."""
    kind = rng.random()
    if kind < 0.5:
        return timedelta(0)
    if kind < 0.8:
        return timedelta(seconds=rng.randrange(0, 3600))
    return timedelta(microseconds=rng.randrange(0, 86_400_000_000))


def next_review_time(rng: random.Random, card: Card, now: datetime) -> datetime:
    """Pick when the learner comes back: on time, early, same day, or very late."""
    due = card.due
    choice = rng.random()
    if choice < 0.30:  # exactly when due
        moment = due
    elif choice < 0.45:  # minutes later, same day
        moment = now + timedelta(minutes=rng.randrange(1, 180), microseconds=rng.randrange(1_000_000))
    elif choice < 0.53:  # hours later
        moment = now + timedelta(hours=rng.randrange(1, 24), seconds=rng.randrange(3600))
    elif choice < 0.63:  # before due
        moment = random_moment(rng, now, due) if due > now else now + jitter(rng)
    elif choice < 0.75:  # a little late
        moment = due + timedelta(days=rng.randrange(0, 30)) + jitter(rng)
    elif choice < 0.83:  # long overdue
        moment = due + timedelta(days=rng.randrange(100, 1000)) + jitter(rng)
    else:  # some whole days after the last review
        moment = now + timedelta(days=rng.randrange(1, 90)) + jitter(rng)
    if moment < now:
        moment = now
    if moment > LATEST_MOMENT:
        moment = now + timedelta(minutes=rng.randrange(1, 60))
    return moment


RATINGS = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy]
RATING_WEIGHTS = [0.2, 0.15, 0.5, 0.15]


def iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def sequence(rng: random.Random, scheduler: Scheduler, index: int) -> dict:
    created = random_moment(rng, EARLIEST_START, LATEST_START)
    card = Card(card_id=index + 1, due=created)
    now = created
    steps = []
    for _ in range(rng.randint(1, 20)):
        now = next_review_time(rng, card, now)
        rating = rng.choices(RATINGS, RATING_WEIGHTS)[0]
        retrievability = scheduler.get_card_retrievability(card, now)
        card, _ = scheduler.review_card(card, rating, now)
        steps.append(
            [
                int(rating),
                iso(now),
                int(card.state),
                card.step,
                card.stability,
                card.difficulty,
                iso(card.due),
                iso(card.last_review),
                retrievability,
            ]
        )
    return {"created": iso(created), "steps": steps}


def fuzz_vectors() -> list[list]:
    """py-fsrs's fuzz with its random() pinned, for the Swift fuzz formula."""
    intervals = list(range(1, 60)) + [61, 75, 99, 100, 101, 250, 365, 999, 1000, 36499, 36500]
    draws = [0.0, 0.1, 0.25, 0.4999, 0.5, 0.75, 0.9, 0.99999]
    rows = []
    saved = fsrs_scheduler.random
    try:
        for maximum in (36500, 100):
            scheduler = Scheduler(maximum_interval=maximum, enable_fuzzing=True)
            for days in intervals:
                if days > maximum:
                    continue
                for u in draws:
                    fsrs_scheduler.random = lambda u=u: u
                    fuzzed = scheduler._get_fuzzed_interval(interval=timedelta(days=days))
                    rows.append([days, maximum, u, fuzzed.days])
    finally:
        fsrs_scheduler.random = saved
    return rows


def sm2_conversion_vectors() -> list[list]:
    """fsrs-rs's memory state from SM-2 ease and interval (f32 inside)."""
    import fsrs_rs_python

    model = fsrs_rs_python.FSRS(list(fsrs_scheduler.DEFAULT_PARAMETERS))
    rows = []
    for ease in (1.3, 1.75, 2.5, 3.1):
        for interval in (1.0, 4.0, 17.0, 120.0, 2000.0):
            for retention in (0.9, 0.85):
                state = model.memory_state_from_sm2(ease, interval, retention)
                rows.append([ease, interval, retention, state.stability, state.difficulty])
    return rows


def dumps_one_sequence_per_line(fixture: dict) -> str:
    """Compact JSON, but one sequence per line so diffs stay readable."""
    compact = {"separators": (",", ":")}
    head = {key: value for key, value in fixture.items() if key != "sequences"}
    lines = [json.dumps(head, **compact)[:-1] + ',"sequences":[']
    rows = [json.dumps(entry, **compact) for entry in fixture["sequences"]]
    lines.append(",\n".join(rows))
    lines.append("]}\n")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--sequences", type=int, default=1200)
    parser.add_argument("--seed", type=int, default=20260101)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    configs = scheduler_configs(rng)
    schedulers = [make_scheduler(config) for config in configs]
    # Most sequences use the product's defaults; the rest spread over variants.
    config_weights = [0.7, 0.1, 0.1, 0.1]

    sequences = []
    for index in range(args.sequences):
        which = rng.choices(range(len(configs)), config_weights)[0]
        entry = sequence(rng, schedulers[which], index)
        sequences.append({"scheduler": which, **entry})

    fixture = {
        "generator": "tools/fsrs-golden/generate.py",
        "fsrs_version": version("fsrs"),
        "fsrs_rs_python_version": version("fsrs-rs-python"),
        "seed": args.seed,
        "step_fields": [
            "rating",
            "review_datetime",
            "state",
            "step",
            "stability",
            "difficulty",
            "due",
            "last_review",
            "retrievability_before",
        ],
        "schedulers": configs,
        "sequences": sequences,
        "fuzz_fields": ["interval_days", "maximum_interval", "random", "fuzzed_days"],
        "fuzz": fuzz_vectors(),
        "sm2_conversion_fields": ["ease", "interval", "sm2_retention", "stability", "difficulty"],
        "sm2_conversion": sm2_conversion_vectors(),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w") as handle:
        handle.write(dumps_one_sequence_per_line(fixture))
    total = sum(len(s["steps"]) for s in sequences)
    print(f"wrote {args.out} ({len(sequences)} sequences, {total} reviews, {args.out.stat().st_size} bytes)")


if __name__ == "__main__":
    main()

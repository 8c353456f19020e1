"""Review logs for testing an FSRS optimizer, with a known truth.

Two kinds of learner, both remembering exactly as FSRS-6's day-granular model says
(the model fsrs-rs trains), with weights drawn near the defaults -- so the weights
that generated a log are known:

* ``simulated``: cards scheduled by FSRS itself at some desired retention, studied on
  most days but not all (skipped days, holidays), sessions at any hour (some after
  midnight, before the 4 a.m. rollover), learning and relearning steps minutes apart,
  lapses, reviews done late when a day is missed.
* ``anki``: the shape of a real Anki export (its revlog columns: card id, time in
  milliseconds, button, review kind, duration) from a collection scheduled by Anki's
  SM-2 (learning steps 1m 10m, graduating interval 1 day, easy 4 days, eases moving
  by 0.15 and 0.2, a lapse back to 1 day through a 10-minute relearning step), in a
  time zone with daylight saving.

Everything is seeded: the same arguments give the same log on any machine.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

DEFAULT_WEIGHTS = [
    0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
    1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
]
LOWER = [0.001, 0.001, 0.001, 0.001, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001,
         0.001, 0.001, 0.001, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.1]
UPPER = [100.0, 100.0, 100.0, 100.0, 10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5,
         5.0, 0.25, 0.9, 4.0, 1.0, 6.0, 2.0, 2.0, 0.8, 0.8]
# How far users' fitted weights spread around the defaults (fsrs-rs's PARAMS_STDDEV).
SPREAD = [6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3, 0.09,
          0.16, 0.57, 0.25, 1.03, 0.31, 0.32, 0.14, 0.27]

S_MIN, S_MAX = 0.001, 36500.0


def truth_weights(rng: random.Random, scale: float) -> list[float]:
    """A plausible learner: each weight moved by a fraction of its spread, kept in bounds."""
    out = []
    for i, (default, lo, hi, spread) in enumerate(zip(DEFAULT_WEIGHTS, LOWER, UPPER, SPREAD)):
        if i < 4:  # initial stabilities: log-normal around the default
            value = default * math.exp(rng.gauss(0, 0.5 * scale))
        else:
            value = default + rng.gauss(0, 0.35 * scale) * spread
        out.append(round(min(max(value, lo + 1e-3), hi - 1e-3), 4))
    out[0:4] = sorted(out[0:4])
    return out


# -- FSRS-6's day-granular memory model (fsrs-rs's `step`) -----------------------------

def factor(w):
    return 0.9 ** (1 / -w[20]) - 1


def retrievability(w, elapsed_days, stability):
    return (1 + factor(w) * elapsed_days / stability) ** -w[20]


def init_difficulty(w, rating):
    return w[4] - math.exp(w[5] * (rating - 1)) + 1


def step(w, state, elapsed_days, rating):
    """The memory after a review; `state` None for a card's first review."""
    if state is None:
        return (min(max(w[rating - 1], S_MIN), S_MAX), min(max(init_difficulty(w, rating), 1), 10))
    s, d = state
    r = retrievability(w, elapsed_days, s)
    if elapsed_days == 0:
        inc = math.exp(w[17] * (rating - 3 + w[18])) * s ** -w[19]
        new_s = s * (max(inc, 1) if rating >= 2 else inc)
    elif rating == 1:
        raw = w[11] * d ** -w[12] * ((s + 1) ** w[13] - 1) * math.exp((1 - r) * w[14])
        new_s = min(raw, s / math.exp(w[17] * w[18]))
    else:
        hard = w[15] if rating == 2 else 1
        easy = w[16] if rating == 4 else 1
        new_s = s * (1 + math.exp(w[8]) * (11 - d) * s ** -w[9] * (math.exp((1 - r) * w[10]) - 1) * hard * easy)
    delta = -w[6] * (rating - 3)
    next_d = d + (10 - d) * delta / 9
    new_d = w[7] * init_difficulty(w, 4) + (1 - w[7]) * next_d
    return (min(max(new_s, S_MIN), S_MAX), min(max(new_d, 1), 10))


def interval(w, stability, retention):
    return stability / factor(w) * (retention ** (1 / -w[20]) - 1)


# -- the learner's calendar -------------------------------------------------------------

@dataclass
class Review:
    moment: datetime  # aware, UTC
    rating: int
    phase: str  # before the review: new, learning, review, relearning
    duration_ms: int


@dataclass
class Calendar:
    """Which days the learner studies and when each day's session starts."""
    start: datetime  # local midnight of day 0, aware
    days: int
    studied: list[bool] = field(default_factory=list)
    session: list[datetime] = field(default_factory=list)

    @staticmethod
    def make(rng: random.Random, start: datetime, days: int, skip: float, holidays: int) -> "Calendar":
        cal = Calendar(start=start, days=days)
        cal.studied = [rng.random() >= skip for _ in range(days)]
        for _ in range(holidays):  # a break of one to four weeks
            first = rng.randrange(days)
            for d in range(first, min(days, first + rng.randint(7, 28))):
                cal.studied[d] = False
        for d in range(days):
            # Most sessions in the day; some late in the evening, a few after midnight (the evening's study day).
            hour = rng.choice([7, 8, 12, 13, 18, 19, 20, 21, 22, 23, 23.5, 24.5, 25.5])
            local = start + timedelta(days=d, hours=hour, minutes=rng.randint(0, 29))
            cal.session.append(local.astimezone(timezone.utc))
        return cal

    def next_study_day(self, day: int) -> int | None:
        for d in range(max(day, 0), self.days):
            if self.studied[d]:
                return d
        return None


def study_day(moment: datetime, zone, rollover_hour: int) -> int:
    """fsrs-rs's date of a review: the local date of the moment less the rollover hour, as days since 1970."""
    local = (moment - timedelta(hours=rollover_hour)).astimezone(zone)
    return (local.date() - datetime(1970, 1, 1).date()).days


STEP_TRANSITIONS = {  # rating at the next same-day step, given the rating at this one (fsrs-rs's defaults)
    1: [0.3686, 0.0628, 0.5108, 0.0577],
    2: [0.0442, 0.4553, 0.4457, 0.0549],
    3: [0.0519, 0.047, 0.8462, 0.055],
}
RELEARN_TRANSITIONS = {
    1: [0.2157, 0.0643, 0.6595, 0.0604],
    2: [0.05, 0.4638, 0.4475, 0.0387],
    3: [0.1057, 0.1434, 0.7266, 0.0244],
}


def duration(rng: random.Random, rating: int) -> int:
    base = {1: 14000, 2: 11000, 3: 7000, 4: 4500}[rating]
    return int(min(120000, rng.lognormvariate(math.log(base), 0.5)))


def pick(rng: random.Random, weights) -> int:
    return rng.choices([1, 2, 3, 4], weights=weights)[0]


# -- simulated learners (scheduled by FSRS) ---------------------------------------------

def simulated_log(seed: int, cards: int, days: int, new_per_day: int, retention: float, scale: float,
                  zone_name: str = "UTC", rollover_hour: int = 4):
    rng = random.Random(seed)
    w = truth_weights(rng, scale)
    zone = ZoneInfo(zone_name)
    start = datetime(2024, 1, 1, tzinfo=zone)
    cal = Calendar.make(rng, start, days, skip=0.12, holidays=max(1, days // 150))
    first_rating = [0.2, 0.1, 0.55, 0.15]
    recall_rating = [0.12, 0.78, 0.10]
    histories: list[list[Review]] = []
    introduced = 0
    for day in range(days):
        if not cal.studied[day]:
            continue
        for _ in range(new_per_day):
            if introduced >= cards:
                break
            histories.append(simulate_card(rng, w, cal, day, retention, first_rating, recall_rating))
            introduced += 1
    return {"truth": w, "time_zone": zone_name, "rollover_hour": rollover_hour,
            "cards": [h for h in histories if h]}


def simulate_card(rng, w, cal, day, retention, first_rating, recall_rating) -> list[Review]:
    reviews: list[Review] = []
    moment = cal.session[day] + timedelta(minutes=rng.uniform(0, 40))
    state = None
    last_day = day
    phase = "new"
    # Learning: the first answer, then same-day steps until a pass on the last step.
    rating = pick(rng, first_rating)
    while True:
        reviews.append(Review(moment, rating, phase, duration(rng, rating)))
        state = step(w, state, 0, rating)
        phase = "learning"
        if rating >= 3 and (rating == 4 or len(reviews) >= 2):
            break
        if len(reviews) >= 6:
            break
        moment += timedelta(minutes=rng.choice([1, 10]) + rng.uniform(0, 3))
        rating = pick(rng, STEP_TRANSITIONS[min(rating, 3)])
    while True:
        ivl = max(1, round(interval(w, state[0], retention) * rng.uniform(0.95, 1.05)))
        due = last_day + ivl
        # Now and then a review comes early (a day or two), else on the first study day from the due date.
        if rng.random() < 0.05 and ivl > 3:
            due -= rng.randint(1, 2)
        today = cal.next_study_day(due)
        if today is None:
            return reviews
        moment = max(cal.session[today] + timedelta(minutes=rng.uniform(0, 40)), moment + timedelta(minutes=1))
        elapsed = today - last_day
        recalled = rng.random() < retrievability(w, elapsed, state[0])
        rating = pick(rng, [0] + recall_rating) if recalled else 1
        reviews.append(Review(moment, rating, "review", duration(rng, rating)))
        state = step(w, state, elapsed, rating)
        last_day = today
        if rating == 1:  # relearning: same-day steps until a pass
            steps = 0
            current = 1
            while True:
                moment += timedelta(minutes=10 + rng.uniform(0, 5))
                current = pick(rng, RELEARN_TRANSITIONS[min(current, 3)])
                reviews.append(Review(moment, current, "relearning", duration(rng, current)))
                state = step(w, state, 0, current)
                steps += 1
                if current >= 3 or steps >= 4:
                    break


# -- Anki-shaped logs (scheduled by Anki's SM-2) ---------------------------------------

def anki_log(seed: int, cards: int, days: int, new_per_day: int, scale: float,
             zone_name: str = "America/New_York", rollover_hour: int = 4):
    rng = random.Random(seed)
    w = truth_weights(rng, scale)
    zone = ZoneInfo(zone_name)
    start = datetime(2023, 3, 1, tzinfo=zone)
    cal = Calendar.make(rng, start, days, skip=0.2, holidays=max(1, days // 120))
    first_rating = [0.25, 0.08, 0.5, 0.17]
    recall_rating = [0.18, 0.7, 0.12]
    histories = []
    introduced = 0
    for day in range(days):
        if not cal.studied[day]:
            continue
        for _ in range(rng.randint(new_per_day // 2, new_per_day)):
            if introduced >= cards:
                break
            histories.append(sm2_card(rng, w, cal, day, first_rating, recall_rating))
            introduced += 1
    return {"truth": w, "time_zone": zone_name, "rollover_hour": rollover_hour,
            "cards": [h for h in histories if h]}


def sm2_card(rng, w, cal, day, first_rating, recall_rating) -> list[Review]:
    reviews: list[Review] = []
    moment = cal.session[day] + timedelta(minutes=rng.uniform(0, 40))
    state = None
    ease = 2.5
    # Learning steps 1m, 10m: Again back to the first, Hard repeats, Good moves on, Easy graduates at 4 days.
    step_index = 0
    rating = pick(rng, first_rating)
    phase = "new"
    ivl = 1
    while True:
        reviews.append(Review(moment, rating, phase, duration(rng, rating)))
        state = step(w, state, 0, rating)
        phase = "learning"
        if rating == 4:
            ivl = 4
            break
        if rating == 3:
            step_index += 1
            if step_index >= 2:
                ivl = 1
                break
        elif rating == 1:
            step_index = 0
        moment += timedelta(minutes=(1, 10)[step_index] + rng.uniform(0, 2))
        rating = pick(rng, STEP_TRANSITIONS[min(rating, 3)])
    last_day = day
    while True:
        fuzzed = ivl if ivl < 3 else max(1, round(ivl * rng.uniform(0.93, 1.07)))
        today = cal.next_study_day(last_day + fuzzed)
        if today is None:
            return reviews
        moment = max(cal.session[today] + timedelta(minutes=rng.uniform(0, 40)), moment + timedelta(minutes=1))
        elapsed = today - last_day
        recalled = rng.random() < retrievability(w, elapsed, state[0])
        rating = pick(rng, [0] + recall_rating) if recalled else 1
        reviews.append(Review(moment, rating, "review", duration(rng, rating)))
        state = step(w, state, elapsed, rating)
        if rating == 1:
            ease = max(1.3, ease - 0.2)
            ivl = 1
            moment += timedelta(minutes=10 + rng.uniform(0, 4))
            current = pick(rng, RELEARN_TRANSITIONS[1])
            reviews.append(Review(moment, current, "relearning", duration(rng, current)))
            state = step(w, state, 0, current)
        elif rating == 2:
            ease = max(1.3, ease - 0.15)
            ivl = max(elapsed + 1, round(elapsed * 1.2))
        elif rating == 3:
            ivl = max(elapsed + 1, round((elapsed + 0) * ease))
        else:
            ease += 0.15
            ivl = max(elapsed + 1, round(elapsed * ease * 1.3))
        ivl = min(ivl, 36500)
        last_day = today

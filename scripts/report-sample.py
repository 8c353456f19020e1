#!/usr/bin/env python3
"""Writes a believable class history for the report screenshot: a roster of 30 students and a review log.

    report-sample.py CARDS_FILE OUT_FOLDER [--days 42] [--seed 7]

CARDS_FILE holds one card id a line (from `recall questions DECK --json`). Students differ in how often
they study, how much of the deck they reach and how often they are right; a few stop studying, one never
starts, and the class sits two paper quizzes. Times are relative to now, so the report always has a
recent period to show.
"""
import argparse
import datetime as dt
import pathlib
import random

FIRST = ["Ann", "Bao", "Chidi", "Dana", "Eitan", "Fatima", "Goro", "Hana", "Igor", "Jun", "Kofi", "Lena",
         "Mateo", "Nadia", "Oskar", "Priya", "Quinn", "Rosa", "Sami", "Tomás", "Ulla", "Vik", "Wen", "Xavi",
         "Yara", "Zoë", "Aiko", "Björn", "Chloé", "Dmitri"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("cards")
    parser.add_argument("out")
    parser.add_argument("--days", type=int, default=42)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    cards = [line.strip() for line in open(args.cards) if line.strip()]
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    names = [f"{first} {chr(65 + i % 26)}." for i, first in enumerate(FIRST)]
    names[7] = "Hana <O'Brien> & co"  # shows that every name is escaped
    with open(out / "roster.csv", "w", encoding="utf-8") as roster:
        roster.write("Student Name,Year\n")
        for name in names:
            quoted = '"' + name.replace('"', '""') + '"' if ("," in name or '"' in name) else name
            roster.write(f"{quoted},9\n")

    quiz_days = [args.days - 12, 5]
    quiz_cards = rng.sample(cards, 12)
    rows = ["learner,card,reviewed_at,rating,source,correct"]
    for index, name in enumerate(names):
        if index == 29:
            continue  # never starts
        skill = 0.55 + 0.4 * rng.random()
        diligence = 0.35 + 0.6 * rng.random()
        new_per_day = rng.randint(4, 12)
        stops = rng.randint(8, 14) if index % 9 == 4 else -1  # a few stop studying a week or two ago
        log = []
        # A rough schedule, close enough to the real one that studying when due keeps the backlog small:
        # a card's next study day and interval; a new card is answered twice in its first session.
        due, interval, fresh = {}, {}, iter(cards)
        for day in range(args.days, -1, -1):
            start = now - dt.timedelta(days=day, hours=rng.randint(2, 9), minutes=rng.randint(0, 59))
            if day in quiz_days:
                for k, card in enumerate(quiz_cards):
                    right = rng.random() < skill + (0.1 if card in due else -0.2)
                    log.append((start + dt.timedelta(seconds=20 * k), card, "good" if right else "again", "paper", right))
                continue
            if day < stops or rng.random() > diligence:
                continue
            moment = start
            owed = [card for card, when in due.items() if when >= day]
            rng.shuffle(owed)
            for card in owed[:120]:
                moment += dt.timedelta(seconds=rng.randint(8, 40))
                overdue = due[card] - day
                right = rng.random() < min(0.98, skill + 0.08 * min(interval[card], 8) - 0.03 * overdue)
                if right:
                    rating = rng.choice(["hard", "good", "good", "good", "easy"])
                    interval[card] = max(2, interval[card] * (1.2 if rating == "hard" else 2.6 if rating == "good" else 3.5))
                    log.append((moment, card, rating, "study", True))
                else:
                    log.append((moment, card, "again", "study", False))
                    log.append((moment + dt.timedelta(minutes=11), card, "good", "study", True))
                    interval[card] = 1
                due[card] = day - round(interval[card])
            for _ in range(new_per_day):
                card = next(fresh, None)
                if card is None:
                    break
                moment += dt.timedelta(seconds=rng.randint(10, 40))
                right = rng.random() < skill
                log.append((moment, card, "good" if right else "again", "study", right))
                log.append((moment + dt.timedelta(minutes=11), card, "good", "study", True))
                interval[card] = 2
                due[card] = day - 2
        seen = set()
        for moment, card, rating, source, right in sorted(log):
            if (card, moment) in seen:
                continue
            seen.add((card, moment))
            rows.append(f"{name_field(name)},{card},{iso(moment)},{rating},{source},{'true' if right else 'false'}")
    (out / "reviews.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(names)} students, {len(rows) - 1} reviews")


def name_field(name):
    return '"' + name.replace('"', '""') + '"' if ("," in name or '"' in name) else name


def iso(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


if __name__ == "__main__":
    main()

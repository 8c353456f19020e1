"""Checks Recall's Anki packages with Anki itself (run through ./run.sh verify).

1. Every deck in Decks/ is exported by `recall anki export` (with a learner whose reviews are imported from
   a generated log) and imported into a fresh Anki collection; what Anki then holds must be what the
   package says: notes, fields, deck name, cards, due dates, FSRS memory state, review log.
2. Round trip: Tests/Fixtures/Anki/year.apkg (a year of reviews made by Anki) goes through
   `recall anki import --learner` and `recall anki export --learner` into a fresh collection, which must
   hold the same notes (GUIDs, fields, deck) as the original, and the same schedule: the same review log,
   memory state (within the tolerances below) and due dates (on the same day).
Exits 1 on a mismatch, printing each; 0 with a summary line otherwise.
"""
import json, os, sqlite3, subprocess, sys, tempfile, zipfile
from datetime import datetime, timezone

from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

ROOT, BUILD = sys.argv[1], sys.argv[2]
RECALL = os.path.join(BUILD, "recall")
if not os.access(RECALL, os.X_OK):
    print("anki verify: no recall at %s: build it first (swift build --product recall)" % RECALL, file=sys.stderr)
    sys.exit(3)
problems = []
checks = 0


def check(condition, message):
    global checks
    checks += 1
    if not condition:
        problems.append(message)


def recall(*args, cwd=None):
    result = subprocess.run([RECALL, *args], capture_output=True, text=True, cwd=cwd)
    if result.returncode != 0:
        sys.exit("recall %s failed:\n%s%s" % (" ".join(args), result.stdout, result.stderr))
    return result.stdout


def import_into_fresh(package):
    folder = tempfile.mkdtemp()
    col = Collection(os.path.join(folder, "collection.anki2"))
    col.set_config("fsrs", True)
    col.import_anki_package(
        ImportAnkiPackageRequest(package_path=package, options=ImportAnkiPackageOptions(with_scheduling=True))
    )
    return col


def package_db(package):
    folder = tempfile.mkdtemp()
    with zipfile.ZipFile(package) as z:
        z.extract("collection.anki21", folder)
    return sqlite3.connect(os.path.join(folder, "collection.anki21"))


def plain(html):
    import re, html as h
    text = re.sub(r"<br\s*/?>|</?div>", "\n", html)
    return h.unescape(re.sub(r"<[^>]+>", "", text)).strip()


def absolute_due(col, card):
    """A card's due moment as seconds since 1970 (review and day-learning cards at their day's start)."""
    if card.queue == 1:
        return card.due
    if card.queue in (2, 3) or card.type == 2:
        return col.crt + card.due * 86400
    return None


def verify_export(package, label):
    """Anki holds what the package says."""
    db = package_db(package)
    crt = db.execute("select crt from col").fetchone()[0]
    want_notes = {g: (f, m) for g, f, m in db.execute("select guid, flds, mid from notes")}
    want_cards = {}
    for guid, ord, typ, queue, due, ivl, data in db.execute(
        "select n.guid, c.ord, c.type, c.queue, c.due, c.ivl, c.data from cards c join notes n on n.id = c.nid"
    ):
        want_cards[(guid, ord)] = (typ, queue, due, ivl, json.loads(data or "{}"))
    want_revlog = {}
    for guid, ord, rid, ease, typ in db.execute(
        "select n.guid, c.ord, r.id, r.ease, r.type from revlog r join cards c on c.id = r.cid join notes n on n.id = c.nid"
    ):
        want_revlog.setdefault((guid, ord), []).append((rid, ease, typ))
    deck_names = json.loads(db.execute("select decks from col").fetchone()[0])
    want_deck = [d["name"] for d in deck_names.values() if d["id"] != 1][0]

    col = import_into_fresh(package)
    nids = col.find_notes("")
    check(len(nids) == len(want_notes), "%s: Anki has %d notes, the package %d" % (label, len(nids), len(want_notes)))
    for nid in nids:
        note = col.get_note(nid)
        want = want_notes.get(note.guid)
        check(want is not None, "%s: note %s is not in the package" % (label, note.guid))
        if want:
            check("\x1f".join(note.fields) == want[0], "%s: note %s fields %r, package %r" % (label, note.guid, note.fields, want[0]))
    names = [d.name for d in col.decks.all_names_and_ids()]
    check(want_deck in names, "%s: deck %r missing in %r" % (label, want_deck, names))
    cids = col.find_cards("")
    check(len(cids) == len(want_cards), "%s: Anki has %d cards, the package %d" % (label, len(cids), len(want_cards)))
    for cid in cids:
        card = col.get_card(cid)
        key = (card.note().guid, card.ord)
        typ, queue, due, ivl, data = want_cards[key]
        check(card.type == typ and card.queue == queue, "%s: card %s type/queue %d/%d, package %d/%d" % (label, key, card.type, card.queue, typ, queue))
        if queue in (2, 3):
            got = absolute_due(col, card)
            want_moment = crt + due * 86400
            check(abs(got - want_moment) < 86400 * 1.01, "%s: card %s due %s, package %s" % (label, key, day(got), day(want_moment)))
        elif queue == 1:
            check(card.due == due, "%s: card %s due %d, package %d" % (label, key, card.due, due))
        check(card.ivl == ivl, "%s: card %s interval %d, package %d" % (label, key, card.ivl, ivl))
        if "s" in data:
            m = card.memory_state
            check(m is not None and abs(m.stability - data["s"]) < 1e-3 and abs(m.difficulty - data["d"]) < 1e-3,
                  "%s: card %s memory %s, package s=%s d=%s" % (label, key, m, data["s"], data["d"]))
        got_log = [(r[0], r[1], r[2]) for r in col.db.all("select id, ease, type from revlog where cid = ? order by id", cid)]
        check(got_log == sorted(want_revlog.get(key, [])), "%s: card %s review log differs (%d entries, package %d)" % (label, key, len(got_log), len(want_revlog.get(key, []))))
    return col


def day(seconds):
    return datetime.fromtimestamp(seconds, timezone.utc).strftime("%Y-%m-%d")


def export_shipped_decks(work):
    decks = os.path.join(ROOT, "Decks")
    progress = os.path.join(work, "progress.sqlite")
    # A learner who studied every card of every deck a few times, from a generated review log.
    lines = ["learner,card,reviewed_at,rating"]
    ids = []
    for name in sorted(os.listdir(decks)):
        if name.endswith(".yaml"):
            bank = json.loads(recall("questions", name[:-5], "--decks", decks, "--json"))
            ids += sorted({q["card"] for q in bank["questions"]})
    start = datetime(2026, 9, 1, 8, 0, tzinfo=timezone.utc).timestamp()
    for i, card in enumerate(ids):
        for k, (offset, rating) in enumerate([(0, 3), (600, 3), (86400 * 2, 1 + (i % 4)), (86400 * 9, 3)]):
            when = datetime.fromtimestamp(start + offset + i * 7, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
            lines.append("checker,%s,%s,%d" % (card, when, rating))
    log = os.path.join(work, "log.csv")
    with open(log, "w") as f:
        f.write("\n".join(lines) + "\n")
    recall("progress", "import", log, "--progress", progress)
    for name in sorted(os.listdir(decks)):
        if name.endswith(".yaml"):
            out = os.path.join(work, name[:-5] + ".apkg")
            recall("anki", "export", name[:-5], "--decks", decks, "--progress", progress, "--learner", "checker", "--output", out)
            verify_export(out, name[:-5]).close()


def round_trip(work):
    fixtures = os.path.join(ROOT, "Tests", "Fixtures", "Anki")
    original = import_into_fresh(os.path.join(fixtures, "year.apkg"))
    decks = os.path.join(work, "Decks")
    os.makedirs(decks)
    progress = os.path.join(work, "trip.sqlite")
    recall("anki", "import", os.path.join(fixtures, "year.apkg"), "--deck", "year", "--into", decks, "--learner", "trip", "--progress", progress)
    recall("check", os.path.join(decks, "year.yaml"))
    out = os.path.join(work, "year-trip.apkg")
    recall("anki", "export", "year", "--decks", decks, "--learner", "trip", "--progress", progress, "--output", out)
    back = verify_export(out, "round trip")

    def notes(col):
        return {col.get_note(n).guid: col.get_note(n) for n in col.find_notes("")}

    a, b = notes(original), notes(back)
    check(set(a) == set(b), "round trip: GUIDs differ: %s" % sorted(set(a) ^ set(b)))
    for guid in set(a) & set(b):
        check([plain(f) for f in a[guid].fields[:2]] == [plain(f) for f in b[guid].fields[:2]],
              "round trip: note %s was %r, is %r" % (guid, a[guid].fields, b[guid].fields))
    before = {d.name for d in original.decks.all_names_and_ids()} - {"Default", "Fixtures"}
    after = {d.name for d in back.decks.all_names_and_ids()}
    check(before <= after, "round trip: decks %r, were %r" % (sorted(after), sorted(before)))
    worst_due = worst_s = worst_d = 0.0
    for guid in set(a) & set(b):
        for card in a[guid].cards():
            match = [c for c in b[guid].cards() if c.ord == card.ord]
            check(len(match) == 1, "round trip: card %s/%d missing" % (guid, card.ord))
            if not match:
                continue
            other = match[0]
            # Every answer comes back at the same moment with the same button (answers that no longer count,
            # crammed or before a reset, come back as cramming).
            answers = lambda col, c: col.db.all("select id, ease from revlog where cid = ? and ease > 0 order by id", c.id)
            check(answers(original, card) == answers(back, other), "round trip: card %s/%d answers differ" % (guid, card.ord))
            if card.memory_state and other.memory_state:
                ds = abs(card.memory_state.stability - other.memory_state.stability) / card.memory_state.stability
                dd = abs(card.memory_state.difficulty - other.memory_state.difficulty)
                worst_s, worst_d = max(worst_s, ds), max(worst_d, dd)
                check(ds < 0.1 and dd < 0.05, "round trip: card %s/%d memory %s, was %s" % (guid, card.ord, other.memory_state, card.memory_state))
            due_a, due_b = absolute_due(original, card), absolute_due(back, other)
            if due_a and due_b and card.queue == 2:
                gap = abs(due_a - due_b) / 86400
                # Recall keeps the due date Anki gave each card in review (its fuzz and its study days are Anki's),
                # so the schedule comes back on the same day.
                worst_due = max(worst_due, gap)
                check(gap <= 1.01, "round trip: card %s/%d due %s, was %s (interval %d)" % (guid, card.ord, day(due_b), day(due_a), card.ivl))
    print("round trip: largest differences: stability %.1f %%, difficulty %.3f, due %.2f days" % (worst_s * 100, worst_d, worst_due))


work = tempfile.mkdtemp()
export_shipped_decks(work)
round_trip(work)
for p in problems:
    print("mismatch:", p)
print("anki-verify: %d passed, %d failed" % (checks - len(problems), len(problems)))
sys.exit(1 if problems else 0)

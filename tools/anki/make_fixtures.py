"""Builds the Anki packages Recall's import tests read, with the official `anki` package's own exporter.

Run through ./run.sh fixtures (it sets up the virtual environment and the fake clock). Writes into
Tests/Fixtures/Anki/:
  notes.apkg, notes-legacy.apkg, notes-anki2.apkg  every kind of note Recall meets, with media
  year.apkg, year-legacy.apkg                      a year of FSRS reviews, with a reset, a set due date,
                                                   cramming in a filtered deck and a deleted note
  expected.json                                    what Anki itself holds for each, for the tests to compare
The clock is faked (libfaketime through FAKETIME_TIMESTAMP_FILE) so that a year passes in seconds. Between
two settings it runs at the real pace, so ids and moments differ a little from run to run (and with them
Anki's fuzz): the packages and expected.json come from one run and are committed together. GUIDs are fixed
by hand so the tests can name notes.
"""
import json, os, random, shutil, sys, tempfile, zipfile
from datetime import datetime, timedelta, timezone

from anki.collection import Collection, ExportAnkiPackageOptions

OUT = sys.argv[1]
CLOCK = os.environ["FAKETIME_TIMESTAMP_FILE"]
now = datetime(2025, 6, 1, 9, 0, tzinfo=timezone.utc)


def set_clock(moment):
    global now
    now = moment
    with open(CLOCK, "w") as f:
        f.write("@" + moment.strftime("%Y-%m-%d %H:%M:%S"))


def new_collection():
    folder = tempfile.mkdtemp()
    return Collection(os.path.join(folder, "collection.anki2")), folder


def add(col, notetype, deck, fields, guid, tags=()):
    note = col.new_note(col.models.by_name(notetype))
    for name, value in fields.items():
        note[name] = value
    note.guid = guid
    note.tags = list(tags)
    col.add_note(note, deck)
    return note


def export(col, name, legacy):
    path = os.path.join(OUT, name)
    col.export_anki_package(
        out_path=path,
        options=ExportAnkiPackageOptions(with_scheduling=True, with_media=True, legacy=legacy, with_deck_configs=True),
        limit=None,
    )
    return path


def describe(col):
    notes = []
    for nid in sorted(col.find_notes("")):
        n = col.get_note(nid)
        notes.append({"id": nid, "guid": n.guid, "notetype": n.note_type()["name"], "fields": list(n.values()), "tags": n.tags})
    cards = []
    for cid in sorted(col.find_cards("")):
        c = col.get_card(cid)
        m = c.memory_state
        cards.append({
            "id": cid, "nid": c.nid, "ord": c.ord, "type": c.type, "queue": c.queue, "due": c.due, "ivl": c.ivl,
            "reps": c.reps, "lapses": c.lapses, "deck": col.decks.name(c.odid or c.did),
            "stability": m.stability if m else None, "difficulty": m.difficulty if m else None,
        })
    revlog = col.db.all("select id, cid, ease, ivl, lastIvl, factor, time, type from revlog order by id")
    return {"crt": col.crt, "notes": notes, "cards": cards, "revlog": revlog}


def notes_collection():
    col, folder = new_collection()
    deck = col.decks.id("Fixtures::Kinds")
    cat = os.path.join(folder, "cat.jpg")
    with open(cat, "wb") as f:
        f.write(b"\xff\xd8\xff\xe0 not really a jpeg")
    meow = os.path.join(folder, "meow.mp3")
    with open(meow, "wb") as f:
        f.write(b"ID3 not really an mp3")
    cat_name = col.media.add_file(cat)
    meow_name = col.media.add_file(meow)
    add(col, "Basic", deck, {"Front": "Capital of <b>Australia</b>&nbsp;?", "Back": "Canberra"}, "fxBasic001", ["geo"])
    add(col, "Basic", deck, {"Front": "<div>Ωμέγα &amp; «Москва»</div><div>第二行</div>", "Back": "&lt;Omega&gt; &eacute;t&eacute; — 😀"}, "fxBasic002")
    add(col, "Basic", deck, {"Front": "A cat <img src=\"%s\">" % cat_name, "Back": "says [sound:%s] meow" % meow_name}, "fxBasic003")
    add(col, "Basic", deck, {"Front": "Only a picture behind", "Back": "<img src=\"%s\">" % cat_name}, "fxBasic004")
    add(col, "Basic (and reversed card)", deck, {"Front": "dog", "Back": "der Hund"}, "fxRever001")
    add(col, "Basic (optional reversed card)", deck, {"Front": "cat", "Back": "die Katze", "Add Reverse": "y"}, "fxOptRv001")
    add(col, "Basic (optional reversed card)", deck, {"Front": "mouse", "Back": "die Maus", "Add Reverse": ""}, "fxOptRv002")
    add(col, "Basic (type in the answer)", deck, {"Front": "2 + 2 =", "Back": "4"}, "fxTyped001")
    add(col, "Cloze", deck, {"Text": "{{c1::Canberra}} is the capital of {{c2::Australia::a country}}.", "Back Extra": "Since <i>1913</i>."}, "fxCloze001")
    add(col, "Cloze", deck, {"Text": "The {{c1::mitochondria}} is the {{c1::powerhouse}} of the cell, {x} {{c2::y}}", "Back Extra": ""}, "fxCloze002")
    # A note type of one's own, with three templates: both ways, and a third asked from an example.
    mm = col.models
    vocab = mm.new("Vocab")
    for name in ("Word", "Meaning", "Example"):
        mm.add_field(vocab, mm.new_field(name))
    for name, q, a in (
        ("Forward", "{{Word}}", "{{FrontSide}}<hr id=answer>{{Meaning}}<br><i>{{Example}}</i>"),
        ("Backward", "{{Meaning}}", "{{FrontSide}}<hr id=answer>{{Word}}"),
        ("From example", "{{Example}}", "{{FrontSide}}<hr id=answer>{{Word}}"),
    ):
        t = mm.new_template(name)
        t["qfmt"], t["afmt"] = q, a
        mm.add_template(vocab, t)
    mm.add(vocab)
    add(col, "Vocab", deck, {"Word": "la mer", "Meaning": "the sea", "Example": "Je vais à la mer."}, "fxVocab001")
    # An image occlusion note, which Recall cannot show.
    col.add_image_occlusion_notetype()
    io = mm.by_name("Image Occlusion")
    col.add_image_occlusion_note(
        notetype_id=io["id"], image_path=cat, occlusions="{{c1::image-occlusion:rect:left=.1:top=.1:width=.3:height=.2}}",
        header="Parts of a cat", back_extra="", tags=[])
    for nid in col.find_notes('"note:Image Occlusion"'):
        n = col.get_note(nid)
        n.guid = "fxImgOc001"
        col.update_note(n)
        col.set_deck([c.id for c in n.cards()], deck)
    return col


def answer_due(col, rng, ratings, cards_seen):
    """Answers everything due now, stepping the clock through learning steps as a learner would."""
    while True:
        card = col.sched.getCard()
        if card is None:
            return
        if card.queue == 1 and card.due > now.timestamp():
            set_clock(datetime.fromtimestamp(card.due, timezone.utc) + timedelta(seconds=5))
            card.start_timer()
        set_clock(now + timedelta(seconds=rng.randint(4, 40)))
        states = col._backend.get_scheduling_states(card.id)
        rating = rng.choices([0, 1, 2, 3], weights=ratings)[0]
        col.sched.answer_card(col.sched.build_answer(card=card, states=states, rating=rating))
        cards_seen.add(card.id)


def year_collection():
    col, _ = new_collection()
    col.set_config("fsrs", True)
    col.load_balancer_enabled = False
    deck = col.decks.id("Fixtures::Year")
    conf = col.decks.config_dict_for_deck_id(deck)
    conf["new"]["perDay"] = 10
    col.decks.update_config(conf)
    col.decks.select(deck)
    rng = random.Random(15)
    words = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
    notes = []
    for i, word in enumerate(words):
        notes.append(add(col, "Basic", deck, {"Front": "%s in German" % word, "Back": "German %d" % (i + 1)}, "fxYearB%03d" % i))
    for i in range(6):
        notes.append(add(col, "Basic (and reversed card)", deck, {"Front": "term %d" % i, "Back": "meaning %d" % i}, "fxYearR%03d" % i))
    for i in range(6):
        notes.append(add(col, "Cloze", deck, {"Text": "Fact {{c1::%d}} has {{c2::part %d}}" % (i, i), "Back Extra": ""}, "fxYearC%03d" % i))
    start = now
    seen = set()
    for day in range(365):
        # Each morning's session starts a little later than the last, as a learner's routine might; whole
        # 24-hour periods (how Recall's FSRS counts elapsed time, as py-fsrs does) and study-day boundaries
        # (how Anki counts it) then mostly agree. docs/anki.md says what remains.
        set_clock(start + timedelta(days=day, seconds=day * 20))
        answer_due(col, rng, [12, 8, 70, 10], seen)
        if day == 100:
            cid = sorted(col.find_cards("Front:one*"))[0]
            col.sched.schedule_cards_as_new([cid], restore_position=True, reset_counts=False)
        if day == 120:
            cid = sorted(col.find_cards("Front:two*"))[0]
            col.sched.set_due_date([cid], "3")
        if day == 200:
            cram = col.decks.new_filtered("Cram")
            filtered = col.decks.get(cram)
            filtered["resched"] = False
            filtered["terms"] = [["deck:Fixtures::Year", 5, 0]]
            col.decks.save(filtered)
            col.sched.rebuild_filtered_deck(cram)
            col.decks.select(cram)
            answer_due(col, rng, [20, 10, 60, 10], seen)
            col.sched.empty_filtered_deck(cram)
            col.decks.remove([cram])
            col.decks.select(deck)
        if day == 250:
            col.remove_notes([notes[11].id])
    return col


def main():
    os.makedirs(OUT, exist_ok=True)
    expected = {}
    set_clock(now)
    col = notes_collection()
    expected["notes"] = describe(col)
    export(col, "notes.apkg", legacy=False)
    legacy = export(col, "notes-legacy.apkg", legacy=True)
    # The oldest layout: the same schema-11 collection as collection.anki2, with no meta.
    with zipfile.ZipFile(legacy) as source, zipfile.ZipFile(os.path.join(OUT, "notes-anki2.apkg"), "w", zipfile.ZIP_DEFLATED) as target:
        target.writestr("collection.anki2", source.read("collection.anki21"))
        target.writestr("media", source.read("media"))
        for name in source.namelist():
            if name.isdigit():
                target.writestr(name, source.read(name))
    col.close()

    set_clock(datetime(2025, 6, 1, 9, 0, tzinfo=timezone.utc))
    col = year_collection()
    expected["year"] = describe(col)
    expected["year"]["exported_at"] = int(now.timestamp())
    export(col, "year.apkg", legacy=False)
    export(col, "year-legacy.apkg", legacy=True)
    col.close()
    with open(os.path.join(OUT, "expected.json"), "w") as f:
        json.dump(expected, f, indent=1, ensure_ascii=False, sort_keys=True)
        f.write("\n")


main()

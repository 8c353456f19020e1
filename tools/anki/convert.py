"""Rewrites an Anki package in Anki's current format with Anki's own importer and exporter (run through
./run.sh bench): IN.apkg, in any layout Anki reads, is imported with its scheduling into a fresh collection,
which is exported with its scheduling as OUT.apkg (collection.anki21b, zstd, protobuf meta and media list).

`tools/anki/run.sh bench` uses it on the benchmark's generated package, so that `recall-bench` times
`recall anki import` on the package as the current Anki would hand it over.
"""
import os, sys, tempfile

from anki.collection import (Collection, ExportAnkiPackageOptions, ImportAnkiPackageOptions,
                             ImportAnkiPackageRequest)

if len(sys.argv) != 3:
    sys.exit("usage: convert.py IN.apkg OUT.apkg")
source, target = sys.argv[1], sys.argv[2]
folder = tempfile.mkdtemp()
col = Collection(os.path.join(folder, "collection.anki2"))
col.import_anki_package(ImportAnkiPackageRequest(package_path=source, options=ImportAnkiPackageOptions(with_scheduling=True)))
notes, cards = col.note_count(), col.card_count()
revlog = col.db.scalar("select count() from revlog")
col.export_anki_package(
    out_path=target,
    options=ExportAnkiPackageOptions(with_scheduling=True, with_media=True, legacy=False, with_deck_configs=True),
    limit=None,
)
col.close()
print("convert: %s: %d notes, %d cards, %d review log entries, in Anki's current format" % (target, notes, cards, revlog))

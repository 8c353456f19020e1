import Foundation
import GRDB

/// Writes a collection database in Anki's schema 11, the one `collection.anki21` holds: note types, decks and
/// settings as JSON in the `col` row, notes, cards and the review log in their tables.
struct CollectionWriter {
    var now: Date

    func write(_ collection: AnkiCollection, to path: String) throws {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        let modified = Int64(now.timeIntervalSince1970)
        let modifiedMillis = Int64((now.timeIntervalSince1970 * 1000).rounded(.down))
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA journal_mode = DELETE")
            try db.inTransaction {
                try db.execute(sql: Self.schema)
                try db.execute(
                    sql: "INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')",
                    arguments: [
                        Int64(collection.created.timeIntervalSince1970), modifiedMillis, modifiedMillis,
                        try json(conf(collection)), try json(models(collection, modified: modified)),
                        try json(decks(collection, modified: modified)), try json(["1": Self.defaultDeckConfig]),
                    ])
                let note = try db.makeStatement(sql: "INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, 0, 0, '')")
                for n in collection.notes {
                    let tags = n.tags.isEmpty ? "" : " " + n.tags.joined(separator: " ") + " "
                    try note.execute(arguments: [
                        n.id, n.guid, n.notetypeID, n.modified, tags, n.fields.joined(separator: "\u{1F}"), n.fields.first ?? "",
                    ])
                }
                let card = try db.makeStatement(
                    sql: "INSERT INTO cards VALUES (?, ?, ?, ?, ?, -1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)")
                for c in collection.cards {
                    try card.execute(arguments: [
                        c.id, c.noteID, c.deckID, c.ordinal, c.modified, c.type.rawValue, c.queue.rawValue, c.due,
                        c.interval, c.factor, c.reps, c.lapses, c.left, c.originalDue, c.originalDeckID, c.data,
                    ])
                }
                let entry = try db.makeStatement(sql: "INSERT INTO revlog VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)")
                for e in collection.revlog {
                    try entry.execute(arguments: [e.id, e.cardID, e.ease, e.interval, e.lastInterval, e.factor, e.time, e.rawKind])
                }
                return .commit
            }
        }
    }

    private func json(_ object: Any) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    private func conf(_ collection: AnkiCollection) -> [String: Any] {
        let deck = collection.decks.first { $0.id != 1 }?.id ?? 1
        var conf: [String: Any] = [
            "schedVer": 2, "sched2021": true, "rollover": collection.rolloverHour, "curDeck": deck,
            "activeDecks": [deck], "nextPos": collection.cards.filter { $0.type == .new }.count + 1,
            "sortType": "noteFld", "sortBackwards": false, "addToCur": true, "dueCounts": true, "estTimes": true,
            "collapseTime": 1200, "timeLim": 0, "newSpread": 0, "dayLearnFirst": false,
            "curModel": collection.notetypes.first?.id ?? 0,
        ]
        if let offset = collection.creationOffsetMinutes { conf["creationOffset"] = offset }
        return conf
    }

    private func models(_ collection: AnkiCollection, modified: Int64) -> [String: Any] {
        var models: [String: Any] = [:]
        let deck = collection.decks.first { $0.id != 1 }?.id ?? 1
        for type in collection.notetypes {
            let fields = type.fields.enumerated().map { ord, name -> [String: Any] in
                [
                    "name": name, "ord": ord, "sticky": false, "rtl": false, "font": "Arial", "size": 20,
                    "description": "", "plainText": false, "collapsed": false, "excludeFromSearch": false,
                ]
            }
            let templates = type.templates.enumerated().map { ord, t -> [String: Any] in
                [
                    "name": t.name, "ord": ord, "qfmt": t.question, "afmt": t.answer, "bqfmt": "", "bafmt": "",
                    "did": NSNull(), "bfont": "", "bsize": 0,
                ]
            }
            // Which fields a card needs (schema 11's `req`): any field its question shows.
            let requirements = type.templates.enumerated().map { ord, t -> [Any] in
                let used = type.fields.indices.filter {
                    t.question.contains("{{\(type.fields[$0])}}") || t.question.contains(":\(type.fields[$0])}}")
                }
                return [ord, "any", used.isEmpty ? [0] : used]
            }
            models[String(type.id)] = [
                "id": type.id, "name": type.name, "type": type.kind.rawValue, "mod": modified, "usn": -1, "sortf": 0,
                "did": deck, "tmpls": templates, "flds": fields, "css": type.css, "latexPre": Self.latexPre,
                "latexPost": "\\end{document}", "latexsvg": false, "req": requirements, "tags": [], "vers": [],
            ]
        }
        return models
    }

    private func decks(_ collection: AnkiCollection, modified: Int64) -> [String: Any] {
        var decks: [String: Any] = ["1": Self.deck(id: 1, name: "Default", modified: 0)]
        for deck in collection.decks where deck.id != 1 {
            decks[String(deck.id)] = Self.deck(id: deck.id, name: deck.name, modified: modified)
        }
        return decks
    }

    private static func deck(id: Int64, name: String, modified: Int64) -> [String: Any] {
        [
            "id": id, "mod": modified, "name": name, "usn": -1, "lrnToday": [0, 0], "revToday": [0, 0],
            "newToday": [0, 0], "timeToday": [0, 0], "collapsed": false, "browserCollapsed": false, "desc": "",
            "dyn": 0, "conf": 1, "extendNew": 0, "extendRev": 0,
        ]
    }

    /// Anki's default deck options, as its own schema 11 files carry them.
    static var defaultDeckConfig: [String: Any] {
        [
            "id": 1, "mod": 0, "name": "Default", "usn": 0, "maxTaken": 60, "autoplay": true, "timer": 0, "replayq": true,
            "new": ["bury": false, "delays": [1.0, 10.0], "initialFactor": 2500, "ints": [1, 4, 0], "order": 1, "perDay": 20],
            "rev": ["bury": false, "ease4": 1.3, "ivlFct": 1.0, "maxIvl": 36500, "perDay": 200, "hardFactor": 1.2],
            "lapse": ["delays": [10.0], "leechAction": 1, "leechFails": 8, "minInt": 1, "mult": 0.0],
            "dyn": false, "desiredRetention": 0.9,
        ]
    }

    static let latexPre = """
        \\documentclass[12pt]{article}
        \\special{papersize=3in,5in}
        \\usepackage[utf8]{inputenc}
        \\usepackage{amssymb,amsmath}
        \\pagestyle{empty}
        \\setlength{\\parindent}{0in}
        \\begin{document}

        """

    static let schema = """
        CREATE TABLE col (
          id integer PRIMARY KEY, crt integer NOT NULL, mod integer NOT NULL, scm integer NOT NULL,
          ver integer NOT NULL, dty integer NOT NULL, usn integer NOT NULL, ls integer NOT NULL,
          conf text NOT NULL, models text NOT NULL, decks text NOT NULL, dconf text NOT NULL, tags text NOT NULL
        );
        CREATE TABLE notes (
          id integer PRIMARY KEY, guid text NOT NULL, mid integer NOT NULL, mod integer NOT NULL,
          usn integer NOT NULL, tags text NOT NULL, flds text NOT NULL, sfld integer NOT NULL,
          csum integer NOT NULL, flags integer NOT NULL, data text NOT NULL
        );
        CREATE TABLE cards (
          id integer PRIMARY KEY, nid integer NOT NULL, did integer NOT NULL, ord integer NOT NULL,
          mod integer NOT NULL, usn integer NOT NULL, type integer NOT NULL, queue integer NOT NULL,
          due integer NOT NULL, ivl integer NOT NULL, factor integer NOT NULL, reps integer NOT NULL,
          lapses integer NOT NULL, left integer NOT NULL, odue integer NOT NULL, odid integer NOT NULL,
          flags integer NOT NULL, data text NOT NULL
        );
        CREATE TABLE revlog (
          id integer PRIMARY KEY, cid integer NOT NULL, usn integer NOT NULL, ease integer NOT NULL,
          ivl integer NOT NULL, lastIvl integer NOT NULL, factor integer NOT NULL, time integer NOT NULL,
          type integer NOT NULL
        );
        CREATE TABLE graves (usn integer NOT NULL, oid integer NOT NULL, type integer NOT NULL);
        CREATE INDEX ix_notes_usn ON notes (usn);
        CREATE INDEX ix_cards_usn ON cards (usn);
        CREATE INDEX ix_revlog_usn ON revlog (usn);
        CREATE INDEX ix_cards_nid ON cards (nid);
        CREATE INDEX ix_cards_sched ON cards (did, queue, due);
        CREATE INDEX ix_revlog_cid ON revlog (cid);
        CREATE INDEX ix_notes_csum ON notes (csum);
        """
}

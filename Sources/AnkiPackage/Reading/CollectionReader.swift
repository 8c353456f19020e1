import Foundation
import GRDB

/// Reads an Anki collection database: schema 11 (note types and decks as JSON in `col`) through 18 (their
/// own tables, settings as protobuf).
enum CollectionReader {
    static let schemas = 11...18

    /// Reads a collection from its database file's bytes (written to a temporary file, removed after).
    static func read(_ bytes: Data, path: String) throws(AnkiPackageError) -> AnkiCollection {
        guard bytes.starts(with: Array("SQLite format 3\0".utf8)) else {
            throw .damaged(path, "its collection is not an SQLite database")
        }
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("recall-anki-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).sqlite")
        do {
            try bytes.write(to: file)
        } catch {
            throw .cannotWrite(file.path, "\(error.localizedDescription) (a temporary copy of the collection)")
        }
        defer { try? FileManager.default.removeItem(at: file) }
        return try read(databaseAt: file.path, path: path)
    }

    static func read(databaseAt file: String, path: String) throws(AnkiPackageError) -> AnkiCollection {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.prepareDatabase { db in
            // Anki sorts names with its own case-insensitive collation; reading needs it to exist.
            db.add(collation: DatabaseCollation("unicase") { $0.caseInsensitiveCompare($1) })
        }
        do {
            let queue = try DatabaseQueue(path: file, configuration: configuration)
            defer { try? queue.close() }
            return try queue.read { db in
                let check = try String.fetchAll(db, sql: "PRAGMA quick_check")
                guard check == ["ok"] else {
                    throw AnkiPackageError.damaged(path, "its collection database fails SQLite's check (\(check.first ?? "?"))")
                }
                guard let row = try Row.fetchOne(db, sql: "SELECT ver, crt, conf, models, decks FROM col") else {
                    throw AnkiPackageError.damaged(path, "its collection has no header row")
                }
                let version: Int = row["ver"]
                guard schemas.contains(version) else { throw AnkiPackageError.unknownSchema(path, version: version) }
                var collection = AnkiCollection(created: Date(timeIntervalSince1970: TimeInterval(row["crt"] as Int64)))
                let config = version >= 14 ? try configTable(db) : json(row["conf"])
                collection.rolloverHour = (config["rollover"] as? Int).map { min(23, max(0, $0)) } ?? 4
                collection.creationOffsetMinutes = config["creationOffset"] as? Int
                collection.schedulerVersion = config["schedVer"] as? Int ?? 1
                if version >= 15 {
                    collection.notetypes = try notetypes(db, path: path)
                    collection.decks = try decks(db)
                } else {
                    collection.notetypes = try notetypes(json: json(row["models"]), path: path)
                    collection.decks = decks(json: json(row["decks"]))
                }
                collection.notes = try notes(db)
                collection.cards = try cards(db, path: path)
                collection.revlog = try revlog(db)
                return collection
            }
        } catch let error as AnkiPackageError {
            throw error
        } catch let error as DatabaseError {
            throw .damaged(path, "its collection database cannot be read (\(error.message ?? "\(error.resultCode)"))")
        } catch {
            throw .damaged(path, "its collection database cannot be read (\(error))")
        }
    }

    /// A JSON object stored as text (or a blob); empty when it is not one.
    static func json(_ value: DatabaseValue) -> [String: Any] {
        let data: Data
        switch value.storage {
        case .string(let text): data = Data(text.utf8)
        case .blob(let blob): data = blob
        default: return [:]
        }
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
    }

    /// Schema 14 and later: settings as rows of JSON values.
    static func configTable(_ db: Database) throws -> [String: Any] {
        var config: [String: Any] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT key, val FROM config") {
            let key: String = row[0]
            let value: DatabaseValue = row[1]
            let data: Data? =
                switch value.storage {
                case .blob(let blob): blob
                case .string(let text): Data(text.utf8)
                default: nil
                }
            if let data, let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) {
                config[key] = object
            }
        }
        return config
    }

    static func notes(_ db: Database) throws -> [AnkiNote] {
        var notes: [AnkiNote] = []
        let rows = try Row.fetchCursor(db, sql: "SELECT id, guid, mid, mod, tags, flds FROM notes ORDER BY id")
        while let row = try rows.next() {
            let tags: String = row[4]
            let fields: String = row[5]
            notes.append(
                AnkiNote(
                    id: row[0], guid: row[1], notetypeID: row[2], modified: row[3],
                    tags: tags.split(separator: " ").map(String.init),
                    fields: fields.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)))
        }
        return notes
    }

    static func cards(_ db: Database, path: String) throws -> [AnkiCard] {
        var cards: [AnkiCard] = []
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT id, nid, did, ord, mod, type, queue, due, ivl, factor, reps, lapses, left, odue, odid, data
                FROM cards ORDER BY id
                """)
        while let row = try rows.next() {
            let typeValue: Int = row[5]
            let queueValue: Int = row[6]
            guard let type = AnkiCard.CardType(rawValue: typeValue), let queue = AnkiCard.Queue(rawValue: queueValue) else {
                throw AnkiPackageError.damaged(
                    path, "card \(row[0] as Int64) has type \(typeValue) and queue \(queueValue), which Anki does not use")
            }
            cards.append(
                AnkiCard(
                    id: row[0], noteID: row[1], deckID: row[2], ordinal: row[3], modified: row[4], type: type, queue: queue,
                    due: row[7], interval: row[8], factor: row[9], reps: row[10], lapses: row[11], left: row[12],
                    originalDue: row[13], originalDeckID: row[14], data: row[15] ?? "{}"))
        }
        return cards
    }

    static func revlog(_ db: Database) throws -> [AnkiRevlogEntry] {
        var entries: [AnkiRevlogEntry] = []
        let statement = try db.makeStatement(sql: "SELECT id, cid, ease, ivl, lastIvl, factor, time, type FROM revlog ORDER BY id")
        let rows = try Row.fetchCursor(statement)
        while let row = try rows.next() {
            entries.append(
                AnkiRevlogEntry(
                    id: row[0], cardID: row[1], ease: row[2], interval: row[3], lastInterval: row[4], factor: row[5],
                    time: row[6], rawKind: row[7]))
        }
        return entries
    }
}

import Foundation
import GRDB

extension CollectionReader {
    // MARK: Schema 15 and later: tables, settings as protobuf

    static func notetypes(_ db: Database, path: String) throws -> [AnkiNotetype] {
        var fields: [Int64: [(Int, String)]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT ntid, ord, name FROM fields") {
            fields[row[0], default: []].append((row[1], row[2]))
        }
        var templates: [Int64: [(Int, AnkiNotetype.Template)]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT ntid, ord, name, config FROM templates") {
            let config: Data = row[3] ?? Data()
            var question = ""
            var answer = ""
            do {
                for (number, value) in try ProtobufReader.fields(of: [UInt8](config)[...]) {
                    if number == 1 { question = value.string ?? "" }
                    if number == 2 { answer = value.string ?? "" }
                }
            } catch {
                throw AnkiPackageError.damaged(path, "the template '\(row[2] as String)' is not readable")
            }
            templates[row[0], default: []].append((row[1], AnkiNotetype.Template(name: row[2], question: question, answer: answer)))
        }
        var notetypes: [AnkiNotetype] = []
        for row in try Row.fetchAll(db, sql: "SELECT id, name, config FROM notetypes ORDER BY id") {
            let id: Int64 = row[0]
            let config: Data = row[2] ?? Data()
            var kind = AnkiNotetype.Kind.standard
            var css = ""
            do {
                for (number, value) in try ProtobufReader.fields(of: [UInt8](config)[...]) {
                    if number == 1 { kind = AnkiNotetype.Kind(rawValue: Int(value.integer ?? 0)) ?? .standard }
                    if number == 3 { css = value.string ?? "" }
                }
            } catch {
                throw AnkiPackageError.damaged(path, "the note type '\(row[1] as String)' is not readable")
            }
            notetypes.append(
                AnkiNotetype(
                    id: id, name: row[1], kind: kind,
                    fields: (fields[id] ?? []).sorted { $0.0 < $1.0 }.map(\.1),
                    templates: (templates[id] ?? []).sorted { $0.0 < $1.0 }.map(\.1), css: css))
        }
        return notetypes
    }

    static func decks(_ db: Database) throws -> [AnkiDeck] {
        try Row.fetchAll(db, sql: "SELECT id, name, kind FROM decks ORDER BY id").map { row in
            let name: String = row[1]
            let kind: Data = row[2] ?? Data()
            let filtered = ((try? ProtobufReader.fields(of: [UInt8](kind)[...])) ?? []).contains { $0.0 == 2 }
            return AnkiDeck(id: row[0], name: name.replacingOccurrences(of: "\u{1F}", with: "::"), isFiltered: filtered)
        }
    }

    // MARK: Schema 11 to 14: JSON in the col row

    static func notetypes(json: [String: Any], path: String) throws(AnkiPackageError) -> [AnkiNotetype] {
        var notetypes: [AnkiNotetype] = []
        for (key, value) in json {
            guard let model = value as? [String: Any] else { continue }
            guard let id = (model["id"] as? NSNumber)?.int64Value ?? Int64(key) else {
                throw .damaged(path, "a note type has no id")
            }
            func ordered(_ list: Any?) -> [[String: Any]] {
                ((list as? [[String: Any]]) ?? []).enumerated()
                    .sorted { (($0.element["ord"] as? Int) ?? $0.offset) < (($1.element["ord"] as? Int) ?? $1.offset) }
                    .map(\.element)
            }
            notetypes.append(
                AnkiNotetype(
                    id: id, name: model["name"] as? String ?? "Note type \(id)",
                    kind: (model["type"] as? Int) == 1 ? .cloze : .standard,
                    fields: ordered(model["flds"]).map { $0["name"] as? String ?? "" },
                    templates: ordered(model["tmpls"]).map {
                        AnkiNotetype.Template(
                            name: $0["name"] as? String ?? "", question: $0["qfmt"] as? String ?? "",
                            answer: $0["afmt"] as? String ?? "")
                    },
                    css: model["css"] as? String ?? ""))
        }
        return notetypes.sorted { $0.id < $1.id }
    }

    static func decks(json: [String: Any]) -> [AnkiDeck] {
        json.compactMap { key, value -> AnkiDeck? in
            guard let deck = value as? [String: Any],
                let id = (deck["id"] as? NSNumber)?.int64Value ?? Int64(key)
            else { return nil }
            return AnkiDeck(id: id, name: deck["name"] as? String ?? "Deck \(id)", isFiltered: (deck["dyn"] as? Int ?? 0) != 0)
        }.sorted { $0.id < $1.id }
    }
}

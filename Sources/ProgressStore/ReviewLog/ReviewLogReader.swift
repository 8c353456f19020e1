import Foundation
import Scheduling
import TextFormats

/// The two review log formats Recall reads and writes.
public enum ReviewLogFormat: String, Sendable, CaseIterable {
    /// A header `learner,card,reviewed_at,rating`, plus any of the optional columns, then one review a row.
    case csv
    /// One JSON object a line, each with `"format": 1`, as `recall progress export --format jsonl` writes.
    case jsonl

    /// The version of the JSON Lines format this Recall writes and the newest it reads.
    public static let jsonLinesVersion = 1

    /// The format a file's name says, else the one its first character suggests (`{` for JSON Lines).
    public static func guess(path: String, bytes: [UInt8]) -> ReviewLogFormat {
        let lower = path.lowercased()
        if lower.hasSuffix(".csv") { return .csv }
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") { return .jsonl }
        let first = bytes.first { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }
        return first == 0x7B ? .jsonl : .csv
    }
}

/// Reads review logs into entries, checking every field; the first bad row stops the read with its line.
public enum ReviewLogReader {
    /// The required CSV columns, in the order export writes them.
    public static let requiredColumns = ["learner", "card", "reviewed_at", "rating"]
    /// The optional CSV columns, in the order export writes them.
    public static let optionalColumns = ["duration_ms", "source", "answer", "correct", "id", "question_form"]

    /// Parses a whole file of either format.
    public static func read(_ bytes: [UInt8], file: String, format: ReviewLogFormat) throws(ReviewLogProblem) -> [ReviewLogEntry] {
        switch format {
        case .csv: try readCSV(bytes, file: file)
        case .jsonl: try readJSONLines(bytes, file: file)
        }
    }

    // MARK: - CSV

    private enum Column: Int {
        case learner, card, reviewedAt, rating, durationMs, source, answer, correct, id, questionForm
    }

    public static func readCSV(_ bytes: [UInt8], file: String) throws(ReviewLogProblem) -> [ReviewLogEntry] {
        let result = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(ReviewLogProblem) in try readCSV(buffer, file: file) }
        }
        return try result.get()
    }

    private static func readCSV(_ buffer: UnsafeBufferPointer<UInt8>, file: String) throws(ReviewLogProblem) -> [ReviewLogEntry] {
        var scanner = CSVReader(buffer)
        var fields: [CSVReader.Field] = []
        func fail(_ line: Int, _ message: String) -> ReviewLogProblem {
            ReviewLogProblem(file: file, line: line, message: message)
        }

        func nextRecord() throws(ReviewLogProblem) -> Int? {
            do {
                return try scanner.next(into: &fields)
            } catch {
                throw fail(error.line, error.message)
            }
        }

        guard let headerLine = try nextRecord() else {
            throw fail(0, "the file is empty (a review log starts with the header \(requiredColumns.joined(separator: ",")))")
        }

        // Which column of the file holds each known field.
        let known = requiredColumns + optionalColumns
        var slots: [Column?] = []
        var seen = Set<String>()
        for field in fields {
            let name = (scanner.string(field) ?? "").trimmingCharacters(in: .whitespaces).lowercased()
            guard let index = known.firstIndex(of: name) else {
                throw fail(
                    headerLine,
                    "unknown column '\(name)' in the header (expected \(requiredColumns.joined(separator: ",")) "
                        + "plus any of \(optionalColumns.joined(separator: ",")))")
            }
            guard seen.insert(name).inserted else { throw fail(headerLine, "the column '\(name)' appears twice in the header") }
            slots.append(Column(rawValue: index))
        }
        let missing = requiredColumns.filter { !seen.contains($0) }
        if !missing.isEmpty {
            throw fail(
                headerLine,
                "the header lacks the column\(missing.count == 1 ? "" : "s") \(missing.joined(separator: ", ")) "
                    + "(a review log's header is \(requiredColumns.joined(separator: ",")) plus any of "
                    + "\(optionalColumns.joined(separator: ",")))")
        }

        var entries: [ReviewLogEntry] = []
        entries.reserveCapacity(buffer.count / 64)
        // Rows of one learner and one card usually follow each other: reuse the previous row's text.
        var previousLearner: (bytes: UnsafeBufferPointer<UInt8>, name: LearnerName)?
        var previousCard: (bytes: UnsafeBufferPointer<UInt8>, text: String)?
        while true {
            guard let line = try nextRecord() else { break }
            guard fields.count == slots.count else {
                throw fail(line, "expected \(slots.count) fields as in the header, found \(fields.count)")
            }
            var row = RowFields()
            for (field, slot) in zip(fields, slots) {
                guard let slot else { continue }
                row.set(slot.rawValue, field)
            }
            func text(_ column: Column) throws(ReviewLogProblem) -> String? {
                guard let field = row.get(column.rawValue) else { return nil }
                guard let string = scanner.string(field) else {
                    throw fail(line, "the \(known[column.rawValue]) field is not valid UTF-8")
                }
                return string
            }
            func bytes(_ column: Column) -> UnsafeBufferPointer<UInt8>? {
                row.get(column.rawValue).map { Field.trimmed(scanner.bytes(of: $0)) }
            }
            /// A required column's bytes (the header has every required column), trimmed unless `exact`.
            func required(_ column: Column, exact: Bool = false) -> UnsafeBufferPointer<UInt8> {
                guard let field = row.get(column.rawValue) else { return UnsafeBufferPointer(start: nil, count: 0) }
                return exact ? scanner.bytes(of: field) : Field.trimmed(scanner.bytes(of: field))
            }

            do {
                // Names and card ids are kept exactly as written: spaces at their ends are refused, not trimmed.
                let learnerBytes = required(.learner, exact: true)
                let learner: LearnerName
                if let previous = previousLearner, previous.bytes.elementsEqual(learnerBytes) {
                    learner = previous.name
                } else {
                    learner = try Field.learner(try text(.learner) ?? "")
                    previousLearner = (learnerBytes, learner)
                }
                let cardBytes = required(.card, exact: true)
                let card: String
                if let previous = previousCard, previous.bytes.elementsEqual(cardBytes) {
                    card = previous.text
                } else {
                    try Field.checkCard(cardBytes)
                    guard let decoded = CSVReader.decode(cardBytes) else {
                        throw fail(line, "the card field is not valid UTF-8")
                    }
                    card = decoded
                    previousCard = (cardBytes, card)
                }
                let reviewedAt = try Field.time(required(.reviewedAt)) { try text(.reviewedAt) ?? "" }
                guard let rating = Field.rating(required(.rating)) else {
                    throw Field.ratingProblem(try text(.rating) ?? "")
                }
                var entry = ReviewLogEntry(
                    id: nil, learner: learner, card: card, reviewedAtMicroseconds: reviewedAt, rating: rating,
                    durationMs: nil, source: .import, questionForm: nil, answer: nil, correct: nil, file: file,
                    line: line)
                if let field = bytes(.durationMs), !field.isEmpty {
                    guard let duration = Field.duration(field) else { throw Field.durationProblem(try text(.durationMs) ?? "") }
                    entry.durationMs = duration
                }
                if let field = bytes(.source), !field.isEmpty {
                    entry.source = try Field.source(try text(.source))
                }
                if let field = bytes(.correct), !field.isEmpty {
                    entry.correct = try Field.correct(try text(.correct))
                }
                if let field = bytes(.id), !field.isEmpty {
                    entry.id = try Field.id(try text(.id))
                }
                if let field = bytes(.questionForm), !field.isEmpty {
                    entry.questionForm = Field.optional(try text(.questionForm))
                }
                if let field = row.get(Column.answer.rawValue), !field.range.isEmpty {
                    entry.answer = try text(.answer)
                }
                entries.append(entry)
            } catch let problem as Field.Problem {
                throw fail(line, problem.message)
            } catch let problem as ReviewLogProblem {
                throw problem
            } catch {
                throw fail(line, String(describing: error))
            }
        }
        return entries
    }

    /// A row's fields by known column, without allocating.
    private struct RowFields {
        var storage:
            (
                CSVReader.Field?, CSVReader.Field?, CSVReader.Field?, CSVReader.Field?, CSVReader.Field?,
                CSVReader.Field?, CSVReader.Field?, CSVReader.Field?, CSVReader.Field?, CSVReader.Field?
            ) = (nil, nil, nil, nil, nil, nil, nil, nil, nil, nil)

        mutating func set(_ index: Int, _ field: CSVReader.Field) {
            switch index {
            case 0: storage.0 = field
            case 1: storage.1 = field
            case 2: storage.2 = field
            case 3: storage.3 = field
            case 4: storage.4 = field
            case 5: storage.5 = field
            case 6: storage.6 = field
            case 7: storage.7 = field
            case 8: storage.8 = field
            default: storage.9 = field
            }
        }

        func get(_ index: Int) -> CSVReader.Field? {
            switch index {
            case 0: storage.0
            case 1: storage.1
            case 2: storage.2
            case 3: storage.3
            case 4: storage.4
            case 5: storage.5
            case 6: storage.6
            case 7: storage.7
            case 8: storage.8
            default: storage.9
            }
        }
    }

    // MARK: - JSON Lines

    public static func readJSONLines(_ bytes: [UInt8], file: String) throws(ReviewLogProblem) -> [ReviewLogEntry] {
        var entries: [ReviewLogEntry] = []
        var lineNumber = 0
        var start = 0
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { start = 3 }
        while start < bytes.count {
            lineNumber += 1
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            let lineBytes = bytes[start..<end]
            start = end + 1
            guard lineBytes.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
            func fail(_ message: String) -> ReviewLogProblem {
                ReviewLogProblem(file: file, line: lineNumber, message: message)
            }
            guard let object = (try? JSONSerialization.jsonObject(with: Data(lineBytes))) as? [String: Any] else {
                throw fail("not a JSON object (each line of a JSON Lines review log is one review)")
            }
            guard let format = object["format"] as? NSNumber, format.doubleValue == format.doubleValue.rounded() else {
                throw fail(
                    "the line has no \"format\" version (a review exported by Recall has \"format\": \(ReviewLogFormat.jsonLinesVersion))")
            }
            if format.intValue > ReviewLogFormat.jsonLinesVersion {
                throw fail(
                    "written by a newer version of Recall (review log format \(format.intValue); this version reads "
                        + "format \(ReviewLogFormat.jsonLinesVersion) and older): upgrade Recall to import it")
            }
            guard format.intValue >= 1 else { throw fail("unknown review log format \(format.intValue)") }
            func string(_ key: String) throws(ReviewLogProblem) -> String? {
                guard let value = object[key], !(value is NSNull) else { return nil }
                if let text = value as? String { return text }
                if key == "correct", let flag = value as? Bool { return flag ? "true" : "false" }
                if key == "rating" || key == "duration_ms", let number = value as? NSNumber { return number.stringValue }
                throw fail("\"\(key)\" should be text")
            }
            do {
                guard let learnerText = try string("learner") else { throw Field.Problem(message: "missing \"learner\"") }
                guard let cardText = try string("card") else { throw Field.Problem(message: "missing \"card\"") }
                guard let timeText = try string("reviewed_at") else { throw Field.Problem(message: "missing \"reviewed_at\"") }
                guard let ratingText = try string("rating") else { throw Field.Problem(message: "missing \"rating\"") }
                let timeBytes = Array(timeText.utf8)
                let reviewedAt = try timeBytes.withUnsafeBufferPointer { buffer throws(Field.Problem) in
                    try Field.time(buffer) { timeText }
                }
                entries.append(
                    ReviewLogEntry(
                        id: try Field.id(try string("id")),
                        learner: try Field.learner(learnerText),
                        card: try Field.card(cardText),
                        reviewedAtMicroseconds: reviewedAt,
                        rating: try Field.rating(ratingText),
                        durationMs: try Field.duration(try string("duration_ms")),
                        source: try Field.source(try string("source")),
                        questionForm: Field.optional(try string("question_form")),
                        answer: try string("answer").flatMap { $0.isEmpty ? nil : $0 },
                        correct: try Field.correct(try string("correct")),
                        file: file,
                        line: lineNumber))
            } catch let problem as Field.Problem {
                throw fail(problem.message)
            } catch let problem as ReviewLogProblem {
                throw problem
            } catch {
                throw fail(String(describing: error))
            }
        }
        return entries
    }

    // MARK: - Fields

    /// Checks and converts single fields; messages name the field and what is allowed.
    enum Field {
        struct Problem: Error {
            var message: String
        }

        /// `bytes` without spaces and tabs at either end.
        static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
            var start = 0
            var end = bytes.count
            while start < end && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
            while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
            return UnsafeBufferPointer(rebasing: bytes[start..<end])
        }

        /// Runs `body` on the UTF-8 bytes of `text`, trimmed.
        static func withBytes<T>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) throws(Problem) -> T) throws(Problem) -> T {
            try Array(text.utf8).withUnsafeBufferPointer { bytes throws(Problem) in try body(trimmed(bytes)) }
        }

        static func learner(_ text: String) throws(Problem) -> LearnerName {
            guard let name = LearnerName(text) else {
                throw Problem(message: LearnerName.problem(with: text.precomposedStringWithCanonicalMapping) ?? "not a valid learner name")
            }
            return name
        }

        static func card(_ text: String) throws(Problem) -> String {
            try Array(text.utf8).withUnsafeBufferPointer { bytes throws(Problem) in try checkCard(bytes) }
            return text
        }

        /// A card id is any non-empty text without control characters (C0, DEL and C1) or spaces at its ends.
        static func checkCard(_ bytes: UnsafeBufferPointer<UInt8>) throws(Problem) {
            guard Field.trimmed(bytes).count > 0 else { throw Problem(message: "the card id is empty") }
            if let first = bytes.first, let last = bytes.last, first == 0x20 || first == 0x09 || last == 0x20 || last == 0x09 {
                throw Problem(message: "the card id begins or ends with a space")
            }
            var previous: UInt8 = 0
            for byte in bytes {
                if byte < 0x20 || byte == 0x7F || (previous == 0xC2 && byte >= 0x80 && byte <= 0x9F) {
                    throw Problem(message: "the card id contains a control character")
                }
                previous = byte
            }
        }

        static func time(_ bytes: UnsafeBufferPointer<UInt8>, text: () throws -> String) throws(Problem) -> Int64 {
            do {
                return try Timestamp.parseISO8601(trimmed(bytes))
            } catch {
                let shown = ((try? text()) ?? "").trimmingCharacters(in: .whitespaces)
                switch error {
                case .missingZone:
                    throw Problem(message: "reviewed_at '\(shown)' has no time zone (add Z for UTC, or an offset such as +02:00)")
                case .outOfRange(let part):
                    throw Problem(message: "reviewed_at '\(shown)' has an impossible \(part)")
                case .finerThanMicroseconds:
                    throw Problem(
                        message: "reviewed_at '\(shown)' is finer than a microsecond, which Recall cannot keep: "
                            + "write at most six fractional digits (2026-01-31T09:30:00.123456Z)")
                case .malformed:
                    if shown.isEmpty { throw Problem(message: "reviewed_at is empty") }
                    throw Problem(message: "reviewed_at '\(shown)' is not an ISO 8601 time such as 2026-01-31T09:30:00Z")
                }
            }
        }

        /// again, hard, good, easy (any case) or 1–4.
        static func rating(_ bytes: UnsafeBufferPointer<UInt8>) -> Rating? {
            if bytes.count == 1 {
                return bytes[0] >= 0x31 && bytes[0] <= 0x34 ? Rating(rawValue: Int(bytes[0] - 0x30)) : nil
            }
            func equals(_ word: StaticString) -> Bool {
                guard bytes.count == word.utf8CodeUnitCount else { return false }
                for index in 0..<bytes.count where bytes[index] | 0x20 != word.utf8Start[index] {
                    return false
                }
                return true
            }
            if equals("good") { return .good }
            if equals("again") { return .again }
            if equals("hard") { return .hard }
            if equals("easy") { return .easy }
            return nil
        }

        static func rating(_ text: String) throws(Problem) -> Rating {
            guard let rating = try withBytes(text, { bytes throws(Problem) in rating(bytes) }) else {
                throw ratingProblem(text)
            }
            return rating
        }

        static func ratingProblem(_ text: String) -> Problem {
            let shown = text.trimmingCharacters(in: .whitespaces)
            if shown.isEmpty { return Problem(message: "the rating is empty (again, hard, good, easy or 1–4)") }
            return Problem(message: "rating '\(shown)' is not again, hard, good, easy or 1–4")
        }

        /// A whole number of milliseconds, 0 up to 2^31 − 1.
        static func duration(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
            guard !bytes.isEmpty, bytes.count <= 10 else { return nil }
            var value = 0
            for byte in bytes {
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value <= Int(Int32.max) ? value : nil
        }

        static func durationProblem(_ text: String) -> Problem {
            Problem(message: "duration_ms '\(text.trimmingCharacters(in: .whitespaces))' is not a whole number of milliseconds")
        }

        static func duration(_ text: String?) throws(Problem) -> Int? {
            guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
            guard let value = try withBytes(text, { bytes throws(Problem) in duration(bytes) }) else {
                throw durationProblem(text)
            }
            return value
        }

        static func source(_ text: String?) throws(Problem) -> ReviewSource {
            guard let trimmed = text?.trimmingCharacters(in: .whitespaces).lowercased(), !trimmed.isEmpty else { return .import }
            guard let source = ReviewSource(rawValue: trimmed) else {
                throw Problem(message: "source '\(trimmed)' is not study, paper, import or cram")
            }
            return source
        }

        static func correct(_ text: String?) throws(Problem) -> Bool? {
            guard let trimmed = text?.trimmingCharacters(in: .whitespaces).lowercased(), !trimmed.isEmpty else { return nil }
            switch trimmed {
            case "true", "1", "yes": return true
            case "false", "0", "no": return false
            default: throw Problem(message: "correct '\(trimmed)' is not true or false")
            }
        }

        static func id(_ text: String?) throws(Problem) -> String? {
            guard let text, !text.isEmpty else { return nil }
            guard ControlCharacters.isFree(text) else { throw Problem(message: "the review id contains a control character") }
            guard text.first?.isWhitespace != true && text.last?.isWhitespace != true else {
                throw Problem(message: "the review id begins or ends with a space")
            }
            return text
        }

        static func optional(_ text: String?) -> String? {
            guard let trimmed = text?.trimmingCharacters(in: .whitespaces), !trimmed.isEmpty else { return nil }
            return trimmed
        }
    }
}

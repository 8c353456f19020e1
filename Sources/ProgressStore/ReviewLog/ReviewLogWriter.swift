import Foundation
import TextFormats

/// Writes review logs that `ReviewLogReader` reads back to the same entries (ids included), so an export
/// imported on another machine gives identical card states.
public enum ReviewLogWriter {
    /// The CSV header: the required columns, then every optional one.
    public static var csvHeader: String {
        (ReviewLogReader.requiredColumns + ReviewLogReader.optionalColumns).joined(separator: ",")
    }

    /// One CSV record (no line break) with the columns of `csvHeader`.
    public static func csvRecord(_ entry: ReviewLogEntry) -> String {
        [
            entry.learner.rawValue, entry.card, Timestamp.iso8601(entry.reviewedAtMicroseconds), entry.rating.description,
            entry.durationMs.map(String.init) ?? "", entry.source.rawValue, entry.answer ?? "",
            entry.correct.map { $0 ? "true" : "false" } ?? "", entry.storedID, entry.questionForm ?? "",
        ].map(CSVWriter.field).joined(separator: ",")
    }

    /// A moment as review logs and `--json` output write it: ISO 8601 in UTC, with six fractional digits
    /// only when the moment has microseconds (`2026-01-31T09:30:00Z`, `2026-01-31T09:30:00.250000Z`).
    public static func iso8601(_ date: Date) -> String {
        Timestamp.iso8601(date)
    }

    /// Exact microseconds since 1970 UTC, written as `iso8601(_:)` writes a `Date`.
    public static func iso8601(microseconds: Int64) -> String {
        Timestamp.iso8601(microseconds)
    }

    /// The moment an ISO 8601 text with a zone names, to the microsecond; nil for anything else.
    public static func date(_ text: String) -> Date? {
        (try? Timestamp.parseISO8601(text)).map(Timestamp.date)
    }

    /// The JSON Lines object for one entry, keys sorted, with the format version.
    public static func jsonLine(_ entry: ReviewLogEntry) -> String {
        struct Line: Encodable {
            var format: Int
            var id: String
            var learner: String
            var card: String
            var reviewed_at: String
            var rating: String
            var duration_ms: Int?
            var source: String
            var answer: String?
            var correct: Bool?
            var question_form: String?
        }
        let line = Line(
            format: ReviewLogFormat.jsonLinesVersion, id: entry.storedID, learner: entry.learner.rawValue,
            card: entry.card, reviewed_at: Timestamp.iso8601(entry.reviewedAtMicroseconds),
            rating: entry.rating.description, duration_ms: entry.durationMs, source: entry.source.rawValue,
            answer: entry.answer, correct: entry.correct, question_form: entry.questionForm)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings, numbers and booleans cannot fail.
        return String(decoding: (try? encoder.encode(line)) ?? Data("{}".utf8), as: UTF8.self)
    }
}

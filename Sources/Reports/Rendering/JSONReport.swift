import Foundation

/// The report as JSON: every figure, every student and every fact, the mastery matrix and the thresholds
/// used. Keys are sorted and moments are ISO 8601, so the same report is always the same bytes.
public enum JSONReport {
    /// Bumped when a field changes meaning or goes away (new fields do not bump it).
    public static let formatVersion = 1

    private struct Envelope: Encodable {
        var format = "recall-class-report"
        var version = JSONReport.formatVersion
        var report: ClassReport
    }

    public static func data(_ report: ClassReport) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return try encoder.encode(Envelope(report: report))
    }

    public static func render(_ report: ClassReport) throws -> String {
        String(decoding: try data(report), as: UTF8.self) + "\n"
    }

    /// Reads back what `data` wrote.
    public static func decode(_ data: Data) throws -> ClassReport {
        struct Incoming: Decodable {
            var version: Int
            var report: ClassReport
        }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(Incoming.self, from: data).report
    }
}

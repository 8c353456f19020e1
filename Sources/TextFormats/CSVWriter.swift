/// Writes the CSV that `CSVReader` reads: the one CSV writer for every file Recall writes (review logs,
/// report tables).
public enum CSVWriter {
    /// How records end.
    public enum LineEnding: String, Sendable {
        /// `\n`, as review logs are written (and as Unix tools expect).
        case lf = "\n"
        /// `\r\n`, as RFC 4180 and spreadsheets expect.
        case crlf = "\r\n"
    }

    /// A field quoted when it must be (a comma, a quote or a line break), or when spaces or tabs at its ends
    /// would be trimmed by a reader that trims; quotes inside are doubled.
    public static func field(_ text: String) -> String {
        var needsQuotes = false
        for byte in text.utf8 where byte == 0x2C || byte == 0x22 || byte == 0x0A || byte == 0x0D {
            needsQuotes = true
            break
        }
        if !needsQuotes, let first = text.utf8.first, let last = text.utf8.last {
            needsQuotes = first == 0x20 || first == 0x09 || last == 0x20 || last == 0x09
        }
        guard needsQuotes else { return text }
        var out = "\""
        out.reserveCapacity(text.utf8.count + 4)
        for character in text.unicodeScalars {
            if character == "\"" { out += "\"\"" } else { out.unicodeScalars.append(character) }
        }
        out += "\""
        return out
    }

    /// One record, without its line ending.
    public static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",")
    }

    /// A header and rows, each record ended by `lineEnding`.
    public static func table(_ header: [String], _ rows: [[String]], lineEnding: LineEnding) -> String {
        var out = record(header) + lineEnding.rawValue
        for row in rows {
            out += record(row)
            out += lineEnding.rawValue
        }
        return out
    }
}

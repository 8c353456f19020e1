import Foundation

/// A class list from a CSV file, as a school system or a spreadsheet exports it.
///
/// Either one name a line, or a header row with a column called `name`, `student` or `learner` (any case;
/// other columns are ignored). Fields may be quoted as RFC 4180 allows; blank lines are skipped and spaces
/// around a name are dropped. Refused, with the line: an empty name, a name that breaks the learner-name
/// rules, the same name twice, a row with a different number of fields than the header, a broken quote,
/// and a file that is not UTF-8.
public enum Roster {
    /// Header words that mark the column of names.
    static let nameHeaders: Set<String> = ["name", "student", "learner", "student name", "learner name"]

    public static func read(_ data: Data, file: String) throws(RosterProblem) -> [LearnerName] {
        guard var text = String(data: data, encoding: .utf8) else {
            throw RosterProblem(file: file, line: 0, message: "the file is not UTF-8 text")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let rows = try records(text, file: file)
        guard let first = rows.first else {
            throw RosterProblem(file: file, line: 0, message: "the roster is empty")
        }
        var column = 0
        var body = rows[...]
        let header = first.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        if let index = header.firstIndex(where: nameHeaders.contains) {
            column = index
            body = rows.dropFirst()
        } else if first.fields.count > 1 {
            throw RosterProblem(
                file: file, line: first.line,
                message: "the header has no column called name, student or learner (a roster is one name a line, or a CSV with such a column)")
        }
        var names: [LearnerName] = []
        var lineOf: [String: Int] = [:]
        for row in body {
            if row.fields.count == 1 && row.fields[0].trimmingCharacters(in: .whitespaces).isEmpty { continue }
            guard row.fields.count == first.fields.count else {
                throw RosterProblem(
                    file: file, line: row.line,
                    message: "\(row.fields.count) field\(row.fields.count == 1 ? "" : "s") where the header has \(first.fields.count)")
            }
            let text = row.fields[column].trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { throw RosterProblem(file: file, line: row.line, message: "the name is empty") }
            guard let name = LearnerName(text) else {
                throw RosterProblem(file: file, line: row.line, message: "'\(text)': \(LearnerName.problem(with: text) ?? "not a valid name")")
            }
            if let earlier = lineOf[text] {
                throw RosterProblem(file: file, line: row.line, message: "'\(text)' is already on line \(earlier)")
            }
            lineOf[text] = row.line
            names.append(name)
        }
        guard !names.isEmpty else { throw RosterProblem(file: file, line: 0, message: "the roster names no students") }
        return names
    }

    /// The CSV records with the line each starts on.
    static func records(_ text: String, file: String) throws(RosterProblem) -> [(line: Int, fields: [String])] {
        var rows: [(line: Int, fields: [String])] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var afterQuote = false
        var line = 1
        var start = 1
        var scalars = Array(text.unicodeScalars)[...]
        func endRecord() {
            fields.append(field)
            rows.append((start, fields))
            fields = []
            field = ""
            afterQuote = false
        }
        while let c = scalars.popFirst() {
            if quoted {
                if c == "\"" {
                    if scalars.first == "\"" {
                        scalars.removeFirst()
                        field.unicodeScalars.append("\"")
                    } else {
                        quoted = false
                        afterQuote = true
                    }
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"":
                guard field.trimmingCharacters(in: .whitespaces).isEmpty, !afterQuote else {
                    throw RosterProblem(file: file, line: line, message: "a quote in the middle of a field (quote the whole field and double the quote)")
                }
                field = ""
                quoted = true
            case ",":
                fields.append(field)
                field = ""
                afterQuote = false
            case "\r":
                if scalars.first == "\n" { scalars.removeFirst() }
                endRecord()
                line += 1
                start = line
            case "\n":
                endRecord()
                line += 1
                start = line
            default:
                if afterQuote && c != " " {
                    throw RosterProblem(file: file, line: line, message: "text after a closing quote")
                }
                field.unicodeScalars.append(c)
            }
        }
        if quoted { throw RosterProblem(file: file, line: start, message: "a quoted field is never closed") }
        if !field.isEmpty || !fields.isEmpty || afterQuote { endRecord() }
        return rows
    }
}

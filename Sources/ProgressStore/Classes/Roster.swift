import Foundation
import TextFormats

/// A class list from a CSV file, as a school system or a spreadsheet exports it.
///
/// Either one name a line, or a header row with a column called `name`, `student` or `learner` (any case;
/// other columns are ignored). Fields may be quoted as RFC 4180 allows (`CSVReader`); blank lines are skipped and spaces
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
                message:
                    "the header has no column called name, student or learner (a roster is one name a line, or a CSV with such a column)")
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
                throw RosterProblem(
                    file: file, line: row.line, message: "'\(text)': \(LearnerName.problem(with: text) ?? "not a valid name")")
            }
            // Names compare composed (NFC): the same name typed two ways is one student.
            if let earlier = lineOf[name.rawValue] {
                throw RosterProblem(file: file, line: row.line, message: "'\(text)' is already on line \(earlier)")
            }
            lineOf[name.rawValue] = row.line
            names.append(name)
        }
        guard !names.isEmpty else { throw RosterProblem(file: file, line: 0, message: "the roster names no students") }
        return names
    }

    /// The CSV records with the line each starts on (`CSVReader`'s one dialect).
    static func records(_ text: String, file: String) throws(RosterProblem) -> [(line: Int, fields: [String])] {
        do {
            return try CSVReader.records(Array(text.utf8))
        } catch {
            throw RosterProblem(file: file, line: error.line, message: error.message)
        }
    }
}

/// A class's answers in one CSV file, one row per student, read by `recall grade --file`.
///
/// The header names the columns: `name` (or `student`), optionally `version`, and then either one
/// `answers` column holding `1:B 2:"23 August 1945" 3:T`, or one column per question number (`1`, `2`,
/// `3`…) holding that question's answer. Fields may be quoted as in RFC 4180 (`""` for a quote inside).
/// Blank lines are skipped.
public struct AnswerSheet: Hashable, Sendable {
    public struct Row: Hashable, Sendable {
        /// The row's line in the file, for messages.
        public var line: Int
        public var student: String
        /// Nil when the file has no version column or leaves it empty: the quiz's assignment then decides.
        public var version: String?
        public var answers: PaperAnswers
    }

    public struct ReadError: Error, Hashable, Sendable, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    public var rows: [Row]

    /// Reads the whole file; the first problem stops it, with its line.
    public static func parse(_ text: String) throws(ReadError) -> AnswerSheet {
        let records = try Self.records(text)
        guard let (headerLine, header) = records.first else {
            throw ReadError(line: 1, message: "the file is empty: it needs a header such as name,version,answers")
        }
        let names = header.map { $0.trimmingWhitespace.lowercased() }
        guard let nameColumn = names.firstIndex(where: { $0 == "name" || $0 == "student" }) else {
            throw ReadError(line: headerLine, message: "no name column: the header needs 'name' (or 'student'), as in name,version,answers")
        }
        let versionColumn = names.firstIndex(of: "version")
        let answersColumn = names.firstIndex(of: "answers")
        var numbered: [(column: Int, number: Int)] = []
        for (i, name) in names.enumerated() {
            if let n = Int(name), n >= 1 { numbered.append((i, n)) }
        }
        guard answersColumn != nil || !numbered.isEmpty else {
            throw ReadError(
                line: headerLine, message: "no answers: the header needs an 'answers' column or one column per question (1,2,3…)")
        }
        let known = Set([nameColumn, versionColumn, answersColumn].compactMap { $0 } + numbered.map(\.column))
        if let stray = names.indices.first(where: { !known.contains($0) && !names[$0].isEmpty }) {
            throw ReadError(line: headerLine, message: "unknown column '\(header[stray])': use name, version, answers or question numbers")
        }
        var rows: [Row] = []
        var seen: [String: Int] = [:]
        for (line, fields) in records.dropFirst() {
            func field(_ i: Int?) -> String? {
                guard let i, i < fields.count else { return nil }
                let value = fields[i].trimmingWhitespace
                return value.isEmpty ? nil : value
            }
            guard fields.count <= names.count else {
                throw ReadError(line: line, message: "\(fields.count) fields, but the header names \(names.count) columns")
            }
            guard let student = field(nameColumn) else { throw ReadError(line: line, message: "no name") }
            if let earlier = seen[student] {
                throw ReadError(line: line, message: "\(student) already has a row (line \(earlier))")
            }
            seen[student] = line
            var answers = PaperAnswers()
            if let cell = field(answersColumn) {
                do {
                    answers = try PaperAnswers.parse(cell)
                } catch {
                    throw ReadError(line: line, message: error.message)
                }
            }
            for (column, number) in numbered {
                guard let value = field(column) else { continue }
                if answers.byNumber[number] != nil { throw ReadError(line: line, message: "question \(number) is answered twice") }
                answers.byNumber[number] = Self.unquoted(value)
            }
            rows.append(Row(line: line, student: student, version: field(versionColumn), answers: answers))
        }
        return AnswerSheet(rows: rows)
    }

    /// A value the teacher quoted inside a field: `"23 August 1945"` typed as such.
    static func unquoted(_ value: String) -> String {
        guard value.count >= 2, let first = value.first, let close = PaperAnswers.closingQuote(for: first), value.last == close else {
            return value
        }
        return String(value.dropFirst().dropLast())
    }

    /// The file's records with the line each starts on; blank lines left out.
    static func records(_ text: String) throws(ReadError) -> [(Int, [String])] {
        var records: [(Int, [String])] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var fieldStarted = false
        var chars = Array(text)
        if chars.first == "\u{FEFF}" { chars.removeFirst() }
        var i = 0
        func endRecord() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].trimmingWhitespace.isEmpty) { records.append((recordLine, fields)) }
            fields = []
            field = ""
            fieldStarted = false
        }
        while i < chars.count {
            let c = chars[i]
            if inQuotes {
                if c == "\"" {
                    if i + 1 < chars.count, chars[i + 1] == "\"" {
                        field.append("\"")
                        i += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if c == "\n" || c == "\r\n" { line += 1 }
                    field.append(c)
                }
            } else {
                switch c {
                case "\"" where !fieldStarted || field.trimmingWhitespace.isEmpty:
                    inQuotes = true
                    field = ""
                    fieldStarted = true
                case ",":
                    fields.append(field)
                    field = ""
                    fieldStarted = false
                case "\n", "\r\n", "\r":
                    endRecord()
                    line += 1
                    recordLine = line
                default:
                    field.append(c)
                    fieldStarted = true
                }
            }
            i += 1
        }
        if inQuotes { throw ReadError(line: recordLine, message: "a quoted field is not closed") }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }
}

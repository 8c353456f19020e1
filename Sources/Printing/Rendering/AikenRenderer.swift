/// A quiz in the Aiken format, which holds single-answer multiple choice only: the question on one line,
/// each option on its own line as `A. text`, then `ANSWER: A`, and a blank line between questions.
/// True/false questions go in as two-option multiple choice; the others cannot, and are listed.
public struct AikenRenderer: Sendable {
    /// The file and the questions it could not hold.
    public struct Export: Sendable {
        public var text: String
        /// The questions left out (written, matching and ordering), by printed number.
        public var skipped: [PrintedQuestion]

        /// A message naming the questions left out, or nil when all fit.
        public var skippedMessage: String? {
            guard !skipped.isEmpty else { return nil }
            let list = skipped.map { "\($0.number) (\($0.kind.rawValue))" }.joined(separator: ", ")
            return "Aiken holds only single-answer multiple choice (and true/false as two options); "
                + "left out \(skipped.count) question\(skipped.count == 1 ? "" : "s"): \(list). "
                + "Use --format gift or moodle-xml to keep them, or --kinds multiple-choice,true-false."
        }
    }

    public init() {}

    public func render(_ quiz: Quiz) -> Export {
        var lines: [String] = []
        var skipped: [PrintedQuestion] = []
        for p in LMSExport.questions(of: quiz) {
            guard p.kind.isChoice, case .letter(let key) = p.item.key else {
                skipped.append(p)
                continue
            }
            lines.append(Self.line(p.question.prompt))
            let letters = p.item.options.indices.map(QuizVersioning.letter)
            for (letter, option) in zip(letters, p.item.options) {
                lines.append("\(letter). \(Self.line(option))")
            }
            let answer = p.kind == .trueFalse ? (key == "T" ? "A" : "B") : key
            lines.append("ANSWER: \(answer)")
            lines.append("")
        }
        return Export(text: lines.joined(separator: "\n"), skipped: skipped)
    }

    /// Text on one line, runs of white space as one space: Aiken reads a line break as the end of the text.
    static func line(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " ")
    }
}

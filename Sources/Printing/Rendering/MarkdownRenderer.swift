import TextFormats

/// A quiz as Markdown: each copy's paper, then each version's answer key.
public struct MarkdownRenderer: Sendable {
    public init() {}

    public func render(_ quiz: Quiz) -> String {
        var out: [String] = []
        for copy in quiz.copies {
            guard let version = quiz.version(copy.version) else { continue }
            out += paper(quiz, version, copy)
            out.append("---")
            out.append("")
        }
        for version in quiz.versions {
            out += key(quiz, version)
        }
        while out.last == "" { out.removeLast() }
        return out.joined(separator: "\n") + "\n"
    }

    func paper(_ quiz: Quiz, _ version: QuizVersion, _ copy: PaperCopy) -> [String] {
        var out = ["# \(Self.escape(quiz.title))", ""]
        let count = version.items.count
        out.append(
            "**Quiz \(quiz.id) · Version \(version.name)** · \(count) question\(count == 1 ? "" : "s") · \(version.totalPoints) point\(version.totalPoints == 1 ? "" : "s")"
        )
        out.append("")
        let name = copy.student.map(Self.escape) ?? "________________________"
        let className = quiz.className.map(Self.escape) ?? "____________"
        let date = quiz.date.map(\.description) ?? "____________"
        out.append("Name: \(name) · Class: \(className) · Date: \(date)")
        out.append("")
        if !quiz.instructions.isEmpty {
            out += [quiz.instructions.map { "*\($0)*" }.joined(separator: "  \n"), ""]
        }
        for printed in quiz.printed(version) {
            out += question(printed)
        }
        return out
    }

    func question(_ p: PrintedQuestion) -> [String] {
        let points = "*(\(p.item.points) point\(p.item.points == 1 ? "" : "s"))*"
        var out: [String] = []
        switch p.kind {
        case .cloze:
            if let parts = p.question.clozeParts {
                let blank = String(repeating: "\\_", count: p.answerRoom)
                out.append("**\(p.number).** \(Self.escape(parts.before))\(blank)\(Self.escape(parts.after)) \(points)")
            } else {
                out.append("**\(p.number).** \(Self.escape(p.question.prompt)) \(points)")
                out += ["", "Answer: " + String(repeating: "\\_", count: p.answerRoom)]
            }
        case .typed, .flashcard:
            out.append("**\(p.number).** \(Self.escape(p.question.prompt)) \(points)")
            out += ["", "Answer: " + String(repeating: "\\_", count: p.answerRoom)]
        case .multipleChoice, .trueFalse:
            out.append("**\(p.number).** \(Self.escape(p.question.prompt)) \(points)")
            out.append("")
            for (label, option) in zip(p.labels, p.item.options) {
                out.append("- ( ) \(label). \(Self.escape(option))")
            }
        case .matching:
            out.append("**\(p.number).** \(Self.escape(p.question.prompt)) \(points)")
            out += ["", "| | Item | | Match |", "|---|---|---|---|"]
            let left = p.matchLeft
            for row in 0..<max(left.count, p.item.options.count) {
                let l = row < left.count ? "\(row + 1). \(Self.escape(left[row]))" : ""
                let r = row < p.item.options.count ? "\(p.labels[row]). \(Self.escape(p.item.options[row]))" : ""
                out.append("| \(row < left.count ? "[  ]" : "") | \(l) | | \(r) |")
            }
        case .ordering:
            out.append("**\(p.number).** \(Self.escape(p.question.prompt)) \(points)")
            out.append("")
            for (label, option) in zip(p.labels, p.item.options) {
                out.append("- [  ] \(label). \(Self.escape(option))")
            }
        }
        out.append("")
        return out
    }

    func key(_ quiz: Quiz, _ version: QuizVersion) -> [String] {
        var out = ["## Answer key — \(Self.escape(quiz.title)), version \(version.name) (quiz \(quiz.id))", ""]
        for p in quiz.printed(version) {
            var line = "\(p.number). **\(Self.escape(p.keyText))**"
            if !p.alsoAccepted.isEmpty {
                line += " (also accepted: \(p.alsoAccepted.map(Self.escape).joined(separator: "; ")))"
            }
            if !p.question.explanation.isEmpty {
                line += " — \(Self.escape(p.question.explanation))"
            }
            out.append(line)
        }
        out.append("")
        return out
    }

    /// Deck text with Markdown's active characters (and `&`, so that entities show as written) escaped.
    public static func escape(_ text: String) -> String {
        MarkdownText.escape(text)
    }
}

import Foundation
import Questions

/// A quiz in Moodle's GIFT format.
///
/// Deck text is written as plain text (`[plain]`) with GIFT's reserved characters escaped as Moodle's own
/// exporter escapes them: `\\`, `\~`, `\=`, `\#`, `\{`, `\}`, `\:`, and line breaks as `\n`. Numbers with a
/// tolerance are `{#value:tolerance}`, ranges `{#low..high}`; matching is `{=left -> right …}`; ordering goes
/// in as matching each item to its place; the explanation is each question's general feedback (`####`).
public struct GIFTRenderer: Sendable {
    public init() {}

    public func render(_ quiz: Quiz) -> String {
        var out = [
            "// \(Self.comment(quiz.title)) — quiz \(quiz.id), made by Recall from the deck \(quiz.deck)",
            "$CATEGORY: $course$/top/Recall/\(Self.category(quiz.deck))/\(quiz.id)",
            "",
        ]
        for p in LMSExport.questions(of: quiz) {
            out += question(p, quiz: quiz)
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    func question(_ p: PrintedQuestion, quiz: Quiz) -> [String] {
        let q = p.question
        var out = ["// [id:\(q.id.replacingOccurrences(of: "]", with: "\\]"))] \(Self.comment(q.fact))"]
        let name = "::" + Self.escape("Q\(p.number) \(q.fact)") + "::"
        let feedback = q.explanation.isEmpty ? nil : "####" + Self.escape(q.explanation)
        switch p.kind {
        case .multipleChoice:
            out.append(name + "[plain]" + Self.escape(q.prompt) + "{")
            for (index, option) in p.item.options.enumerated() {
                let right = p.item.key == .letter(QuizVersioning.letter(index))
                out.append("\t" + (right ? "=" : "~") + Self.escapeAnswer(option))
            }
            if let feedback { out.append("\t" + feedback) }
            out.append("}")
        case .trueFalse:
            let value = p.item.key == .letter("T") ? "TRUE" : "FALSE"
            out.append(name + "[plain]" + Self.escape(q.prompt) + "{" + value + (feedback ?? "") + "}")
        case .cloze, .typed, .flashcard:
            if case .essay(let answer) = LMSExport.written(q) {
                // Marked by hand: an empty answer block is GIFT's essay, the answer the teacher's feedback.
                let note = "####" + Self.escape(LMSExport.essayFeedback(answer, q))
                out.append(name + "[plain]" + Self.escape(q.prompt) + "{" + note + "}")
                return out
            }
            let answer = answerBlock(q, feedback: feedback)
            if p.kind == .cloze, let parts = q.clozeParts {
                // Moodle's missing-word form: the answer block stands where the blank was.
                out.append(name + "[plain]" + Self.escape(parts.before) + answer + Self.escape(parts.after))
            } else {
                out.append(name + "[plain]" + Self.escape(q.prompt) + answer)
            }
        case .matching, .ordering:
            out.append(name + "[plain]" + Self.escape(LMSExport.prompt(of: p)) + "{")
            for pair in LMSExport.pairs(of: p) {
                out.append("\t=" + Self.escapeAnswer(pair.left) + " -> " + Self.escapeAnswer(pair.right))
            }
            if let feedback { out.append("\t" + feedback) }
            out.append("}")
        }
        return out
    }

    /// `{#value:tolerance}`, `{#low..high}` or `{=answer =other}`, with general feedback.
    func answerBlock(_ q: QuizQuestion, feedback: String?) -> String {
        let tail = feedback.map { " " + $0 } ?? ""
        switch q.numeric {
        case .value(let value, let tolerance)?:
            let t = tolerance == 0 ? "" : ":" + LMSExport.number(tolerance)
            return "{#" + LMSExport.number(value) + t + tail + "}"
        case .range(let low, let high)?:
            return "{#" + LMSExport.number(low) + ".." + LMSExport.number(high) + tail + "}"
        case nil:
            let forms: [String] = if case .short(let forms) = LMSExport.written(q) { forms } else { q.acceptedAnswers }
            return "{" + forms.map { "=" + Self.literalWildcards(Self.escapeAnswer($0)) }.joined(separator: " ") + tail + "}"
        }
    }

    /// GIFT's reserved characters escaped, line breaks as `\n`, as Moodle's exporter writes them.
    public static func escape(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "\\": out += "\\\\"
            case "~": out += "\\~"
            case "=": out += "\\="
            case "#": out += "\\#"
            case "{": out += "\\{"
            case "}": out += "\\}"
            case ":": out += "\\:"
            case "\n": out += "\\n"
            case "\r": break
            default: out.append(ch)
            }
        }
        return out
    }

    /// An answer escaped, with `->` (which would make Moodle read a matching pair) written as an arrow.
    static func escapeAnswer(_ text: String) -> String {
        escape(text.replacingOccurrences(of: "->", with: "→"))
    }

    /// A short answer with its `*` made literal: Moodle reads a bare `*` in a short answer as a wildcard.
    /// Applied after GIFT escaping: `\*` is no GIFT escape, so the importer keeps it as written.
    static func literalWildcards(_ text: String) -> String {
        text.replacingOccurrences(of: "*", with: "\\*")
    }

    /// Text for a `//` comment line: one line.
    static func comment(_ text: String) -> String {
        text.replacingNewlines
    }

    /// A category path segment: no slashes (they nest categories).
    static func category(_ text: String) -> String {
        text.replacingOccurrences(of: "/", with: "-")
    }
}

import Foundation
import Questions
import TextFormats

/// A quiz in Moodle XML: multiple choice as `multichoice` (single answer), true/false as `truefalse`,
/// written answers as `shortanswer` or, for numbers, `numerical` with a tolerance (a range becomes its
/// midpoint and half its width), matching as `matching`, ordering as matching each item to its place.
/// Rich text is HTML in CDATA, deck text HTML-escaped; plain fields are XML-escaped.
public struct MoodleXMLRenderer: Sendable {
    public init() {}

    public func render(_ quiz: Quiz) -> String {
        var out = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<!-- \(Self.comment("\(quiz.title) — quiz \(quiz.id), made by Recall from the deck \(quiz.deck)")) -->",
            "<quiz>",
            "  <question type=\"category\">",
            "    <category><text>\(Self.xml("$course$/top/Recall/\(quiz.deck.replacingOccurrences(of: "/", with: "-"))/\(quiz.id)"))</text></category>",
            "  </question>",
        ]
        for p in LMSExport.questions(of: quiz) {
            out += question(p)
        }
        out.append("</quiz>")
        return out.joined(separator: "\n") + "\n"
    }

    func question(_ p: PrintedQuestion) -> [String] {
        let q = p.question
        let type: String
        switch p.kind {
        case .multipleChoice: type = "multichoice"
        case .trueFalse: type = "truefalse"
        case .cloze, .typed, .flashcard:
            switch LMSExport.written(q) {
            case .numeric: type = "numerical"
            case .short: type = "shortanswer"
            case .essay: type = "essay"
            }
        case .matching, .ordering: type = "matching"
        }
        var out = [
            "  <question type=\"\(type)\">",
            "    <name><text>\(Self.xml("Q\(p.number) \(q.fact)"))</text></name>",
            "    <questiontext format=\"html\"><text>\(Self.html(LMSExport.prompt(of: p)))</text></questiontext>",
            "    <generalfeedback format=\"html\"><text>\(Self.feedback(q).isEmpty ? "" : Self.html(Self.feedback(q)))</text></generalfeedback>",
            "    <defaultgrade>\(p.item.points)</defaultgrade>",
            "    <penalty>\(p.kind == .trueFalse ? "1" : "0.3333333")</penalty>",
            "    <hidden>0</hidden>",
            "    <idnumber>\(Self.xml(q.id))</idnumber>",
        ]
        switch p.kind {
        case .multipleChoice:
            out += [
                "    <single>true</single>",
                "    <shuffleanswers>true</shuffleanswers>",
                "    <answernumbering>ABCD</answernumbering>",
            ]
            for (index, option) in p.item.options.enumerated() {
                let right = p.item.key == .letter(QuizVersioning.letter(index))
                out.append(
                    "    <answer fraction=\"\(right ? 100 : 0)\" format=\"html\"><text>\(Self.html(option))</text><feedback format=\"html\"><text></text></feedback></answer>"
                )
            }
        case .trueFalse:
            let isTrue = p.item.key == .letter("T")
            out.append(
                "    <answer fraction=\"\(isTrue ? 100 : 0)\" format=\"moodle_auto_format\"><text>true</text><feedback format=\"html\"><text></text></feedback></answer>"
            )
            out.append(
                "    <answer fraction=\"\(isTrue ? 0 : 100)\" format=\"moodle_auto_format\"><text>false</text><feedback format=\"html\"><text></text></feedback></answer>"
            )
        case .cloze, .typed, .flashcard:
            if case .essay(let answer) = LMSExport.written(q) {
                // Marked by hand, with the answer for the teacher and, after grading, for the student.
                out += [
                    "    <responseformat>editor</responseformat>",
                    "    <responserequired>1</responserequired>",
                    "    <responsefieldlines>5</responsefieldlines>",
                    "    <graderinfo format=\"html\"><text>\(Self.html(LMSExport.essayFeedback(answer, q)))</text></graderinfo>",
                ]
                break
            }
            switch q.numeric {
            case let numeric?:
                let (value, tolerance): (Double, Double) =
                    switch numeric {
                    case .value(let v, let t): (v, t)
                    case .range(let low, let high): ((low + high) / 2, (high - low) / 2)
                    }
                out.append(
                    "    <answer fraction=\"100\" format=\"moodle_auto_format\"><text>\(LMSExport.number(value))</text><feedback format=\"html\"><text></text></feedback><tolerance>\(LMSExport.number(tolerance))</tolerance></answer>"
                )
            case nil:
                out.append("    <usecase>0</usecase>")
                let forms: [String] = if case .short(let forms) = LMSExport.written(q) { forms } else { q.acceptedAnswers }
                for answer in forms {
                    out.append(
                        "    <answer fraction=\"100\" format=\"moodle_auto_format\"><text>\(Self.xml(GIFTRenderer.literalWildcards(answer)))</text><feedback format=\"html\"><text></text></feedback></answer>"
                    )
                }
            }
        case .matching, .ordering:
            out.append("    <shuffleanswers>true</shuffleanswers>")
            for pair in LMSExport.pairs(of: p) {
                out.append(
                    "    <subquestion format=\"html\"><text>\(Self.html(pair.left))</text><answer><text>\(Self.xml(pair.right))</text></answer></subquestion>"
                )
            }
        }
        out.append("  </question>")
        return out
    }

    /// The general feedback: the explanation, and for an essay the answer before it.
    static func feedback(_ q: QuizQuestion) -> String {
        if q.kind.isWritten, case .essay(let answer) = LMSExport.written(q) { return LMSExport.essayFeedback(answer, q) }
        return q.explanation
    }

    /// Deck text as HTML (escaped, line breaks as `<br>`) inside a CDATA section, as Moodle writes rich text.
    static func html(_ text: String) -> String {
        let body = HTMLText.escape(text).replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "<br>")
        return XMLText.cdata("<p>\(body)</p>")
    }

    /// Text for XML element content (what XML 1.0 cannot hold becomes U+FFFD).
    public static func xml(_ text: String) -> String {
        XMLText.escape(text)
    }

    /// Text for an XML comment: one line, no `--`.
    static func comment(_ text: String) -> String {
        XMLText.comment(text)
    }
}

import Foundation

/// What the learning-management-system formats share: they hold each question once (in the first version's
/// order and option order, since an LMS shuffles by itself), and an ordering question, which none of them
/// holds as such, goes in as matching each item to its place.
enum LMSExport {
    /// The questions to export, in the first version's printed order.
    static func questions(of quiz: Quiz) -> [PrintedQuestion] {
        guard let first = quiz.versions.first else { return [] }
        return quiz.printed(first)
    }

    /// `1st`, `2nd`, `3rd`, `4th`…: the places an ordering question's items are matched to.
    static func place(_ n: Int) -> String {
        let suffix: String
        switch (n % 10, n % 100) {
        case (1, let h) where h != 11: suffix = "st"
        case (2, let h) where h != 12: suffix = "nd"
        case (3, let h) where h != 13: suffix = "rd"
        default: suffix = "th"
        }
        return "\(n)\(suffix)"
    }

    /// The pairs a matching or ordering question exports: left item, right partner.
    static func pairs(of p: PrintedQuestion) -> [MatchPair] {
        switch p.question.answer {
        case .pairs(let pairs): pairs
        case .sequence(let items): items.enumerated().map { MatchPair(left: $0.element, right: place($0.offset + 1)) }
        default: []
        }
    }

    /// A number as LMS formats read it: no grouping, no exponent, no trailing `.0`.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        var text = String(value)
        if text.contains("e") {
            // Rare: very small or very large non-integers; write enough fixed decimals.
            var digits = 0
            while digits < 12, (value * pow10(digits)).rounded() != value * pow10(digits) { digits += 1 }
            let scaled = Int64((value * pow10(digits)).rounded())
            text = String(scaled)
            let negative = text.hasPrefix("-")
            if negative { text.removeFirst() }
            while text.count <= digits { text = "0" + text }
            text.insert(".", at: text.index(text.endIndex, offsetBy: -digits))
            if negative { text = "-" + text }
        }
        return text
    }

    private static func pow10(_ n: Int) -> Double {
        (0..<n).reduce(1.0) { value, _ in value * 10 }
    }

    /// The prompt as an LMS shows it for an ordering question turned into matching.
    static func prompt(of p: PrintedQuestion) -> String {
        p.kind == .ordering ? p.question.prompt + " Match each item to its place." : p.question.prompt
    }
}

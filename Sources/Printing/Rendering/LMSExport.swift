import Facts
import Foundation
import Questions

/// What the learning-management-system formats share: they hold each question once (in the first version's
/// order and option order, since an LMS shuffles by itself), and an ordering question, which none of them
/// holds as such, goes in as matching each item to its place.
enum LMSExport {
    /// The questions to export, in the first version's printed order.
    static func questions(of quiz: Quiz) -> [PrintedQuestion] {
        guard let first = quiz.versions.first else { return [] }
        return quiz.printed(first)
    }

    /// How an LMS takes a written answer: as a number with a tolerance, as short answers it compares
    /// exactly, or, for an answer no student could type word for word (a card back of a sentence, a
    /// definition), as an essay a teacher marks, with the answer as feedback.
    enum Written: Equatable {
        case numeric(NumericAnswer)
        case short([String])
        case essay(answer: String)
    }

    /// Words an exactly compared short answer may have; anything longer is marked by hand.
    static let shortAnswerWords = 4

    static func written(_ q: QuizQuestion) -> Written {
        if let numeric = q.numeric { return .numeric(numeric) }
        let accepted = q.acceptedAnswers
        switch q.source?.check?.type {
        case .name?:
            // With several people credited, each one's names; "A or B" is for showing, not for typing.
            if let people = q.source?.check?.people { return .short(people.flatMap { $0 }) }
            return .short(accepted)
        case .date?:
            var seen: Set<String> = []
            return .short((accepted + dateForms(q.source?.check?.date)).filter { seen.insert($0).inserted })
        default:
            let first = accepted.first ?? ""
            if words(AnswerChecker.withoutBrackets(first)) > shortAnswerWords { return .essay(answer: first) }
            var forms = accepted
            for a in accepted where a.contains("(") {
                let bare = AnswerChecker.withoutBrackets(a).split(separator: " ").joined(separator: " ")
                if !bare.isEmpty, !forms.contains(bare) { forms.append(bare) }
            }
            return .short(forms)
        }
    }

    static func words(_ text: String) -> Int {
        text.split(whereSeparator: { $0.isWhitespace }).filter { $0.contains(where: { $0.isLetter || $0.isNumber }) }.count
    }

    /// The answer as the feedback of a question marked by hand: "Answer: …", then the explanation.
    static func essayFeedback(_ answer: String, _ q: QuizQuestion) -> String {
        let sentence = answer.last.map { ".!?".contains($0) } == true ? answer : answer + "."
        // An explanation that already holds the answer (a card's front and back) adds nothing.
        let adds = !q.explanation.isEmpty && !q.explanation.contains(answer)
        return "Answer: " + sentence + (adds ? " " + q.explanation : "")
    }

    /// A date written the ways students write it, for an LMS that compares answers as text: "23 August
    /// 1945", "August 23, 1945", "23 Aug 1945", "1945-08-23"; "44 BC" and "44 BCE".
    static func dateForms(_ iso: String?) -> [String] {
        guard let iso, case .success(let date) = DateValue.parse(iso) else { return [] }
        var forms = [date.description, iso]
        if case .single(let d) = date, let month = d.month {
            let name = HistoricalDate.monthNames[month - 1]
            let year = d.isBC ? "\(-d.year) BC" : "\(d.year)"
            if let day = d.day {
                forms += ["\(name) \(day), \(year)", "\(day) \(name.prefix(3)) \(year)"]
            }
        }
        if case .range(let a, let b) = date, a.precision == .year, b.precision == .year {
            forms += ["\(a)-\(b)", "\(a) to \(b)"]
        }
        forms += forms.filter { $0.hasSuffix(" BC") }.map { $0 + "E" }
        var seen: Set<String> = []
        return forms.filter { seen.insert($0).inserted }
    }

    /// The questions an LMS will mark by hand.
    static func essays(of quiz: Quiz) -> [PrintedQuestion] {
        questions(of: quiz).filter { p in
            guard p.kind.isWritten, case .essay = written(p.question) else { return false }
            return true
        }
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
        if text.contains("e"), let exact = Decimal(string: text) {
            // Very large or very small numbers (6.02214076e23, 1.602176634e-19): every digit written out,
            // which Int64 could not hold and a fixed number of decimals would round to 0.
            text = NSDecimalNumber(decimal: exact).stringValue
        }
        return text
    }

    /// The prompt as an LMS shows it for an ordering question turned into matching.
    static func prompt(of p: PrintedQuestion) -> String {
        p.kind == .ordering ? p.question.prompt + " Match each item to its place." : p.question.prompt
    }
}

extension Quiz {
    /// The numbers of the written questions GIFT and Moodle XML export as essays, marked by hand: their
    /// answers are too long to be typed word for word.
    public var handMarkedInLMS: [Int] {
        LMSExport.essays(of: self).map(\.number)
    }
}

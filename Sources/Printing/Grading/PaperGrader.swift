import Questions

/// Grades a paper against its version's key, with the same answer checking a study session uses.
public struct PaperGrader: Sendable {
    /// The problem with a paper that cannot be graded as given.
    public struct GradeError: Error, Hashable, Sendable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    public init() {}

    /// Grades `answers` as written on a copy of `version`. Numbers with no answer count as blank.
    public func grade(_ quiz: Quiz, version name: String, student: String, answers: PaperAnswers) throws(GradeError) -> PaperGrade {
        guard let version = quiz.version(name) else {
            let names = quiz.versions.map(\.name).joined(separator: ", ")
            throw GradeError(message: "quiz \(quiz.id) has no version '\(name)' (it has \(names))")
        }
        let numbers = Set(version.items.map(\.number))
        if let stray = answers.byNumber.keys.sorted().first(where: { !numbers.contains($0) }) {
            throw GradeError(message: "quiz \(quiz.id) has no question \(stray) (it has 1–\(version.items.count))")
        }
        let results = quiz.printed(version).map { p in
            result(p, given: answers.byNumber[p.number])
        }
        return PaperGrade(quiz: quiz.id, version: version.name, student: student, results: results)
    }

    func result(_ p: PrintedQuestion, given: String?) -> PaperGrade.Result {
        var r = PaperGrade.Result(
            number: p.number, question: p.question.id, card: p.question.card, kind: p.kind, given: given, verdict: .blank,
            points: p.item.points, earned: 0, expected: p.keyText, note: nil)
        guard let given, !given.trimmingWhitespace.isEmpty else { return r }
        var response = given
        if p.kind == .ordering, let order = Self.orderFromBoxes(given, count: p.item.options.count) {
            // On paper the boxes hold each item's place, top to bottom; the checker reads letters earliest first.
            response = order
        }
        if let question = printedQuestion(p) {
            let check = AnswerChecker().check(response, for: question)
            r.verdict =
                switch check.verdict {
                case .correct: .correct
                case .nearMiss: .nearMiss
                case .wrong: .wrong
                }
            r.note = check.note
        } else {
            r.verdict = fallbackCheck(p, response: response) ? .correct : .wrong
        }
        if r.isRight {
            r.earned = r.points
        } else if p.kind == .matching, case .letters(let key) = p.item.key {
            // One point per pair matched right.
            let given = Self.matchingLetters(response, count: key.count)
            r.earned = zip(given, key).filter { $0 == $1 }.count
        }
        return r
    }

    /// The bank's question as this version printed it: its options in printed order.
    func printedQuestion(_ p: PrintedQuestion) -> Question? {
        guard var question = p.question.source else { return nil }
        if p.kind != .trueFalse { question.options = p.item.options }
        if p.kind == .matching { question.items = p.matchLeft }
        return question
    }

    /// For questions made by hand: the letter, or an accepted answer ignoring case and spaces.
    func fallbackCheck(_ p: PrintedQuestion, response: String) -> Bool {
        let folded = Self.fold(response)
        switch p.item.key {
        case .letter(let letter):
            if Self.fold(letter) == folded { return true }
            if p.kind == .trueFalse { return folded == (letter == "T" ? "true" : "false") }
            return p.labels.firstIndex(of: letter).map { Self.fold(p.item.options[$0]) == folded } ?? false
        case .text(let accepted):
            return accepted.contains { Self.fold($0) == folded }
        case .letters(let letters):
            return Self.matchingLetters(response, count: letters.count) == letters.map { $0.uppercased() }
        }
    }

    /// `2 3 1` (each item's place, top to bottom) as the letters earliest first, `C A B`; nil unless the
    /// response is exactly a place for every item.
    static func orderFromBoxes(_ response: String, count: Int) -> String? {
        let tokens = response.split(whereSeparator: { !$0.isNumber })
        var places = tokens.compactMap { Int($0) }
        if tokens.count == 1, let only = tokens.first, only.count == count, count < 10 {
            places = only.compactMap { $0.wholeNumberValue }
        }
        guard places.count == count, Set(places) == Set(1...max(1, count)) else { return nil }
        var order = Array(repeating: "", count: count)
        for (item, place) in places.enumerated() { order[place - 1] = QuizVersioning.letter(item) }
        return order.joined(separator: " ")
    }

    /// The letters of a matching answer in item order: `BAC`, `B A C`, `1B 2A 3C`, `1-B, 2-A`.
    static func matchingLetters(_ response: String, count: Int) -> [String] {
        var byItem: [Int: String] = [:]
        var number = ""
        var pending: Int?
        var bare: [String] = []
        for c in response + " " {
            if c.isASCII, c.isNumber {
                number.append(c)
                continue
            }
            if !number.isEmpty {
                pending = Int(number).map { $0 - 1 }
                number = ""
            }
            if c.isLetter {
                if let item = pending {
                    byItem[item] = c.uppercased()
                    pending = nil
                } else {
                    bare.append(c.uppercased())
                }
            }
        }
        if byItem.isEmpty { return bare }
        return (0..<count).map { byItem[$0] ?? "" }
    }

    static func fold(_ text: String) -> String {
        text.lowercased().filter { $0.isLetter || $0.isNumber }
    }
}

import Facts
import Foundation
import Questions

/// A student who knows nothing of the subject and answers from the options alone, playing each strategy
/// of docs/questions.md ("A student who knows nothing scores chance") against a bank.
///
/// Pure: a strategy narrows a question's options to the ones it cannot tell apart, and is credited 1/k when
/// the key is among those k, so ties cost it exactly what guessing would.
public struct TestWiseStudent: Sendable {
    let knowledge: StudentKnowledge
    /// The current year: a date after it is impossible.
    public let referenceYear: Int

    public init(deck: Deck, referenceYear: Int) {
        knowledge = StudentKnowledge(deck: deck)
        self.referenceYear = referenceYear
    }

    /// Each strategy's score over the questions it can play.
    public func score(_ questions: [Question], strategies: [Strategy] = Strategy.allCases) -> [StrategyScore] {
        var scores = strategies.map { StrategyScore(strategy: $0) }
        for q in questions {
            guard let key = q.keyIndex, let reading = Reading(q) else { continue }
            for (i, strategy) in strategies.enumerated() {
                guard let picks = picks(reading, strategy) else { continue }
                scores[i].questions += 1
                scores[i].chanceRight += 1 / Double(reading.options.count)
                if picks.contains(key) { scores[i].expectedRight += 1 / Double(picks.count) }
            }
        }
        return scores
    }

    /// What a question shows, read once for every strategy.
    struct Reading {
        let question: Question
        let options: [String]
        let dates: [[OptionReading.DateParts]]?
        let numbers: [OptionReading.NumberLook]?
        let words: [Set<String>]

        init?(_ q: Question) {
            guard let options = q.options, options.count >= 2, q.keyIndex != nil else { return nil }
            question = q
            self.options = options
            let choice = q.kind == .multipleChoice
            dates = choice && q.focus == .when ? Self.all(options.map(OptionReading.date)) : nil
            numbers = choice && q.focus == .howMany ? Self.all(options.map(OptionReading.number)) : nil
            words = options.map(OptionReading.contentWords)
        }

        static func all<T>(_ read: [T?]) -> [T]? {
            let values = read.compactMap { $0 }
            return values.count == read.count ? values : nil
        }
    }

    /// The options a strategy would choose between, or nil when it does not play this question.
    public func picks(_ q: Question, _ strategy: Strategy) -> Set<Int>? {
        Reading(q).flatMap { picks($0, strategy) }
    }

    func picks(_ r: Reading, _ strategy: Strategy) -> Set<Int>? {
        let q = r.question
        let options = r.options
        let all = Set(options.indices)
        if strategy.isForStatements {
            guard q.kind == .trueFalse else { return nil }
            return [strategy == .alwaysTrue ? 0 : 1]
        }
        guard q.kind == .multipleChoice else { return nil }
        let dates = r.dates
        let numbers = r.numbers
        switch strategy {
        case .recurringParts:
            guard let dates else { return nil }
            return best(
                options.indices.map { i in
                    Double(dates.indices.filter { $0 != i }.reduce(0) { $0 + Self.sharedParts(dates[i], dates[$1]) })
                })
        case .ratioHub:
            guard let numbers else { return nil }
            return best(
                options.indices.map { i in
                    Double(numbers.indices.filter { $0 != i && Self.isRoundRatio(numbers[$0].value, numbers[i].value) }.count)
                })
        case .recurringDigits:
            guard let numbers else { return nil }
            return best(
                options.indices.map { i in
                    Double(numbers.indices.filter { $0 != i && numbers[$0].significant == numbers[i].significant }.count)
                })
        case .oddShapeOut:
            return best(Self.oddness(options, numbers: numbers))
        case .longest:
            return best(options.map { Double($0.count) }, ignoringNoSignal: false)
        case .mostSpecific:
            return best(options.map(Self.qualifications))
        case .sharedWords:
            let prompt = OptionReading.contentWords(q.prompt)
            return best(r.words.map { Double($0.intersection(prompt).count) })
        case .convergence:
            guard dates == nil, numbers == nil, q.focus != .when, q.focus != .howMany else { return nil }
            let words = r.words
            return best(
                options.indices.map { i in
                    Double(words.indices.filter { $0 != i }.reduce(0) { $0 + words[i].intersection(words[$1]).count })
                })
        case .first:
            return [0]
        case .last:
            return [options.count - 1]
        case .middle:
            let values: [Double]
            if let dates { values = dates.map { $0[0].ordinal } } else if let numbers { values = numbers.map(\.value) } else { return nil }
            let mean = values.reduce(0, +) / Double(values.count)
            return best(values.map { -abs($0 - mean) }, ignoringNoSignal: false)
        case .elimination:
            let possible = all.filter { !impossible(q, option: $0, dates: dates, numbers: numbers) }
            return possible.isEmpty ? all : possible
        case .alwaysTrue, .alwaysFalse:
            return nil
        }
    }

    /// The options with the highest score; all of them when every score is zero (the strategy sees nothing).
    func best(_ scores: [Double], ignoringNoSignal: Bool = true) -> Set<Int> {
        guard let top = scores.max() else { return [] }
        if ignoringNoSignal, top <= 0 { return Set(scores.indices) }
        return Set(scores.indices.filter { scores[$0] == top })
    }

    /// How many parts (year, month, day of each end) two dates share.
    static func sharedParts(_ a: [OptionReading.DateParts], _ b: [OptionReading.DateParts]) -> Int {
        zip(a, b).reduce(0) { count, pair in
            let (x, y) = pair
            return count + (x.year == y.year ? 1 : 0) + (x.month != nil && x.month == y.month ? 1 : 0)
                + (x.day != nil && x.day == y.day ? 1 : 0)
        }
    }

    /// The ratios a careless generator multiplies the key by.
    static let roundRatios: [Double] = [0.6, 0.7, 0.75, 0.85, 0.9, 1.1, 1.15, 1.2, 1.25, 1.3, 1.4, 1.5, 1.6, 1.75, 2, 2.5, 3, 4, 5, 10]

    /// Whether `other` is `hub` times a round ratio (or its inverse), within 0.2 %.
    static func isRoundRatio(_ other: Double, _ hub: Double) -> Bool {
        guard hub != 0, other != 0, (hub < 0) == (other < 0) else { return false }
        let r = abs(other / hub)
        return roundRatios.contains { abs(r / $0 - 1) < 0.002 || abs(r * $0 - 1) < 0.002 }
    }

    /// For each option, the number of ways it is written unlike all the others, which agree among themselves.
    static func oddness(_ options: [String], numbers: [OptionReading.NumberLook]?) -> [Double] {
        var features: [[String]] = options.map { text in
            [
                text.contains("(") ? "brackets" : "",
                text.contains(" BC") ? "BC" : "",
                text.hasPrefix("AD ") || text.contains(" AD ") ? "AD" : "",
                text.first?.isUppercase == true ? "capital" : "lower",
                text.hasSuffix(".") ? "stop" : "",
            ]
        }
        if let numbers {
            for (i, n) in numbers.enumerated() {
                features[i] += [
                    "decimals \(n.decimals)", n.scientific ? "scientific" : "plain", n.negative ? "negative" : "",
                    "zeros \(n.trailingZeros)", "digits \(n.significant.count)", "exponent \(n.exponent.map(String.init) ?? "")",
                    n.high == nil ? "single" : "range", options[i].hasSuffix("0") ? "ends in 0" : "",
                ]
            }
        }
        guard options.count >= 3, let width = features.first?.count else { return options.map { _ in 0 } }
        var odd = [Double](repeating: 0, count: options.count)
        for f in 0..<width {
            let values = features.map { $0[f] }
            for i in values.indices {
                let others = values.indices.filter { $0 != i }.map { values[$0] }
                if Set(others).count == 1, others[0] != values[i] { odd[i] += 1 }
            }
        }
        return odd
    }

    /// Commas, brackets, "and", hedges: what makes an option sound carefully qualified.
    static func qualifications(_ text: String) -> Double {
        let lower = " " + text.lowercased() + " "
        var count = 0
        for mark in [",", "(", ";", " and ", " or ", " but ", " which ", " who ", " that "] {
            count += lower.components(separatedBy: mark).count - 1
        }
        for hedge in [" about ", " approximately ", " usually ", " often ", " generally ", " some ", " mainly ", " mostly "]
        where lower.contains(hedge) {
            count += 1
        }
        return Double(count)
    }
}

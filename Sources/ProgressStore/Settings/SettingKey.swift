import Foundation
import Scheduling

/// A setting a learner (or a class, or everyone) can change, with its allowed values.
public enum SettingKey: String, CaseIterable, Sendable, Hashable, Codable {
    case algorithm
    case desiredRetention = "desired-retention"
    case newPerDay = "new-per-day"
    case reviewsPerDay = "reviews-per-day"
    case learningSteps = "learning-steps"
    case relearningSteps = "relearning-steps"
    case fuzz
    case dayRollover = "day-rollover"
    case maximumInterval = "maximum-interval"
    case fsrsParameters = "fsrs-parameters"

    /// What the setting does, in a line.
    public var summary: String {
        switch self {
        case .algorithm: "the scheduling algorithm"
        case .desiredRetention: "the chance of recall FSRS aims for when a card comes due"
        case .newPerDay: "new cards introduced per study day"
        case .reviewsPerDay: "review cards shown per study day"
        case .learningSteps: "delays between the first answers to a new card"
        case .relearningSteps: "delays between answers to a forgotten card"
        case .fuzz: "spread due dates a little so cards learnt together drift apart"
        case .dayRollover: "the local hour at which a new study day begins"
        case .maximumInterval: "the longest interval between reviews, in days"
        case .fsrsParameters: "FSRS-6's 21 weights (recall optimize fits them to the learner's reviews)"
        }
    }

    /// The allowed values, as shown in help and error messages.
    public var allowed: String {
        switch self {
        case .algorithm: "fsrs or sm2"
        case .desiredRetention: "0.70–0.99"
        case .newPerDay: "0–\(Self.maximumNewPerDay)"
        case .reviewsPerDay: "0–\(Self.maximumReviewsPerDay)"
        case .learningSteps, .relearningSteps:
            "durations such as 1m 10m (units s, m, h, d; a bare number is minutes; each 1s–365d; none for no steps)"
        case .fuzz: "on or off"
        case .dayRollover: "0–23"
        case .maximumInterval: "1–36500"
        case .fsrsParameters: "21 numbers within FSRS-6's bounds, as recall optimize prints them"
        }
    }

    static let maximumNewPerDay = 9_999
    static let maximumReviewsPerDay = 99_999
    static let maximumSteps = 20

    /// Checks `text` and returns the value in the canonical form it is stored in.
    public func canonical(_ text: String) throws(ProgressStoreError) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        func refuse() -> ProgressStoreError {
            .invalidSetting("\(rawValue) must be \(allowed); got '\(text)'")
        }
        switch self {
        case .algorithm:
            guard let algorithm = SchedulingAlgorithm(rawValue: trimmed.lowercased()) else { throw refuse() }
            return algorithm.rawValue
        case .desiredRetention:
            var number = trimmed
            var scale = 1.0
            if number.hasSuffix("%") {
                number.removeLast()
                scale = 100
            }
            guard let value = Double(number.trimmingCharacters(in: .whitespaces)).map({ $0 / scale }),
                value.isFinite, value >= 0.70 - 1e-12, value <= 0.99 + 1e-12
            else { throw refuse() }
            return String((value * 10_000).rounded() / 10_000)
        case .newPerDay:
            guard let value = Int(trimmed), (0...Self.maximumNewPerDay).contains(value) else { throw refuse() }
            return String(value)
        case .reviewsPerDay:
            guard let value = Int(trimmed), (0...Self.maximumReviewsPerDay).contains(value) else { throw refuse() }
            return String(value)
        case .learningSteps, .relearningSteps:
            guard let steps = Self.parseSteps(trimmed) else { throw refuse() }
            return Self.formatSteps(steps)
        case .fuzz:
            switch trimmed.lowercased() {
            case "on", "true", "yes", "1": return "on"
            case "off", "false", "no", "0": return "off"
            default: throw refuse()
            }
        case .dayRollover:
            guard let value = Int(trimmed), (0...23).contains(value) else { throw refuse() }
            return String(value)
        case .maximumInterval:
            guard let value = Int(trimmed), (1...36_500).contains(value) else { throw refuse() }
            return String(value)
        case .fsrsParameters:
            return try Self.canonicalWeights(trimmed)
        }
    }

    /// `1m 10m` (or `1m, 10m`, or `1 10` in minutes) as seconds; `none` or nothing is no steps.
    static func parseSteps(_ text: String) -> [TimeInterval]? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" })
        if words.isEmpty || (words.count == 1 && words[0].lowercased() == "none") { return [] }
        guard words.count <= maximumSteps else { return nil }
        var steps: [TimeInterval] = []
        for word in words {
            var digits = Substring(word.lowercased())
            var unit: TimeInterval = 60
            if let last = digits.last, !last.isNumber {
                switch last {
                case "s": unit = 1
                case "m": unit = 60
                case "h": unit = 3_600
                case "d": unit = 86_400
                default: return nil
                }
                digits = digits.dropLast()
            }
            guard let count = Int(digits), count >= 1 else { return nil }
            let seconds = TimeInterval(count) * unit
            guard seconds <= 365 * 86_400 else { return nil }
            steps.append(seconds)
        }
        return steps
    }

    /// Steps in the largest whole unit each fits: `1m 10m`, `90s`, `1d`; `none` for no steps.
    static func formatSteps(_ steps: [TimeInterval]) -> String {
        if steps.isEmpty { return "none" }
        return steps.map { step in
            let seconds = Int(step.rounded())
            for (size, unit) in [(86_400, "d"), (3_600, "h"), (60, "m")] where seconds % size == 0 {
                return "\(seconds / size)\(unit)"
            }
            return "\(seconds)s"
        }.joined(separator: " ")
    }
}

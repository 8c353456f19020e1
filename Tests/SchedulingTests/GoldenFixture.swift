import Foundation
import Scheduling

/// `Fixtures/fsrs-golden.json`, written by `tools/fsrs-golden/generate.py` from py-fsrs 6.3.2 (fuzz off).
struct GoldenFixture: Decodable {
    struct SchedulerConfig: Decodable {
        var parameters: [Double]
        var desiredRetention: Double
        var learningSteps: [Double]
        var relearningSteps: [Double]
        var maximumInterval: Int

        var scheduler: Scheduler {
            Scheduler(
                algorithm: .fsrs,
                parameters: SchedulerParameters(
                    weights: parameters, desiredRetention: desiredRetention, learningSteps: learningSteps,
                    relearningSteps: relearningSteps, maximumInterval: maximumInterval, enableFuzzing: false))
        }
    }

    /// One review and py-fsrs's card after it; fields in the order of the fixture's `step_fields`.
    struct Step: Decodable {
        var rating: Int
        var reviewDatetime: String
        var state: Int
        var step: Int?
        var stability: Double
        var difficulty: Double
        var due: String
        var lastReview: String
        var retrievabilityBefore: Double

        init(from decoder: any Decoder) throws {
            var row = try decoder.unkeyedContainer()
            rating = try row.decode(Int.self)
            reviewDatetime = try row.decode(String.self)
            state = try row.decode(Int.self)
            step = try row.decodeIfPresent(Int.self)
            stability = try row.decode(Double.self)
            difficulty = try row.decode(Double.self)
            due = try row.decode(String.self)
            lastReview = try row.decode(String.self)
            retrievabilityBefore = try row.decode(Double.self)
        }
    }

    struct Sequence: Decodable {
        var scheduler: Int
        var created: String
        var steps: [Step]
    }

    var fsrsVersion: String
    var schedulers: [SchedulerConfig]
    var sequences: [Sequence]
    /// Rows of [interval days, maximum interval, random draw, fuzzed days].
    var fuzz: [[Double]]
    /// Rows of [ease, interval, SM-2 retention, stability, difficulty].
    var sm2Conversion: [[Double]]

    static let shared: GoldenFixture = {
        guard let url = Bundle.module.url(forResource: "fsrs-golden", withExtension: "json", subdirectory: "Fixtures")
        else { fatalError("Fixtures/fsrs-golden.json is missing from the test bundle") }
        do {
            let decoder = JSONDecoder()
            decoder.keyDecodingStrategy = .convertFromSnakeCase
            return try decoder.decode(GoldenFixture.self, from: Data(contentsOf: url))
        } catch {
            fatalError("cannot read fsrs-golden.json: \(error)")
        }
    }()
}

/// Python `datetime.isoformat()` output (UTC, optional microseconds) to exact microseconds since 2001,
/// without going through a floating-point formatter.
func pythonMicroseconds(_ iso: String) -> Int64 {
    // 2018-05-14T19:54:45.614020+00:00 or 2018-05-14T19:54:45+00:00
    let text = Array(iso.utf8)
    precondition(iso.hasSuffix("+00:00"), "expected UTC: \(iso)")
    func number(_ range: Range<Int>) -> Int64 {
        range.reduce(0) { $0 * 10 + Int64(text[$1] - 48) }
    }
    let year = number(0..<4)
    let month = number(5..<7)
    let day = number(8..<10)
    let hour = number(11..<13)
    let minute = number(14..<16)
    let second = number(17..<19)
    let micros = text[19] == UInt8(ascii: ".") ? number(20..<26) : 0
    // Days from 1970-01-01 to the civil date (Howard Hinnant's algorithm).
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    let days = era * 146_097 + doe - 719_468
    let unix = ((days * 24 + hour) * 60 + minute) * 60 + second
    return (unix - 978_307_200) * 1_000_000 + micros
}

/// The moment `pythonMicroseconds` names, as a `Date`.
func pythonDate(_ iso: String) -> Date {
    Date(timeIntervalSinceReferenceDate: Double(pythonMicroseconds(iso)) / 1_000_000)
}

/// Whole microseconds since 2001 of a `Date`, for exact comparisons.
func microseconds(_ date: Date) -> Int64 {
    Int64((date.timeIntervalSinceReferenceDate * 1_000_000).rounded())
}

/// |a − b| relative to |b| (absolute near zero).
func relativeError(_ a: Double, _ b: Double) -> Double {
    abs(a - b) / max(abs(b), 1e-12)
}

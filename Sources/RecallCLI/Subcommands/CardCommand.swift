import ArgumentParser
import Foundation
import ProgressStore
import Scheduling

/// `recall card CARD`: one card's memory now and every review that shaped it.
struct CardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "card",
        abstract: "Show a card's memory state now and its review history.",
        discussion: """
            CARD is a card id, deck/section/fact/slot (e.g. siberian-internment/events/order-9898/date). \
            Each review shows the stability, difficulty and due date that followed it. --json prints \
            `current` and `history` arrays, with dates in ISO 8601 UTC.
            """
    )

    @Argument(help: ArgumentHelp("The card id.", valueName: "card"))
    var card: String

    @OptionGroup var progress: ProgressOptions

    @Flag(help: "Print the card as JSON.")
    var json = false

    func run() throws {
        let now = Date()
        let learner = try progress.learnerName()
        let store = try progress.openStore()
        let (state, history, settings): (StoredCardState?, [Review], LearnerSettings)
        do {
            state = try store.storedCardState(of: card, for: learner)
            history = try store.history(of: card, for: learner)
            settings = try store.settings(for: learner)
        } catch {
            throw CLIError(error.description)
        }
        let report = CardReport(card: card, learner: learner, state: state, history: history, scheduler: settings.scheduler, now: now)
        if json {
            Console.out(try Console.json(report))
        } else {
            Console.out(report.text(now: now, timeZone: .current))
        }
    }
}

/// What `recall card` shows, shaped for its JSON.
struct CardReport: Encodable {
    /// The card's memory at the moment asked about.
    struct Current: Encodable {
        var state: String
        var stability: Double?
        var difficulty: Double?
        var retrievability: Double?
        var due: String?
        var lastReview: String?
        var reps: Int
        var lapses: Int
        var step: Int?
        var intervalDays: Int
        var ease: Double

        enum CodingKeys: String, CodingKey {
            case state, stability, difficulty, retrievability, due, reps, lapses, step, ease
            case lastReview = "last_review"
            case intervalDays = "interval_days"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(state, forKey: .state)
            try container.encode(stability, forKey: .stability)
            try container.encode(difficulty, forKey: .difficulty)
            try container.encode(retrievability, forKey: .retrievability)
            try container.encode(due, forKey: .due)
            try container.encode(lastReview, forKey: .lastReview)
            try container.encode(reps, forKey: .reps)
            try container.encode(lapses, forKey: .lapses)
            try container.encode(step, forKey: .step)
            try container.encode(intervalDays, forKey: .intervalDays)
            try container.encode(ease, forKey: .ease)
        }
    }

    /// One review and the memory it left.
    struct Entry: Encodable {
        var id: String
        var rating: String
        var reviewedAt: String
        var source: String
        var state: String
        var stability: Double?
        var difficulty: Double?
        var due: String
        var durationMs: Int?
        var answer: String?
        var correct: Bool?
        var questionForm: String?

        enum CodingKeys: String, CodingKey {
            case id, rating, source, state, stability, difficulty, due, answer, correct
            case reviewedAt = "reviewed_at"
            case durationMs = "duration_ms"
            case questionForm = "question_form"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(rating, forKey: .rating)
            try container.encode(reviewedAt, forKey: .reviewedAt)
            try container.encode(source, forKey: .source)
            try container.encode(state, forKey: .state)
            try container.encode(stability, forKey: .stability)
            try container.encode(difficulty, forKey: .difficulty)
            try container.encode(due, forKey: .due)
            try container.encode(durationMs, forKey: .durationMs)
            try container.encode(answer, forKey: .answer)
            try container.encode(correct, forKey: .correct)
            try container.encode(questionForm, forKey: .questionForm)
        }
    }

    var card: String
    var learner: String
    /// One element: the card now (`state` is `new` for a card never reviewed).
    var current: [Current]
    var history: [Entry]

    init(card: String, learner: LearnerName, state stored: StoredCardState?, history: [Review], scheduler: Scheduler, now: Date) {
        self.card = card
        self.learner = learner.rawValue
        if let stored {
            let state = stored.state
            current = [
                Current(
                    state: state.phase.rawValue, stability: state.stability, difficulty: state.difficulty,
                    retrievability: scheduler.retrievability(of: state, at: now),
                    due: ReviewLogWriter.iso8601(microseconds: stored.dueMicroseconds),
                    lastReview: stored.lastReviewMicroseconds.map { ReviewLogWriter.iso8601(microseconds: $0) },
                    reps: state.reps, lapses: state.lapses, step: state.step, intervalDays: state.intervalDays,
                    ease: state.ease)
            ]
        } else {
            current = [
                Current(
                    state: CardPhase.new.rawValue, stability: nil, difficulty: nil, retrievability: nil, due: nil,
                    lastReview: nil, reps: 0, lapses: 0, step: nil, intervalDays: 0,
                    ease: scheduler.parameters.sm2.startingEase)
            ]
        }
        self.history = history.map { review in
            Entry(
                id: review.id, rating: review.rating.description,
                reviewedAt: ReviewLogWriter.iso8601(microseconds: review.reviewedAtMicroseconds),
                source: review.source.rawValue, state: review.after.phase.rawValue, stability: review.after.stability,
                difficulty: review.after.difficulty, due: ReviewLogWriter.iso8601(microseconds: review.dueAfterMicroseconds),
                durationMs: review.durationMs,
                answer: review.answer, correct: review.correct, questionForm: review.questionForm)
        }
    }

    /// The readable form: the card now, then a table of its reviews in local time.
    func text(now: Date, timeZone: TimeZone) -> String {
        let format = LocalTime(timeZone: timeZone)
        var lines = ["\(card) — \(learner)"]
        let now = current[0]
        if history.isEmpty {
            lines.append("Never reviewed: the card is new.")
            return lines.joined(separator: "\n")
        }
        var memory = "State: \(now.state)"
        if let stability = now.stability { memory += ", stability \(Self.number(stability)) days" }
        if let difficulty = now.difficulty { memory += ", difficulty \(Self.number(difficulty))" }
        if let retrievability = now.retrievability { memory += ", recall now \(Self.percent(retrievability))" }
        lines.append(memory)
        if let due = now.due.flatMap(ReviewLogWriter.date) {
            lines.append("Due: \(format.string(due))")
        }
        lines.append("Reviews: \(now.reps)\(now.lapses > 0 ? ", \(now.lapses) lapse\(now.lapses == 1 ? "" : "s")" : "")")
        lines.append("")
        var table = TextTable(["REVIEWED", "RATING", "SOURCE", "STATE", "STABILITY", "DIFFICULTY", "DUE"])
        for entry in history {
            table.append([
                ReviewLogWriter.date(entry.reviewedAt).map(format.string) ?? entry.reviewedAt, entry.rating, entry.source,
                entry.state, entry.stability.map(Self.number) ?? "–", entry.difficulty.map(Self.number) ?? "–",
                ReviewLogWriter.date(entry.due).map(format.string) ?? entry.due,
            ])
        }
        lines.append(table.render())
        return lines.joined(separator: "\n")
    }

    static func number(_ value: Double) -> String {
        String(format: value < 10 ? "%.2f" : "%.1f", value)
    }

    static func percent(_ value: Double) -> String {
        String(format: "%.1f%%", value * 100)
    }
}

/// Moments in the learner's time zone, to the minute: `2026-01-31 09:30`.
struct LocalTime {
    let formatter: DateFormatter

    init(timeZone: TimeZone) {
        formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
    }

    func string(_ date: Date) -> String {
        formatter.string(from: date)
    }
}

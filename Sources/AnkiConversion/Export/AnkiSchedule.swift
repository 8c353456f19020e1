import AnkiPackage
import Foundation
import ProgressStore
import Scheduling

/// A learner's schedule in Anki's terms: card types, queues, due numbers counted in days from the
/// collection's creation, FSRS memory state in the card's `data`, and the review log.
struct AnkiSchedule {
    let progress: AnkiExporter.Progress?
    let options: AnkiExporter.Options
    /// The rollover moment of the study day the day count starts from.
    let created: Date
    let creationOffsetMinutes: Int
    private var lastID: Int64
    private var usedRevlogIDs = Set<Int64>()
    private var newPosition = 0
    private(set) var scheduled = 0

    init(progress: AnkiExporter.Progress?, options: AnkiExporter.Options, firstReview: Date?) {
        self.progress = progress
        self.options = options
        let start = StudyDay(
            containing: min(firstReview ?? options.now, options.now), timeZone: options.timeZone, rolloverHour: options.rolloverHour
        ).start
        created = start
        creationOffsetMinutes = -options.timeZone.secondsFromGMT(for: start) / 60
        lastID = Int64((options.now.timeIntervalSince1970 * 1000).rounded(.down))
    }

    /// A fresh id, later than every one given before (Anki's ids are milliseconds since 1970).
    mutating func nextID() -> Int64 {
        lastID += 1
        return lastID
    }

    /// Whole study days from the collection's first day to the one holding `moment`.
    func dayNumber(_ moment: Date) -> Int64 {
        let day = StudyDay(containing: moment, timeZone: options.timeZone, rolloverHour: options.rolloverHour).start
        return Int64((day.timeIntervalSince(created) / 86_400).rounded())
    }

    mutating func card(for recallCard: String, noteID: Int64, deckID: Int64, ordinal: Int) -> AnkiCard {
        var card = AnkiCard(
            id: nextID(), noteID: noteID, deckID: deckID, ordinal: ordinal, modified: Int64(options.now.timeIntervalSince1970))
        guard let state = progress?.states[recallCard], state.phase != .new else {
            newPosition += 1
            card.due = Int64(newPosition)
            return card
        }
        scheduled += 1
        let parameters = progress?.parameters ?? SchedulerParameters()
        card.reps = state.reps
        card.lapses = state.lapses
        card.factor = Int((state.ease * 1000).rounded())
        card.interval = state.intervalDays
        let today = StudyDay(containing: options.now, timeZone: options.timeZone, rolloverHour: options.rolloverHour)
        switch state.phase {
        case .new:
            break
        case .review:
            card.type = .review
            card.queue = .review
            card.due = dayNumber(state.due)
            card.interval = max(1, state.intervalDays)
        case .learning, .relearning:
            let steps = state.phase == .learning ? parameters.learningSteps : parameters.relearningSteps
            card.type = state.phase == .learning ? .learning : .relearning
            card.left = max(1, steps.count - (state.step ?? 0))
            if state.due < today.end {
                card.queue = .learning
                card.due = Int64(state.due.timeIntervalSince1970.rounded(.down))
            } else {
                card.queue = .dayLearning
                card.due = dayNumber(state.due)
            }
        }
        var data: [String: Any] = [:]
        if let s = state.stability, let d = state.difficulty {
            data["s"] = (s * 10_000).rounded() / 10_000
            data["d"] = (d * 1_000).rounded() / 1_000
            data["dr"] = (parameters.desiredRetention * 100).rounded() / 100
            if parameters.weights.count > 20 { data["decay"] = (parameters.weights[20] * 1_000).rounded() / 1_000 }
        }
        if let last = state.lastReview { data["lrt"] = Int64(last.timeIntervalSince1970.rounded(.down)) }
        if let json = try? JSONSerialization.data(withJSONObject: data, options: [.sortedKeys]) {
            card.data = String(decoding: json, as: UTF8.self)
        }
        return card
    }

    /// The card's review log in Anki's terms.
    mutating func revlog(for recallCard: String, cardID: Int64) -> [AnkiRevlogEntry] {
        guard let history = progress?.histories[recallCard] else { return [] }
        var entries: [AnkiRevlogEntry] = []
        var lastInterval = 0
        for review in history {
            var id = Int64((review.reviewedAt.timeIntervalSince1970 * 1000).rounded(.down))
            while usedRevlogIDs.contains(id) { id += 1 }
            usedRevlogIDs.insert(id)
            let after = review.after
            let cram = !review.source.changesMemory
            let interval: Int
            if after.phase == .review {
                interval = max(1, after.intervalDays)
            } else {
                let seconds = Int(after.due.timeIntervalSince(review.reviewedAt).rounded())
                interval = seconds >= 86_400 ? seconds / 86_400 : -max(1, seconds)
            }
            let kind: AnkiRevlogEntry.Kind =
                switch review.phaseBefore {
                case _ where cram: .filtered
                case .new, .learning: .learning
                case .review: .review
                case .relearning: .relearning
                }
            let factor: Int
            if cram {
                factor = 0
            } else if let d = after.difficulty {
                factor = Int((((d - 1) / 9 + 0.1) * 1000).rounded(.down))
            } else {
                factor = Int((after.ease * 1000).rounded())
            }
            entries.append(
                AnkiRevlogEntry(
                    id: id, cardID: cardID, ease: review.rating.rawValue, interval: interval, lastInterval: lastInterval,
                    factor: factor, time: min(review.durationMs ?? 0, 3_600_000), rawKind: kind.rawValue))
            if !cram { lastInterval = interval }
        }
        return entries
    }
}

import Facts
import Foundation
import Scheduling
import StudySession

/// A `StudyStore` in memory, scheduling as the progress store does: each review runs the scheduler with
/// the fuzz seed derived from the card and its review count; cram reviews are logged only.
final class InMemoryStudyStore: StudyStore {
    var scheduler = Scheduler(parameters: SchedulerParameters(enableFuzzing: false))
    var limits = StudyLimits()
    var rolloverHour = 4
    private(set) var states: [CardID: CardState] = [:]
    private(set) var log: [RecordedReview] = []
    private(set) var buried: [CardID: Date] = [:]
    private var nextID = 1
    /// Fails the next write with this error, once.
    var failNextWrite: (any Error)?

    func plan(for cards: [StudyCard], now: Date, timeZone: TimeZone, newLimit: Int?) throws -> StudyPlan {
        let day = StudyDay(containing: now, timeZone: timeZone, rolloverHour: rolloverHour)
        var progress = StudyDayProgress()
        var seenBeforeToday: Set<CardID> = []
        for entry in log where entry.review.reviewedAt < day.start { seenBeforeToday.insert(entry.review.card) }
        var introduced: Set<CardID> = []
        for entry in log where day.contains(entry.review.reviewedAt) && !entry.review.cram {
            if entry.before == nil { introduced.insert(entry.review.card) }
            if entry.before?.phase == .review { progress.reviewsDone += 1 }
            progress.reviewedSiblingGroups.insert("\(entry.review.card.deck)/\(entry.review.card.fact)")
        }
        progress.newIntroduced = introduced.count
        var limits = self.limits
        if let newLimit { limits.newPerDay = progress.newIntroduced + newLimit }
        let due = cards.compactMap { card -> DueCard? in
            if let until = buried[card.id], until > now { return nil }
            return DueCard(
                cardID: card.id.description, siblingGroup: card.siblingGroup, state: states[card.id] ?? .new(createdAt: .distantPast))
        }
        let queue = StudyQueue.build(
            from: due, progress: progress, now: now, timeZone: timeZone, rolloverHour: rolloverHour, limits: limits)
        return StudyPlan(queue: queue, scheduler: scheduler)
    }

    /// Gives a card a stored state, as if it had been studied before.
    func seed(_ card: CardID, _ state: CardState) {
        states[card] = state
    }

    func states(of cards: [CardID]) throws -> [CardID: CardState] {
        states.filter { cards.contains($0.key) }
    }

    func lastForm(of card: CardID) throws -> QuestionForm? {
        log.last { $0.review.card == card }?.review.form
    }

    func record(_ review: StudyReview) throws -> RecordedReview {
        if let error = failNextWrite {
            failNextWrite = nil
            throw error
        }
        let before = states[review.card]
        var after = before ?? .new(createdAt: review.reviewedAt)
        if !review.cram {
            let seed = FuzzSeed.derive(cardID: review.card.description, reviewCount: after.reps)
            after = scheduler.review(after, rating: review.rating, at: review.reviewedAt, fuzzSeed: seed)
            states[review.card] = after
        }
        let recorded = RecordedReview(id: "review-\(nextID)", review: review, before: before, after: after)
        nextID += 1
        log.append(recorded)
        return recorded
    }

    func undo(_ review: RecordedReview) throws {
        guard let index = log.lastIndex(where: { $0.id == review.id }) else { return }
        log.remove(at: index)
        if !review.review.cram {
            states[review.review.card] = review.before
        }
    }

    func bury(_ card: CardID, until: Date) throws {
        buried[card] = until
    }

    func outlook(for cards: [StudyCard], now: Date, timeZone: TimeZone) throws -> StudyOutlook {
        let today = StudyDay(containing: now, timeZone: timeZone, rolloverHour: rolloverHour)
        let tomorrow = StudyDay(containing: today.end, timeZone: timeZone, rolloverHour: rolloverHour)
        var weekEnd = today
        for _ in 0..<6 { weekEnd = StudyDay(containing: weekEnd.end, timeZone: timeZone, rolloverHour: rolloverHour) }
        var outlook = StudyOutlook()
        for card in cards {
            guard let due = states[card.id]?.due else { continue }
            if due < today.end { outlook.dueToday += 1 }
            if tomorrow.contains(due) { outlook.dueTomorrow += 1 }
            if due < weekEnd.end { outlook.dueThisWeek += 1 }
            if due > now { outlook.nextDue = min(outlook.nextDue ?? due, due) }
        }
        var days: Set<Date> = []
        for entry in log {
            days.insert(StudyDay(containing: entry.review.reviewedAt, timeZone: timeZone, rolloverHour: rolloverHour).start)
        }
        var day = today
        if !days.contains(day.start) {
            day = StudyDay(containing: day.start.addingTimeInterval(-1), timeZone: timeZone, rolloverHour: rolloverHour)
        }
        while days.contains(day.start) {
            outlook.streak += 1
            day = StudyDay(containing: day.start.addingTimeInterval(-1), timeZone: timeZone, rolloverHour: rolloverHour)
        }
        return outlook
    }
}

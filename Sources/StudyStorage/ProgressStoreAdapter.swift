import Facts
import Foundation
import ProgressStore
import Reports
import ReportsStorage
import Scheduling
import StudySession

/// The session's storage over a learner's progress file: every answer committed in one transaction by
/// `ProgressStore.record` before the session moves on; undo through `ProgressStore.undo`.
///
/// Burials are kept in the store, so a buried card stays out of later sessions too until its time is up;
/// a `--new` limit above what is left of the day's is worked out here.
///
/// The form a card was last asked in comes from its history, which can be long; the next cards' are read
/// on a background thread while the learner reads the question on screen (`prepare`), so that the next
/// question does not wait for them.
public final class ProgressStoreAdapter: StudyStore {
    public let store: ProgressStore
    public let learner: LearnerName
    private var buried: [String: Date] = [:]
    private let lastForms = LastFormCache()

    public init(store: ProgressStore, learner: LearnerName) {
        self.store = store
        self.learner = learner
    }

    public func plan(for cards: [StudyCard], now: Date, timeZone: TimeZone, newLimit: Int?) throws -> StudyPlan {
        let candidates = cards.map { StudyCandidate(cardID: $0.id.description, siblingGroup: $0.siblingGroup) }
        var queue = try store.studyQueue(for: learner, cards: candidates, now: now, timeZone: timeZone)
        buried.merge(try store.buriedCards(for: learner, at: now)) { _, stored in stored }
        let settings = try store.settings(for: learner)
        let isBuried = { (card: DueCard) in (self.buried[card.cardID].map { $0 > now }) ?? false }
        queue.learning.removeAll(where: isBuried)
        queue.reviews.removeAll(where: isBuried)
        queue.new.removeAll(where: isBuried)
        if let newLimit {
            if newLimit <= queue.new.count {
                queue.new = Array(queue.new.prefix(max(0, newLimit)))
            } else {
                queue.new += try moreNewCards(newLimit - queue.new.count, from: candidates, beyond: queue, settings: settings)
            }
        }
        return StudyPlan(queue: queue, scheduler: settings.scheduler)
    }

    /// New cards past the day's limit, for `--new N`: never studied, and of a fact nothing else in the
    /// queue or today's reviews comes from. Looks cards up one by one, which only this option needs.
    private func moreNewCards(_ wanted: Int, from candidates: [StudyCandidate], beyond queue: StudyQueue, settings: LearnerSettings) throws
        -> [DueCard]
    {
        var claimed = Set(queue.cards.map(\.siblingGroup))
        let queued = Set(queue.cards.map(\.cardID))
        var groups: [String: [String]] = [:]
        for candidate in candidates { groups[candidate.siblingGroup, default: []].append(candidate.cardID) }
        var states: [String: CardState?] = [:]
        func state(_ card: String) throws -> CardState? {
            if let known = states[card] { return known }
            let found = try store.cardState(of: card, for: learner)
            states[card] = found
            return found
        }
        let fresh = CardState.new(createdAt: queue.day.start, ease: settings.scheduler.parameters.sm2.startingEase)
        var more: [DueCard] = []
        for candidate in candidates where more.count < wanted {
            guard !claimed.contains(candidate.siblingGroup), !queued.contains(candidate.cardID), buried[candidate.cardID] == nil,
                try state(candidate.cardID) == nil
            else { continue }
            var reviewedToday = false
            for sibling in groups[candidate.siblingGroup] ?? [] where sibling != candidate.cardID {
                if let last = try state(sibling)?.lastReview, last >= queue.day.start { reviewedToday = true }
            }
            if reviewedToday { continue }
            claimed.insert(candidate.siblingGroup)
            more.append(DueCard(cardID: candidate.cardID, siblingGroup: candidate.siblingGroup, state: fresh))
        }
        return more
    }

    public func states(of cards: [CardID]) throws -> [CardID: CardState] {
        var states: [CardID: CardState] = [:]
        for card in cards {
            if let state = try store.cardState(of: card.description, for: learner) { states[card] = state }
        }
        return states
    }

    public func lastForm(of card: CardID) throws -> QuestionForm? {
        let id = card.description
        if let known = lastForms.value(for: id) { return known }
        let form = try Self.readLastForm(id, store: store, learner: learner)
        lastForms.set(form, for: id)
        return form
    }

    public func prepare(_ cards: [CardID]) {
        let wanted = cards.map(\.description).filter { lastForms.startReading($0) }
        guard !wanted.isEmpty else { return }
        let (store, learner, cache) = (self.store, self.learner, lastForms)
        DispatchQueue.global(qos: .userInitiated).async {
            for id in wanted {
                let form = (try? Self.readLastForm(id, store: store, learner: learner)) ?? nil
                cache.finishReading(form, for: id)
            }
        }
    }

    /// Waits until every card handed to `prepare` has been read (for benchmarks, which answer at once).
    public func waitUntilPrepared() {
        lastForms.waitForReads()
    }

    private static func readLastForm(_ card: String, store: ProgressStore, learner: LearnerName) throws -> QuestionForm? {
        try store.latestReview(of: card, for: learner)?.questionForm.flatMap(QuestionForm.init(rawValue:))
    }

    public func record(_ review: StudyReview) throws -> RecordedReview {
        let before = try store.cardState(of: review.card.description, for: learner)
        let stored = try store.record(draft(review), at: review.reviewedAt)
        lastForms.set(review.form, for: review.card.description)
        // A cram review's `after` is the state before it, unchanged.
        return RecordedReview(id: stored.id, review: review, before: before, after: stored.after)
    }

    /// A changed rating: the old review taken back and the new one recorded in one transaction.
    public func replace(_ recorded: RecordedReview, with review: StudyReview) throws -> RecordedReview {
        let stored = try store.replace(reviewID: recorded.id, with: draft(review), at: review.reviewedAt)
        lastForms.set(review.form, for: review.card.description)
        return RecordedReview(id: stored.id, review: review, before: recorded.before, after: stored.after)
    }

    private func draft(_ review: StudyReview) -> ReviewDraft {
        ReviewDraft(
            learner: learner, card: review.card.description, rating: review.rating, source: review.cram ? .cram : .study,
            questionForm: review.form.rawValue, answer: review.answer, correct: review.correct,
            durationMs: Int((review.duration * 1000).rounded()))
    }

    public func undo(_ review: RecordedReview) throws {
        try store.undo(reviewID: review.id)
        lastForms.forget(review.review.card.description)
    }

    public func bury(_ card: CardID, until: Date) throws {
        try store.bury(card.description, for: learner, until: until)
        buried[card.description] = until
    }

    /// What is coming, from the same numbers `recall stats` and `recall report` give (`Reports.LearnerStats`):
    /// due today, tomorrow and this week among the session's cards, and the streak of study days.
    public func outlook(for cards: [StudyCard], now: Date, timeZone: TimeZone) throws -> StudyOutlook {
        let ids = cards.map(\.id.description)
        let deckIDs = Array(Set(cards.map(\.id.deck))).sorted()
        var facts: [ReportDeck.FactInfo] = []
        var listed: Set<String> = []
        for card in cards where listed.insert(card.siblingGroup).inserted {
            facts.append(.init(id: card.siblingGroup, label: card.siblingGroup))
        }
        let deck = ReportDeck(
            decks: deckIDs.map { .init(id: $0, title: $0) }, facts: facts,
            cards: cards.map { (card: $0.id.description, fact: $0.siblingGroup) })
        let member = try store.learnerProgress(learner, decks: deckIDs)
        let settings = try store.settings(for: learner)
        let stats = LearnerStats.make(
            history: StudentHistory(member), deck: deck,
            options: ReportOptions(now: now, timeZone: timeZone, rolloverHour: settings.dayRolloverHour))
        var outlook = StudyOutlook(dueToday: stats.due.today, dueTomorrow: stats.due.tomorrow, dueThisWeek: stats.due.next7Days)
        // Study days with reviews, back from today (or yesterday, before the first review today).
        var days = stats.reviewsPerDay.map { $0.reviews > 0 }
        if days.last == false { days.removeLast() }
        outlook.streak = days.reversed().prefix { $0 }.count
        outlook.streakAtLeast = outlook.streak == stats.reviewsPerDay.count - (stats.reviewsPerDay.last?.reviews == 0 ? 1 : 0)
        if outlook.dueThisWeek == 0 {
            // Nothing this week: find the next due date among the studied cards, one by one.
            for id in ids {
                if let due = try store.cardState(of: id, for: learner)?.due, due > now {
                    outlook.nextDue = min(outlook.nextDue ?? due, due)
                }
            }
        }
        return outlook
    }
}

/// The last question form of each card, as far as it is known, filled in from the main thread and from
/// background reads alike.
final class LastFormCache: @unchecked Sendable {
    private let condition = NSCondition()
    private var forms: [String: QuestionForm?] = [:]
    private var reading: Set<String> = []

    /// The form when known (`.some(nil)` for a card never asked); waits for a read under way.
    func value(for card: String) -> QuestionForm?? {
        condition.lock()
        defer { condition.unlock() }
        while reading.contains(card) { condition.wait() }
        return forms[card]
    }

    func set(_ form: QuestionForm?, for card: String) {
        condition.lock()
        forms[card] = .some(form)
        condition.unlock()
    }

    func forget(_ card: String) {
        condition.lock()
        forms.removeValue(forKey: card)
        condition.unlock()
    }

    /// True when the caller should read the card: it is neither known nor being read.
    func startReading(_ card: String) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        guard forms[card] == nil, !reading.contains(card) else { return false }
        reading.insert(card)
        return true
    }

    func finishReading(_ form: QuestionForm?, for card: String) {
        condition.lock()
        if forms[card] == nil { forms[card] = .some(form) }
        reading.remove(card)
        condition.broadcast()
        condition.unlock()
    }

    func waitForReads() {
        condition.lock()
        while !reading.isEmpty { condition.wait() }
        condition.unlock()
    }
}

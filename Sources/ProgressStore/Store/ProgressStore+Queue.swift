import Facts
import Foundation
import GRDB
import Scheduling

/// A card the caller could study today: its id and its sibling group (cards of one fact share it).
public struct StudyCandidate: Sendable, Hashable {
    public var cardID: String
    public var siblingGroup: String

    public init(cardID: String, siblingGroup: String) {
        self.cardID = cardID
        self.siblingGroup = siblingGroup
    }

    /// A deck's card; its siblings are the other slots of the same fact (`deck/section/id`).
    public init(_ card: CardID) {
        self.init(cardID: card.description, siblingGroup: Self.siblingGroup(deck: card.deck, fact: card.fact.description))
    }

    /// The sibling group of a deck's fact, `deck/section/id`.
    public static func siblingGroup(deck: String, fact: String) -> String {
        deck + "/" + fact
    }
}

extension ProgressStore {
    /// The learner's non-cram reviews in a time range (arguments: learner, start, start, end).
    ///
    /// Every such review belongs to a card whose last review is at or after the start, so the cards come
    /// from `cardState`'s (learner, lastReview) index and their reviews from the log's (learner, card, time)
    /// index; the log needs no index by time of its own.
    static func reviewsSinceSQL(columns: String) -> String {
        """
        SELECT \(columns) FROM cardState
        JOIN review ON review.learnerId = cardState.learnerId AND review.card = cardState.card
                   AND review.reviewedAt >= ?2 AND review.reviewedAt < ?4
        WHERE cardState.learnerId = ?1 AND cardState.lastReview >= ?3 AND review.source <> 'cram'
        """
    }

    static let learnerStatesSQL = "SELECT card, \(CardStateColumns.list()) FROM cardState WHERE learnerId = ?"

    /// Today's queue for a learner among `cards` (in the order new cards should be introduced).
    ///
    /// Reads exactly what `StudyQueue.build` needs — the learner's settings, the states of their cards due
    /// before the study day ends, which of `cards` they have ever seen, and today's counts and sibling
    /// groups from the review log — and calls it. Cards with history that are not in `cards` (their fact
    /// was removed from the deck) are not scheduled.
    public func studyQueue(
        for learner: LearnerName, cards: [StudyCandidate], now: Date, timeZone: TimeZone
    ) throws(ProgressStoreError) -> StudyQueue {
        try read { db in
            let learnerId = try Self.learnerID(learner, in: db, create: false)
            let settings = try Self.settings(forLearnerID: learnerId, in: db)
            let day = StudyDay(containing: now, timeZone: timeZone, rolloverHour: settings.dayRolloverHour)
            let scheduler = settings.scheduler
            let curve = ForgettingCurve(weights: scheduler.parameters.weights)
            guard let learnerId else {
                let fresh = cards.map { DueCard(cardID: $0.cardID, siblingGroup: $0.siblingGroup, state: .new(createdAt: day.start)) }
                return StudyQueue.build(
                    from: fresh, now: now, timeZone: timeZone, rolloverHour: settings.dayRolloverHour,
                    limits: settings.limits, curve: curve)
            }

            let dayStart = Timestamp.microseconds(day.start)
            let dayEnd = Timestamp.microseconds(day.end)

            // One sequential pass over the learner's card states (the table is clustered by learner and
            // card): keep the states of cards due before the day ends or reviewed today; note the others
            // only as seen, so that they are not offered as new.
            var known = CardIndex(capacity: cards.count)
            var states: [CardState] = []
            let scan = try RawStatement(db, sql: Self.learnerStatesSQL)
            scan.bind(1, learnerId)
            while try scan.step() {
                let due = scan.int64(1 + 6)
                let lastReview = scan.optionalInt64(1 + 7) ?? .min
                if due < dayEnd || lastReview >= dayStart {
                    known.insert(scan.bytes(0), value: states.count)
                    states.append(try scan.cardState(at: 1))
                } else {
                    known.insert(scan.bytes(0), value: -1)
                }
            }

            // Today so far, from the log.
            var progress = StudyDayProgress()
            var reviewedFacts = Set<String>()
            let todayRows = try Row.fetchCursor(
                try db.cachedStatement(sql: Self.reviewsSinceSQL(columns: "review.card, review.deck, review.fact, review.phaseBefore")),
                arguments: [learnerId, dayStart, dayStart, dayEnd])
            while let row = try todayRows.next() {
                let phase: String = row[3]
                if phase == CardPhase.new.rawValue {
                    progress.newIntroduced += 1
                } else if phase == CardPhase.review.rawValue {
                    progress.reviewsDone += 1
                }
                if let deck: String = row[1], let fact: String = row[2] {
                    reviewedFacts.insert(StudyCandidate.siblingGroup(deck: deck, fact: fact))
                }
            }

            var dueCards: [DueCard] = []
            dueCards.reserveCapacity(min(cards.count, states.count + settings.newPerDay * 4 + 64))
            let newState = CardState.new(createdAt: day.start, ease: scheduler.parameters.sm2.startingEase)
            for card in cards {
                if let position = known.value(for: card.cardID) {
                    if position >= 0 {
                        dueCards.append(DueCard(cardID: card.cardID, siblingGroup: card.siblingGroup, state: states[position]))
                    }
                } else {
                    dueCards.append(DueCard(cardID: card.cardID, siblingGroup: card.siblingGroup, state: newState))
                }
            }
            // Facts reviewed today through a card the caller did not list still block their siblings.
            progress.reviewedSiblingGroups.formUnion(reviewedFacts)

            return StudyQueue.build(
                from: dueCards, progress: progress, now: now, timeZone: timeZone,
                rolloverHour: settings.dayRolloverHour, limits: settings.limits, curve: curve)
        }
    }
}

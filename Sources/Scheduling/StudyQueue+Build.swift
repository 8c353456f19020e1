import Foundation

extension StudyQueue {
    /// Today's queue for one learner.
    ///
    /// - Learning and relearning cards due at or before `now`, earliest first; never limited.
    /// - Review cards due before the study day ends, lowest retrievability at `now` first (so the most
    ///   at-risk part of an overdue backlog comes first), up to the review limit less `reviewsDone`.
    /// - New cards up to the new limit less `newIntroduced`, by due date (creation) then input order.
    ///
    /// Siblings: at most one card per sibling group per day. A group counts as reviewed today if it is in
    /// `progress.reviewedSiblingGroups` or one of its cards was last reviewed since the day began; no card of
    /// such a group is queued, except a learning or relearning card that was itself reviewed today (it is
    /// the card being learnt). Within the queue, the first card of a group in study order wins.
    ///
    /// One pass over the cards, a sort of the due reviews, and one calendar computation in all.
    public static func build(
        from cards: [DueCard],
        progress: StudyDayProgress = StudyDayProgress(),
        now: Date,
        timeZone: TimeZone,
        rolloverHour: Int = 4,
        limits: StudyLimits = StudyLimits(),
        curve: ForgettingCurve = .default
    ) -> StudyQueue {
        let day = StudyDay(containing: now, timeZone: timeZone, rolloverHour: rolloverHour)

        var blocked = progress.reviewedSiblingGroups
        var learningIndices: [Int] = []
        var laterLearningIndices: [Int] = []
        var dueReviews: [(retrievability: Double, due: Date, index: Int)] = []
        var newIndices: [Int] = []

        for (index, card) in cards.enumerated() {
            let state = card.state
            if let lastReview = state.lastReview, lastReview >= day.start {
                blocked.insert(card.siblingGroup)
            }
            switch state.phase {
            case .learning, .relearning:
                if state.due <= now {
                    learningIndices.append(index)
                } else if state.due < day.end {
                    laterLearningIndices.append(index)
                }
            case .review:
                if state.due < day.end {
                    dueReviews.append((state.retrievability(at: now, curve: curve), state.due, index))
                }
            case .new:
                newIndices.append(index)
            }
        }

        func reviewedToday(_ card: DueCard) -> Bool {
            guard let lastReview = card.state.lastReview else { return false }
            return lastReview >= day.start
        }

        var claimed: Set<String> = []
        func take(_ card: DueCard) -> Bool {
            if blocked.contains(card.siblingGroup) || claimed.contains(card.siblingGroup) {
                return false
            }
            claimed.insert(card.siblingGroup)
            return true
        }

        learningIndices.sort { (cards[$0].state.due, $0) < (cards[$1].state.due, $1) }
        var learning: [DueCard] = []
        for index in learningIndices {
            let card = cards[index]
            if reviewedToday(card) {
                claimed.insert(card.siblingGroup)
                learning.append(card)
            } else if take(card) {
                learning.append(card)
            }
        }

        dueReviews.sort { ($0.retrievability, $0.due, $0.index) < ($1.retrievability, $1.due, $1.index) }
        var reviews: [DueCard] = []
        let reviewRoom = max(0, limits.reviewsPerDay - progress.reviewsDone)
        for entry in dueReviews where reviews.count < reviewRoom {
            let card = cards[entry.index]
            if take(card) {
                reviews.append(card)
            }
        }

        newIndices.sort { (cards[$0].state.due, $0) < (cards[$1].state.due, $1) }
        var new: [DueCard] = []
        let newRoom = max(0, limits.newPerDay - progress.newIntroduced)
        for index in newIndices where new.count < newRoom {
            let card = cards[index]
            if take(card) {
                new.append(card)
            }
        }

        let nextLearningDue =
            laterLearningIndices
            .lazy
            .map { cards[$0] }
            .filter { reviewedToday($0) || !blocked.contains($0.siblingGroup) }
            .map(\.state.due)
            .min()

        return StudyQueue(day: day, learning: learning, reviews: reviews, new: new, nextLearningDue: nextLearningDue)
    }
}

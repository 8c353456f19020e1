import Foundation

/// Today's cards in the order to study them: learning and relearning cards due now, then reviews, then new
/// cards. Built by `StudyQueue.build`, a pure function of the stored states and the moment passed in.
public struct StudyQueue: Sendable, Hashable {
    /// The study day the queue was built for.
    public var day: StudyDay
    /// Learning and relearning cards due now, earliest first.
    public var learning: [DueCard]
    /// Review cards due before the day ends, lowest retrievability first, within the review limit.
    public var reviews: [DueCard]
    /// New cards within the new-card limit, oldest first (ties keep the order they were given in).
    public var new: [DueCard]
    /// When the next learning card that is not yet due comes due today, if one does; build the queue again then.
    public var nextLearningDue: Date?

    public init(day: StudyDay, learning: [DueCard], reviews: [DueCard], new: [DueCard], nextLearningDue: Date?) {
        self.day = day
        self.learning = learning
        self.reviews = reviews
        self.new = new
        self.nextLearningDue = nextLearningDue
    }

    /// All the queued cards in study order.
    public var cards: [DueCard] { learning + reviews + new }

    /// True when nothing is left to study right now.
    public var isEmpty: Bool { learning.isEmpty && reviews.isEmpty && new.isEmpty }
}

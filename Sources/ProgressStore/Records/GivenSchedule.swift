import Foundation

/// A due date that another program's scheduler gave a card after its latest review: Anki's, for a card
/// that `recall anki import` brought in. Anki fuzzes intervals with its own random numbers and counts
/// elapsed time in study days, so its due date is not the one Recall's replay of the same answers gives;
/// keeping it lets the learner's schedule go on where Anki left it. The memory state stays Recall's replay.
public struct GivenSchedule: Sendable, Hashable {
    /// The card id, as the review log names it.
    public var card: String
    /// The answer the schedule follows. It is kept only while that is still the card's latest review.
    public var after: Date
    public var due: Date
    public var intervalDays: Int

    public init(card: String, after: Date, due: Date, intervalDays: Int) {
        self.card = card
        self.after = after
        self.due = due
        self.intervalDays = intervalDays
    }
}

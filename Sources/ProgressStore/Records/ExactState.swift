import Foundation
import Scheduling

/// A card state with its due date and last review kept as exact microseconds.
///
/// `CardState` holds moments as `Date`, a `Double` of seconds since 2001, which has room for every
/// microsecond only until 2137; FSRS's hundred-year intervals reach past that. The store keeps the exact
/// values beside the state: the last review is the review's own logged moment, and the due date is that
/// moment plus the interval (whole days in review, a step's delay otherwise), so what is stored and shown
/// is what py-fsrs computes, to the microsecond, for any year.
struct ExactState: Sendable, Hashable {
    var state: CardState
    /// Microseconds since 1970 UTC.
    var due: Int64
    var lastReview: Int64?

    init(state: CardState, due: Int64, lastReview: Int64?) {
        self.state = state
        self.due = due
        self.lastReview = lastReview
    }

    /// A card never reviewed, created at `microseconds`.
    static func new(at microseconds: Int64, ease: Double) -> ExactState {
        ExactState(state: .new(createdAt: Timestamp.date(microseconds), ease: ease), due: microseconds, lastReview: nil)
    }

    /// The exact state after a review at `microseconds` that left `after`.
    ///
    /// In review the due date is a whole number of days after the review; on a learning or relearning
    /// step it is the step's delay after it, which with Recall's settings (whole seconds, or their mean for
    /// Hard) is a multiple of half a second.
    static func after(_ after: CardState, reviewedAt microseconds: Int64) -> ExactState {
        let approximate = Timestamp.microseconds(after.due) - microseconds
        let delay: Int64
        if after.phase == .review {
            delay = Int64(after.intervalDays) * 86_400_000_000
        } else {
            let half: Int64 = 500_000
            delay = (approximate >= 0 ? approximate + half / 2 : approximate - half / 2) / half * half
        }
        return ExactState(state: after, due: microseconds + delay, lastReview: microseconds)
    }
}

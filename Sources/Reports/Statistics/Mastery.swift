import Foundation
import Scheduling

/// Mastery of a set of cards: the mean probability of recalling each of them now, a card never met
/// counting 0. It reads as "the share of these cards the student would get right if asked now".
public enum Mastery {
    /// Mean retrievability at `moment` over `cards`, looking each one up in `states` (absent: 0).
    /// An empty card list has mastery 0.
    public static func of(cards: some Collection<String>, states: [String: CardState], at moment: Date) -> Double {
        guard !cards.isEmpty else { return 0 }
        var sum = 0.0
        for card in cards {
            if let state = states[card] { sum += state.retrievability(at: moment) }
        }
        return sum / Double(cards.count)
    }

    /// A card counts as seen once it has been reviewed (cram alone leaves it new).
    public static func isSeen(_ state: CardState) -> Bool {
        state.lastReview != nil
    }

    /// A card is mature when it is in review with an interval of at least `matureIntervalDays` (21, as Anki).
    public static func isMature(_ state: CardState, matureIntervalDays: Int = 21) -> Bool {
        state.phase == .review && state.intervalDays >= matureIntervalDays
    }
}

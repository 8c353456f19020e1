import Foundation

extension CardState {
    /// Probability of recall at `moment` on the FSRS power curve, as py-fsrs computes it: whole days since
    /// the last review (floored, never negative), and 0 for a card never reviewed.
    ///
    /// A card last scheduled by SM-2 has no FSRS stability; its stability is then estimated as its interval,
    /// which is what fsrs-rs's `memory_state_from_sm2` gives for SM-2's customary 90% retention at the due
    /// date. An SM-2 card still on its first learning steps (no interval yet) counts as 0, like a new card.
    public func retrievability(at moment: Date, curve: ForgettingCurve = .default) -> Double {
        guard let lastReview else { return 0 }
        guard let stability = stability ?? (intervalDays > 0 ? Double(intervalDays) : nil) else { return 0 }
        let span = moment.microsecondsSinceReferenceDate - lastReview.microsecondsSinceReferenceDate
        let days = max(0, Microseconds.wholeDays(span))
        return curve.retrievability(elapsedDays: Double(days), stability: stability)
    }

    /// Whole days from the last review to `moment`, floored like `timedelta.days`; `nil` if never reviewed.
    func daysSinceLastReview(at moment: Date) -> Int? {
        guard let lastReview else { return nil }
        let span = moment.microsecondsSinceReferenceDate - lastReview.microsecondsSinceReferenceDate
        return Int(Microseconds.wholeDays(span))
    }
}

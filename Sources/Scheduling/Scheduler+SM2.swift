import Foundation

extension Scheduler {
    /// SM-2 as Anki's v3 scheduler applies it (rslib `scheduler/states`), with one difference: days elapsed
    /// are whole 24-hour periods since the last review (as FSRS counts them), not crossings of Anki's
    /// day rollover. Anki counts in 32-bit floats; this uses doubles.
    func sm2Review(_ state: CardState, rating: Rating, at moment: Date, fuzzUnit: Double?) -> CardState {
        let sm2 = parameters.sm2
        let maximum = max(parameters.maximumInterval, 1)
        var next = state
        next.reps += 1
        next.lastReview = moment
        next.stability = nil
        next.difficulty = nil

        enum Outcome {
            case step(CardPhase, index: Int, delay: Int64)
            case review(days: Int)
        }
        let outcome: Outcome

        switch state.phase {
        case .new, .learning:
            let steps = derived.learningSteps
            let graduating = Fuzz.ankiDays(
                Double(sm2.graduatingInterval), minimum: 1, maximum: maximum, unit: fuzzUnit)
            let easy = Fuzz.ankiDays(Double(sm2.easyInterval), minimum: 1, maximum: maximum, unit: fuzzUnit)
            if steps.isEmpty {
                outcome = .review(days: rating == .easy ? easy : graduating)
            } else {
                let index = steps.clampedIndex(state.step ?? 0)
                switch rating {
                case .again:
                    outcome = .step(.learning, index: 0, delay: steps[0])
                case .hard:
                    outcome = .step(.learning, index: index, delay: steps.ankiHardDelay(step: index))
                case .good:
                    outcome =
                        index + 1 < steps.count
                        ? .step(.learning, index: index + 1, delay: steps[index + 1]) : .review(days: graduating)
                case .easy:
                    outcome = .review(days: easy)
                }
            }
            if case .review = outcome {
                next.ease = sm2.startingEase
            }

        case .review:
            if rating == .again {
                next.lapses += 1
                next.ease = max(sm2.minimumEase, state.ease + sm2.againEaseDelta)
                let lapse = lapseInterval(after: state.intervalDays, maximum: maximum)
                let relearning = derived.relearningSteps
                if relearning.isEmpty {
                    outcome = .review(days: lapse)
                } else {
                    outcome = .step(.relearning, index: 0, delay: relearning[0])
                    next.intervalDays = lapse
                }
            } else {
                let intervals = sm2PassingIntervals(state, at: moment, maximum: maximum, fuzzUnit: fuzzUnit)
                switch rating {
                case .hard:
                    next.ease = max(sm2.minimumEase, state.ease + sm2.hardEaseDelta)
                    outcome = .review(days: intervals.hard)
                case .easy:
                    next.ease = state.ease + sm2.easyEaseDelta
                    outcome = .review(days: intervals.easy)
                default:
                    outcome = .review(days: intervals.good)
                }
            }

        case .relearning:
            // The interval the card returns to was set when it lapsed; ease and lapses stay as they are.
            let steps = derived.relearningSteps
            let returning = min(max(state.intervalDays, 1), maximum)
            if steps.isEmpty {
                outcome = .review(days: rating == .easy ? min(returning + 1, maximum) : returning)
            } else {
                let index = steps.clampedIndex(state.step ?? 0)
                switch rating {
                case .again:
                    next.intervalDays = lapseInterval(after: state.intervalDays, maximum: maximum)
                    outcome = .step(.relearning, index: 0, delay: steps[0])
                case .hard:
                    outcome = .step(.relearning, index: index, delay: steps.ankiHardDelay(step: index))
                case .good:
                    outcome =
                        index + 1 < steps.count
                        ? .step(.relearning, index: index + 1, delay: steps[index + 1]) : .review(days: returning)
                case .easy:
                    outcome = .review(days: min(returning + 1, maximum))
                }
            }
        }

        let now = moment.microsecondsSinceReferenceDate
        switch outcome {
        case let .step(phase, index, delay):
            next.phase = phase
            next.step = index
            if phase == .learning {
                next.intervalDays = 0
            }
            next.due = Date(microsecondsSinceReferenceDate: now + delay)
        case let .review(days):
            next.phase = .review
            next.step = nil
            next.intervalDays = days
            next.due = Date(microsecondsSinceReferenceDate: now + Int64(days) * Microseconds.perDay)
        }
        return next
    }

    /// Days a lapsed card returns to after relearning: the old interval times the lapse multiplier
    /// (truncated, as Anki does), at least the minimum lapse interval and at least a day.
    private func lapseInterval(after interval: Int, maximum: Int) -> Int {
        let kept = Int(Double(interval) * parameters.sm2.lapseMultiplier)
        return min(max(kept, parameters.sm2.minimumLapseInterval, 1), maximum)
    }

    /// Anki's Hard, Good and Easy intervals for a review card, each at least a day longer than the one
    /// before (on time or late); a review before the due date uses Anki's gentler early-review formulas.
    func sm2PassingIntervals(
        _ state: CardState, at moment: Date, maximum: Int, fuzzUnit: Double?
    ) -> (hard: Int, good: Int, easy: Int) {
        let sm2 = parameters.sm2
        let scheduled = state.intervalDays
        let elapsed = max(0, state.daysSinceLastReview(at: moment) ?? scheduled)
        let daysLate = elapsed - scheduled

        func constrain(_ interval: Double, minimum: Int, fuzz: Bool) -> Int {
            let interval = interval * sm2.intervalModifier
            let minimum = min(max(minimum, 1), maximum)
            if fuzz {
                return Fuzz.ankiDays(interval, minimum: minimum, maximum: maximum, unit: fuzzUnit)
            }
            return min(max(Int(interval.rounded()), minimum), maximum)
        }

        let current = Double(scheduled)
        if daysLate < 0 {
            let elapsed = Double(elapsed)
            let hardBase = max(elapsed * sm2.hardMultiplier, current * sm2.hardMultiplier / 2)
            let hard = constrain(hardBase, minimum: 0, fuzz: false)
            let goodBase = max(elapsed * state.ease, current)
            let good = constrain(goodBase, minimum: 0, fuzz: false)
            let reducedBonus = sm2.easyBonus - (sm2.easyBonus - 1) / 2
            let easy = constrain(goodBase * reducedBonus, minimum: 0, fuzz: false)
            return (hard, good, easy)
        }

        let late = Double(daysLate)
        let hardMinimum = sm2.hardMultiplier <= 1 ? 0 : scheduled + 1
        let hard = constrain(current * sm2.hardMultiplier, minimum: hardMinimum, fuzz: true)
        let goodMinimum = sm2.hardMultiplier <= 1 ? scheduled + 1 : hard + 1
        let good = constrain((current + late / 2) * state.ease, minimum: goodMinimum, fuzz: true)
        let easy = constrain((current + late) * state.ease * sm2.easyBonus, minimum: good + 1, fuzz: true)
        return (hard, good, easy)
    }
}

import Foundation

extension Scheduler {
    /// Where a review sends the card: onto a (re)learning step, or into review in whole days.
    enum StepOutcome: Equatable {
        case step(CardPhase, index: Int, delay: Int64)
        case graduate
    }

    /// FSRS-6 as py-fsrs 6.3.2's `review_card` does it, phase by phase.
    func fsrsReview(_ state: CardState, rating: Rating, at moment: Date, fuzzUnit: Double?) -> CardState {
        let fsrs = derived.fsrs
        let (stability, difficulty) = fsrsMemory(after: rating, on: state, at: moment, fsrs: fsrs)

        let outcome: StepOutcome
        switch state.phase {
        case .new, .learning:
            outcome = Self.pyFSRSSteps(
                derived.learningSteps, phase: .learning, step: state.step ?? 0, rating: rating)
        case .relearning:
            outcome = Self.pyFSRSSteps(
                derived.relearningSteps, phase: .relearning, step: state.step ?? 0,
                rating: rating)
        case .review:
            let relearning = derived.relearningSteps
            outcome =
                rating == .again && !relearning.isEmpty
                ? .step(.relearning, index: 0, delay: relearning[0]) : .graduate
        }

        var next = state
        next.stability = stability
        next.difficulty = difficulty
        next.reps += 1
        if state.phase == .review && rating == .again {
            next.lapses += 1
        }
        next.lastReview = moment
        let now = moment.microsecondsSinceReferenceDate
        switch outcome {
        case let .step(phase, index, delay):
            next.phase = phase
            next.step = index
            next.intervalDays = 0
            next.due = Date(microsecondsSinceReferenceDate: now + delay)
        case .graduate:
            var days = fsrs.nextInterval(stability: stability)
            if let fuzzUnit {
                days = Fuzz.pyFSRSDays(days, maximumInterval: parameters.maximumInterval, unit: fuzzUnit)
            }
            next.phase = .review
            next.step = nil
            next.intervalDays = days
            next.due = Date(microsecondsSinceReferenceDate: now + Int64(days) * Microseconds.perDay)
        }
        return next
    }

    /// New stability and difficulty. A first review sets the initial values; a review within a day of the
    /// last uses the short-term formula; otherwise the long-term one at the current retrievability.
    private func fsrsMemory(
        after rating: Rating, on state: CardState, at moment: Date, fsrs: FSRS
    ) -> (stability: Double, difficulty: Double) {
        let current: (stability: Double, difficulty: Double)
        if let stability = state.stability, let difficulty = state.difficulty {
            current = (stability, difficulty)
        } else if state.phase == .new || state.phase == .learning {
            return (fsrs.initialStability(rating), fsrs.initialDifficulty(rating))
        } else {
            // Last scheduled by SM-2: estimate the memory from its ease and interval.
            current = fsrs.memoryState(fromSM2Ease: state.ease, intervalDays: Double(state.intervalDays))
        }

        let days = state.daysSinceLastReview(at: moment)
        let stability: Double
        if let days, days < 1 {
            stability = fsrs.shortTermStability(current.stability, rating: rating)
        } else {
            // py-fsrs takes retrievability 0 when there is no last review.
            let retrievability = days.map { fsrs.retrievability(elapsedDays: $0, stability: current.stability) } ?? 0
            stability = fsrs.nextStability(
                difficulty: current.difficulty, stability: current.stability, retrievability: retrievability,
                rating: rating)
        }
        return (stability, fsrs.nextDifficulty(current.difficulty, rating: rating))
    }

    /// py-fsrs's step logic, the same for learning and relearning: Again goes back to the first step; Hard
    /// stays (see `LearningSteps.pyFSRSHardDelay`); Good moves on or graduates after the last step; Easy
    /// graduates. With no steps, or a step beyond the list (the steps were shortened), a pass graduates.
    static func pyFSRSSteps(_ steps: LearningSteps, phase: CardPhase, step: Int, rating: Rating) -> StepOutcome {
        if steps.isEmpty || (step >= steps.count && rating != .again) {
            return .graduate
        }
        switch rating {
        case .again:
            return .step(phase, index: 0, delay: steps[0])
        case .hard:
            return .step(phase, index: step, delay: steps.pyFSRSHardDelay(step: step))
        case .good:
            return step + 1 == steps.count ? .graduate : .step(phase, index: step + 1, delay: steps[step + 1])
        case .easy:
            return .graduate
        }
    }
}

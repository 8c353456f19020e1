import Foundation
import SeededRandom

/// Simulates a learner's deck day by day, as fsrs-rs's simulator does, to show what a desired retention costs
/// and what it keeps: each day the due reviews (most at risk first, up to the daily limit; the rest wait a
/// day), then new cards up to the daily limit; each answer drawn from the memory model — recalled with the
/// probability FSRS gives, rated as the learner rates — and timed as the learner answers; same-day learning and
/// relearning steps drawn from the learner's step sequences.
///
/// Pure and deterministic: the draws come from a `SeededGenerator`.
public struct WorkloadSimulator: Sendable {
    /// A card the learner has already studied.
    public struct Card: Sendable, Hashable {
        public var stability: Double
        public var difficulty: Double
        /// The day of its last review, relative to the first simulated day (0); zero or negative.
        public var lastReviewDay: Int
        /// The day it is due, relative to the first simulated day; negative when overdue.
        public var dueDay: Int

        public init(stability: Double, difficulty: Double, lastReviewDay: Int, dueDay: Int) {
            self.stability = stability
            self.difficulty = difficulty
            self.lastReviewDay = lastReviewDay
            self.dueDay = dueDay
        }
    }

    public var weights: [Double]
    public var behaviour: StudyBehaviour
    public var limits: StudyLimits
    public var maximumInterval: Int
    /// Cards already studied.
    public var cards: [Card]
    /// Cards not yet introduced.
    public var newCards: Int
    public var days: Int

    public init(
        weights: [Double], behaviour: StudyBehaviour, limits: StudyLimits, maximumInterval: Int, cards: [Card],
        newCards: Int, days: Int
    ) {
        self.weights = weights
        self.behaviour = behaviour
        self.limits = limits
        self.maximumInterval = maximumInterval
        self.cards = cards
        self.newCards = newCards
        self.days = days
    }

    /// What one desired retention led to.
    public struct Outcome: Sendable, Hashable, Codable {
        public var desiredRetention: Double
        /// Answers each day, new cards' and reviews' (with their same-day steps).
        public var reviewsPerDay: [Int]
        /// New cards introduced each day.
        public var newPerDay: [Int]
        /// Seconds of study each day.
        public var secondsPerDay: [Double]
        /// Expected number of the deck's cards the learner would recall on the last day: the sum of every
        /// studied card's probability of recall then.
        public var knowledge: Double

        public var totalReviews: Int { reviewsPerDay.reduce(0, +) }
        public var totalMinutes: Double { secondsPerDay.reduce(0, +) / 60 }
        /// Cards remembered at the end per minute of study: what the advice maximises.
        public var knowledgePerMinute: Double { totalMinutes > 0 ? knowledge / totalMinutes : 0 }
    }

    private struct Simulated {
        var stability: Double
        var difficulty: Double
        var lastDay: Int
    }

    /// Runs the simulation at one desired retention.
    public func simulate(desiredRetention: Double, using generator: inout SeededGenerator) -> Outcome {
        let model = MemoryModel(weights: weights)
        let curve = model.fsrs.curve
        let retentionFactor = pow(desiredRetention, 1 / -curve.decay) - 1
        let learningSeconds = behaviour.seconds[StudyBehaviour.Row.learning.rawValue]
        let reviewSeconds = behaviour.seconds[StudyBehaviour.Row.review.rawValue]
        let relearningSeconds = behaviour.seconds[StudyBehaviour.Row.relearning.rawValue]

        var outcome = Outcome(
            desiredRetention: desiredRetention, reviewsPerDay: Array(repeating: 0, count: days),
            newPerDay: Array(repeating: 0, count: days), secondsPerDay: Array(repeating: 0, count: days), knowledge: 0)
        var state: [Simulated] = []
        state.reserveCapacity(cards.count + newCards)
        // Cards due on each day; anything due after the last day waits for the end.
        var due = [[Int32]](repeating: [], count: max(days, 1))
        for card in cards {
            let day = max(card.dueDay, 0)
            if day < days { due[day].append(Int32(state.count)) }
            state.append(Simulated(stability: card.stability, difficulty: card.difficulty, lastDay: card.lastReviewDay))
        }
        var remainingNew = newCards

        func schedule(_ index: Int, on day: Int, into due: inout [[Int32]]) {
            let interval = (state[index].stability / curve.factor * retentionFactor).rounded()
            let days = Int(min(max(interval, 1), Double(maximumInterval)))
            if day + days < self.days { due[day + days].append(Int32(index)) }
        }

        for day in 0..<days {
            var today = due[day]
            due[day] = []
            if today.count > limits.reviewsPerDay {
                // Most at risk first; the rest wait for tomorrow, as Recall's queue does with a backlog. Every card
                // shares the curve's decay, so recall falls as days-elapsed / stability rises: that ratio orders
                // them without computing a power per comparison.
                let keyed = today.map { card in
                    (risk: Double(day - state[Int(card)].lastDay) / state[Int(card)].stability, card: card)
                }.sorted { a, b in a.risk != b.risk ? a.risk > b.risk : a.card < b.card }
                today = keyed.map(\.card)
                if day + 1 < days { due[day + 1].append(contentsOf: today[limits.reviewsPerDay...]) }
                today.removeLast(today.count - limits.reviewsPerDay)
            }
            for card in today {
                let index = Int(card)
                var memory = MemoryModel.State(stability: state[index].stability, difficulty: state[index].difficulty)
                let elapsed = Int32(day - state[index].lastDay)
                let r = model.retrievability(elapsed: elapsed, stability: memory.stability)
                let recalled = generator.nextUnit() < r
                let rating: UInt8 = recalled ? UInt8(Self.draw(behaviour.recallRating, &generator) + 2) : 1
                memory = model.next(memory, elapsed: elapsed, rating: rating, retrievability: r)
                var seconds = reviewSeconds[Int(rating) - 1]
                var answers = 1
                if rating == 1 {
                    let steps = sameDaySteps(
                        memory, opening: nil, transitions: behaviour.relearningTransitions, required: behaviour.relearningSteps,
                        costs: relearningSeconds, model: model, generator: &generator)
                    memory = steps.memory
                    seconds += steps.seconds
                    answers += steps.answers
                }
                state[index] = Simulated(stability: memory.stability, difficulty: memory.difficulty, lastDay: day)
                outcome.reviewsPerDay[day] += answers
                outcome.secondsPerDay[day] += seconds
                schedule(index, on: day, into: &due)
            }
            let introduced = min(remainingNew, limits.newPerDay)
            for _ in 0..<introduced {
                let rating = UInt8(Self.draw(behaviour.firstRating, &generator) + 1)
                let steps = sameDaySteps(
                    model.initial(rating), opening: rating, transitions: behaviour.learningTransitions,
                    required: behaviour.learningSteps, costs: learningSeconds, model: model, generator: &generator)
                let index = state.count
                state.append(Simulated(stability: steps.memory.stability, difficulty: steps.memory.difficulty, lastDay: day))
                outcome.reviewsPerDay[day] += steps.answers
                outcome.secondsPerDay[day] += steps.seconds
                schedule(index, on: day, into: &due)
            }
            remainingNew -= introduced
            outcome.newPerDay[day] = introduced
        }
        let last = days - 1
        outcome.knowledge = state.reduce(0) { sum, card in
            sum + curve.retrievability(elapsedDays: Double(max(last - card.lastDay, 0)), stability: card.stability)
        }
        return outcome
    }

    /// fsrs-rs's same-day steps: after the opening answer (a new card's first rating, or the Again of a lapse),
    /// further answers drawn from the step transitions until `required` passes in a row (Again starts over,
    /// Hard neither counts nor resets, Easy graduates at once), five at most.
    private func sameDaySteps(
        _ start: MemoryModel.State, opening: UInt8?, transitions: [[Double]], required: Int, costs: [Double],
        model: MemoryModel, generator: inout SeededGenerator
    ) -> (memory: MemoryModel.State, seconds: Double, answers: Int) {
        var memory = start
        var rating = opening ?? 1
        var seconds = opening.map { costs[Int($0) - 1] } ?? 0
        var answers = opening == nil ? 0 : 1
        var consecutive = 0
        let needed = rating > 2 ? max(required - 1, 0) : required
        for _ in 0..<5 {
            if consecutive >= needed || rating >= 4 { break }
            rating = UInt8(Self.draw(transitions[Int(rating) - 1], &generator) + 1)
            memory = model.next(memory, elapsed: 0, rating: rating, retrievability: 1)
            seconds += costs[Int(rating) - 1]
            answers += 1
            if rating > 2 {
                consecutive += 1
            } else if rating == 1 {
                consecutive = 0
            }
        }
        return (memory, seconds, answers)
    }

    /// An index drawn with the given probabilities (which sum to 1).
    @inline(__always)
    static func draw(_ probabilities: [Double], _ generator: inout SeededGenerator) -> Int {
        var u = generator.nextUnit()
        for (index, p) in probabilities.enumerated() {
            if u < p { return index }
            u -= p
        }
        return probabilities.count - 1
    }
}

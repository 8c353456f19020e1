extension StudyBehaviour {
    /// Pseudo-answers of `typical` behaviour blended into each estimate, so a short log moves the figures only
    /// as far as it has evidence for (and an empty one leaves the typical values).
    static let priorWeight = 4.0

    /// The learner's behaviour read from their log, as fsrs-rs's `extract_simulator_config` reads an Anki
    /// collection: first answers of new cards, ratings of recalled reviews, the same-day sequences of learning
    /// and relearning steps, and the mean time of each (phase, rating) — answers over 20 minutes left out.
    public init(histories: [CardHistory], days: StudyDayIndex, learningSteps: Int, relearningSteps: Int) {
        var days = days
        let typical = Self.typical
        var first = [Double](repeating: 0, count: 4)
        var recall = [Double](repeating: 0, count: 3)
        var learning = [[Double]](repeating: [0, 0, 0, 0], count: 3)
        var relearning = learning
        var time = [[Double]](repeating: [0, 0, 0, 0], count: 3)
        var timed = time
        for history in histories {
            var index = 0
            let reviews = history.reviews
            while index < reviews.count {
                // One study day's answers to this card.
                let day = days.day(of: reviews[index].moment)
                var end = index + 1
                while end < reviews.count && days.day(of: reviews[end].moment) == day { end += 1 }
                let opening = reviews[index]
                let ratings = reviews[index..<end].map { $0.rating.rawValue }
                if opening.phase == .new {
                    first[ratings[0] - 1] += 1
                    Self.count(ratings, into: &learning)
                } else if opening.phase == .review {
                    if ratings[0] > 1 {
                        recall[ratings[0] - 2] += 1
                    } else {
                        Self.count(ratings, into: &relearning)
                    }
                }
                for review in reviews[index..<end] {
                    guard let ms = review.durationMs, ms > 0, ms < 1_200_000 else { continue }
                    let row: Row =
                        switch review.phase {
                        case .new, .learning: .learning
                        case .review: .review
                        case .relearning: .relearning
                        }
                    time[row.rawValue][review.rating.rawValue - 1] += Double(ms) / 1000
                    timed[row.rawValue][review.rating.rawValue - 1] += 1
                }
                index = end
            }
        }
        self.init(
            firstRating: Self.blend(first, typical.firstRating),
            recallRating: Self.blend(recall, typical.recallRating),
            learningTransitions: zip(learning, typical.learningTransitions).map { Self.blend($0, $1) },
            relearningTransitions: zip(relearning, typical.relearningTransitions).map { Self.blend($0, $1) },
            seconds: (0..<3).map { row in
                (0..<4).map { rating in
                    let n = timed[row][rating]
                    let prior = typical.seconds[row][rating]
                    return (time[row][rating] + Self.priorWeight * prior) / (n + Self.priorWeight)
                }
            },
            learningSteps: learningSteps, relearningSteps: relearningSteps)
    }

    /// Counts rating-to-next-rating transitions of one same-day sequence (rows Again, Hard, Good).
    private static func count(_ ratings: [Int], into transitions: inout [[Double]]) {
        for (from, to) in zip(ratings, ratings.dropFirst()) where from <= 3 {
            transitions[from - 1][to - 1] += 1
        }
    }

    /// Counts turned into probabilities, with `priorWeight` answers of the typical distribution mixed in.
    private static func blend(_ counts: [Double], _ prior: [Double]) -> [Double] {
        let total = counts.reduce(0, +) + priorWeight
        return zip(counts, prior).map { ($0 + priorWeight * $1) / total }
    }
}

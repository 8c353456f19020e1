import Foundation

/// Pre-training of the initial stabilities w0...w3 from first reviews, as fsrs-rs does before gradient descent.
///
/// For each first rating, the first reviews a day or more later are grouped by the days elapsed; the stability
/// whose forgetting curve (with the default decay) best fits the recall rates — smoothed towards the log's
/// average recall, pulled towards the default by an L1 term — is found by ternary search. Ratings with no data
/// are then filled in from the others by fsrs-rs's fixed ratios, and the four made increasing.
enum InitialStability {
    /// The fitted stabilities and how many first long-term reviews each first rating had (ratings with none
    /// are absent); nil when there are none at all.
    static func fit(
        _ facts: [TrainingSet.ItemFacts], items: [Int], averageRecall: Double
    ) -> (stabilities: [Double], counts: [Int: Int])? {
        // first rating -> days elapsed -> (passes, count)
        var groups: [Int: [Int32: (passes: Int, count: Int)]] = [:]
        for index in items where facts[index].longTermCount == 1 {
            let fact = facts[index]
            var entry = groups[Int(fact.firstRating), default: [:]][fact.elapsed] ?? (0, 0)
            entry.passes += fact.recalled ? 1 : 0
            entry.count += 1
            groups[Int(fact.firstRating), default: [:]][fact.elapsed] = entry
        }
        var counts: [Int: Int] = [:]
        var fitted: [Int: Double] = [:]
        for (rating, byElapsed) in groups {
            let points = byElapsed.sorted { $0.key < $1.key }.map { elapsed, value in
                Point(
                    elapsed: Double(elapsed), recall: Double(value.passes) / Double(value.count),
                    count: Double(value.count))
            }
            counts[rating] = points.reduce(0) { $0 + Int($1.count) }
            fitted[rating] = search(points, rating: rating, averageRecall: averageRecall)
        }
        guard let stabilities = smoothAndFill(fitted, counts: counts) else { return nil }
        return (stabilities, counts)
    }

    struct Point {
        var elapsed: Double
        var recall: Double
        var count: Double
    }

    /// The largest initial stability pre-training may give, in days.
    static let maximum = 100.0

    /// fsrs-rs works in 32-bit floats; its constants, widened, keep the search on the same grid.
    static func widened(_ value: Double) -> Double { Double(Float(value)) }

    /// Ternary search over 0.001...100 days for one first rating.
    static func search(_ points: [Point], rating: Int, averageRecall: Double) -> Double {
        let defaultStability = widened(SchedulerParameters.defaultWeights[rating - 1])
        let curve = ForgettingCurve(decay: widened(SchedulerParameters.defaultWeights[20]))
        let smoothed = points.map { point in
            // Laplace smoothing towards the log's average recall, as fsrs-rs does.
            (point.recall * point.count + widened(averageRecall)) / (point.count + 1)
        }
        func loss(_ stability: Double) -> Double {
            var total = 0.0
            for (point, recall) in zip(points, smoothed) {
                let predicted = curve.retrievability(elapsedDays: point.elapsed, stability: stability)
                total += -(recall * log(predicted) + (1 - recall) * log(1 - predicted)) * point.count
            }
            return total + abs(stability - defaultStability) / 16
        }
        var low = widened(FSRS.minimumStability)
        var high = maximum
        var best = defaultStability
        var iterations = 0
        while high - low > Double.ulpOfOne && iterations < 1_000 {
            iterations += 1
            let third = (high - low) / 3
            let mid1 = low + third
            let mid2 = high - (high - low) / 3
            if loss(mid1) < loss(mid2) {
                high = mid2
            } else {
                low = mid1
            }
            best = (high + low) / 2
        }
        return widened(best)
    }

    /// fsrs-rs's `smooth_and_fill`: a lower rating's stability never above a higher one's (the rating with more
    /// data wins), missing ratings filled in by fixed ratios, every value kept within 0.001...100 days.
    /// Nil when no rating has data.
    static func smoothAndFill(_ fitted: [Int: Double], counts: [Int: Int]) -> [Double]? {
        var stability = fitted.filter { counts[$0.key] != nil }
        for (small, big) in [(1, 2), (2, 3), (3, 4), (1, 3), (2, 4), (1, 4)] {
            if let smallValue = stability[small], let bigValue = stability[big], smallValue > bigValue,
                let smallCount = counts[small], let bigCount = counts[big]
            {
                if smallCount > bigCount {
                    stability[big] = smallValue
                } else {
                    stability[small] = bigValue
                }
            }
        }
        let w1 = widened(0.41)
        let w2 = widened(0.54)
        let defaults = (0..<4).map { widened(SchedulerParameters.defaultWeights[$0]) }
        var s: [Double?] = [nil, stability[1], stability[2], stability[3], stability[4]]
        switch stability.count {
        case 0:
            return nil
        case 1:
            guard case let (rating, value)? = stability.first else { return nil }
            let factor = value / defaults[rating - 1]
            s = [nil] + defaults.map { $0 * factor }.sorted()
        case 2:
            switch (s[1], s[2], s[3], s[4]) {
            case (nil, nil, let r3?, let r4?):
                let r2 = pow(r3, 1 / (1 - w2)) * pow(r4, 1 - 1 / (1 - w2))
                s[2] = r2
                s[1] = pow(r2, 1 / w1) * pow(r3, 1 - 1 / w1)
            case (nil, let r2?, nil, let r4?):
                let r3 = pow(r2, 1 - w2) * pow(r4, w2)
                s[3] = r3
                s[1] = pow(r2, 1 / w1) * pow(r3, 1 - 1 / w1)
            case (nil, let r2?, let r3?, nil):
                s[4] = pow(r2, 1 - 1 / w2) * pow(r3, 1 / w2)
                s[1] = pow(r2, 1 / w1) * pow(r3, 1 - 1 / w1)
            case (let r1?, nil, nil, let r4?):
                let k = w1 + w2 - w1 * w2
                s[2] = pow(r1, w1 / k) * pow(r4, 1 - w1 / k)
                s[3] = pow(r1, 1 - w2 / k) * pow(r4, w2 / k)
            case (let r1?, nil, let r3?, nil):
                let r2 = pow(r1, w1) * pow(r3, 1 - w1)
                s[2] = r2
                s[4] = pow(r2, 1 - 1 / w2) * pow(r3, 1 / w2)
            case (let r1?, let r2?, nil, nil):
                let r3 = pow(r1, 1 - 1 / (1 - w1)) * pow(r2, 1 / (1 - w1))
                s[3] = r3
                s[4] = pow(r2, 1 - 1 / w2) * pow(r3, 1 / w2)
            default:
                break
            }
        case 3:
            switch (s[1], s[2], s[3], s[4]) {
            case (nil, let r2?, let r3?, _):
                s[1] = pow(r2, 1 / w1) * pow(r3, 1 - 1 / w1)
            case (let r1?, nil, let r3?, _):
                s[2] = pow(r1, w1) * pow(r3, 1 - w1)
            case (_, let r2?, nil, let r4?):
                s[3] = pow(r2, 1 - w2) * pow(r4, w2)
            case (_, let r2?, let r3?, nil):
                s[4] = pow(r2, 1 - 1 / w2) * pow(r3, 1 / w2)
            default:
                break
            }
        default:
            break
        }
        return (1...4).map { min(max(s[$0] ?? defaults[$0 - 1], FSRS.minimumStability), maximum) }
    }
}

import Facts
import Foundation

/// The options of a number question, built as a whole: each option a neighbour of the next by a ratio drawn
/// afresh (never a fixed grid, so the key is no hub of round multiples), all written alike (`NumberShape`),
/// all inside the quantity's domain, clear of an approximate key's tolerance, and the key at the dealt rank.
enum NumberOptions {
    /// One option: its text and the values it stands for, to sort and compare by.
    struct Option: Hashable {
        var text: String
        var low: Double
        var high: Double
    }

    /// The ratio between neighbouring options: drawn between these, on a log scale.
    /// A false statement's number stands alone, with no options to weigh it against: it must be clearly
    /// wrong, never the next count up ("12 members" for 11), so its gap is wider.
    ///
    /// A measurement written to three or more significant digits with a decimal point (a race won in 9.63 s,
    /// a jump of 8.90 m) is asked among values such a measurement could take, a few per cent apart: four
    /// options 10 % apart would run from 9.63 to 12.8 s.
    static func gaps(_ qualifier: Quantity.Qualifier?, falseStatement: Bool = false, precise: Bool = false) -> ClosedRange<Double> {
        switch (qualifier == .approximately, falseStatement) {
        case (true, false): 1.25...1.55
        case (false, false): precise ? 1.06...1.14 : 1.1...1.45
        case (true, true): 1.5...1.9
        case (false, true): 1.3...1.7
        }
    }

    /// A range is asked with ranges as options only when it spans at most this ratio (wider ones would make
    /// options orders of magnitude apart).
    static let widestRange = 3.0

    /// `count` options in increasing order with the key at `rank`; nil when the domain and the shape leave no
    /// such set.
    /// `falseStatement`: the one other value is a true/false statement's false number (see `gaps`).
    static func make(
        key: Quantity, count: Int, rank: Int, domain: FigureDomain, falseStatement: Bool = false,
        using rng: inout some RandomNumberGenerator
    ) -> [Option]? {
        // A measurement's close options first; if its shape leaves none, the usual ones.
        let precise: Bool
        if case .exact(let n) = key.value { precise = NumberShape(n).isMeasurement } else { precise = false }
        for attempt in 0..<(precise ? 120 : 60) {
            let made: [Option]?
            switch key.value {
            case .exact(let n):
                let gaps = gaps(key.qualifier, falseStatement: falseStatement, precise: precise && attempt < 60)
                made = exact(
                    n, qualifier: key.qualifier, gaps: gaps, falseStatement: falseStatement, count: count, rank: rank, domain: domain,
                    using: &rng)
            case .range(let a, let b):
                made = range(
                    a, b, gaps: gaps(key.qualifier, falseStatement: falseStatement), count: count, rank: rank, domain: domain, using: &rng)
            }
            if let made { return made }
        }
        return nil
    }

    /// Factors from the key to each option, `rank` of them making smaller values, in order of distance.
    static func factors(
        count: Int, rank: Int, gaps: ClosedRange<Double>, negative: Bool, using rng: inout some RandomNumberGenerator
    ) -> [Double] {
        func draw() -> Double { exp(Double.random(in: log(gaps.lowerBound)...log(gaps.upperBound), using: &rng)) }
        var result: [Double] = []
        var f = 1.0
        for _ in 0..<rank {
            f /= draw()
            result.append(negative ? 1 / f : f)
        }
        f = 1
        for _ in 0..<(count - 1 - rank) {
            f *= draw()
            result.append(negative ? 1 / f : f)
        }
        return result
    }

    static func exact(
        _ n: DecimalNumber, qualifier: Quantity.Qualifier?, gaps: ClosedRange<Double>, falseStatement: Bool, count: Int, rank: Int,
        domain: FigureDomain, using rng: inout some RandomNumberGenerator
    ) -> [Option]? {
        let key = n.doubleValue
        let shape = NumberShape(n)
        let keyOption = Option(text: n.description, low: key, high: key)
        var values: [Double]
        if key == 0 {
            // Nothing to scale: step by units of the last written digit.
            let unit = pow(10, Double(-shape.decimals)) * pow(10, Double(shape.exponent ?? 0))
            var below = 0.0
            var above = 0.0
            values = []
            for i in 0..<(count - 1) {
                if i < rank {
                    below -= unit * Double(Int.random(in: 1...3, using: &rng))
                    values.append(below)
                } else {
                    above += unit * Double(Int.random(in: 1...3, using: &rng))
                    values.append(above)
                }
            }
        } else {
            values = factors(count: count, rank: rank, gaps: gaps, negative: key < 0, using: &rng).map { key * $0 }
        }
        var options = [keyOption]
        for v in values {
            guard let written = write(v, shape: shape, key: n, using: &rng) else { return nil }
            let x = written.doubleValue
            guard domain.allows(x), clear(x, of: key, qualifier: qualifier, falseStatement: falseStatement) else { return nil }
            options.append(Option(text: written.description, low: x, high: x))
        }
        // In scientific notation the exponents follow one pattern too: all alike, or two equal halves.
        if n.exponent != nil {
            let counts = Dictionary(grouping: options.map { $0.text.split(separator: "×").last.map(String.init) ?? "" }, by: { $0 }).values
                .map(\.count)
            guard counts.count == 1 || (counts.count == 2 && counts.allSatisfy { $0 * 2 == count }) else { return nil }
        }
        return ordered(options, key: keyOption, rank: rank)
    }

    /// A value in the key's shape; in scientific notation, with the key's exponent when the mantissa allows.
    static func write(_ v: Double, shape: NumberShape, key: DecimalNumber, using rng: inout some RandomNumberGenerator) -> DecimalNumber? {
        guard var e = shape.exponent else { return shape.write(v) }
        let mantissa = abs(v) / pow(10, Double(e))
        if mantissa >= 10 { e += 1 } else if mantissa < 1 { e -= 1 }
        var s = shape
        s.exponent = e
        return s.write(v)
    }

    /// Whether a distractor is clearly not the key: 5 % off an exact key, 20 % off an approximate one; a
    /// false statement's number 20 % and 35 %.
    static func clear(_ x: Double, of key: Double, qualifier: Quantity.Qualifier?, falseStatement: Bool = false) -> Bool {
        guard key != 0 else { return x != 0 }
        let least = qualifier == .approximately ? (falseStatement ? 0.35 : 0.2) : (falseStatement ? 0.2 : 0.05)
        return abs(x - key) / abs(key) >= least
    }

    static func range(
        _ a: DecimalNumber, _ b: DecimalNumber, gaps g: ClosedRange<Double>, count: Int, rank: Int, domain: FigureDomain,
        using rng: inout some RandomNumberGenerator
    ) -> [Option]? {
        let low = a.doubleValue
        let high = b.doubleValue
        guard low > 0, high / low <= widestRange else { return nil }
        let span = high / low
        let keyOption = Option(text: "\(a)–\(b)", low: low, high: high)
        let steps = (g.lowerBound * span)...(g.upperBound * span)
        var options = [keyOption]
        for f in factors(count: count, rank: rank, gaps: steps, negative: false, using: &rng) {
            guard let x = NumberShape(a).write(low * f), let y = NumberShape(b).write(high * f) else { return nil }
            let (l, h) = (x.doubleValue, y.doubleValue)
            guard l < h, domain.allows(l), domain.allows(h) else { return nil }
            options.append(Option(text: "\(x)–\(y)", low: l, high: h))
        }
        guard let sorted = ordered(options, key: keyOption, rank: rank) else { return nil }
        // Ranges that overlap could both be right.
        for (p, q) in zip(sorted, sorted.dropFirst()) where p.high >= q.low { return nil }
        return sorted
    }

    /// The options sorted, provided none repeats and the key sits at `rank`.
    static func ordered(_ options: [Option], key: Option, rank: Int) -> [Option]? {
        guard Set(options.map(\.text)).count == options.count else { return nil }
        let sorted = options.sorted { ($0.low, $0.high) < ($1.low, $1.high) }
        return sorted.firstIndex(of: key) == rank ? sorted : nil
    }
}

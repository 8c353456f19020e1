import Facts
import Foundation

/// A number as integer significand and power of ten, so that distractors are computed exactly and written
/// with the key's digits: 575000 is 575 × 10³, 9.80665 is 980665 × 10⁻⁵, 6.02214076e23 keeps its exponent.
struct ScaledNumber: Hashable, Sendable {
    var significand: Int
    var scale: Int
    /// The exponent of scientific notation, or nil for a plain number.
    var exponent: Int?

    /// Nil for numbers with more significant digits than exact integer arithmetic allows.
    init?(_ n: DecimalNumber) {
        if n.exponent != nil || !n.fractionDigits.isEmpty {
            let digits = n.integerDigits + n.fractionDigits
            guard digits.count <= 17, let value = Int(digits) else { return nil }
            significand = n.isNegative ? -value : value
            scale = -n.fractionDigits.count
        } else {
            var digits = Substring(n.integerDigits)
            var zeros = 0
            while digits.count > 1, digits.last == "0" {
                digits = digits.dropLast()
                zeros += 1
            }
            guard digits.count <= 17, var value = Int(digits) else { return nil }
            var scale = zeros
            // Leave room for distractors between round numbers: 500,000 varies in its second digit.
            while value != 0, value < 10, scale > 0 {
                value *= 10
                scale -= 1
            }
            significand = n.isNegative ? -value : value
            self.scale = scale
        }
        exponent = n.exponent
    }

    init(significand: Int, scale: Int, exponent: Int?) {
        self.significand = significand
        self.scale = scale
        self.exponent = exponent
    }

    var doubleValue: Double { Double(significand) * pow(10, Double(scale + (exponent ?? 0))) }

    /// Written with the same number of decimals as the key.
    var decimal: DecimalNumber {
        var digits = String(significand.magnitude)
        if scale >= 0 {
            if significand != 0 { digits += String(repeating: "0", count: scale) }
            return DecimalNumber(isNegative: significand < 0, integerDigits: digits, exponent: exponent)
        }
        let f = -scale
        if digits.count < f + 1 { digits = String(repeating: "0", count: f + 1 - digits.count) + digits }
        return DecimalNumber(
            isNegative: significand < 0, integerDigits: String(digits.dropLast(f)), fractionDigits: String(digits.suffix(f)),
            exponent: exponent)
    }

    func scaled(by factor: Double) -> ScaledNumber {
        ScaledNumber(significand: Int((Double(significand) * factor).rounded()), scale: scale, exponent: exponent)
    }
}

/// Wrong numbers for a figure: sibling figures of the same unit first, then numbers on a grid around the key,
/// written like the key, inside its domain (a positive key gets positive distractors), never within the
/// tolerance of an approximate key.
enum NumberDistractors {
    static let factorsBelow: [Double] = [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9]
    static let factorsAbove: [Double] = [1.1, 1.15, 1.2, 1.25, 1.3, 1.4, 1.5, 1.6, 1.75, 2]

    /// - Parameter need: how many candidates each side should offer, when the grid allows.
    static func pool(for figure: Int, index: DeckIndex, need: Int, using rng: inout some RandomNumberGenerator) -> OrderedPool {
        let key = index.figures[figure]
        let quantity = key.quantity
        let keyText = quantity.numberText
        let bounds = quantity.bounds
        let keyValue = bounds.lowerBound
        guard keyValue.isFinite else { return OrderedPool() }
        let positive = keyValue > 0
        let minimumGap = quantity.qualifier == .approximately ? 0.05 : 0
        func candidate(_ low: Double, _ high: Double, _ text: String) -> OrderedCandidate? {
            guard low.isFinite, high.isFinite, text != keyText else { return nil }
            if positive, low <= 0 { return nil }
            if keyValue != 0 {
                guard abs(low - keyValue) > minimumGap * abs(keyValue) else { return nil }
            }
            let ratio = keyValue == 0 || low == 0 || (low < 0) != (keyValue < 0) ? 0 : abs(log(abs(low / keyValue)))
            return OrderedCandidate(text: text, order: low, tiebreak: high, closeness: max(0, 1 - ratio / log(3)))
        }
        var pool = OrderedPool()
        func add(_ c: OrderedCandidate?) {
            guard let c else { return }
            if (c.order, c.tiebreak) < (bounds.lowerBound, bounds.upperBound) { pool.below.append(c) } else { pool.above.append(c) }
        }
        var full: Bool { pool.below.count >= need && pool.above.count >= need }

        // Sibling figures counting or measuring the same thing, written the same way, within a factor of ten:
        // the nearest few on each side, found by binary search in the unit's figures sorted by value.
        let siblings = index.figuresByUnit[index.figureUnitKeys[figure]] ?? []
        if siblings.count > 1, keyValue != 0 {
            var low = 0
            var high = siblings.count
            while low < high {
                let mid = (low + high) / 2
                if index.figures[siblings[mid]].quantity.bounds.lowerBound < keyValue { low = mid + 1 } else { high = mid }
            }
            var found: [OrderedCandidate] = []
            let below = Array(stride(from: low - 1, through: max(0, low - 12), by: -1))
            let above = Array(stride(from: low, to: min(siblings.count, low + 12), by: 1))
            for side in [below, above] {
                var taken = 0
                for i in side where taken < 4 && i >= 0 {
                    let other = siblings[i]
                    guard other != figure else { continue }
                    let q = index.figures[other].quantity
                    let value = q.bounds.lowerBound
                    guard value != 0, (value < 0) == (keyValue < 0), sameNotation(q, quantity) else { continue }
                    let ratio = abs(value / keyValue)
                    guard ratio >= 0.1, ratio <= 10 else { continue }
                    if let c = candidate(q.bounds.lowerBound, q.bounds.upperBound, q.numberText) {
                        found.append(c)
                        taken += 1
                    }
                }
            }
            for c in found.shuffled(using: &rng) { add(c) }
        }

        // Numbers on a grid around the key, drawn in random order until each side has enough.
        switch quantity.value {
        case .exact(let n):
            guard let s = ScaledNumber(n) else { break }
            var variants: [ScaledNumber] = []
            if s.exponent == nil, s.scale == 0, s.significand.magnitude <= 12 {
                for d in 1...4 { variants += [ScaledNumber(significand: s.significand - d, scale: 0, exponent: nil),
                                              ScaledNumber(significand: s.significand + d, scale: 0, exponent: nil)] }
            } else {
                variants += (factorsBelow + factorsAbove).map { s.scaled(by: $0) }
            }
            if let e = s.exponent {
                for shift in [-2, -1, 1, 2] { variants.append(ScaledNumber(significand: s.significand, scale: s.scale, exponent: e + shift)) }
            }
            for v in variants.shuffled(using: &rng) where !full {
                let d = v.decimal
                if n.exponent != nil, d.integerDigits.count != n.integerDigits.count || d.integerDigits.first == "0" { continue }
                add(candidate(v.doubleValue, v.doubleValue, d.description))
            }
        case .range(let a, let b):
            guard var low = ScaledNumber(a), var high = ScaledNumber(b), low.exponent == high.exponent else { break }
            // Bring both ends to the finer scale so one factor moves them alike.
            while low.scale > high.scale, low.significand.magnitude < Int.max / 100 { low = ScaledNumber(significand: low.significand * 10, scale: low.scale - 1, exponent: low.exponent) }
            while high.scale > low.scale, high.significand.magnitude < Int.max / 100 { high = ScaledNumber(significand: high.significand * 10, scale: high.scale - 1, exponent: high.exponent) }
            guard low.scale == high.scale else { break }
            for factor in (factorsBelow + factorsAbove).shuffled(using: &rng) where !full {
                let l = low.scaled(by: factor)
                let h = high.scaled(by: factor)
                guard l.doubleValue < h.doubleValue else { continue }
                add(candidate(l.doubleValue, h.doubleValue, "\(l.decimal)–\(h.decimal)"))
            }
        }
        return pool
    }

    /// Whether two quantities are written alike: both single or both ranges, plain with as many decimals, or
    /// both in scientific notation.
    static func sameNotation(_ a: Quantity, _ b: Quantity) -> Bool {
        func numbers(_ q: Quantity) -> [DecimalNumber] {
            switch q.value {
            case .exact(let n): [n]
            case .range(let l, let h): [l, h]
            }
        }
        let x = numbers(a)
        let y = numbers(b)
        guard x.count == y.count else { return false }
        return zip(x, y).allSatisfy { p, q in
            (p.exponent == nil) == (q.exponent == nil) && (p.exponent != nil || p.fractionDigits.count == q.fractionDigits.count)
        }
    }
}

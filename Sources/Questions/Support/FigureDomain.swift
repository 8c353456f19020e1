import Facts

/// The values a figure's quantity can take, so that no option is impossible on its face: a percentage lies
/// within 0–100, a temperature at or above absolute zero, a person's age within a lifetime, a count or a length above zero (a negative figure,
/// such as a depth below sea level, stays negative), and a figure of the same unit that the deck calls the
/// highest or the lowest bounds the others.
struct FigureDomain: Hashable, Sendable {
    var low: Double
    var high: Double
    /// Whether `low` itself is excluded (a count of 0 when the key is positive).
    var lowIsOpen: Bool
    var highIsOpen: Bool

    func allows(_ x: Double) -> Bool {
        (lowIsOpen ? x > low : x >= low) && (highIsOpen ? x < high : x <= high)
    }

    /// Words that make a figure the largest of its unit in the deck: nothing of that unit can be more.
    static let highest: Set<String> = [
        "highest", "tallest", "largest", "longest", "deepest", "biggest", "greatest", "heaviest", "fastest", "hottest",
    ]
    /// Words that make a figure the smallest of its unit: nothing of that unit can be less.
    static let lowest: Set<String> = ["lowest", "smallest", "shortest", "shallowest", "lightest", "slowest", "coldest"]

    /// What kind of quantity a unit measures, as far as its domain goes.
    enum Kind {
        case percentage, celsius, fahrenheit, kelvin, age, other
    }

    /// The oldest age a person's age may be offered at: beyond it an option is ruled out on its face.
    static let oldestAge = 110.0

    static func kind(ofUnit unit: String) -> Kind {
        let words = TextFolding.words(unit)
        let first = words.first ?? ""
        if first == "percent" || first == "percentage" || (first == "per" && words.dropFirst().first == "cent") || unit.hasPrefix("%") {
            return .percentage
        }
        if words.contains("celsius") || unit.contains("°C") || words.contains("centigrade") { return .celsius }
        if words.contains("fahrenheit") || unit.contains("°F") { return .fahrenheit }
        if words.contains("kelvin") || words.contains("kelvins") { return .kelvin }
        // "years old", "years of age", "year-old": a person's age.
        if let first = words.firstIndex(where: { $0 == "years" || $0 == "year" }), first + 1 < words.count,
            words[first + 1] == "old" || (words[first + 1] == "of" && words.dropFirst(first + 2).first == "age")
        {
            return .age
        }
        return .other
    }

    /// The domain of the figure at `position` in the deck.
    static func of(_ figure: Int, in index: DeckIndex) -> FigureDomain {
        let f = index.figures[figure]
        let bounds = f.quantity.bounds
        var domain: FigureDomain
        switch kind(ofUnit: f.unit) {
        case .percentage: domain = FigureDomain(low: 0, high: 100, lowIsOpen: false, highIsOpen: false)
        case .celsius: domain = FigureDomain(low: -273.15, high: .infinity, lowIsOpen: false, highIsOpen: true)
        case .fahrenheit: domain = FigureDomain(low: -459.67, high: .infinity, lowIsOpen: false, highIsOpen: true)
        case .kelvin: domain = FigureDomain(low: 0, high: .infinity, lowIsOpen: false, highIsOpen: true)
        case .age: domain = FigureDomain(low: 0, high: max(oldestAge, bounds.upperBound), lowIsOpen: true, highIsOpen: false)
        case .other:
            domain =
                bounds.lowerBound > 0
                ? FigureDomain(low: 0, high: .infinity, lowIsOpen: true, highIsOpen: true)
                : bounds.upperBound < 0
                    ? FigureDomain(low: -.infinity, high: 0, lowIsOpen: true, highIsOpen: true)
                    : FigureDomain(low: -.infinity, high: .infinity, lowIsOpen: true, highIsOpen: true)
        }
        // A figure the deck calls the highest of its unit bounds the others, unless another figure of that unit
        // goes past it (then the superlative was a narrower one: "the highest mountain in Africa").
        let siblings = (index.figuresByUnit[index.figureUnitKeys[figure]] ?? []).filter { $0 != figure }
        guard !siblings.isEmpty else { return domain }
        let everything = siblings.map { index.figures[$0].quantity.bounds } + [bounds]
        for s in siblings {
            let words = Set(index.figureWords[s])
            let b = index.figures[s].quantity.bounds
            if !words.isDisjoint(with: highest), everything.allSatisfy({ $0.upperBound <= b.upperBound }) {
                domain.high = min(domain.high, b.upperBound)
                domain.highIsOpen = true
            }
            if !words.isDisjoint(with: lowest), everything.allSatisfy({ $0.lowerBound >= b.lowerBound }) {
                domain.low = max(domain.low, b.lowerBound)
                domain.lowIsOpen = true
            }
        }
        return domain
    }
}

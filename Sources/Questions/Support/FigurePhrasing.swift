import Facts

/// How a figure is asked, read from its unit: what the question calls the number, and whether the unit alone
/// makes a question a teacher would write. The same reading decides the generator's prompts and the advice
/// `recall check` gives on which figures need a `text`.
enum FigurePhrasing {
    /// How a figure without a sentence can be asked.
    enum Form: Equatable {
        /// A short count: "How many Soviet troops?"
        case count
        /// "MEASURE, DESCRIPTION": "Which figure gives the program’s cost, in billion US dollars?"
        case described(measure: String, description: String)
        /// A count with a clause: "Choose the number of spectators the Colosseum could hold."
        case numberOf
        /// A bare measure ("metres", "per cent", "degrees Celsius") says nothing of what is measured.
        case unaskable
    }

    /// Words that begin a unit of measurement rather than a thing counted.
    static let measures: Set<String> = [
        "metre", "metres", "meter", "meters", "m", "km", "kilometre", "kilometres", "kilometer", "kilometers", "centimetre",
        "centimetres", "centimeters", "cm", "millimetre", "millimetres", "mm", "mile", "miles", "foot", "feet", "inch", "inches",
        "yard", "yards", "kilogram", "kilograms", "kg", "gram", "grams", "g", "tonne", "tonnes", "ton", "tons", "pound", "pounds",
        "ounce", "ounces", "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month",
        "months", "year", "years", "degree", "degrees", "kelvin", "hertz", "hz", "joule", "joules", "watt", "watts", "volt",
        "volts", "pascal", "pascals", "newton", "newtons", "litre", "litres", "liter", "liters", "per", "percent", "percentage",
        "square", "cubic", "light", "parsec", "parsecs", "calorie", "calories", "dollar", "dollars", "us", "usd", "euro", "euros",
        "million", "billion", "thousand", "trillion", "hundred", "coulomb", "coulombs", "mole", "moles", "ampere", "amperes",
        "grams", "knot", "knots", "acre", "acres", "hectare", "hectares", "byte", "bytes", "times", "stadia", "stade",
    ]
    /// Words that turn a unit into a clause, which "How many …?" cannot carry.
    static let clauseWords: Set<String> = [
        "that", "which", "who", "whom", "whose", "could", "can", "would", "will", "was", "were", "is", "are", "be", "been",
        "has", "have", "had", "did", "does", "do", "as", "when", "where", "while", "than", "by", "reported", "killed",
        "died", "recorded", "held", "built", "made",
    ]

    static func form(ofUnit raw: String) -> Form {
        let unit = Phrasing.trimmed(raw)
        if let comma = unit.firstIndex(of: ",") {
            let measure = Phrasing.trimmed(String(unit[..<comma]))
            let description = Phrasing.trimmed(String(unit[unit.index(after: comma)...]))
            if !measure.isEmpty, !description.isEmpty { return .described(measure: measure, description: description) }
        }
        let words = TextFolding.words(unit)
        guard let first = words.first else { return .unaskable }
        if measures.contains(first) || FigureDomain.kind(ofUnit: unit) != .other { return .unaskable }
        if words.count <= 4, words.allSatisfy({ !clauseWords.contains($0) }) { return .count }
        return .numberOf
    }

    /// Whether a figure's own sentence names its unit right after the number ("{value} metres per second"),
    /// so that the prompt need not.
    static func sentenceNamesUnit(_ figure: Figure) -> Bool {
        guard let text = figure.text, let first = TextFolding.words(figure.unit).first else { return false }
        for (i, segment) in text.segments.enumerated() where segment == .slot(.value) {
            if i + 1 < text.segments.count, case .text(let after) = text.segments[i + 1], TextFolding.words(after).first == first {
                return true
            }
        }
        return false
    }

    /// What a completion prompt asks for: "the number", "the percentage", "the range", "the number of Japanese soldiers".
    static func blankNoun(_ figure: Figure) -> String {
        if case .range = figure.quantity.value { return "the range" }
        if FigureDomain.kind(ofUnit: figure.unit) == .percentage { return "the percentage" }
        if !sentenceNamesUnit(figure), form(ofUnit: figure.unit) == .count { return "the number of \(Phrasing.trimmed(figure.unit))" }
        return "the number"
    }

    /// Whether the qualifier makes the figure a bound, true of every number beyond it: "more than 6,000" is
    /// true of 3,000 too, so no option set or false statement can have one right answer.
    static func isBound(_ q: Quantity) -> Bool {
        boundQualifier(q) != nil
    }

    /// The qualifier of a bound ("at least", "more than", "up to"); nil for an exact or approximate figure.
    static func boundQualifier(_ q: Quantity) -> Quantity.Qualifier? {
        q.qualifier == .atLeast || q.qualifier == .moreThan || q.qualifier == .upTo ? q.qualifier : nil
    }

    /// A direct question for a figure without a sentence, or nil when its unit cannot carry one.
    static func question(_ f: Figure, typed: Bool) -> String? {
        let unit = Phrasing.trimmed(f.unit)
        let isRange: Bool = if case .range = f.quantity.value { true } else { false }
        let approximately = f.quantity.qualifier == .approximately
        switch form(ofUnit: unit) {
        case .unaskable:
            return nil
        case .count:
            if isRange { return typed ? "Give the range for the number of \(unit)." : "Which range gives the number of \(unit)?" }
            switch f.quantity.qualifier {
            case nil: return "How many \(unit)?"
            case .approximately?: return "About how many \(unit)?"
            case .upTo?: return "Up to how many \(unit)?"
            case .atLeast?: return "At least how many \(unit)?"
            case .moreThan?: return "More than how many \(unit)?"
            }
        case .described(let measure, let description):
            let what = isRange ? "range" : "figure"
            let hedge = approximately ? ", approximately," : ""
            // One full stop, also after a unit ending in an abbreviation ("Ellis Marsalis Jr.").
            let bound = boundQualifier(f.quantity).map { ": \($0.rawValue) what?" } ?? ""
            return typed
                ? Phrasing.sentence("Give the \(what)\(hedge) for \(description), in \(measure)\(bound)")
                : "Which \(what)\(hedge) gives \(description), in \(measure)?"
        case .numberOf:
            let noun =
                isRange
                ? "the range for the number of \(unit)" : approximately ? "the approximate number of \(unit)" : "the number of \(unit)"
            let bound = boundQualifier(f.quantity).map { ": \($0.rawValue) how many?" } ?? ""
            return Phrasing.sentence((typed ? "Give " : "Choose ") + noun + bound)
        }
    }
}

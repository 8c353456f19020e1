import Facts

/// How a deck's dates are shown in questions: as `HistoricalDate` writes them, with "AD" before early years
/// of the common era where they could be taken for numbers or for years BC ("AD 79" in a deck that also
/// holds 44 BC; any year below 100).
struct DateStyle: Hashable, Sendable {
    /// Whether the deck holds any date before the common era.
    var hasBC: Bool

    init(deck: Deck) {
        hasBC = deck.events.contains { $0.date.start.isBC } || deck.quotes.contains { $0.when?.start.isBC == true }
    }

    init(hasBC: Bool) {
        self.hasBC = hasBC
    }

    func needsEra(_ year: Int) -> Bool {
        year > 0 && (year < 100 || (hasBC && year < 1000))
    }

    func text(_ date: HistoricalDate) -> String {
        guard needsEra(date.year) else { return date.description }
        let plain = date.description
        let year = String(date.year)
        guard plain.hasSuffix(year) else { return plain }
        return String(plain.dropLast(year.count)) + "AD " + year
    }

    func text(_ date: DateValue) -> String {
        switch date {
        case .single(let d):
            return text(d)
        case .range(let low, let high):
            let (a, b) = (text(low), text(high))
            return a.contains(" ") || b.contains(" ") ? "\(a) – \(b)" : "\(a)–\(b)"
        }
    }

    /// The date after a preposition: "on 23 August 1945", "in August AD 79", "from 1904 to 1905".
    func prepositional(_ date: DateValue) -> String {
        switch date {
        case .single(let d): (d.precision == .day ? "on " : "in ") + text(d)
        case .range(let low, let high): "from \(text(low)) to \(text(high))"
        }
    }
}

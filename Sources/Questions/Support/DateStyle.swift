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
            if let (first, last, rest) = sharedYear(low, high) {
                // One year, said once: "5–6 September 1972", "26 August – 11 September 1972", "March–December 1811".
                return first.contains(" ") || last.contains(" ") ? "\(first) – \(last) \(rest)" : "\(first)–\(last) \(rest)"
            }
            let (a, b) = (text(low), text(high))
            return a.contains(" ") || b.contains(" ") ? "\(a) – \(b)" : "\(a)–\(b)"
        }
    }

    /// The date as it reads after `preceding`, the words before it in a sentence: a span after "between" is
    /// "1420 and 1436", after "from" "1420 to 1436", since "between 1420–1436" is not English; otherwise `text`.
    func text(_ date: DateValue, after preceding: String) -> String {
        guard case .range(let low, let high) = date, let conjunction = Self.conjunction(after: preceding) else { return text(date) }
        if let (first, last, rest) = sharedYear(low, high) { return "\(first) \(conjunction) \(last) \(rest)" }
        return "\(text(low)) \(conjunction) \(text(high))"
    }

    /// The word that joins a span's ends after the text's last word, when that word asks for one.
    private static func conjunction(after preceding: String) -> String? {
        let lastWord = preceding.split(whereSeparator: { !$0.isLetter }).last?.lowercased()
        switch lastWord {
        case "between": return "and"
        case "from": return "to"
        default: return nil
        }
    }

    /// A span's ends without what they share, and the shared end of the text: for two days of one month the
    /// days and "September 1972"; for days or months of one year what precedes the year, and the year.
    /// Nil when the ends differ in year or precision, or are whole years.
    private func sharedYear(_ low: HistoricalDate, _ high: HistoricalDate) -> (String, String, String)? {
        guard low.year == high.year, low.precision == high.precision, let lowMonth = low.month, let highMonth = high.month
        else { return nil }
        // The year as this style writes it alone: "1972", "AD 79", "49 BC".
        let year = text(HistoricalDate(year: low.year))
        let monthName = HistoricalDate.monthNames[lowMonth - 1]
        if let lowDay = low.day, let highDay = high.day {
            if lowMonth == highMonth { return ("\(lowDay)", "\(highDay)", "\(monthName) \(year)") }
            return ("\(lowDay) \(monthName)", "\(highDay) \(HistoricalDate.monthNames[highMonth - 1])", year)
        }
        return (monthName, HistoricalDate.monthNames[highMonth - 1], year)
    }

    /// The date after a preposition: "on 23 August 1945", "in August AD 79", "from 1904 to 1905".
    func prepositional(_ date: DateValue) -> String {
        switch date {
        case .single(let d): (d.precision == .day ? "on " : "in ") + text(d)
        case .range(let low, let high):
            if let (first, last, rest) = sharedYear(low, high) {
                "from \(first) to \(last) \(rest)"
            } else {
                "from \(text(low)) to \(text(high))"
            }
        }
    }
}

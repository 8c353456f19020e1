import Facts
import Foundation

/// What a test-wise student brings from general knowledge, simulated from the deck: roughly when each
/// person lived, whether they are a he or a she, which figure the deck calls the largest or smallest.
///
/// A student knows when famous people lived without knowing the facts asked, so a person's era is read
/// from the deck's other facts about them, never from the fact a question asks.
struct StudentKnowledge {
    /// People by display name, as options show them.
    let peopleByName: [String: [Person]]
    /// The dated facts each person is linked to: events they are credited with, quotations they said.
    let datedFacts: [FactID: [(fact: FactID, year: Int)]]
    let factYears: [FactID: Int]
    let figures: [FactID: Figure]
    let events: [FactID: Event]
    let quotes: [FactID: Quote]
    let deckFigures: [Figure]

    init(deck: Deck) {
        var byName: [String: [Person]] = [:]
        for p in deck.people { byName[p.name, default: []].append(p) }
        peopleByName = byName
        var dated: [FactID: [(FactID, Int)]] = [:]
        var years: [FactID: Int] = [:]
        for e in deck.events {
            years[e.id] = e.date.start.year
            for p in e.who { dated[p, default: []].append((e.id, e.date.start.year)) }
        }
        for q in deck.quotes {
            guard let when = q.when else { continue }
            years[q.id] = when.start.year
            dated[q.who, default: []].append((q.id, when.start.year))
        }
        datedFacts = dated
        factYears = years
        figures = Dictionary(deck.figures.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        events = Dictionary(deck.events.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        quotes = Dictionary(deck.quotes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        deckFigures = deck.figures
    }

    /// The years a person is known by, leaving out the fact asked.
    func era(of person: Person, leavingOut fact: FactID) -> ClosedRange<Int>? {
        let years = (datedFacts[person.id] ?? []).filter { $0.fact != fact }.map(\.year)
        guard let low = years.min(), let high = years.max() else { return nil }
        return low...high
    }

    /// "he" or "she" when the deck or the person's description says so.
    func pronoun(of person: Person) -> String? {
        if let p = person.pronoun { return p.rawValue }
        let words = Set((person.role ?? "").lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
            .union(person.name.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
        let female: Set<String> = [
            "queen", "empress", "actress", "mother", "wife", "daughter", "sister", "woman", "princess", "madame", "lady", "duchess", "nun",
            "mrs",
        ]
        let male: Set<String> = [
            "king", "emperor", "actor", "father", "husband", "son", "brother", "man", "prince", "sir", "lord", "duke", "monk", "mr",
        ]
        if !words.isDisjoint(with: female) { return "she" }
        if !words.isDisjoint(with: male) { return "he" }
        return nil
    }

    /// Bounds the deck itself sets on a figure: another figure of the same unit called the highest, longest…
    /// (nothing of that kind can be more) or the lowest, shortest… (nothing can be less).
    func bounds(for figure: Figure) -> (low: Double?, high: Double?) {
        let unit = figure.unit.lowercased()
        var low: Double?
        var high: Double?
        for other in deckFigures where other.id != figure.id && other.unit.lowercased() == unit {
            let words = Set(
                ((other.text.map { $0.render { _ in "" } } ?? "") + " " + other.unit).lowercased()
                    .split(whereSeparator: { !$0.isLetter }).map(String.init))
            if !words.isDisjoint(with: [
                "highest", "tallest", "largest", "longest", "deepest", "biggest", "greatest", "heaviest", "fastest",
            ]) {
                high = min(high ?? .infinity, other.quantity.bounds.upperBound)
            }
            if !words.isDisjoint(with: ["lowest", "smallest", "shortest", "shallowest", "lightest", "slowest"]) {
                low = max(low ?? -.infinity, other.quantity.bounds.lowerBound)
            }
        }
        return (low, high)
    }
}

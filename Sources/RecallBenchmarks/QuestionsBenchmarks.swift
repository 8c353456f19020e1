@preconcurrency import Benchmark
import Facts
import Questions
import Scheduling
import SeededRandom

/// Building the whole question bank of a generated 10,000-fact deck (target: under 1 s in a release build).
nonisolated(unsafe) let questionsBenchmarks = BenchmarkSuite(name: "Questions") { suite in
    let deck = SyntheticQuestionDeck.make(facts: 10_000)
    let generator = QuestionGenerator(deck: deck, options: .init(referenceYear: 2026))
    suite.benchmark("bank of a 10,000-fact deck", settings: Iterations(5), WarmupIterations(1)) {
        var rng = SeededGenerator(seed: 1)
        let bank = generator.bank(using: &rng)
        precondition(bank.questions.count > 10_000, "the synthetic deck yielded too few questions")
    }
    suite.benchmark("index a 10,000-fact deck and bank it", settings: Iterations(5), WarmupIterations(1)) {
        var rng = SeededGenerator(seed: 1)
        _ = QuestionGenerator(deck: deck, options: .init(referenceYear: 2026)).bank(using: &rng)
    }
    // Generation is linear in the deck's text: a name of 128,000 combining marks costs about what loading it
    // does (compare with the next benchmark), not the square of its length.
    let longName = SyntheticQuestionDeck.longNameDeck(marks: 128_000)
    suite.benchmark("bank of a deck whose person's name is 128,000 combining marks", settings: Iterations(3), WarmupIterations(1)) {
        guard case .success(let loaded) = DeckLoader.load(text: longName, path: "Decks/long.yaml") else {
            fatalError("the deck did not load")
        }
        var rng = SeededGenerator(seed: 1)
        let bank = QuestionGenerator(deck: loaded, options: .init(referenceYear: 2026)).bank(using: &rng)
        precondition(!bank.questions.isEmpty)
    }
    suite.benchmark("load (check) the same deck", settings: Iterations(3), WarmupIterations(1)) {
        guard case .success = DeckLoader.load(text: longName, path: "Decks/long.yaml") else { fatalError("the deck did not load") }
    }
}

/// A deck of `facts` facts over every section, built in memory, with what makes distractor searches work:
/// dates of every precision (some shared, some BC, some ranges), shared credit, units shared by many figures,
/// descriptions sharing words, repeated labels.
enum SyntheticQuestionDeck {
    /// A small deck of people and events in which one person's name is `marks` combining acute accents.
    static func longNameDeck(marks: Int) -> String {
        var text =
            "id: long\ntitle: A long name\npeople:\n  a:\n    name: \"A\(String(repeating: "\u{301}", count: marks))\"\n    role: painter\n"
        for index in 0..<8 {
            text += "  p\(index):\n    name: Person Number\(index)\n    role: role number \(index)\n"
        }
        text += "events:\n"
        for index in 0..<8 {
            text +=
                "  e\(index):\n    date: \(1900 + index * 7)\n    event: Event number \(index)\n    who: \(index == 0 ? "a" : "p\(index)")\n"
        }
        return text
    }

    static func make(facts: Int) -> Deck {
        var deck = Deck(id: "synthetic", title: "A generated deck of \(facts) facts", path: "synthetic.yaml")
        let at = SourceLocation(path: "synthetic.yaml", line: 1, column: 1)
        let perSection = facts / 6
        let nations = ["English", "French", "German", "Italian", "Polish", "Soviet", "Japanese", "American", "Danish", "Greek"]
        let offices = ["physicist", "general", "poet", "chemist", "leader", "engineer", "painter", "diplomat"]
        for i in 0..<(facts - perSection * 5) {
            deck.people.append(
                Person(
                    id: FactID(.people, "person-\(i)"), name: "Person \(i) Surname\(i % 700)", aliases: ["Surname\(i % 700)", "P. \(i)"],
                    role: "\(nations[i % nations.count]) \(offices[(i / nations.count) % offices.count]) number \(i)", location: at))
        }
        let people = deck.people.count
        for i in 0..<perSection {
            let year = (i % 7 == 0 ? -1 : 1) * (1 + (i * 37) % 2000)
            let date: DateValue
            switch i % 5 {
            case 0: date = .single(HistoricalDate(year: year))
            case 1: date = .single(HistoricalDate(year: year, month: 1 + i % 12))
            case 2:
                date =
                    year > 0 && year < 2000
                    ? .range(HistoricalDate(year: year), HistoricalDate(year: year + 1 + i % 6)) : .single(HistoricalDate(year: year))
            default: date = .single(HistoricalDate(year: year, month: 1 + i % 12, day: 1 + i % 28))
            }
            let who = i % 4 == 0 ? [] : [FactID(.people, "person-\(i % people)"), FactID(.people, "person-\((i * 7 + 1) % people)")]
            let text = i % 2 == 0 && !who.isEmpty ? TextTemplate.parse("{who} took part in event \(i) on {date}.").template : nil
            deck.events.append(
                Event(
                    id: FactID(.events, "event-\(i)"), date: date, label: "Event number \(i % 3000) takes place",
                    who: Array(Set(who)).sorted(), text: text, location: at))
        }
        for i in 0..<perSection {
            let value: Quantity.Value
            switch i % 4 {
            case 0: value = .range(DecimalNumber(i * 10 + 10), DecimalNumber(i * 10 + 95))
            case 1: value = .exact(DecimalNumber(integerDigits: "\(1 + i)000"))
            case 2: value = .exact(DecimalNumber(integerDigits: "\(1 + i % 9)", fractionDigits: "\(100 + i % 900)", exponent: i % 40 - 20))
            default: value = .exact(DecimalNumber(isNegative: i % 8 == 3, integerDigits: "\(i % 500)", fractionDigits: "25"))
            }
            let text = i % 3 == 0 ? nil : TextTemplate.parse("There were {value} items of that kind.").template
            deck.figures.append(
                Figure(
                    id: FactID(.figures, "figure-\(i)"), quantity: Quantity(value, qualifier: i % 5 == 0 ? .approximately : nil),
                    unit: "items of kind \(i % 40)", text: text, location: at))
        }
        for i in 0..<perSection {
            deck.quotes.append(
                Quote(
                    id: FactID(.quotes, "quote-\(i)"), quote: "Words spoken, number \(i % 1200).",
                    who: FactID(.people, "person-\(i % people)"),
                    when: .single(HistoricalDate(year: 1 + i % 2000)), context: "A speech", location: at))
        }
        for i in 0..<perSection {
            deck.terms.append(
                Term(
                    id: FactID(.terms, "term-\(i)"), term: "Term \(i)", definition: "The meaning of entry \(i % 1500) in this glossary",
                    location: at))
        }
        for i in 0..<perSection {
            deck.cards.append(
                Flashcard(id: FactID(.cards, "card-\(i)"), front: "What is question \(i)?", back: "Answer \(i)", location: at))
        }
        return deck
    }
}

import Facts
import Scheduling
import SeededRandom

/// Random but valid decks for property tests, built in code and crowded with the cases that make questions
/// ambiguous: shared dates, shared credit, duplicated labels and quotations, aliases that are surnames,
/// people sharing a surname, overlapping descriptions, BC dates, ranges, negative, huge and decimal numbers.
struct RandomDecks {
    var rng: SeededGenerator

    init(seed: UInt64) {
        rng = SeededGenerator(seed: seed)
    }

    static let location = SourceLocation(path: "random.yaml", line: 1, column: 1)

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }
    mutating func chance(_ p: Double) -> Bool { rng.nextUnit() < p }
    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    static let firstNames = ["Marie", "Pierre", "Ada", "Alan", "Grace", "Émile", "Zoë", "Lech", "Ngozi", "Wei", "Kofi", "Ana"]
    static let surnames = ["Curie", "Lovelace", "Turing", "Hopper", "Wałęsa", "Okafor", "Zhang", "Bería", "Smith", "Curie"]
    static let roles = [
        "English physicist", "English mathematician and physicist", "French chemist", "Soviet leader", "Soviet general",
        "a poet", "Polish-born French physicist and chemist", "German theoretical physicist", "German-born theoretical physicist",
        "Emperor of Japan", "the first programmer", "Chief of Staff", "Chief of Staff of the Army",
    ]
    static let labels = [
        "Stalin issues Order No. 9898", "Discovery of X-rays", "Treaty signed in Paris", "The wall falls.",
        "First flight across the Channel", "Publication of “On Growth and Form”", "killed in battle", "Founding of the city",
        "Coronation of the king", "Discovery of X-rays", "Who shot first?", "Launch of the first satellite",
        "Elections held", "Strike at the shipyard", "Bridge opened to traffic", "Comet sighted over the city",
    ]
    static let units = [
        "soldiers", "years", "degrees Celsius", "metres per second", "per mole", "people who died", "carats of diamonds",
        "per cent of the vote", "kelvin", "moons", "books",
    ]
    static let quotes = [
        "We shall fight on the beaches.", "crime of totalitarianism", "Imagination is more important than knowledge.",
        "I came, I saw, I conquered.", "most unbearable suffering", "We shall fight on the beaches.",
    ]
    static let terms = [
        ("entropy", "A measure of disorder"), ("isotope", "A form of an element with another number of neutrons"),
        ("photon", "A quantum of light"), ("Entropy", "The heat death of everything"), ("buoyancy", "The upward force of a fluid"),
        ("half-life", "The time for half the nuclei to decay"), ("quantum", "A quantum of light"), ("momentum", "Mass times velocity"),
        ("the Doppler effect", "A change in observed frequency"),
    ]

    mutating func date() -> DateValue {
        let bc = chance(0.15)
        let year = int(1...(bc ? 800 : 2025)) * (bc ? -1 : 1)
        func one(_ year: Int) -> HistoricalDate {
            switch int(0...2) {
            case 0: return HistoricalDate(year: year)
            case 1: return HistoricalDate(year: year, month: int(1...12))
            default:
                let m = int(1...12)
                return HistoricalDate(year: year, month: m, day: int(1...HistoricalDate.daysIn(month: m, year: year)))
            }
        }
        if chance(0.15) {
            let low = HistoricalDate(year: year)
            var end = year + int(1...10)
            if end == 0 { end = 1 }
            if end > 2025 { return .single(low) }
            return .range(low, HistoricalDate(year: end))
        }
        return .single(one(year))
    }

    mutating func number() -> DecimalNumber {
        switch int(0...6) {
        case 0: return DecimalNumber(int(1...12))
        case 1: return DecimalNumber(int(1...999) * 1000)
        case 2: return DecimalNumber(-int(1...300))
        case 3: return DecimalNumber(isNegative: chance(0.3), integerDigits: String(int(0...400)), fractionDigits: String(int(10...99)))
        case 4: return DecimalNumber(integerDigits: String(int(1...9)), fractionDigits: String(int(100...99999)), exponent: int(-40...40))
        case 5: return DecimalNumber(integerDigits: "149597870700")
        default: return DecimalNumber(int(0...3))
        }
    }

    mutating func deck(size: Int = 12) -> Deck {
        var deck = Deck(id: "random", title: "Random deck", path: "random.yaml")
        func fid(_ section: FactSection, _ i: Int) -> FactID { FactID(section, "\(section.singular)-\(i)") }
        for i in 0..<int(0...size) {
            let first = pick(Self.firstNames)
            let last = pick(Self.surnames)
            var aliases: [String] = []
            if chance(0.5) { aliases.append(last) }
            if chance(0.2) { aliases.append(pick(Self.surnames)) }
            if chance(0.1) { aliases.append("\(first) \(last)".uppercased()) }
            let name = chance(0.1) ? last : "\(first) \(last)"
            let pronoun: Person.Pronoun? = chance(0.3) ? pick(Person.Pronoun.allCases) : nil
            deck.people.append(
                Person(
                    id: fid(.people, i), name: name, aliases: aliases, role: chance(0.8) ? pick(Self.roles) : nil, pronoun: pronoun,
                    location: Self.location))
        }
        var dates: [DateValue] = []
        for i in 0..<int(0...size) {
            let d = !dates.isEmpty && chance(0.25) ? pick(dates) : date()
            dates.append(d)
            var who: [FactID] = []
            if !deck.people.isEmpty, chance(0.6) {
                for _ in 0..<int(1...3) {
                    let p = pick(deck.people).id
                    if !who.contains(p) { who.append(p) }
                }
            }
            var text: TextTemplate?
            if chance(0.5) {
                let source =
                    who.isEmpty
                    ? pick(["On {date}, it happened.", "It happened in {date}.", "Nothing to fill here."])
                    : pick([
                        "{who} did it on {date}.", "In {date}, {who} acted.", "{who} was there.", "{who} made his name in {date}.",
                        "In {date}, {who} lost her way.",
                    ])
                text = TextTemplate.parse(source).template
            }
            deck.events.append(Event(id: fid(.events, i), date: d, label: pick(Self.labels), who: who, text: text, location: Self.location))
        }
        for i in 0..<int(0...size) {
            let value: Quantity.Value
            if chance(0.2) {
                let low = int(1...500)
                value = .range(DecimalNumber(low * 10), DecimalNumber((low + int(1...500)) * 10))
            } else {
                value = .exact(number())
            }
            let qualifier: Quantity.Qualifier? = chance(0.4) ? pick(Quantity.Qualifier.allCases) : nil
            // Most sentences are the figure's own; a few are shared, so two figures may ask alike.
            let sentence =
                pick(["There were {value} of them", "It measured {value} in all", "{value}!"]) + (chance(0.8) ? " at place \(i)." : "")
            let text = chance(0.6) ? TextTemplate.parse(sentence).template : nil
            deck.figures.append(
                Figure(
                    id: fid(.figures, i), quantity: Quantity(value, qualifier: qualifier), unit: pick(Self.units), text: text,
                    location: Self.location))
        }
        if !deck.people.isEmpty {
            for i in 0..<int(0...(size / 2)) {
                deck.quotes.append(
                    Quote(
                        id: fid(.quotes, i), quote: pick(Self.quotes), who: pick(deck.people).id, when: chance(0.5) ? date() : nil,
                        context: chance(0.5) ? pick(["A speech", "A letter (unsent)", "Radio address"]) : nil, location: Self.location))
            }
        }
        for i in 0..<int(0...size) {
            let (term, definition) = pick(Self.terms)
            deck.terms.append(Term(id: fid(.terms, i), term: term, definition: definition, location: Self.location))
        }
        for i in 0..<int(0...(size / 3)) {
            deck.cards.append(
                Flashcard(
                    id: fid(.cards, i), front: "Question \(i)?",
                    back: pick(["Clause 9", "China (its northeast)", "A long answer that goes on for quite a few words"]),
                    location: Self.location))
        }
        return deck
    }
}

import Facts
import PropertyBased
import Testing

/// Random decks written out as YAML, the way an author might, load back to the same facts.
@Suite struct DeckRoundTripTests {
    /// A random valid deck's YAML, with the facts expected from it.
    struct Sample: CustomStringConvertible {
        var yaml: String
        var dates: [String]
        var numbers: [String]
        var names: [String]
        var description: String { yaml }
    }

    static let words = [
        "alpha", "Bravo", "charlie: delta", "échelle", "Ωμέγα", "Москва", "it's", "\"quoted\"", "#hash", "- dash", "yes", "null", "1945",
        "a {b}",
    ]

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static func sample(seed: Int) -> Sample {
        var rng = SplitMix(seed: UInt64(seed))
        var lines = ["id: test", "title: \(quoted("Deck " + words[rng.below(words.count)]))"]
        var dates: [String] = []
        var numbers: [String] = []
        var names: [String] = []
        let people = 1 + rng.below(4)
        lines.append("people:")
        for p in 0..<people {
            let name = words[rng.below(words.count)].capitalized + " \(p)"
            names.append(name)
            lines += ["  p\(p):", "    name: \(quoted(name))"]
            if rng.below(2) == 0 { lines.append("    aliases: [\(quoted("P\(p)")), \(quoted(name.lowercased()))]") }
        }
        lines.append("events:")
        for e in 0..<(1 + rng.below(5)) {
            let year = (rng.below(2) == 0 ? -1 : 1) * (1 + rng.below(2500))
            var date = "\(year)"
            if rng.below(2) == 0 {
                let month = 1 + rng.below(12)
                date += "-" + (month < 10 ? "0\(month)" : "\(month)")
                if rng.below(2) == 0 {
                    let day = 1 + rng.below(HistoricalDate.daysIn(month: month, year: year))
                    date += "-" + (day < 10 ? "0\(day)" : "\(day)")
                }
            }
            dates.append(date)
            let who = rng.below(2) == 0 ? "    who: p\(rng.below(people))" : "    who: [p0\(people > 1 ? ", p1" : "")]"
            lines += [
                "  e\(e):", "    date: \(rng.below(2) == 0 ? date : quoted(date))",
                "    event: \(quoted("Event " + words[rng.below(words.count)]))", who, "    text: \"On {date}, {who} acted.\"",
            ]
        }
        lines.append("figures:")
        for f in 0..<(1 + rng.below(5)) {
            let whole = rng.below(1_000_000)
            let forms = [
                "\(whole)", "-\(whole)", "\(whole).\(rng.below(100))", "\(1 + rng.below(9)).\(rng.below(1000))e\(rng.below(40) - 20)",
            ]
            let number = forms[rng.below(forms.count)]
            numbers.append(number)
            lines += ["  f\(f):", "    value: \(number)", "    unit: \(quoted(words[rng.below(words.count)]))"]
        }
        return Sample(yaml: lines.joined(separator: "\n") + "\n", dates: dates, numbers: numbers, names: names)
    }

    @Test func randomDecksLoadBackExactly() async {
        await propertyCheck(count: 500, input: Gen.int(in: 0...Int(UInt32.max))) { seed in
            let sample = Self.sample(seed: seed)
            guard case .success(let deck) = DeckLoader.load(text: sample.yaml, path: "x/test.yaml") else {
                Issue.record("did not load:\n\(sample.yaml)")
                return
            }
            #expect(deck.events.map(\.date.isoText) == sample.dates)
            #expect(
                deck.figures.map { if case .exact(let n) = $0.quantity.value { n.literal } else { "" } }
                    == sample.numbers.map { text in
                        (try? DecimalNumber.parse(text).get())?.literal ?? "?"
                    })
            #expect(deck.people.map(\.name) == sample.names)
        }
    }
}

/// SplitMix64 for generating test decks from one seed.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}

@preconcurrency import Benchmark
import Facts

/// Loading and validating a generated 20,000-fact deck (target: under 2 s in a release build), and the same
/// deck with thousands of repeated keys, every one reported (target: under 1 s).
nonisolated(unsafe) let factsBenchmarks = BenchmarkSuite(name: "Facts") { suite in
    let repeated = SyntheticDeckText.withRepeatedKeys(facts: 20_000)
    suite.benchmark(
        "load a \(repeated.text.utf8.count / 1024) KB deck with \(repeated.count) repeated keys, every one reported",
        settings: Iterations(5), WarmupIterations(1)
    ) {
        guard case .failure(let error) = DeckLoader.load(bytes: Array(repeated.text.utf8), path: "Decks/synthetic.yaml"),
            error.diagnostics.count == repeated.count
        else { fatalError("the repeated keys were not all reported") }
    }
    let text = SyntheticDeckText.make(facts: 20_000)
    suite.benchmark("load and validate a 20,000-fact deck (\(text.utf8.count / 1024) KB)", settings: Iterations(5), WarmupIterations(1)) {
        guard case .success(let deck) = DeckLoader.load(bytes: Array(text.utf8), path: "Decks/synthetic.yaml"),
            deck.factCount == 20_000
        else { fatalError("the synthetic deck did not load") }
    }
}

/// The YAML of a valid deck with `facts` facts spread over every section, with templates, ranges and lists.
enum SyntheticDeckText {
    /// The deck with each term's `term` field written twice and each card's id repeated: the text and how
    /// many keys repeat.
    static func withRepeatedKeys(facts: Int) -> (text: String, count: Int) {
        var count = 0
        var lines: [String] = []
        var section = ""
        for line in make(facts: facts).split(separator: "\n", omittingEmptySubsequences: false) {
            lines.append(String(line))
            if !line.hasPrefix(" ") { section = String(line) }
            if section == "terms:" && line.hasPrefix("    term: ") {
                lines.append("    term: written again")
                count += 1
            }
            if section == "cards:" && line.hasPrefix("    back: ") {
                let number = line.split(separator: " ").last ?? ""
                lines += ["  card-\(number):", "    front: The same id again?", "    back: Yes"]
                count += 1
            }
        }
        return (lines.joined(separator: "\n"), count)
    }

    static func make(facts: Int) -> String {
        let perSection = facts / 6
        var lines = ["id: synthetic", "title: A generated deck of \(facts) facts", "subject: Benchmarks", "language: en"]
        lines.append("people:")
        for i in 0..<(facts - perSection * 5) {
            lines += [
                "  person-\(i):", "    name: Person Number \(i)", "    aliases: [P\(i), Number \(i)]", "    role: Holder of office \(i)",
            ]
        }
        lines.append("events:")
        for i in 0..<perSection {
            let year = 1000 + i % 1000
            let month = 1 + i % 12
            let day = 1 + i % 28
            lines += [
                "  event-\(i):", "    date: \(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)",
                "    event: Event number \(i) takes place", "    who: [person-\(i), person-\(i + 1)]",
                "    text: \"{who} took part in event \(i) on {date}.\"",
            ]
        }
        lines.append("figures:")
        for i in 0..<perSection {
            let value = i % 3 == 0 ? "[\(i * 10), \(i * 10 + 5)]" : i % 3 == 1 ? "\(i)_000" : "\(i).5e3"
            lines += [
                "  figure-\(i):", "    value: \(value)", "    unit: items of kind \(i)", "    about: approximately",
                "    text: \"There were {value} items.\"",
            ]
        }
        lines.append("quotes:")
        for i in 0..<perSection {
            lines += [
                "  quote-\(i):", "    quote: \"Words spoken, number \(i).\"", "    who: person-\(i)", "    when: -\(1 + i % 500)",
                "    context: A speech",
            ]
        }
        lines.append("terms:")
        for i in 0..<perSection {
            lines += ["  term-\(i):", "    term: Term \(i)", "    definition: The meaning of entry \(i) in this glossary"]
        }
        lines.append("cards:")
        for i in 0..<perSection {
            lines += ["  card-\(i):", "    front: What is question \(i)?", "    back: Answer \(i)"]
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

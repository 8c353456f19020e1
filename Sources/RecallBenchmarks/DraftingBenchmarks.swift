@preconcurrency import Benchmark
import Drafting
import Facts
import Foundation

/// `recall draft` on a 5,000-word article (target: under 1 s in a release build), beside loading the deck
/// it drafts — the reference: the same facts read back by `DeckLoader` — so the ratio can be quoted.
///
/// The article is the drafting tests' own articles, read from `Tests/DraftingTests/Fixtures/articles/`
/// (run from the repository's top folder) one after another, repeated with their years moved on, until it
/// passes 5,000 words.
nonisolated(unsafe) let draftingBenchmarks = BenchmarkSuite(name: "Drafting") { suite in
    let article = DraftingBenchmarkData.article(words: 5_000)
    let words = article.split(whereSeparator: \.isWhitespace).count
    let options = Drafter.Options(id: "benchmark", sourceName: "benchmark.txt", path: "Decks/benchmark.yaml")
    guard case .success(let draft) = Drafter.draft(article, options: options) else { fatalError("the benchmark article did not draft") }
    let yaml = DeckWriter.write(draft, sourceName: "benchmark.txt").text

    suite.benchmark(
        "draft a \(words)-word article (\(draft.deck.factCount) facts) and write it", settings: Iterations(10), WarmupIterations(1)
    ) {
        guard case .success(let d) = Drafter.draft(article, options: options) else { fatalError("no draft") }
        precondition(!DeckWriter.write(d, sourceName: "benchmark.txt").text.isEmpty)
    }
    suite.benchmark("reference: load the drafted deck back (\(yaml.utf8.count / 1024) KB)", settings: Iterations(10), WarmupIterations(1)) {
        guard case .success = DeckLoader.load(bytes: Array(yaml.utf8), path: "Decks/benchmark.yaml") else {
            fatalError("the draft did not load")
        }
    }
}

enum DraftingBenchmarkData {
    static let folder = "Tests/DraftingTests/Fixtures/articles"

    /// The fixture articles, repeated with their years moved on, until the text has `words` words.
    static func article(words: Int) -> String {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        let texts = names.compactMap { try? String(contentsOfFile: folder + "/" + $0, encoding: .utf8) }
        guard !texts.isEmpty else { fatalError("no articles in \(folder): run recall-bench from the repository's top folder") }
        var out = ""
        var count = 0
        var copy = 0
        while count < words {
            let text = shiftingYears(texts[copy % texts.count], by: copy / texts.count)
            out += text + "\n\n"
            count += text.split(whereSeparator: \.isWhitespace).count
            copy += 1
        }
        return out
    }

    /// The text with every four-digit number from 1000 to 1999 moved on by `years`, so copies are not duplicates.
    static func shiftingYears(_ text: String, by years: Int) -> String {
        guard years > 0 else { return text }
        var out = ""
        var digits = ""
        func flush() {
            if digits.count == 4, let n = Int(digits), (1000...1999).contains(n) { out += String(n + years) } else { out += digits }
            digits = ""
        }
        for c in text {
            if c.isASCII && c.isNumber {
                digits.append(c)
            } else {
                flush()
                out.append(c)
            }
        }
        flush()
        return out
    }
}

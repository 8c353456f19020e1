@preconcurrency import Benchmark
import Facts
import Foundation
import TestWise

/// The test-wise student against every shipped deck and every fixture deck under `Tests/Fixtures/decks`,
/// 20 banks each: prints each strategy's score against chance (the target: no more than 10 points above),
/// and times one deck's 20 banks played by every strategy.
nonisolated(unsafe) let testWiseBenchmarks = BenchmarkSuite(name: "TestWise") { suite in
    let decks = TestWiseDecks.load()
    suite.benchmark("every strategy over 20 banks of every deck", settings: Iterations(1), WarmupIterations(0)) {
        var worst: (margin: Double, what: String) = (-1, "")
        var report: [String] = []
        for deck in decks {
            let scores = TestWiseStudent.score(deck: deck, seeds: 1...20, referenceYear: 2026)
            report.append(TestWiseStudent.table(scores, title: "\(deck.path): \(deck.factCount) facts"))
            for s in scores where s.questions > 0 && s.margin > worst.margin {
                worst = (s.margin, "\(s.strategy) on \(deck.id)")
            }
        }
        report.append("largest margin over chance: \(Int((worst.margin * 1000).rounded()) / 10) points (\(worst.what)); target ≤ 10")
        FileHandle.standardError.write(Data((report.joined(separator: "\n\n") + "\n").utf8))
    }
}

enum TestWiseDecks {
    /// The decks under `Decks/` and `Tests/Fixtures/decks/`, relative to the working directory.
    static func load() -> [Deck] {
        var decks: [Deck] = []
        for folder in ["Decks", "Tests/Fixtures/decks"] {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
            for name in names {
                let path = folder + "/" + name
                guard let data = FileManager.default.contents(atPath: path),
                    case .success(let deck) = DeckLoader.load(bytes: [UInt8](data), path: path)
                else { fatalError("\(path) does not load: run recall check \(path)") }
                decks.append(deck)
            }
        }
        return decks
    }
}

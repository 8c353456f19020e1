import AnkiConversion
import AnkiPackage
@preconcurrency import Benchmark
import Facts
import Foundation
import HelperPrograms
import ProgressStore
import Scheduling
import SeededRandom

/// `recall anki import` of a package of 20,000 notes and 500,000 reviews, end to end — read the package,
/// convert the notes, write and re-load the deck, convert the review log, replay and store it in a fresh
/// progress file — in under 10 s; next to it, for reference, the same 500,000 reviews imported from CSV by
/// `recall progress import`'s path. The package (the older layout, which needs no zstd) and the CSV are made
/// on first use, not timed.
///
/// `tools/anki/run.sh bench` adds the same collection in Anki's current format (`collection.anki21b`, zstd),
/// written by Anki's own exporter from the older package, read through `recall-zstd` as `recall anki import`
/// reads it: the benchmark runs when `RECALL_BENCH_ANKI_FOLDER` names a folder holding `bench-current.apkg`.
nonisolated(unsafe) let ankiBenchmarks = BenchmarkSuite(name: "Anki") { suite in
    suite.benchmark("anki import: 20,000 notes and 500,000 reviews into a fresh file", settings: Iterations(3), WarmupIterations(0)) {
        state in
        try AnkiBenchmarkData.measureImport(of: AnkiBenchmarkData.package, decoder: nil, state: &state)
    }

    if let current = AnkiBenchmarkData.currentPackage {
        suite.benchmark(
            "anki import: the same in Anki's current format (zstd, written by Anki)", settings: Iterations(3), WarmupIterations(0)
        ) { state in
            try AnkiBenchmarkData.measureImport(of: current, decoder: HelperZstdDecoder(), state: &state)
        }
    }

    suite.benchmark("reference: the same 500,000 reviews from CSV into a fresh file", settings: Iterations(3), WarmupIterations(0)) {
        state in
        let csv = AnkiBenchmarkData.csv
        let progress = AnkiBenchmarkData.folder + "/csv.sqlite"
        ProgressBenchmarkData.remove(progress)
        var added = 0
        let cpu = AnkiBenchmarkData.cpuSeconds()
        try state.measure {
            do {
                let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: csv)))
                let entries = try ReviewLogReader.read(bytes, file: csv, format: .csv)
                added = try ProgressStore(path: progress).importReviews(entries).added
            } catch {
                fatalError("csv import benchmark failed: \(error)")
            }
        }
        precondition(added == AnkiBenchmarkData.reviews)
        state.increment(counter: "reviews", by: Double(added))
        state.increment(counter: "cpu s", by: AnkiBenchmarkData.cpuSeconds() - cpu)
    }
}

extension AnkiBenchmarkData {
    /// `recall anki import --learner` of `package`, end to end, into a fresh progress file.
    static func measureImport(of package: String, decoder: (any ZstdDecoder)?, state: inout BenchmarkState) throws {
        let progress = folder + "/anki.sqlite"
        let deckPath = folder + "/bench.yaml"
        ProgressBenchmarkData.remove(progress)
        var added = 0
        let cpu = cpuSeconds()
        try state.measure {
            do {
                let read = try AnkiPackageReader(decoder: decoder).read(path: package)
                let imported = try AnkiImport(package: read, packageName: "bench.apkg", deckID: "bench", path: deckPath)
                let converted = RevlogConverter(collection: read.collection, cardMap: imported.cardMap, learner: learner)
                    .convert()
                let store = try ProgressStore(path: progress)
                added = try store.importReviews(converted.entries).added
                try store.keep(converted.schedules, for: learner)
                try Data(imported.yaml.utf8).write(to: URL(fileURLWithPath: deckPath))
            } catch {
                fatalError("anki import benchmark failed: \(error)")
            }
        }
        precondition(added == reviews, "imported \(added) reviews")
        state.increment(counter: "reviews", by: Double(added))
        // Processor time, both threads together: on a shared machine the wall time says more about the others.
        state.increment(counter: "cpu s", by: cpuSeconds() - cpu)
    }
}

/// Inputs for the Anki suite, made once per run.
enum AnkiBenchmarkData {
    static let notes = 20_000
    static let reviews = 500_000
    static let learner = Fixtures.learner("bench")
    static let folder = ProgressBenchmarkData.folder

    /// The processor time this process has used, in seconds.
    static func cpuSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// 14,000 Basic notes, 3,000 reversed and 3,000 clozes of two numbers (26,000 cards), with 500,000
    /// answers spread over them at growing intervals, mostly Good.
    static let collection: AnkiCollection = {
        var generator = SeededGenerator(seed: 15)
        let start: Int64 = 1_704_067_200_000
        var collection = AnkiCollection(
            created: Date(timeIntervalSince1970: Double(start / 1000)),
            notetypes: [
                AnkiNotetype(
                    id: 1, name: "Basic", kind: .standard, fields: ["Front", "Back"],
                    templates: [.init(name: "Card 1", question: "{{Front}}", answer: "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}")]),
                AnkiNotetype(
                    id: 2, name: "Basic (and reversed card)", kind: .standard, fields: ["Front", "Back"],
                    templates: [
                        .init(name: "Card 1", question: "{{Front}}", answer: "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}"),
                        .init(name: "Card 2", question: "{{Back}}", answer: "{{FrontSide}}\n\n<hr id=answer>\n\n{{Front}}"),
                    ]),
                AnkiNotetype(
                    id: 3, name: "Cloze", kind: .cloze, fields: ["Text", "Back Extra"],
                    templates: [.init(name: "Cloze", question: "{{cloze:Text}}", answer: "{{cloze:Text}}<br>\n{{Back Extra}}")]),
            ],
            decks: [AnkiDeck(id: 10, name: "Bench::Words")])
        var cardID: Int64 = start
        for n in 0..<notes {
            let id = start + Int64(n)
            let (type, fields, ordinals): (Int64, [String], [Int]) =
                n < 14_000
                ? (1, ["Word <b>\(n)</b>&nbsp;in French?", "mot \(n)"], [0])
                : n < 17_000
                    ? (2, ["term \(n)", "<div>meaning \(n)</div>"], [0, 1])
                    : (3, ["{{c1::Fact \(n)}} is about {{c2::topic \(n)::a hint}}.", "more"], [0, 1])
            collection.notes.append(AnkiNote(id: id, guid: "bench\(n)", notetypeID: type, modified: 0, fields: fields))
            for ordinal in ordinals {
                cardID += 1
                collection.cards.append(AnkiCard(id: cardID, noteID: id, deckID: 10, ordinal: ordinal, type: .review, queue: .review))
            }
        }
        let perCard = reviews / collection.cards.count
        var extra = reviews - perCard * collection.cards.count
        for card in collection.cards {
            var moment = start + Int64(generator.next() % (200 * 86_400_000))
            var interval: Int64 = 60_000
            for i in 0..<(perCard + (extra > 0 ? 1 : 0)) {
                let roll = generator.next() % 100
                let ease = roll < 10 ? 1 : roll < 20 ? 2 : roll < 92 ? 3 : 4
                collection.revlog.append(
                    AnkiRevlogEntry(
                        id: moment, cardID: card.id, ease: ease, interval: Int(interval / 86_400_000), factor: 2500, time: 6000,
                        rawKind: i < 2 ? 0 : 1))
                interval = ease == 1 ? 600_000 : max(interval * 2, 86_400_000) + Int64(generator.next() % 3_600_000)
                moment += interval
            }
            extra -= 1
        }
        collection.revlog.sort { $0.id < $1.id }
        // Unique milliseconds, as Anki's review log ids are.
        for i in collection.revlog.indices.dropFirst() where collection.revlog[i].id <= collection.revlog[i - 1].id {
            collection.revlog[i].id = collection.revlog[i - 1].id + 1
        }
        return collection
    }()

    /// Where the packages are kept: `RECALL_BENCH_ANKI_FOLDER` when set (so that Anki can convert the package
    /// between runs), else the run's temporary folder.
    static let packageFolder: String = ProcessInfo.processInfo.environment["RECALL_BENCH_ANKI_FOLDER"] ?? folder

    /// The package in Anki's current format that `tools/anki/run.sh bench` had Anki write, when it is there.
    static let currentPackage: String? = {
        let path = packageFolder + "/bench-current.apkg"
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }()

    static let package: String = {
        let path = packageFolder + "/bench.apkg"
        do {
            try AnkiPackageWriter(now: Date(timeIntervalSince1970: 1_780_000_000)).write(collection, to: path)
        } catch {
            fatalError("could not write the benchmark package: \(error)")
        }
        return path
    }()

    /// The same reviews as a `recall progress import` log.
    static let csv: String = {
        let path = folder + "/anki-reviews.csv"
        let cardMap = NoteConverter(collection: collection, deckID: "bench").convert().cardMap
        let entries = RevlogConverter(collection: collection, cardMap: cardMap, learner: learner).convert().entries
        do {
            let text = ([ReviewLogWriter.csvHeader] + entries.map(ReviewLogWriter.csvRecord)).joined(separator: "\n") + "\n"
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            fatalError("could not write the benchmark log: \(error)")
        }
        return path
    }()
}

import ArgumentParser
import Facts
import Foundation
import ParallelWork
import ProgressStore
import Questions
import Scheduling

/// `recall simulate`: the learner's deck simulated at a range of desired retentions — workload against knowledge
/// kept — with the retention that keeps the most knowledge per minute marked.
struct Simulate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Simulate a learner's deck to choose a desired retention: workload against knowledge kept.",
        discussion: """
            Simulates the decks (default: every deck in the folder) for --days days with the learner's FSRS \
            parameters, daily limits and steps: the cards already studied from their current state, the rest \
            introduced at the daily new-card limit. Answers follow the learner's log — how they rate first \
            answers, recalled reviews and steps, and how long each answer takes — and recall follows FSRS. For \
            each desired retention it prints the reviews and minutes a day and the knowledge kept at the end \
            (the expected number of cards the learner would recall), and marks the retention that keeps the \
            most knowledge per minute of study. Seeded: the same inputs give the same figures.
            """
    )

    @Argument(help: ArgumentHelp("Deck ids from the deck folder, or deck files (default: every deck in the folder).", valueName: "deck"))
    var deckNames: [String] = []

    @OptionGroup var decks: DeckOptions

    @OptionGroup var progress: ProgressOptions

    @Option(help: ArgumentHelp("Desired retentions to compare: a range such as 0.70-0.97, or one value.", valueName: "range"))
    var retention = "0.70-0.97"

    @Option(help: ArgumentHelp("The step between retentions in the range.", valueName: "step"))
    var step = 0.01

    @Option(help: ArgumentHelp("Days to simulate.", valueName: "n"))
    var days = 365

    @Option(
        help: ArgumentHelp(
            "Simulate a deck of this many cards instead (the studied ones and new ones to make up the rest).", valueName: "n"))
    var cards: Int?

    @Option(help: ArgumentHelp("Seed for the simulated answers.", valueName: "n"))
    var seed: UInt64 = 42

    @Option(help: ArgumentHelp("Also draw the chart as SVG into this file.", valueName: "path"))
    var output: String?

    @Flag(help: "Print the result as JSON.")
    var json = false

    func validate() throws {
        guard let range = Self.parseRange(retention) else {
            throw ValidationError("--retention must be a retention such as 0.9 or a range such as 0.70-0.97")
        }
        guard range.lowest >= 0.5, range.highest <= 0.99 else {
            throw ValidationError("--retention must lie within 0.50–0.99")
        }
        guard step >= 0.001, step <= 0.5 else { throw ValidationError("--step must be 0.001–0.5") }
        guard (1...3_650).contains(days) else { throw ValidationError("--days must be 1–3650") }
        if let cards, cards < 0 || cards > 1_000_000 { throw ValidationError("--cards must be 0–1000000") }
    }

    /// `0.70-0.97`, `0.70…0.97`, `0.70..0.97` or `0.9` (percentages too: `85%`).
    static func parseRange(_ text: String) -> (lowest: Double, highest: Double)? {
        func value(_ word: Substring) -> Double? {
            let trimmed = word.trimmingCharacters(in: .whitespaces)
            if trimmed.hasSuffix("%") { return Double(trimmed.dropLast()).map { $0 / 100 } }
            return Double(trimmed)
        }
        let normalized = text.replacingOccurrences(of: "…", with: "-").replacingOccurrences(of: "..", with: "-")
        let parts = normalized.split(separator: "-", omittingEmptySubsequences: false)
        switch parts.count {
        case 1:
            guard let single = value(parts[0]) else { return nil }
            return (single, single)
        case 2:
            guard let low = value(parts[0]), let high = value(parts[1]), low <= high else { return nil }
            return (low, high)
        default:
            return nil
        }
    }

    func run() throws {
        let now = Date()
        let learner = try progress.learnerName()
        let loaded = try Study.loadDecks(deckNames, in: decks.deckDirectory)
        let store = try progress.openStore()
        let settings: LearnerSettings
        let states: [StoredCardState]
        let log: TrainingLog
        do {
            settings = try store.settings(for: learner)
            states = try store.cardStates(for: learner)
            // Someone not yet in the file has no log: typical behaviour, a deck of new cards.
            let known = try store.learners().contains { $0.name == learner.rawValue }
            log = known ? try store.trainingLog(for: .learner(learner)) : TrainingLog(histories: [], learners: 0)
        } catch {
            throw CLIError(error.description)
        }
        let index = StudyDayIndex(timeZone: .current, rolloverHour: settings.dayRolloverHour)
        let deckCards = Set(
            loaded.flatMap { deck in
                QuestionGenerator(deck: deck, options: .init(referenceYear: Calendar.current.component(.year, from: now))).cards.map(
                    \.id.description)
            })
        let studied = Self.simulatorCards(states.filter { deckCards.contains($0.card) }, settings: settings, index: index, now: now)
        let newCards = max((cards ?? deckCards.count) - studied.count, 0)
        let simulator = WorkloadSimulator(
            weights: settings.weights,
            behaviour: StudyBehaviour(
                histories: log.histories, days: index, learningSteps: settings.learningSteps.count,
                relearningSteps: settings.relearningSteps.count),
            limits: settings.limits, maximumInterval: settings.maximumInterval, cards: studied, newCards: newCards,
            days: days)
        guard let range = Self.parseRange(retention) else {
            throw CLIError("--retention must be a retention such as 0.9 or a range such as 0.70-0.97")
        }
        let retentions = RetentionAdvice.retentions(from: range.lowest, to: range.highest, step: step)
        let advice = Self.advise(simulator, retentions: retentions, seed: seed)
        let summary = Summary(
            learner: learner.rawValue, decks: loaded.map(\.id), studiedCards: studied.count, newCards: newCards,
            days: days, seed: seed, currentRetention: settings.desiredRetention,
            parametersFrom: settings.origin(of: .fsrsParameters).description, advice: advice)
        if let output {
            do {
                try Data(summary.svg().utf8).write(to: URL(fileURLWithPath: output))
            } catch {
                throw CLIError("cannot write the chart to '\(output)': \(error.localizedDescription)")
            }
        }
        Console.out(json ? try Console.json(summary) : summary.text())
    }

    /// Each retention's simulation is independent: they run at once, one per core.
    static func advise(_ simulator: WorkloadSimulator, retentions: [Double], seed: UInt64) -> RetentionAdvice {
        RetentionAdvice(
            outcomes: Parallel.map(retentions.count) { index in
                RetentionAdvice.simulate(simulator, retention: retentions[index], seed: seed)
            })
    }

    /// The learner's studied cards as the simulator starts them: memory, last review and due day relative to today.
    static func simulatorCards(
        _ states: [StoredCardState], settings: LearnerSettings, index: StudyDayIndex, now: Date
    ) -> [WorkloadSimulator.Card] {
        var index = index
        let today = index.day(of: now)
        let fsrs = FSRS(parameters: settings.scheduler.parameters)
        return states.compactMap { stored in
            let state = stored.state
            guard state.phase != .new, let lastReview = state.lastReview else { return nil }
            let memory: (stability: Double, difficulty: Double) =
                if let stability = state.stability, let difficulty = state.difficulty {
                    (stability, difficulty)
                } else {
                    // Last scheduled by SM-2: FSRS's estimate from the ease and interval, as the scheduler makes it.
                    fsrs.memoryState(fromSM2Ease: state.ease, intervalDays: Double(state.intervalDays))
                }
            return WorkloadSimulator.Card(
                stability: memory.stability, difficulty: memory.difficulty,
                lastReviewDay: min(index.day(of: lastReview) - today, 0), dueDay: index.day(of: state.due) - today)
        }
    }
}

import ArgumentParser
import Foundation
import ParallelWork
import ProgressStore
import Scheduling

/// `recall optimize`: FSRS-6's weights fitted to a learner's (or a class's) own reviews, judged before and
/// after, and stored with `--apply`.
struct Optimize: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Fit FSRS-6's 21 parameters to a learner's or a class's reviews.",
        discussion: """
            Reads the review log (a learner's own, or a class's students' pooled; one deck with --deck), fits \
            the parameters as fsrs-rs does, and prints log loss and RMSE (bins) — lower is better — for the \
            parameters in use and the fitted ones: on the whole log, and on the later reviews of a time-based \
            split, where the fit was trained on the earlier reviews only. With --apply the fitted parameters \
            are stored for the learner or class (kept only if they predict the log better than those in use) \
            and every affected card is rescheduled with them. docs/scheduling.md explains the numbers.
            """
    )

    @Option(
        name: .customLong("class"),
        help: ArgumentHelp("A class's reviews, pooled, for one set of parameters for its students.", valueName: "name"))
    var schoolClass: String?

    @Option(help: ArgumentHelp("Only the reviews of this deck.", valueName: "deck"))
    var deck: String?

    @Flag(help: "Store the fitted parameters (when they are better) and reschedule the cards with them.")
    var apply = false

    @OptionGroup var progress: ProgressOptions

    @Flag(help: "Print the result as JSON.")
    var json = false

    func validate() throws {
        if progress.learner != nil && schoolClass != nil {
            throw ValidationError("give --learner or --class, not both")
        }
    }

    func run() throws {
        let now = Date()
        let target: SettingTarget
        if let schoolClass {
            target = .schoolClass(schoolClass)
        } else {
            target = .learner(try progress.learnerName())
        }
        let store = try progress.openStore()
        do {
            let settings = try store.settings(for: target)
            let log = try store.trainingLog(for: target, deck: deck)
            if let deck, log.reviews == 0, try store.trainingLog(for: target).reviews > 0 {
                // A mistyped deck would otherwise read as "too few reviews: keep studying".
                throw CLIError(
                    "\(SettingsCommand.describe(target)) has no reviews of a deck '\(deck)': check its id (recall decks), or leave out --deck"
                )
            }
            let set = TrainingSet(
                histories: log.histories,
                days: StudyDayIndex(timeZone: .current, rolloverHour: settings.dayRolloverHour))
            var configuration = FSRSOptimizer.Configuration()
            configuration.relearningSteps = settings.relearningSteps.count
            let optimization = Self.optimize(set, current: settings.weights, configuration: configuration)
            var report = Report(
                owner: SettingsCommand.describe(target), deck: deck, reviews: set.reviewCount, cards: set.cardCount,
                learners: log.learners, optimization: optimization, applied: nil)
            if apply && optimization.improves {
                let fit = FittedParameters(
                    scope: Self.scope(of: target), weights: optimization.estimate.weights, fittedAt: now,
                    reviews: set.reviewCount, items: set.items.count, cards: set.cardCount, learners: log.learners,
                    deck: deck, method: optimization.estimate.method, before: optimization.wholeLog?.before,
                    after: optimization.wholeLog?.after)
                report.applied = try store.apply(fit, to: target)
            }
            Console.out(json ? try Console.json(report) : report.text(command: commandLine(target)))
        } catch let error as ProgressStoreError {
            throw CLIError(error.description)
        }
    }

    /// The fit and the five time-split fits are independent: they run at once, one per core.
    static func optimize(_ set: TrainingSet, current: [Double], configuration: FSRSOptimizer.Configuration) -> Optimization {
        let plan = Optimization.Plan(set: set, configuration: configuration)
        return Optimization(current: current, plan: plan, results: Parallel.map(plan.count) { plan.work($0, runner: ParallelMap.runner) })
    }

    static func scope(of target: SettingTarget) -> Setting.Scope {
        switch target {
        case .global: .global
        case .schoolClass: .class
        case .learner: .learner
        }
    }

    /// The command that stores these parameters, for the closing hint.
    func commandLine(_ target: SettingTarget) -> String {
        var words = ["recall optimize"]
        switch target {
        case .learner(let name): words.append("--learner \(name.rawValue)")
        case .schoolClass(let name): words.append("--class \(name)")
        case .global: break
        }
        if let deck { words.append("--deck \(deck)") }
        if let path = progress.file.path { words.append("--progress \(path)") }
        return (words + ["--apply"]).joined(separator: " ")
    }
}

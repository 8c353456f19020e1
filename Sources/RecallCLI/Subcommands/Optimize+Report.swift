import Foundation
import ProgressStore
import Scheduling

extension Optimize {
    /// What `recall optimize` found, for the terminal and for `--json`.
    struct Report: Encodable {
        var owner: String
        var deck: String?
        var reviews: Int
        var cards: Int
        var learners: Int
        var optimization: Optimization
        var applied: AppliedParameters?

        private enum CodingKeys: String, CodingKey {
            case owner, deck, reviews, cards, learners, items, method
            case trainingItems = "training_items"
            case firstReviews = "first_reviews"
            case needed, current, fitted
            case wholeLog = "whole_log"
            case timeSplit = "time_split"
            case improves, applied
        }

        private struct Comparison: Encodable {
            var before: Figures
            var after: Figures
        }

        private struct Figures: Encodable {
            var logLoss: Double
            var rmseBins: Double
            var items: Int

            enum CodingKeys: String, CodingKey {
                case logLoss = "log_loss"
                case rmseBins = "rmse_bins"
                case items
            }

            init(_ evaluation: ModelEvaluation) {
                logLoss = evaluation.logLoss
                rmseBins = evaluation.rmseBins
                items = evaluation.items
            }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            let estimate = optimization.estimate
            try container.encode(owner, forKey: .owner)
            try container.encodeIfPresent(deck, forKey: .deck)
            try container.encode(reviews, forKey: .reviews)
            try container.encode(cards, forKey: .cards)
            try container.encode(learners, forKey: .learners)
            try container.encode(estimate.items, forKey: .items)
            try container.encode(estimate.method, forKey: .method)
            try container.encode(estimate.trainingItems, forKey: .trainingItems)
            try container.encode(estimate.firstReviews, forKey: .firstReviews)
            try container.encode(
                ["any": FSRSOptimizer.minimumItems, "all": FSRSOptimizer.minimumItemsForFullFit], forKey: .needed)
            try container.encode(optimization.current, forKey: .current)
            try container.encode(estimate.weights, forKey: .fitted)
            func comparison(_ value: Optimization.Comparison?) -> Comparison? {
                value.map { Comparison(before: Figures($0.before), after: Figures($0.after)) }
            }
            try container.encodeIfPresent(comparison(optimization.wholeLog), forKey: .wholeLog)
            try container.encodeIfPresent(comparison(optimization.timeSplit), forKey: .timeSplit)
            try container.encode(optimization.improves, forKey: .improves)
            try container.encodeIfPresent(applied, forKey: .applied)
        }

        func text(command: String) -> String {
            let estimate = optimization.estimate
            var lines: [String] = []
            let items = estimate.items
            lines.append(
                "\(owner)\(deck.map { " (deck \($0))" } ?? ""): \(Stats.plural(reviews, "review")) of \(Stats.plural(cards, "card"))"
                    + (learners > 1 ? " by \(learners) learners" : "")
                    + "; \(items) of them came a study day or more after the card's previous review and can train FSRS.")
            let outliers = estimate.items - estimate.trainingItems
            let setAside = outliers > 0 ? " (\(outliers) set aside as rare first-review outliers)" : ""
            switch estimate.method {
            case .defaults:
                if estimate.trainingItems < FSRSOptimizer.minimumItems {
                    lines.append(
                        "That leaves \(estimate.trainingItems) to train on\(setAside); FSRS needs at least "
                            + "\(FSRSOptimizer.minimumItems) to fit anything and \(FSRSOptimizer.minimumItemsForFullFit) "
                            + "to fit all 21 parameters. Keep studying: the parameters in use stay.")
                } else {
                    lines.append(
                        "No first review was followed by enough reviews on later days\(setAside) to fit the initial "
                            + "stabilities, which every fit starts from. The parameters in use stay.")
                }
                return lines.joined(separator: "\n")
            case .initialStabilities:
                lines.append(
                    "Fitted the initial stabilities w0–w3 from \(Stats.plural(estimate.firstReviews, "first review"))\(setAside); "
                        + "the other 17 parameters need \(FSRSOptimizer.minimumItemsForFullFit) training reviews and there are "
                        + "\(estimate.trainingItems), so they keep their defaults.")
            case .full:
                lines.append(
                    "Fitted all 21 parameters on \(estimate.trainingItems) of them\(setAside), the initial stabilities first from "
                        + "\(Stats.plural(estimate.firstReviews, "first review")).")
            }
            lines.append("")
            lines.append(evaluationTable())
            lines.append("")
            lines.append(parameterTable())
            lines.append("")
            lines.append(verdict(command: command))
            return lines.joined(separator: "\n")
        }

        private func evaluationTable() -> String {
            // Two figures, each before and after: a header over each pair, so not a plain `TextTable`.
            var rows: [(String, Optimization.Comparison)] = []
            if let whole = optimization.wholeLog { rows.append(("whole log", whole)) }
            if let split = optimization.timeSplit { rows.append(("later reviews", split)) }
            let label = max(rows.map(\.0.count).max() ?? 0, 9)
            func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(width - text.count, 0)) }
            var lines = [
                pad("", label) + "  " + pad("LOG LOSS", 16) + "  RMSE (BINS)",
                pad("", label) + "  " + pad("in use", 8) + pad("fitted", 8) + "  " + pad("in use", 8) + "fitted",
            ]
            for (name, comparison) in rows {
                lines.append(
                    pad(name, label) + "  " + pad(Self.number(comparison.before.logLoss), 8) + pad(Self.number(comparison.after.logLoss), 8)
                        + "  " + pad(Self.percent(comparison.before.rmseBins), 8) + Self.percent(comparison.after.rmseBins))
            }
            if let split = optimization.timeSplit {
                lines.append(
                    "later reviews: the last \(split.after.items) of those reviews, each predicted by a fit on the reviews before "
                        + "it (five time-based splits): how the fit does on reviews it has not seen.")
            } else {
                lines.append("(too few reviews to test the fit on reviews it has not seen)")
            }
            return lines.joined(separator: "\n")
        }

        private func parameterTable() -> String {
            var table = TextTable(["", "IN USE", "FITTED", ""])
            for (index, name) in SchedulerParameters.weightNames.enumerated() {
                table.append([
                    "w\(index)", Self.weight(optimization.current[index]), Self.weight(optimization.estimate.weights[index]), name,
                ])
            }
            return table.render()
        }

        private func verdict(command: String) -> String {
            guard let whole = optimization.wholeLog else { return "" }
            let comparison = "log loss \(Self.number(whole.after.logLoss)) against \(Self.number(whole.before.logLoss))"
            guard optimization.improves else {
                return "The parameters in use predict these reviews at least as well (\(comparison)): they stay"
                    + (applied == nil ? "." : "; nothing was stored.")
            }
            guard let applied else {
                return "The fitted parameters predict these reviews better (\(comparison)).\n"
                    + "Run `\(command)` to schedule with them from the next review on."
            }
            return "The fitted parameters predict these reviews better (\(comparison)) and are stored for \(owner); "
                + "\(Stats.plural(applied.cards, "card")) of \(Stats.plural(applied.learners, "learner")) rescheduled with them."
        }

        static func number(_ value: Double) -> String { String(format: "%.4f", value) }
        static func percent(_ value: Double) -> String { String(format: "%.2f%%", value * 100) }
        static func weight(_ value: Double) -> String { String(format: "%.4f", value) }
    }
}

import Foundation
import ProgressStore
import Scheduling

extension SettingsCommand {
    /// Where the FSRS weights in force came from, when `recall optimize --apply` stored them at that level.
    static func fittedParameters(
        of settings: LearnerSettings, for target: SettingTarget, in store: ProgressStore
    ) throws -> FittedParameters? {
        switch settings.origin(of: .fsrsParameters) {
        case .default: nil
        case .global: try store.fittedParameters(for: .global)
        case .class(let name): try store.fittedParameters(for: .schoolClass(name))
        case .learner: try store.fittedParameters(for: target)
        }
    }

    /// The table's short value for the weights: where they stand, the numbers follow the table.
    static func weightsSummary(_ settings: LearnerSettings, fitted: FittedParameters?) -> String {
        if settings.origin(of: .fsrsParameters) == .default { return "defaults" }
        return fitted == nil ? "set" : "fitted"
    }

    /// The 21 weights, eleven and ten to a line, with where they came from.
    static func weightsBlock(_ settings: LearnerSettings, fitted: FittedParameters?) -> String {
        let numbers = settings.weights.map { String(format: "%.4f", $0) }
        var heading = "FSRS-6 parameters"
        if let fitted {
            let day = ISO8601DateFormatter.string(from: fitted.fittedAt, timeZone: .current, formatOptions: [.withFullDate])
            heading +=
                " (\(settings.origin(of: .fsrsParameters)), fitted \(day) on \(Stats.plural(fitted.reviews, "review"))"
                + " of \(Stats.plural(fitted.cards, "card"))"
                + (fitted.learners > 1 ? " by \(fitted.learners) learners" : "")
                + (fitted.deck.map { " in deck \($0)" } ?? "")
            if let before = fitted.before, let after = fitted.after {
                heading += String(format: "; log loss %.4f, was %.4f", after.logLoss, before.logLoss)
            }
            heading += ")"
        } else if settings.origin(of: .fsrsParameters) == .default {
            heading += " (the defaults; recall optimize fits them to your reviews)"
        } else {
            heading += " (\(settings.origin(of: .fsrsParameters)), set by hand)"
        }
        return heading + ":\n  " + numbers[0..<11].joined(separator: " ") + "\n  " + numbers[11...].joined(separator: " ")
    }

    /// Where fitted weights came from, for `--json`.
    struct FittedRow: Encodable {
        var fittedAt: String
        var reviews: Int
        var items: Int
        var cards: Int
        var learners: Int
        var deck: String?
        var method: String
        var logLossBefore: Double?
        var logLossAfter: Double?
        var rmseBinsBefore: Double?
        var rmseBinsAfter: Double?

        init(_ fitted: FittedParameters) {
            fittedAt = ISO8601DateFormatter().string(from: fitted.fittedAt)
            reviews = fitted.reviews
            items = fitted.items
            cards = fitted.cards
            learners = fitted.learners
            deck = fitted.deck
            method = fitted.method.rawValue
            logLossBefore = fitted.before?.logLoss
            logLossAfter = fitted.after?.logLoss
            rmseBinsBefore = fitted.before?.rmseBins
            rmseBinsAfter = fitted.after?.rmseBins
        }

        enum CodingKeys: String, CodingKey {
            case fittedAt = "fitted_at"
            case reviews, items, cards, learners, deck, method
            case logLossBefore = "log_loss_before"
            case logLossAfter = "log_loss_after"
            case rmseBinsBefore = "rmse_bins_before"
            case rmseBinsAfter = "rmse_bins_after"
        }
    }
}

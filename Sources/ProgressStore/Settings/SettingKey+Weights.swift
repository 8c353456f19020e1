import Foundation
import Scheduling

extension SettingKey {
    /// Weights are stored to six decimal places: more than the fit can justify, and short enough to read.
    static func formatWeights(_ weights: [Double]) -> String {
        weights.map { weight in
            let rounded = (weight * 1_000_000).rounded() / 1_000_000
            return rounded == 0 ? "0" : String(rounded)
        }.joined(separator: " ")
    }

    /// `0.212 1.2931 …` (spaces or commas, brackets allowed, as fsrs-rs and Anki print them) as 21 weights.
    static func parseWeights(_ text: String) -> [Double]? {
        let words = text.split(whereSeparator: { " ,\t\n[]".contains($0) })
        let weights = words.compactMap { Double($0) }
        guard weights.count == words.count, weights.allSatisfy(\.isFinite) else { return nil }
        return weights
    }

    /// Checks 21 weights against FSRS-6's bounds and returns them in their stored form.
    static func canonicalWeights(_ text: String) throws(ProgressStoreError) -> String {
        guard let weights = parseWeights(text) else {
            throw .invalidSetting("fsrs-parameters must be \(SettingKey.fsrsParameters.allowed); '\(text)' is not a list of numbers")
        }
        do {
            try SchedulerParameters(weights: weights.map { (($0 * 1_000_000).rounded() / 1_000_000) }).validate()
        } catch {
            throw .invalidSetting("fsrs-parameters must be \(SettingKey.fsrsParameters.allowed): \(error.problems.joined(separator: "; "))")
        }
        return formatWeights(weights)
    }
}

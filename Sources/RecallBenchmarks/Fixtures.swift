import Facts
import Foundation
import ProgressStore

/// The benchmarks' fixed inputs, valid by construction: one that is not stops the run and says which.
enum Fixtures {
    static func learner(_ name: String) -> LearnerName {
        guard let learner = LearnerName(name) else { fatalError("'\(name)' is not a learner name") }
        return learner
    }

    static func card(_ id: String) -> CardID {
        guard let card = CardID(id) else { fatalError("'\(id)' is not a card id") }
        return card
    }

    static func timeZone(_ identifier: String) -> TimeZone {
        guard let zone = TimeZone(identifier: identifier) else { fatalError("no time zone is named \(identifier)") }
        return zone
    }

    /// Set-up that only a broken machine makes fail (a full disk, a temporary folder gone).
    static func make<T>(_ what: String, _ body: () throws -> T) -> T {
        do {
            return try body()
        } catch {
            fatalError("could not make \(what): \(error)")
        }
    }
}

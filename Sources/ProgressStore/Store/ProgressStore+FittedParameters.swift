import Foundation
import GRDB
import Scheduling

/// What storing fitted parameters did.
public struct AppliedParameters: Sendable, Hashable, Codable {
    /// Learners whose scheduler changed (those with weights of their own, or a nearer class's, keep theirs).
    public var learners: Int
    /// Their cards, replayed from the first review with the new weights.
    public var cards: Int
}

extension ProgressStore {
    /// Stores fitted weights as `target`'s `fsrs-parameters` setting, with where they came from, and replays
    /// every card of every learner whose scheduler they change, so each stored state is again what its log
    /// gives under the learner's settings — all in one transaction.
    @discardableResult
    public func apply(_ fit: FittedParameters, to target: SettingTarget) throws(ProgressStoreError) -> AppliedParameters {
        let canonical = try SettingKey.canonicalWeights(SettingKey.formatWeights(fit.weights))
        return try write { db in
            let affected: [(id: Int64, name: String)]
            switch target {
            case .learner(let name):
                affected = [(try Self.learnerID(name, in: db), name.rawValue)]
            case .schoolClass(let name):
                guard let classId = try Self.schoolClassID(name, in: db, create: false) else {
                    throw ProgressStoreError.invalidSetting("there is no class named '\(name)': make it with recall class create \(name)")
                }
                affected = try Self.members(ofClassID: classId, in: db)
            case .global:
                affected = try Row.fetchAll(db, sql: "SELECT id, name FROM learner ORDER BY name").map { ($0[0], $0[1]) }
            }
            var before: [Int64: Scheduler] = [:]
            for learner in affected {
                before[learner.id] = try Self.settings(forLearnerID: learner.id, in: db).scheduler
            }
            try Self.store(.fsrsParameters, canonical: canonical, for: target, in: db)
            try Self.record(fit, weights: canonical, for: target, in: db)
            var applied = AppliedParameters(learners: 0, cards: 0)
            for learner in affected {
                let scheduler = try Self.settings(forLearnerID: learner.id, in: db).scheduler
                guard scheduler != before[learner.id] else { continue }
                applied.learners += 1
                // Taken as stored, like every name read back from the file.
                guard let name = LearnerName(stored: learner.name) else {
                    throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "learner \(learner.id) has no name")
                }
                let log = CardLog(db: db, learnerId: learner.id, learner: name, scheduler: scheduler, writer: ReviewWriter(db))
                let cards = try String.fetchAll(
                    db, sql: "SELECT DISTINCT card FROM review WHERE learnerId = ? ORDER BY card", arguments: [learner.id])
                for card in cards {
                    try log.replay(card: card)
                }
                applied.cards += cards.count
            }
            return applied
        }
    }

    /// Where `target`'s own stored weights came from, when `recall optimize --apply` stored them and they have
    /// not been changed since; nil otherwise.
    public func fittedParameters(for target: SettingTarget) throws(ProgressStoreError) -> FittedParameters? {
        try read { db in
            let owner: (Setting.Scope, Int64?, Int64?)
            switch target {
            case .global: owner = (.global, nil, nil)
            case .schoolClass(let name):
                guard let id = try Self.schoolClassID(name, in: db, create: false) else { return nil }
                owner = (.class, id, nil)
            case .learner(let name):
                guard let id = try Self.learnerID(name, in: db, create: false) else { return nil }
                owner = (.learner, nil, id)
            }
            let ownerSQL = "scope = ? AND ifnull(schoolClassId, 0) = ifnull(?, 0) AND ifnull(learnerId, 0) = ifnull(?, 0)"
            let arguments: StatementArguments = [owner.0, owner.1, owner.2]
            let current = try String.fetchOne(
                db, sql: "SELECT value FROM setting WHERE \(ownerSQL) AND \"key\" = 'fsrs-parameters'", arguments: arguments)
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM fittedParameters WHERE \(ownerSQL)", arguments: arguments),
                let current, current == row["weights"] as String
            else { return nil }
            return try Self.fittedParameters(from: row, scope: owner.0)
        }
    }

    private static func record(_ fit: FittedParameters, weights: String, for target: SettingTarget, in db: Database) throws {
        let (scope, classId, learnerId) = try owner(of: target, in: db)
        try db.execute(
            sql: """
                INSERT INTO fittedParameters (scope, schoolClassId, learnerId, weights, fittedAt, reviews, items, cards,
                    learners, deck, method, logLossBefore, rmseBinsBefore, logLossAfter, rmseBinsAfter)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (scope, ifnull(schoolClassId, 0), ifnull(learnerId, 0)) DO UPDATE SET
                    weights = excluded.weights, fittedAt = excluded.fittedAt, reviews = excluded.reviews,
                    items = excluded.items, cards = excluded.cards, learners = excluded.learners, deck = excluded.deck,
                    method = excluded.method, logLossBefore = excluded.logLossBefore,
                    rmseBinsBefore = excluded.rmseBinsBefore, logLossAfter = excluded.logLossAfter,
                    rmseBinsAfter = excluded.rmseBinsAfter
                """,
            arguments: [
                scope, classId, learnerId, weights, Timestamp.microseconds(fit.fittedAt), fit.reviews, fit.items,
                fit.cards, fit.learners, fit.deck, fit.method.rawValue, fit.before?.logLoss, fit.before?.rmseBins,
                fit.after?.logLoss, fit.after?.rmseBins,
            ])
    }

    private static func fittedParameters(from row: Row, scope: Setting.Scope) throws -> FittedParameters {
        let methodText: String = row["method"]
        guard let weights = SettingKey.parseWeights(row["weights"]), let method = FSRSOptimizer.Method(rawValue: methodText) else {
            throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "a fitted-parameters row is unreadable")
        }
        let items: Int = row["items"]
        func evaluation(_ suffix: String) -> ModelEvaluation? {
            guard let logLoss: Double = row["logLoss" + suffix], let rmse: Double = row["rmseBins" + suffix] else { return nil }
            return ModelEvaluation(logLoss: logLoss, rmseBins: rmse, items: items)
        }
        return FittedParameters(
            scope: scope, weights: weights, fittedAt: Timestamp.date(row["fittedAt"]), reviews: row["reviews"],
            items: items, cards: row["cards"], learners: row["learners"], deck: row["deck"], method: method,
            before: evaluation("Before"), after: evaluation("After"))
    }
}

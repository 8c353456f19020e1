import Foundation
import GRDB
import Scheduling

/// A row of `fittedParameters`: where a learner's, a class's or everyone's stored FSRS weights came from —
/// when `recall optimize --apply` fitted them, on how much of the log, and how well they and the weights they
/// replaced predicted it.
///
/// The weights themselves are the `fsrs-parameters` setting; this row describes them only while the setting
/// still holds the same text (`weights`), so a value set by hand afterwards is never passed off as fitted.
public struct FittedParameters: Hashable, Sendable, Codable {
    public var scope: Setting.Scope
    public var weights: [Double]
    /// When the fit was made.
    public var fittedAt: Date
    /// Reviews in the log the fit read (cram answers not counted).
    public var reviews: Int
    /// Training items: reviews a study day or more after the card's previous one.
    public var items: Int
    public var cards: Int
    /// Learners whose reviews were pooled (1 for a learner's own fit).
    public var learners: Int
    /// The deck the log was limited to, if any.
    public var deck: String?
    /// How much of the model the data supported.
    public var method: FSRSOptimizer.Method
    /// Log loss and RMSE (bins) on the whole log, with the weights replaced and with these.
    public var before: ModelEvaluation?
    public var after: ModelEvaluation?

    public init(
        scope: Setting.Scope, weights: [Double], fittedAt: Date, reviews: Int, items: Int, cards: Int, learners: Int,
        deck: String?, method: FSRSOptimizer.Method, before: ModelEvaluation?, after: ModelEvaluation?
    ) {
        self.scope = scope
        self.weights = weights
        self.fittedAt = fittedAt
        self.reviews = reviews
        self.items = items
        self.cards = cards
        self.learners = learners
        self.deck = deck
        self.method = method
        self.before = before
        self.after = after
    }
}

extension ProgressStore {
    /// The `fittedParameters` table (migration v4): one row per owner, replaced by each `--apply`.
    static func createFittedParametersTable(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE fittedParameters (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    scope TEXT NOT NULL CHECK (scope = 'global' OR scope = 'class' OR scope = 'learner'),
                    schoolClassId INTEGER REFERENCES schoolClass(id) ON DELETE CASCADE,
                    learnerId INTEGER REFERENCES learner(id) ON DELETE CASCADE,
                    weights TEXT NOT NULL,
                    fittedAt INTEGER NOT NULL,
                    reviews INTEGER NOT NULL,
                    items INTEGER NOT NULL,
                    cards INTEGER NOT NULL,
                    learners INTEGER NOT NULL,
                    deck TEXT,
                    method TEXT NOT NULL,
                    logLossBefore REAL,
                    rmseBinsBefore REAL,
                    logLossAfter REAL,
                    rmseBinsAfter REAL,
                    CHECK (
                        (scope = 'global' AND schoolClassId IS NULL AND learnerId IS NULL)
                        OR (scope = 'class' AND schoolClassId IS NOT NULL AND learnerId IS NULL)
                        OR (scope = 'learner' AND learnerId IS NOT NULL AND schoolClassId IS NULL)
                    )
                );
                CREATE UNIQUE INDEX fittedParameters_on_scope_owner
                    ON fittedParameters(scope, ifnull(schoolClassId, 0), ifnull(learnerId, 0));
                CREATE INDEX fittedParameters_on_learnerId ON fittedParameters(learnerId);
                CREATE INDEX fittedParameters_on_schoolClassId ON fittedParameters(schoolClassId);
                """)
    }
}

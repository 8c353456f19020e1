import Foundation
import Logging
import PostgresNIO
import SyncWire

/// The school's data and what may be done with it: every operation a request can ask for, each checked
/// and run in one transaction. Holds no state between requests beyond the connection pool and the decks.
public struct School: Sendable {
    public let database: SchoolDatabase
    public let catalog: DeckCatalog
    /// The server's clock in microseconds since 1970 (a test can fix it).
    let now: @Sendable () -> Int64

    public init(database: SchoolDatabase, catalog: DeckCatalog, now: @escaping @Sendable () -> Int64 = School.systemClock) {
        self.database = database
        self.catalog = catalog
        self.now = now
    }

    /// The system clock, in microseconds since 1970.
    public static let systemClock: @Sendable () -> Int64 = { Int64((Date().timeIntervalSince1970 * 1_000_000).rounded()) }

    var logger: Logger { database.logger }

    var rules: ReviewRules { ReviewRules(catalog: catalog, now: now()) }
}

/// A review as the `review` table's columns come back, in `School.reviewColumns` order.
typealias ReviewRow = (Int64, String, String, Int64, Int, String, Int?, String?, String?, Bool?)

extension School {
    /// The columns `ReviewRow` reads, in order.
    static let reviewColumns = "seq, id, card, reviewed_at, rating, source, duration_ms, question_form, answer, correct"
    /// The same, each prefixed `review.`, for queries that join other tables.
    static let qualifiedReviewColumns = reviewColumns.split(separator: ",")
        .map { "review." + $0.trimmingCharacters(in: .whitespaces) }.joined(separator: ", ")

    static func wire(_ row: ReviewRow, learner: String) -> WireReview {
        WireReview(
            id: row.1, learner: learner, card: row.2, reviewedAt: row.3, rating: row.4, source: row.5, durationMs: row.6,
            questionForm: row.7, answer: row.8, correct: row.9, seq: row.0)
    }

    /// Reserves `count` sequence numbers in the learner's log and locks the learner's row until the
    /// transaction ends (so that numbers are committed in the order they are given); returns the last number
    /// before them. Refuses a device that has pulled further than the log reaches.
    func reserve(_ count: Int, learnerId: Int64, learner: String, since: Int64, on connection: PostgresConnection) async throws -> Int64 {
        let rows = try await connection.query(
            "UPDATE learner SET last_seq = last_seq + \(Int64(count)) WHERE id = \(learnerId) RETURNING last_seq", logger: logger
        ).collect()
        guard let last = try rows.first?.decode(Int64.self) else {
            throw APIError.unauthorized("the token's learner no longer exists")
        }
        let base = last - Int64(count)
        guard since <= base else { throw Self.aheadOfTheLog(since: since, lastSeq: base, learner: learner) }
        return base
    }

    static func aheadOfTheLog(since: Int64, lastSeq: Int64, learner: String) -> APIError {
        APIError.conflict(
            "this device has pulled through review \(since), but the server's log of \(learner) ends at \(lastSeq) "
                + "(was the server's database restored from a backup?): log in again with recall sync login to start over")
    }

    /// Appends checked reviews to one learner's log with the sequence numbers after `base` that `reserve`
    /// set aside. Reviews already stored are skipped; one that contradicts the log (an id used for another
    /// review, or the same card and moment with another rating) refuses the whole transaction. Returns how
    /// many were stored and how many were there.
    ///
    /// The reviews go to PostgreSQL as JSON encoded from the checked values, never as the request's own
    /// text: a body with a key twice could otherwise be read one way here and another way there.
    func append(
        _ reviews: [WireReview], learnerId: Int64, learner: String, base: Int64, on connection: PostgresConnection
    ) async throws -> (stored: Int, already: Int) {
        guard !reviews.isEmpty else { return (0, 0) }
        struct Input: Encodable {
            var ord: Int
            var id: String
            var card: String
            var reviewedAt: Int64
            var rating: Int
            var source: String
            var durationMs: Int?
            var questionForm: String?
            var answer: String?
            var correct: Bool?
        }
        let input = reviews.enumerated().map { index, review in
            Input(
                ord: index + 1, id: review.id, card: review.card, reviewedAt: review.reviewedAt, rating: review.rating,
                source: review.source, durationMs: review.durationMs, questionForm: review.questionForm, answer: review.answer,
                correct: review.correct)
        }
        let json = String(decoding: try JSONEncoder().encode(input), as: UTF8.self)
        // Sequence numbers may skip the ones of reviews already stored: a cursor needs them increasing and
        // committed in order (the learner's row lock sees to that), not consecutive.
        var inserted: Set<String> = []
        let rows = try await connection.query(
            """
            INSERT INTO review (learner_id, seq, id, card, reviewed_at, rating, source, duration_ms, question_form, answer, correct)
            SELECT \(learnerId), \(base) + x.ord, x.id, x.card, x."reviewedAt", x.rating, x.source, x."durationMs",
                   x."questionForm", x.answer, x.correct
            FROM jsonb_to_recordset(\(json)::jsonb) AS x(
                ord bigint, id text, card text, "reviewedAt" bigint, rating smallint, source text, "durationMs" integer,
                "questionForm" text, answer text, correct boolean)
            ORDER BY x.ord
            ON CONFLICT DO NOTHING
            RETURNING id
            """, logger: logger)
        for try await id in rows.decode(String.self) {
            inserted.insert(id)
        }
        let skipped = reviews.filter { !inserted.contains($0.id) }
        if !skipped.isEmpty {
            try await checkRepeats(skipped, learnerId: learnerId, learner: learner, on: connection)
        }
        return (inserted.count, skipped.count)
    }

    /// Each skipped review must be one already stored, exactly; else the request is refused.
    private func checkRepeats(
        _ skipped: [WireReview], learnerId: Int64, learner: String, on connection: PostgresConnection
    ) async throws {
        let ids = skipped.map(\.id)
        let cards = skipped.map(\.card)
        let times = skipped.map(\.reviewedAt)
        var byID: [String: (learnerId: Int64, review: WireReview)] = [:]
        var byMoment: [String: WireReview] = [:]
        let rows = try await connection.query(
            """
            SELECT learner_id, \(unescaped: Self.reviewColumns) FROM review WHERE id = ANY(\(ids))
            UNION ALL
            SELECT review.learner_id, \(unescaped: Self.qualifiedReviewColumns)
            FROM review JOIN unnest(\(cards)::text[], \(times)::bigint[]) AS u(card, at)
              ON review.card = u.card AND review.reviewed_at = u.at
            WHERE review.learner_id = \(learnerId)
            """, logger: logger)
        for try await row in rows.decode((Int64, Int64, String, String, Int64, Int, String, Int?, String?, String?, Bool?).self) {
            let review = Self.wire((row.1, row.2, row.3, row.4, row.5, row.6, row.7, row.8, row.9, row.10), learner: learner)
            byID[review.id] = (row.0, review)
            if row.0 == learnerId { byMoment["\(review.card) \(review.reviewedAt)"] = review }
        }
        for review in skipped {
            if let stored = byID[review.id] {
                guard stored.learnerId == learnerId, stored.review.sameContent(as: review) else {
                    throw APIError.conflict(
                        "review id '\(review.id)' is already stored for a different review; nothing was stored")
                }
            } else if let stored = byMoment["\(review.card) \(review.reviewedAt)"] {
                guard stored.rating == review.rating else {
                    throw APIError.conflict(
                        "\(learner) already has a review of \(review.card) at this moment rated \(stored.rating), "
                            + "not \(review.rating) (review \(stored.id)); nothing was stored")
                }
            } else {
                throw APIError.conflict("review '\(review.id)' conflicts with another being stored at the same time; try again")
            }
        }
    }
}

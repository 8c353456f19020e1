import PostgresNIO
import SyncWire

extension School {
    /// One sync: stores the device's reviews and returns the learner's others above `since`, with their
    /// classes' settings, in one transaction under the learner's row lock (other learners sync in parallel).
    func sync(_ request: SyncRequest, learnerId: Int64, learner: String) async throws -> SyncResponse {
        guard request.format == SyncLimits.format else {
            throw APIError.badRequest(
                "this server speaks sync format \(SyncLimits.format), not \(request.format): use the same version of Recall on both sides")
        }
        guard request.since >= 0 else { throw APIError.unprocessable("since must be 0 or more, not \(request.since)") }
        let limit = min(max(request.limit ?? SyncLimits.maximumPull, 1), SyncLimits.maximumPull)
        let reviews = try rules.check(request.reviews, learner: learner)
        if reviews.isEmpty {
            // A pull alone writes nothing and takes no lock: a learner's sequence numbers are committed in
            // order (writers hold the learner's row until they commit), so what is visible is a prefix.
            return try await database.client.withConnection { connection in
                let lastSeq = try await lastSequence(learnerId: learnerId, learner: learner, since: request.since, on: connection)
                let (pulled, through, more) = try await pull(
                    learnerId: learnerId, learner: learner, since: request.since, limit: limit, lastSeq: lastSeq, leavingOut: [],
                    on: connection)
                return SyncResponse(
                    learner: learner, stored: 0, alreadyStored: 0, reviews: pulled, through: through, more: more,
                    classes: try await classSettings(learnerId: learnerId, on: connection))
            }
        }
        return try await database.transaction { connection in
            let count = reviews.count
            let base = try await reserve(count, learnerId: learnerId, learner: learner, since: request.since, on: connection)
            let appended = try await append(reviews, learnerId: learnerId, learner: learner, base: base, on: connection)
            let (pulled, through, more) = try await pull(
                learnerId: learnerId, learner: learner, since: request.since, limit: limit, lastSeq: base + Int64(count),
                leavingOut: Set(reviews.map(\.id)), on: connection)
            return SyncResponse(
                learner: learner, stored: appended.stored, alreadyStored: appended.already, reviews: pulled, through: through,
                more: more, classes: try await classSettings(learnerId: learnerId, on: connection))
        }
    }

    /// The learner's last sequence number, read without a lock; refuses a device that has pulled further
    /// than the log reaches.
    func lastSequence(learnerId: Int64, learner: String, since: Int64, on connection: PostgresConnection) async throws -> Int64 {
        let rows = try await connection.query("SELECT last_seq FROM learner WHERE id = \(learnerId)", logger: logger).collect()
        guard let lastSeq = try rows.first?.decode(Int64.self) else {
            throw APIError.unauthorized("the token's learner no longer exists")
        }
        guard since <= lastSeq else { throw Self.aheadOfTheLog(since: since, lastSeq: lastSeq, learner: learner) }
        return lastSeq
    }

    /// A page of the learner's log above `since`: the reviews (without those the device just sent), the
    /// sequence number the page reaches, and whether more follow.
    func pull(
        learnerId: Int64, learner: String, since: Int64, limit: Int, lastSeq: Int64, leavingOut sent: Set<String>,
        on connection: PostgresConnection
    ) async throws -> (reviews: [WireReview], through: Int64, more: Bool) {
        let rows = try await connection.query(
            """
            SELECT \(unescaped: Self.reviewColumns) FROM review
            WHERE learner_id = \(learnerId) AND seq > \(since)
            ORDER BY seq LIMIT \(limit + 1)
            """, logger: logger)
        var page: [WireReview] = []
        for try await row in rows.decode(ReviewRow.self) {
            page.append(Self.wire(row, learner: learner))
        }
        let more = page.count > limit
        if more { page.removeLast() }
        // Without the lock a writer may have committed since `lastSeq` was read: the page then reaches further.
        // A page with more after it is never empty, and every review read from the log has its seq.
        let through = more ? (page.last?.seq ?? since) : max(lastSeq, page.last?.seq ?? 0)
        return (page.filter { !sent.contains($0.id) }, through, more)
    }

    /// The learner's classes in the order they joined them, each with its teacher's settings.
    func classSettings(learnerId: Int64, on connection: PostgresConnection) async throws -> [ClassSettings] {
        let rows = try await connection.query(
            """
            SELECT school_class.name, class_setting.key, class_setting.value
            FROM membership
            JOIN school_class ON school_class.id = membership.class_id
            LEFT JOIN class_setting ON class_setting.class_id = school_class.id
            WHERE membership.learner_id = \(learnerId)
            ORDER BY membership.id, class_setting.key
            """, logger: logger)
        var classes: [ClassSettings] = []
        for try await (name, key, value) in rows.decode((String, String?, String?).self) {
            if classes.last?.name != name { classes.append(ClassSettings(name: name, settings: [:])) }
            if let key, let value { classes[classes.count - 1].settings[key] = value }
        }
        return classes
    }
}

import Foundation
import PostgresNIO
import Reports
import ReportsStorage
import SyncStore
import SyncWire

extension School {
    /// Everything a report on the class needs, read in one transaction (a consistent moment).
    func snapshot(of className: String, teacherId: Int64) async throws -> ClassSnapshot {
        try await database.transaction { connection in
            try await connection.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY", logger: logger)
            let classId = try await ownedClass(className, teacherId: teacherId, on: connection)
            let info = try await classInfo(classId, on: connection)
            var reviews: [WireReview] = []
            let rows = try await connection.query(
                """
                SELECT learner.name, \(unescaped: Self.qualifiedReviewColumns)
                FROM membership
                JOIN learner ON learner.id = membership.learner_id
                JOIN review ON review.learner_id = membership.learner_id
                WHERE membership.class_id = \(classId)
                ORDER BY review.reviewed_at, review.id
                """, logger: logger)
            for try await row in rows.decode((String, Int64, String, String, Int64, Int, String, Int?, String?, String?, Bool?).self) {
                reviews.append(Self.wire((row.1, row.2, row.3, row.4, row.5, row.6, row.7, row.8, row.9, row.10), learner: row.0))
            }
            return ClassSnapshot(schoolClass: info, reviews: reviews)
        }
    }

    /// The class report as the HTML page `recall report --format html` writes, from the data as it is now.
    func reportHTML(of className: String, teacherId: Int64, decks: [String], since: String?) async throws -> String {
        guard let deck = catalog.reportDeck(decks) else {
            throw APIError.unprocessable(
                "unknown deck among \(decks.joined(separator: ", ")): the server's decks are \(catalog.deckIDs.sorted().joined(separator: ", "))"
            )
        }
        let snapshot = try await snapshot(of: className, teacherId: teacherId)
        let moment = Date(timeIntervalSince1970: Double(now()) / 1_000_000)
        var options = ReportOptions(now: moment, since: nil, timeZone: TimeZone.current)
        if let since {
            guard let day = Self.noon(of: since, in: TimeZone.current), day <= moment.addingTimeInterval(86_400) else {
                throw APIError.unprocessable("since '\(since.prefix(20))' is not a date of the past written YYYY-MM-DD")
            }
            options = ReportOptions(now: moment, since: day, timeZone: TimeZone.current)
        }
        let store = try snapshot.progressStore()
        let report = try ClassReport.make(store: store, className: className, deck: deck, options: options)
        return HTMLReport.render(report)
    }

    /// Noon on the day written `YYYY-MM-DD` in `zone` (inside that study day whatever the rollover hour).
    static func noon(of text: String, in zone: TimeZone) -> Date? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let components = DateComponents(calendar: calendar, timeZone: zone, year: year, month: month, day: day, hour: 12)
        guard components.isValidDate(in: calendar) else { return nil }
        return calendar.date(from: components)
    }
}

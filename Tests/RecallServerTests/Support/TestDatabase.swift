import Foundation
import Logging
import PostgresNIO
import RecallServer
import Testing

/// A PostgreSQL database of its own for one test, created on the server `RECALL_TEST_DATABASE_URL` names
/// and dropped when the test ends, so that tests run in parallel without seeing each other.
///
/// `.ci/run` starts a throw-away cluster on loopback and sets the variable; without it the tests that
/// need PostgreSQL are skipped, saying so.
struct TestDatabase {
    /// The server to make test databases on, when one is configured.
    static let server: DatabaseAddress? = {
        guard let text = ProcessInfo.processInfo.environment["RECALL_TEST_DATABASE_URL"], !text.isEmpty else { return nil }
        return try? DatabaseAddress(text)
    }()

    static var available: Bool { server != nil }

    /// Why the tests that need PostgreSQL were skipped.
    static let skipReason: Comment =
        "no PostgreSQL for the tests (set RECALL_TEST_DATABASE_URL=postgres://USER@127.0.0.1:PORT/postgres; .ci/run starts one)"

    let address: DatabaseAddress

    static let logger: Logger = {
        var logger = Logger(label: "recall-server-tests")
        logger.logLevel = .error
        return logger
    }()

    /// Creates a database with a unique name, runs `body` with it, and drops it afterwards.
    static func with<T>(_ body: (TestDatabase) async throws -> T) async throws -> T {
        guard let server else { throw TestSkipped() }
        let name = "recall_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        try await admin(server) { "CREATE DATABASE \(name)" }
        do {
            let value = try await body(TestDatabase(address: server.with(database: name)))
            try await admin(server) { "DROP DATABASE \(name) WITH (FORCE)" }
            return value
        } catch {
            try? await admin(server) { "DROP DATABASE \(name) WITH (FORCE)" }
            throw error
        }
    }

    private static func admin(_ server: DatabaseAddress, _ sql: () -> String) async throws {
        let statement = sql()
        try await SchoolDatabase.with(server, logger: logger) { database in
            try await database.client.query(PostgresQuery(unsafeSQL: statement), logger: logger)
        }
    }

    /// Runs one query on the test's database and returns its first column.
    func column<T: PostgresDecodable & Sendable>(_ sql: String, as type: T.Type) async throws -> [T] {
        try await SchoolDatabase.with(address, logger: Self.logger) { database in
            var values: [T] = []
            for try await value in try await database.client.query(PostgresQuery(unsafeSQL: sql), logger: Self.logger).decode(T.self) {
                values.append(value)
            }
            return values
        }
    }

    func integers(_ sql: String) async throws -> [Int] { try await column(sql, as: Int.self) }

    func texts(_ sql: String) async throws -> [String] { try await column(sql, as: String.self) }

    /// Runs statements on the test's database.
    func execute(_ sql: String) async throws {
        try await SchoolDatabase.with(address, logger: Self.logger) { database in
            try await database.client.query(PostgresQuery(unsafeSQL: sql), logger: Self.logger)
        }
    }

    /// The URL the binaries are given.
    var url: String {
        "postgres://\(address.user)\(address.password.map { ":" + $0 } ?? "")@\(address.host):\(address.port)/\(address.database)"
    }
}

/// Thrown when a test that needs PostgreSQL runs without one (its trait normally skips it first).
struct TestSkipped: Error {}

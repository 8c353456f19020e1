import Logging
import PostgresNIO

/// The school's PostgreSQL database: a pool of connections and transactions over it.
///
/// Nothing is kept between requests but the pool, so any number of `recall-server` processes can serve
/// one database: every rule that needs an order (a learner's sequence numbers) is kept by PostgreSQL's
/// row locks, per learner, never by a lock in a process.
public struct SchoolDatabase: Sendable {
    public let client: PostgresClient
    public let address: DatabaseAddress
    let logger: Logger

    /// `poolLogger` is the pool's own (connections opened and lost); `logger` by default.
    public init(address: DatabaseAddress, connections: Int = 20, logger: Logger, poolLogger: Logger? = nil) {
        self.address = address
        self.logger = logger
        client = PostgresClient(configuration: address.configuration(connections: connections), backgroundLogger: poolLogger ?? logger)
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws (its own error
    /// comes out, not a wrapper).
    func transaction<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        try await client.withConnection { connection in
            try await connection.query("BEGIN", logger: logger)
            do {
                let value = try await body(connection)
                try await connection.query("COMMIT", logger: logger)
                return value
            } catch {
                _ = try? await connection.query("ROLLBACK", logger: logger)
                throw error
            }
        }
    }

    /// Runs `body` with the pool running: for the administrator's commands, which do not serve.
    public static func with<T: Sendable>(
        _ address: DatabaseAddress, logger: Logger, _ body: (SchoolDatabase) async throws -> T
    ) async throws -> T {
        // The pool warns when a connection is leased before `run()` has begun, which the task group cannot
        // order; the lease waits for it and works. A connection that cannot be made still throws.
        var poolLogger = logger
        poolLogger.logLevel = max(logger.logLevel, .error)
        let database = SchoolDatabase(address: address, connections: 2, logger: logger, poolLogger: poolLogger)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await database.client.run() }
            defer { group.cancelAll() }
            return try await body(database)
        }
    }
}

extension PSQLError {
    /// The SQLSTATE PostgreSQL gave, such as `23505` for a unique violation.
    var sqlState: String? { serverInfo?[.sqlState] }

    /// PostgreSQL's own message, for the log.
    var serverMessage: String { serverInfo?[.message] ?? String(describing: code) }
}

import Foundation
import PostgresNIO

/// Where the school's PostgreSQL database is: `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE`, or with
/// `?host=/run/postgresql` for a Unix socket folder.
public struct DatabaseAddress: Sendable, Hashable, CustomStringConvertible {
    public var host: String
    public var port: Int
    /// The folder holding the server's Unix socket, when connecting through one.
    public var socketFolder: String?
    public var user: String
    public var password: String?
    public var database: String

    /// Parses a connection URL; refuses text that is not one, saying how to write it.
    public init(_ text: String) throws(ServerSetupError) {
        guard let components = URLComponents(string: text), let scheme = components.scheme,
            scheme == "postgres" || scheme == "postgresql"
        else {
            throw ServerSetupError("'\(text)' is not a PostgreSQL URL: write postgres://USER@HOST:PORT/DATABASE")
        }
        host = components.host.flatMap { $0.isEmpty ? nil : $0 } ?? "127.0.0.1"
        port = components.port ?? 5432
        user = components.user ?? "postgres"
        password = components.password
        let name = String(components.path.drop { $0 == "/" })
        guard !name.isEmpty, !name.contains("/") else {
            throw ServerSetupError("'\(text)' names no database: end it with /DATABASE, such as /recall")
        }
        database = name.removingPercentEncoding ?? name
        socketFolder = components.queryItems?.first { $0.name == "host" }?.value.flatMap { $0.hasPrefix("/") ? $0 : nil }
    }

    /// The same server with another database (tests make one database per test).
    public func with(database: String) -> DatabaseAddress {
        var copy = self
        copy.database = database
        return copy
    }

    /// The URL again, without the password.
    public var description: String {
        var text = "postgres://\(user)@\(host):\(port)/\(database)"
        if let socketFolder { text += "?host=\(socketFolder)" }
        return text
    }

    /// The client configuration for postgres-nio, with at most `connections` connections.
    func configuration(connections: Int) -> PostgresClient.Configuration {
        var configuration: PostgresClient.Configuration
        if let socketFolder {
            configuration = .init(
                unixSocketPath: socketFolder + "/.s.PGSQL.\(port)", username: user, password: password, database: database)
        } else {
            configuration = .init(host: host, port: port, username: user, password: password, database: database, tls: .disable)
        }
        configuration.options.maximumConnections = connections
        configuration.options.minimumConnections = min(2, connections - 1)
        return configuration
    }
}

/// A problem with how the server was started (its options, its database, its decks): said, then exit 1.
public struct ServerSetupError: Error, Sendable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}

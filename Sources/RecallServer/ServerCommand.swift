import ArgumentParser
import Foundation
import Hummingbird
import Logging
import NIOCore

/// `recall-server`: the school server and the administrator's commands.
public struct ServerCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "recall-server",
        abstract: "A school's Recall server: students sync their progress, teachers see their classes.",
        discussion: """
            The data lives in PostgreSQL (--database, or $RECALL_DATABASE_URL). Start it with recall-server serve; \
            make teachers with recall-server teacher add NAME. See docs/server.md.
            """,
        subcommands: [Serve.self, Migrate.self, TeacherCommand.self]
    )

    public init() {}
}

/// A subcommand that does its work asynchronously; `main.swift` runs it through `execute()`, since calling
/// an existential's `run()` picks ArgumentParser's synchronous one, which only prints the help.
public protocol AsynchronousCommand {
    func execute() async throws
}

extension AsynchronousCommand {
    public func run() async throws {
        try await execute()
    }
}

/// Where the database is, for every subcommand.
struct DatabaseOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The PostgreSQL URL, postgres://USER@HOST:PORT/DATABASE (default: $RECALL_DATABASE_URL).", valueName: "url"))
    var database: String?

    @Option(help: ArgumentHelp("What to log on standard error: error, warning, notice, info, debug.", valueName: "level"))
    var logLevel: String = "notice"

    func address() throws -> DatabaseAddress {
        guard let text = database ?? ProcessInfo.processInfo.environment["RECALL_DATABASE_URL"], !text.isEmpty else {
            throw ValidationError("say where the database is: --database postgres://USER@HOST:PORT/DATABASE, or set RECALL_DATABASE_URL")
        }
        return try DatabaseAddress(text)
    }

    func logger() -> Logger {
        var logger = Logger(label: "recall-server") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = Logger.Level(rawValue: logLevel) ?? .notice
        return logger
    }
}

/// Runs `body`, printing a setup problem as `recall-server: <message>` and exiting 1.
func reportingFailures(_ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch let error as ServerSetupError {
        FileHandle.standardError.write(Data("recall-server: \(error.description)\n".utf8))
        throw ExitCode.failure
    } catch let error as APIError {
        FileHandle.standardError.write(Data("recall-server: \(error.message)\n".utf8))
        throw ExitCode.failure
    } catch let error as ExitCode {
        throw error
    } catch let error as ValidationError {
        throw error
    } catch {
        FileHandle.standardError.write(Data("recall-server: cannot use the database: \(String(reflecting: error))\n".utf8))
        throw ExitCode.failure
    }
}

struct Serve: AsyncParsableCommand, AsynchronousCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the school: migrate the database if it is older, then answer on --host and --port.",
        discussion: "Stops cleanly on SIGTERM or SIGINT. Any number of servers may serve one database.")

    @OptionGroup var options: DatabaseOptions

    @Option(help: ArgumentHelp("The address to listen on.", valueName: "host"))
    var host = "127.0.0.1"

    @Option(help: ArgumentHelp("The port to listen on (0: any free port, printed when serving).", valueName: "port"))
    var port = 8080

    @Option(help: ArgumentHelp("The folder of the decks the school studies.", valueName: "dir"))
    var decks = "Decks"

    @Option(help: ArgumentHelp("Connections to PostgreSQL this process may open.", valueName: "n"))
    var connections = 20

    func execute() async throws {
        try await reportingFailures {
            let logger = options.logger()
            let address = try options.address()
            let year = Calendar(identifier: .gregorian).component(.year, from: Date())
            let catalog = try DeckCatalog.load(folder: decks, referenceYear: year)
            let database = SchoolDatabase(address: address, connections: max(2, connections), logger: logger)
            let school = School(database: database, catalog: catalog)
            var app = Application(
                router: SchoolRoutes.router(for: school),
                configuration: .init(address: .hostname(host, port: port), serverName: "recall-server"),
                services: [database.client],
                onServerRunning: { channel in
                    let bound = channel.localAddress?.port ?? port
                    // The line scripts and tests wait for: the address is live from here on.
                    FileHandle.standardOutput.write(
                        Data("recall-server: serving http://\(host):\(bound) (database \(address), \(catalog.decks.count) decks)\n".utf8))
                },
                logger: logger)
            app.beforeServerStarts {
                let done = try await SchoolSchema.migrate(database)
                if !done.isEmpty { logger.notice("migrated the database", metadata: ["versions": "\(done)"]) }
            }
            try await app.runService()
        }
    }
}

struct Migrate: AsyncParsableCommand, AsynchronousCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the database's schema and run the migrations it lacks (serve does this too).")

    @OptionGroup var options: DatabaseOptions

    func execute() async throws {
        try await reportingFailures {
            let done = try await SchoolDatabase.with(try options.address(), logger: options.logger()) { database in
                try await SchoolSchema.migrate(database)
            }
            print(done.isEmpty ? "The database is up to date." : "Migrated the database: \(done.map { "v\($0)" }.joined(separator: ", ")).")
        }
    }
}

struct TeacherCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "teacher", abstract: "Make teachers and manage their tokens (the administrator's commands).",
        subcommands: [Add.self, NewToken.self, Revoke.self, List.self])

    /// Runs `body` against a migrated database.
    static func withSchool<T: Sendable>(_ options: DatabaseOptions, _ body: (School) async throws -> T) async throws -> T {
        try await SchoolDatabase.with(try options.address(), logger: options.logger()) { database in
            try await SchoolSchema.migrate(database)
            return try await body(School(database: database, catalog: DeckCatalog(decks: [])))
        }
    }

    static func show(_ token: String, for name: String) {
        print(
            """
            Token for \(name) (shown once; the server keeps only its hash):
              \(token)
            On the teacher's machine: recall sync login URL \(token)
            """)
    }

    struct Add: AsyncParsableCommand, AsynchronousCommand {
        static let configuration = CommandConfiguration(abstract: "Make a teacher and print their token.")
        @Argument(help: ArgumentHelp("The teacher's name.", valueName: "name")) var name: String
        @OptionGroup var options: DatabaseOptions

        func execute() async throws {
            try await reportingFailures {
                let token = try await TeacherCommand.withSchool(options) { try await $0.createTeacher(name) }
                TeacherCommand.show(token, for: name)
            }
        }
    }

    struct NewToken: AsyncParsableCommand, AsynchronousCommand {
        static let configuration = CommandConfiguration(
            commandName: "token", abstract: "Print a new token for a teacher (the old ones keep working).")
        @Argument(help: ArgumentHelp("The teacher's name.", valueName: "name")) var name: String
        @OptionGroup var options: DatabaseOptions

        func execute() async throws {
            try await reportingFailures {
                let token = try await TeacherCommand.withSchool(options) { try await $0.newTeacherToken(name) }
                TeacherCommand.show(token, for: name)
            }
        }
    }

    struct Revoke: AsyncParsableCommand, AsynchronousCommand {
        static let configuration = CommandConfiguration(abstract: "Stop every token of a teacher from working.")
        @Argument(help: ArgumentHelp("The teacher's name.", valueName: "name")) var name: String
        @OptionGroup var options: DatabaseOptions

        func execute() async throws {
            try await reportingFailures {
                let count = try await TeacherCommand.withSchool(options) { try await $0.revokeTeacher(name) }
                print("Revoked \(count) token\(count == 1 ? "" : "s") of \(name).")
            }
        }
    }

    struct List: AsyncParsableCommand, AsynchronousCommand {
        static let configuration = CommandConfiguration(abstract: "List the teachers, their classes and working tokens.")
        @OptionGroup var options: DatabaseOptions

        func execute() async throws {
            try await reportingFailures {
                let teachers = try await TeacherCommand.withSchool(options) { try await $0.teachers() }
                if teachers.isEmpty { print("No teachers yet: recall-server teacher add NAME.") }
                for teacher in teachers {
                    let classes = teacher.classes.isEmpty ? "no classes" : teacher.classes.joined(separator: ", ")
                    print("\(teacher.name): \(classes); \(teacher.activeTokens) working token\(teacher.activeTokens == 1 ? "" : "s")")
                }
            }
        }
    }
}

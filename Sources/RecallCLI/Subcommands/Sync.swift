import ArgumentParser
import Foundation
import ProgressStore
import SyncClient
import SyncWire

#if canImport(Glibc)
    import Glibc
#endif

/// `recall sync`: keeps a progress file in step with a school's recall-server.
struct Sync: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Sync progress with a school's recall-server: send the answers made here, fetch the ones made elsewhere.",
        discussion: """
            Log in once with the token your teacher gave you: recall sync login URL TOKEN. Then recall sync \
            sends this machine's answers and fetches the ones from your other machines and from graded papers, \
            and replays them, so that every card's memory is the same everywhere. Studying never needs the \
            server; a sync that is cut off loses nothing and is finished by the next one. recall study syncs \
            when it ends (recall sync after-study off to stop that). See docs/server.md.
            """,
        subcommands: [Now.self, Login.self, Logout.self, Status.self, AfterStudy.self],
        defaultSubcommand: Now.self
    )

    /// Runs a sync request; a failure goes to `Recall.run` as a `CLIError` of its kind (a server out of
    /// reach is `unavailable`).
    static func perform(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as CLIError {
            throw error
        } catch let error as SyncError {
            throw CLIError(error.description, status: error.isUnreachable ? .unavailable : .failure)
        } catch let error as ProgressStoreError {
            throw CLIError(error.description)
        } catch let error as ExitCode {
            throw error
        } catch {
            throw CLIError("\(error)")
        }
    }

    /// Syncs one student login of the progress file.
    static func run(_ account: SyncLogins.Account, store: ProgressStore) throws -> Synchronizer.Summary {
        guard let learner = LearnerName(account.localLearner) else {
            throw CLIError("the login names the learner '\(account.localLearner)', which is not a valid name: log in again")
        }
        var synchronizer = Synchronizer(store: store, client: try ServerAccess.client(account), learner: learner, remoteName: account.name)
        synchronizer.checkpoint = stopper()
        return try synchronizer.run()
    }

    /// For the kill tests: `RECALL_SYNC_STOP_AT=after-response:2` kills the process with SIGKILL the second
    /// time a sync reaches that checkpoint, as a power cut or `kill -9` would. Unset, it does nothing.
    static func stopper() -> (Synchronizer.Checkpoint) -> Void {
        guard let text = ProcessInfo.processInfo.environment["RECALL_SYNC_STOP_AT"], !text.isEmpty else { return { _ in } }
        let parts = text.split(separator: ":")
        guard let point = Synchronizer.Checkpoint(rawValue: String(parts[0])) else { return { _ in } }
        let occurrence = parts.count > 1 ? Int(parts[1]) ?? 1 : 1
        final class Counter: @unchecked Sendable { var count = 0 }
        let counter = Counter()
        return { reached in
            guard reached == point else { return }
            counter.count += 1
            if counter.count == occurrence { kill(getpid(), SIGKILL) }
        }
    }

    /// The closing sync of `recall study`: one line, and no failure when the server cannot be reached.
    static func afterStudy(store: ProgressStore, progress: ProgressFileOptions, learner: LearnerName) {
        guard let logins = try? ServerAccess.logins(progress), logins.syncAfterStudy,
            let account = logins.students(learner.rawValue).first
        else { return }
        do {
            Console.out(try run(account, store: store).line)
        } catch let error as SyncError where error.isUnreachable {
            Console.out("Not synced: \(error.description); every answer is kept here and goes with the next sync.")
        } catch {
            Console.out("Not synced: \(error); every answer is kept here (try recall sync).")
        }
    }

    struct Now: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "now", abstract: "Sync every student logged in here, or the one --learner names (the default).")

        @OptionGroup var progress: ProgressOptions

        @Flag(help: "Print what each sync did as JSON.")
        var json = false

        func run() throws {
            try Sync.perform {
                let logins = try ServerAccess.logins(progress.file)
                let accounts = logins.students(try progress.givenLearner()?.rawValue)
                guard !accounts.isEmpty else {
                    if let learner = try progress.givenLearner() {
                        throw CLIError("\(learner) is not logged in to a server here: run recall sync login URL TOKEN --learner \(learner)")
                    }
                    throw CLIError(
                        logins.teacher != nil
                            ? "only a teacher is logged in here: a teacher's commands take --server (recall class list --server)"
                            : "no one is logged in to a server here: run recall sync login URL TOKEN with the token your teacher gave you")
                }
                let store = try progress.openStore()
                var summaries: [Synchronizer.Summary] = []
                for account in accounts {
                    let summary = try Sync.run(account, store: store)
                    summaries.append(summary)
                    if !json { Console.out(summary.line) }
                }
                if json { Console.out(try Console.json(summaries)) }
            }
        }
    }

    struct Login: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Log in to a school's server with a token, once per machine.",
            discussion: """
                A student's token syncs that student's progress, filed here under your login name (or --learner); \
                a teacher's token lets class, grade and report act on the server with --server. The token is kept \
                beside the progress file, readable only by you.
                """)

        @Argument(help: ArgumentHelp("The server's address, such as http://school.example:8080.", valueName: "url"))
        var url: String

        @Argument(help: ArgumentHelp("The token your teacher (or the administrator) gave you.", valueName: "token"))
        var token: String

        @OptionGroup var progress: ProgressOptions

        func run() throws {
            try Sync.perform {
                var address = url.trimmingCharacters(in: .whitespaces)
                while address.hasSuffix("/") { address.removeLast() }
                guard let server = URL(string: address), let scheme = server.scheme, scheme == "http" || scheme == "https",
                    server.host != nil
                else {
                    throw CLIError("'\(url)' is not a server's address: write it like http://school.example:8080")
                }
                let token = token.trimmingCharacters(in: .whitespaces)
                let identity = try ServerAccess.call { () throws(SyncError) in try ServerClient(server: server, token: token).identity() }
                let path = ServerAccess.loginsPath(progress.file)
                var logins = try ServerAccess.logins(progress.file)
                switch identity.role {
                case "student":
                    let learner = try progress.learnerName()
                    let store = try progress.openStore()
                    let cursor = try store.beginSync(for: learner, server: server.absoluteString)
                    logins.add(
                        .init(server: server.absoluteString, token: token, role: "student", name: identity.name, learner: learner.rawValue))
                    try ServerAccess.call { () throws(SyncError) in try logins.save(to: path) }
                    let here = learner.rawValue == identity.name ? "" : " (progress here is filed under \(learner))"
                    Console.out(
                        """
                        Logged in to \(server.absoluteString) as \(identity.name)\(here). \(cursor.pending) review\(cursor.pending == 1 ? "" : "s") wait to be sent.
                        Sync with: recall sync\(progress.learner == nil ? "" : " --learner \(learner)") — recall study also syncs when it ends.
                        """)
                case "teacher":
                    logins.add(.init(server: server.absoluteString, token: token, role: "teacher", name: identity.name))
                    try ServerAccess.call { () throws(SyncError) in try logins.save(to: path) }
                    Console.out(
                        """
                        Logged in to \(server.absoluteString) as \(identity.name) (teacher).
                        Class, grade and report act on the server with --server: recall class create NAME --server
                        """)
                default:
                    throw CLIError("the server says the token is a '\(identity.role)' token, which this version of Recall does not know")
                }
            }
        }
    }

    struct Logout: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Forget a login here (the progress and the server's copy stay).")

        @OptionGroup var progress: ProgressOptions

        @Flag(help: "Forget the teacher's login instead of a student's.")
        var teacher = false

        func run() throws {
            try Sync.perform {
                let path = ServerAccess.loginsPath(progress.file)
                var logins = try ServerAccess.logins(progress.file)
                let before = logins.accounts.count
                if teacher {
                    logins.accounts.removeAll { $0.role == "teacher" }
                } else {
                    let learner = try progress.learnerName()
                    logins.accounts.removeAll { $0.role == "student" && $0.localLearner == learner.rawValue }
                    try progress.openStore().endSync(for: learner)
                }
                guard logins.accounts.count < before else { throw CLIError("no such login here") }
                try ServerAccess.call { () throws(SyncError) in try logins.save(to: path) }
                Console.out("Logged out.")
            }
        }
    }

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show the logins here and what waits to be sent.")

        @OptionGroup var progress: ProgressFileOptions

        @Flag(help: "Print the status as JSON (tokens are never printed).")
        var json = false

        struct Line: Encodable {
            var server: String
            var role: String
            var name: String
            var learner: String?
            var pending: Int?
            var pulledThrough: Int64?
        }

        func run() throws {
            try Sync.perform {
                let logins = try ServerAccess.logins(progress)
                let store = try logins.students().isEmpty ? nil : progress.openStore()
                var lines: [Line] = []
                for account in logins.accounts {
                    var line = Line(server: account.server, role: account.role, name: account.name)
                    if account.role == "student", let learner = LearnerName(account.localLearner),
                        let cursor = try store?.syncCursor(for: learner)
                    {
                        line.learner = learner.rawValue
                        line.pending = cursor.pending
                        line.pulledThrough = cursor.pulledThrough
                    }
                    lines.append(line)
                }
                if json {
                    Console.out(try Console.json(lines))
                    return
                }
                guard !lines.isEmpty else {
                    Console.out("No one is logged in to a server here: recall sync login URL TOKEN.")
                    return
                }
                var table = TextTable(["SERVER", "ROLE", "NAME", "LEARNER HERE", "TO SEND"])
                for line in lines {
                    table.append([line.server, line.role, line.name, line.learner ?? "–", line.pending.map(String.init) ?? "–"])
                }
                Console.out(table.render())
                Console.out("recall study syncs when it ends: \(logins.syncAfterStudy ? "on" : "off").")
            }
        }
    }

    struct AfterStudy: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "after-study", abstract: "Whether recall study syncs when it ends: on (the default) or off.")

        @Argument(help: ArgumentHelp("on or off", valueName: "on|off"))
        var value: String

        @OptionGroup var progress: ProgressFileOptions

        func validate() throws {
            guard ["on", "off"].contains(value) else { throw ValidationError("say on or off, not '\(value)'") }
        }

        func run() throws {
            try Sync.perform {
                var logins = try ServerAccess.logins(progress)
                logins.syncAfterStudy = value == "on"
                try ServerAccess.call { () throws(SyncError) in try logins.save(to: ServerAccess.loginsPath(progress)) }
                Console.out("recall study \(value == "on" ? "syncs" : "does not sync") when it ends.")
            }
        }
    }
}

import Foundation
import ProgressStore
import SyncWire

/// A school for one test: its own database, a running `recall-server`, a teacher logged in on a
/// "teacher's machine" (a progress file of its own), and helpers to enrol students and log them in.
final class SchoolFixture {
    let database: TestDatabase
    var server: ServerProcess
    let folder: URL
    let teacherToken: String
    let teacherProgress: String

    init(database: TestDatabase, port: Int = 0) throws {
        self.database = database
        folder = try Binaries.temporaryDirectory()
        server = try ServerProcess(database: database.url, port: port)
        teacherToken = try Self.addTeacher("Ms Tanaka", database: database)
        teacherProgress = folder.appendingPathComponent("teacher.sqlite").path
        try Self.check(Binaries.recall(["sync", "login", server.url, teacherToken, "--progress", teacherProgress]))
    }

    /// A teacher made with the administrator's command; returns the token it printed.
    static func addTeacher(_ name: String, database: TestDatabase) throws -> String {
        let output = try check(Binaries.run("recall-server", ["teacher", "add", name, "--database", database.url]))
        guard let range = output.stdout.range(of: #"rct_[0-9a-z]{52}"#, options: .regularExpression) else {
            throw ServerFailed(message: "no token in: \(output.stdout)")
        }
        return String(output.stdout[range])
    }

    /// Creates a class on the server and enrols students; returns each student's token.
    func enrol(_ students: [String], in className: String, settings: [String: String] = [:]) throws -> [String: String] {
        try Self.check(Binaries.recall(["class", "create", className, "--server", "--progress", teacherProgress]))
        for (key, value) in settings {
            try Self.check(Binaries.recall(["class", "set", className, key, value, "--server", "--progress", teacherProgress]))
        }
        let output = try Self.check(
            Binaries.recall(["class", "add", className] + students + ["--server", "--json", "--progress", teacherProgress]))
        let change = try JSONDecoder().decode(EnrolmentResponse.self, from: Data(output.stdout.utf8))
        return Dictionary(uniqueKeysWithValues: change.added.map { ($0.student, $0.token) })
    }

    /// A student's "machine": a progress file logged in with the student's token.
    /// `url`: the address the machine reaches the server by (a relay's), when not the server's own.
    func machine(_ name: String, learner: String, token: String, server: ServerProcess? = nil, url: String? = nil) throws -> String {
        let path = folder.appendingPathComponent("\(name).sqlite").path
        let address = url ?? (server ?? self.server).url
        try Self.check(Binaries.recall(["sync", "login", address, token, "--learner", learner, "--progress", path]))
        return path
    }

    /// `recall sync` on a machine.
    @discardableResult
    func sync(_ progress: String, environment: [String: String] = [:]) throws -> Binaries.Output {
        try Binaries.recall(["sync", "--progress", progress], environment: environment)
    }

    /// Fails the test with the command's output when it did not exit 0.
    @discardableResult
    static func check(_ output: Binaries.Output) throws -> Binaries.Output {
        guard output.status == 0, !output.killed else {
            throw ServerFailed(message: "exit \(output.status): \(output.stdout)\n\(output.stderr)")
        }
        return output
    }

    deinit {
        server.kill()
        try? FileManager.default.removeItem(at: folder)
    }
}

/// Every memory state and review of one learner in one progress file, for comparing machines.
struct LearnerPicture: Equatable, CustomStringConvertible {
    /// Review id → (card, time, rating, source).
    var reviews: [String: String]
    /// Card → its state with exact moments.
    var states: [String: String]

    init(store: ProgressStore, learner: LearnerName) throws {
        reviews = [:]
        states = [:]
        for entry in try store.exportReviews(learner: learner) {
            reviews[entry.storedID] = "\(entry.card) \(entry.reviewedAtMicroseconds) \(entry.rating.rawValue) \(entry.source.rawValue)"
        }
        for card in Set(try store.exportReviews(learner: learner).map(\.card)) {
            guard let state = try store.storedCardState(of: card, for: learner) else { continue }
            states[card] =
                "\(state.state.phase.rawValue) step \(state.state.step.map(String.init) ?? "-") S \(state.state.stability.map { "\($0)" } ?? "-") D \(state.state.difficulty.map { "\($0)" } ?? "-") due \(state.dueMicroseconds) reps \(state.state.reps) lapses \(state.state.lapses) ease \(state.state.ease)"
        }
    }

    init(path: String, learner: String) throws {
        try self.init(store: try ProgressStore(path: path), learner: LearnerName(learner)!)
    }

    var description: String { "\(reviews.count) reviews, \(states.count) cards" }

    /// The first few cards whose states differ, for a failure message.
    func differences(from other: LearnerPicture) -> String {
        let cards = Set(states.keys).union(other.states.keys).sorted().filter { states[$0] != other.states[$0] }
        return cards.prefix(3).map { "\($0): \(states[$0] ?? "none") vs \(other.states[$0] ?? "none")" }.joined(separator: "\n")
            + (Set(reviews.keys) == Set(other.reviews.keys)
                ? "" : "\nreviews differ: \(Set(reviews.keys).symmetricDifference(other.reviews.keys).count)")
    }
}

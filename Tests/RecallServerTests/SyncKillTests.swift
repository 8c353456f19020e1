import Foundation
import ProgressStore
import RecallServer
import Scheduling
import SeededRandom
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Syncs cut short at random, seeded moments — the client killed at each step of the protocol, the client
/// and the server killed with SIGKILL after random delays — lose nothing and double nothing: after one
/// uncut sync per machine, the server and both machines hold every review once and the same states.
@Suite(.enabled(if: TestDatabase.available, TestDatabase.skipReason), .serialized)
struct SyncKillTests {
    /// Two machines of one student with histories of their own, which overlap on some cards.
    final class Scene {
        let school: SchoolFixture
        let machines: [String]
        let learner = LearnerName("kim")!
        let cards: [String]
        let proxy: DroppingProxy?
        /// Every review recorded on either machine, by id.
        var recorded: Set<String> = []
        var clock = Date(timeIntervalSince1970: 1_735_689_600)  // 2025-01-01, well before any test runs

        /// `relay`: the machines reach the server through a relay made for the server's port.
        init(database: TestDatabase, port: Int = 0, relay: ((Int) throws -> DroppingProxy)? = nil) throws {
            school = try SchoolFixture(database: database, port: port)
            let tokens = try school.enrol(["kim"], in: "8c")
            let proxy = try relay?(school.server.port)
            self.proxy = proxy
            machines = [
                try school.machine("one", learner: "kim", token: tokens["kim"]!, url: proxy?.url),
                try school.machine("two", learner: "kim", token: tokens["kim"]!, url: proxy?.url),
            ]
            cards = try RecallServerCatalog.cards()
        }

        /// Adds `count` study answers to a machine's log (in one transaction, as a long session's would
        /// be one by one), over `spread` cards starting at `offset`.
        func study(_ machine: Int, count: Int, offset: Int, spread: Int, using generator: inout SeededGenerator) throws {
            var entries: [ReviewLogEntry] = []
            for index in 0..<count {
                clock = clock.addingTimeInterval(Double(Int.random(in: 60...7_200, using: &generator)))
                let card = cards[(offset + index % spread) % cards.count]
                let rating = Rating(rawValue: Int.random(in: 1...4, using: &generator))!
                entries.append(
                    ReviewLogEntry(learner: learner, card: card, reviewedAt: clock, rating: rating, durationMs: 1_000, source: .study))
            }
            try ProgressStore(path: machines[machine]).importReviews(entries)
            recorded.formUnion(entries.map(\.storedID))
        }

        /// Syncs each machine to the end, then checks the server and both machines against one machine
        /// that saw every review.
        func finishAndCheck() async throws {
            proxy?.cutting = false
            for machine in machines + machines.prefix(1) { try SchoolFixture.check(school.sync(machine)) }
            let pictures = try machines.map { try LearnerPicture(path: $0, learner: "kim") }
            let single = try ProgressStore.inMemory()
            try single.importReviews(try ProgressStore(path: machines[0]).exportReviews(learner: learner))
            let reference = try LearnerPicture(store: single, learner: learner)
            #expect(Set(reference.reviews.keys) == recorded, "lost \(recorded.subtracting(reference.reviews.keys).count)")
            for picture in pictures {
                #expect(picture == reference, "\(picture.differences(from: reference))")
            }
            let onServer = try await school.database.texts(
                "SELECT review.id FROM review JOIN learner ON learner.id = review.learner_id WHERE learner.name = 'kim'")
            #expect(onServer.count == recorded.count, "the server holds \(onServer.count) reviews for \(recorded.count) recorded")
            #expect(Set(onServer) == recorded)
            for machine in machines {
                #expect(try ProgressStore(path: machine).syncCursor(for: learner)?.pending == 0)
            }
        }
    }

    @Test func clientsKilledAtEveryStepLoseAndDoubleNothing() async throws {
        try await TestDatabase.with { database in
            let scene = try Scene(database: database)
            var generator = SeededGenerator(seed: 13)
            // Enough reviews that a sync takes several requests (the pushes go a thousand at a time).
            try scene.study(0, count: 2_300, offset: 0, spread: 120, using: &generator)
            try scene.study(1, count: 700, offset: 60, spread: 90, using: &generator)
            var kills = 0
            for run in 0..<24 {
                let machine = Int.random(in: 0...1, using: &generator)
                var environment: [String: String] = [:]
                if run % 3 != 2 {
                    // Killed by the process itself at one step of the protocol, as `kill -9` there would.
                    let point = Synchronizer_Checkpoints.all.randomElement(using: &generator)!
                    environment["RECALL_SYNC_STOP_AT"] = "\(point):\(Int.random(in: 1...3, using: &generator))"
                    let output = try scene.school.sync(scene.machines[machine], environment: environment)
                    #expect(output.killed || output.status == 0, "\(output.stderr)")
                    if output.killed { kills += 1 }
                } else {
                    // Killed from outside after a random delay, wherever it happens to be.
                    let process = try Launched(["sync", "--progress", scene.machines[machine]])
                    // Within the time a sync takes on a quick machine (a fraction of a second), so that most land mid-sync.
                    usleep(UInt32.random(in: 0...150_000, using: &generator))
                    if process.kill() { kills += 1 }
                }
                if run % 4 == 0 {
                    try scene.study(Int.random(in: 0...1, using: &generator), count: 40, offset: run * 5, spread: 30, using: &generator)
                }
            }
            #expect(kills >= 12, "only \(kills) of 24 syncs were cut")
            try await scene.finishAndCheck()
        }
    }

    @Test func connectionsDroppedMidSyncLoseAndDoubleNothing() async throws {
        try await TestDatabase.with { database in
            let scene = try Scene(database: database) { port in try DroppingProxy(to: port, seed: 41) }
            let proxy = try #require(scene.proxy)
            var generator = SeededGenerator(seed: 37)
            try scene.study(0, count: 2_400, offset: 0, spread: 130, using: &generator)
            try scene.study(1, count: 800, offset: 70, spread: 90, using: &generator)
            var failed = 0
            for run in 0..<16 {
                let output = try scene.school.sync(scene.machines[run % 2])
                if output.status != 0 {
                    failed += 1
                    #expect(output.stderr.hasPrefix("recall: "), "\(output.stderr)")
                }
                if run % 4 == 0 {
                    try scene.study(run % 2, count: 30, offset: run * 5, spread: 25, using: &generator)
                }
            }
            #expect(proxy.cuts >= 8, "only \(proxy.cuts) connections were cut")
            #expect(failed >= 4, "only \(failed) of 16 syncs failed")
            try await scene.finishAndCheck()
        }
    }

    @Test func serversKilledMidSyncLoseAndDoubleNothing() async throws {
        try await TestDatabase.with { database in
            let port = ServerProcess.freePort()
            let scene = try Scene(database: database, port: port)
            var generator = SeededGenerator(seed: 29)
            try scene.study(0, count: 2_600, offset: 0, spread: 150, using: &generator)
            try scene.study(1, count: 900, offset: 100, spread: 100, using: &generator)
            var cut = 0
            for run in 0..<10 {
                let machine = Int.random(in: 0...1, using: &generator)
                let process = try Launched(["sync", "--progress", scene.machines[machine]])
                // Within the time a sync of these logs takes on a quick machine, so that most land mid-sync.
                usleep(UInt32.random(in: 10_000...250_000, using: &generator))
                scene.school.server.kill()
                let output = process.wait()
                if output.status != 0 {
                    cut += 1
                    #expect(output.stderr.contains("recall: cannot reach the server"), "\(output.stderr)")
                }
                scene.school.server = try ServerProcess(database: database.url, port: port)
                if run % 3 == 0 {
                    try scene.study(Int.random(in: 0...1, using: &generator), count: 30, offset: run * 7, spread: 25, using: &generator)
                }
            }
            #expect(cut >= 3, "only \(cut) of 10 syncs were cut by the server's death")
            try await scene.finishAndCheck()
        }
    }
}

/// The client's checkpoints as the stop variable names them (kept here so a renamed one fails loudly).
enum Synchronizer_Checkpoints {
    static let all = ["before-request", "after-response", "after-marking-sent", "after-pull"]
}

/// A `recall` process running in the background.
final class Launched {
    let process = Process()
    private let errors = Pipe()
    private let output = Pipe()

    init(_ arguments: [String]) throws {
        process.executableURL = Binaries.url("recall")
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "RECALL_SYNC_STOP_AT")
        process.environment = environment
        process.standardError = errors
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    /// SIGKILL; true when the process was still running.
    func kill() -> Bool {
        let running = process.isRunning
        if running { Glibc.kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return running && process.terminationReason == .uncaughtSignal
    }

    func wait() -> Binaries.Output {
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Binaries.Output(
            stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self),
            status: process.terminationStatus, killed: process.terminationReason == .uncaughtSignal)
    }
}

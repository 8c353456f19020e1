import Foundation
import ProgressStore
import RecallServer
import Scheduling
import SeededRandom
import Testing

/// Two `recall-server` processes on one database serve one school: devices syncing through either, at
/// the same moment, all end with every review; and the schema is migrated once and never by an older server.
@Suite(.enabled(if: TestDatabase.available, TestDatabase.skipReason), .serialized)
struct StatelessServerTests {
    @Test func devicesSyncingThroughTwoServersAtOnceConverge() async throws {
        try await TestDatabase.with { database in
            let school = try SchoolFixture(database: database)
            let second = try ServerProcess(database: database.url)
            let token = try school.enrol(["lea"], in: "6d")["lea"]!
            let devices = try (0..<4).map { index in
                try school.machine("device\(index)", learner: "lea", token: token, server: index % 2 == 0 ? school.server : second)
            }
            let catalog = try RecallServerCatalog.cards()
            let learner = LearnerName("lea")!
            var generator = SeededGenerator(seed: 7)
            var recorded = 0
            for round in 0..<3 {
                // Each device studies on its own, then all four sync at the same moment.
                for (index, device) in devices.enumerated() {
                    var moment = Date(timeIntervalSince1970: Double(1_735_689_600 + round * 864_000 + index * 86_400))
                    var session: [ReviewLogEntry] = []
                    for _ in 0..<150 {
                        moment = moment.addingTimeInterval(Double(Int.random(in: 30...400, using: &generator)))
                        let card = catalog[Int.random(in: 0..<catalog.count, using: &generator)]
                        session.append(ReviewLogEntry(learner: learner, card: card, reviewedAt: moment, rating: .good, source: .study))
                    }
                    try ProgressStore(path: device).importReviews(session)
                    recorded += session.count
                }
                let syncs = try devices.map { try Launched(["sync", "--progress", $0]) }
                for sync in syncs {
                    let output = sync.wait()
                    #expect(output.status == 0, "\(output.stderr)")
                }
            }
            for device in devices { try SchoolFixture.check(school.sync(device)) }
            let pictures = try devices.map { try LearnerPicture(path: $0, learner: "lea") }
            #expect(pictures[0].reviews.count == recorded)
            for picture in pictures.dropFirst() {
                #expect(picture == pictures[0], "\(picture.differences(from: pictures[0]))")
            }
            let onServer = try await database.integers("SELECT count(*)::bigint FROM review")
            #expect(onServer == [recorded])
            second.stop()
        }
    }

    @Test func twoServersStartingTogetherMigrateOnce() async throws {
        try await TestDatabase.with { database in
            nonisolated(unsafe) var servers: [ServerProcess?] = [nil, nil]
            nonisolated(unsafe) var failures: [String] = []
            let lock = NSLock()
            DispatchQueue.concurrentPerform(iterations: 2) { index in
                do {
                    let server = try ServerProcess(database: database.url)
                    lock.lock()
                    servers[index] = server
                    lock.unlock()
                } catch {
                    lock.lock()
                    failures.append("\(error)")
                    lock.unlock()
                }
            }
            #expect(failures.isEmpty, "\(failures)")
            let versions = try await database.integers("SELECT version FROM recall_schema")
            #expect(versions == [1])
            for server in servers { server?.stop() }
        }
    }

    @Test func aNewerOrForeignDatabaseIsRefusedUntouched() async throws {
        try await TestDatabase.with { database in
            try SchoolFixture.check(Binaries.run("recall-server", ["migrate", "--database", database.url]))
            try await database.execute("INSERT INTO recall_schema (version, name) VALUES (99, 'from the future')")
            let refused = try Binaries.run("recall-server", ["migrate", "--database", database.url])
            #expect(refused.status == 1)
            #expect(refused.stderr.contains("migrated by a newer recall-server"), "\(refused.stderr)")
            #expect(try await database.integers("SELECT version FROM recall_schema ORDER BY version") == [1, 99])
            #expect(throws: ServerFailed.self) { try ServerProcess(database: database.url, timeout: 20) }
        }
        try await TestDatabase.with { database in
            try await database.execute("CREATE TABLE invoices (id int)")
            let refused = try Binaries.run("recall-server", ["migrate", "--database", database.url])
            #expect(refused.status == 1)
            #expect(refused.stderr.contains("not a Recall school database"), "\(refused.stderr)")
            #expect(
                try await database.texts("SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public'") == [
                    "invoices"
                ])
        }
    }
}

/// The shipped decks' card ids, as the server knows them.
enum RecallServerCatalog {
    static func cards() throws -> [String] {
        try DeckCatalog.load(folder: Binaries.decks, referenceYear: 2026).decks.flatMap { $0.cards.map(\.description) }
    }
}

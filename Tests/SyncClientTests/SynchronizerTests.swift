import Foundation
import ProgressStore
import Scheduling
import SeededRandom
import SyncClient
import SyncWire
import Testing

/// The client's half of the protocol against a school kept in memory (the real server's tests drive
/// PostgreSQL): pushes, pulls, cut-off answers and class settings.
@Suite struct SynchronizerTests {
    /// A school in memory that answers `POST /v1/sync` as the protocol says, and can lose an answer after
    /// storing the push (as a connection cut at that moment would).
    final class MemorySchool: HTTPTransport, @unchecked Sendable {
        var log: [WireReview] = []
        var classes: [ClassSettings] = []
        var loseNextAnswer = false
        var pageSize = SyncLimits.maximumPull

        func send(_ request: HTTPExchange.Request) throws(SyncError) -> HTTPExchange.Response {
            guard request.url.path.hasSuffix("/v1/sync"), let body = request.body,
                let sync = try? JSONDecoder().decode(SyncRequest.self, from: body)
            else { return .init(status: 404, body: Data(#"{"error":"no such route"}"#.utf8)) }
            var stored = 0
            var already = 0
            for review in sync.reviews {
                if log.contains(where: { $0.id == review.id }) {
                    already += 1
                } else {
                    var kept = review
                    kept.seq = Int64(log.count + 1)
                    log.append(kept)
                    stored += 1
                }
            }
            if loseNextAnswer {
                loseNextAnswer = false
                throw .unreachable(server: "memory", detail: "the connection was cut")
            }
            let sent = Set(sync.reviews.map(\.id))
            let page = log.filter { $0.seq! > sync.since }.prefix(pageSize)
            let more = log.filter { $0.seq! > sync.since }.count > pageSize
            let response = SyncResponse(
                learner: "anna", stored: stored, alreadyStored: already, reviews: page.filter { !sent.contains($0.id) },
                through: more ? page.last!.seq! : Int64(log.count), more: more, classes: classes)
            return .init(status: 200, body: try! JSONEncoder().encode(response))
        }
    }

    let anna = LearnerName("anna")!
    let cards = (1...12).map { "physics/people/p\($0)/role" }

    func device(_ school: MemorySchool) throws -> (ProgressStore, Synchronizer) {
        let store = try ProgressStore.inMemory()
        let client = ServerClient(server: URL(string: "http://school.example")!, token: "t", transport: school)
        return (store, Synchronizer(store: store, client: client, learner: anna, remoteName: "anna"))
    }

    func study(_ store: ProgressStore, count: Int, start: Date, using generator: inout SeededGenerator) throws {
        var moment = start
        for _ in 0..<count {
            moment = moment.addingTimeInterval(Double(Int.random(in: 60...50_000, using: &generator)))
            let rating = Rating(rawValue: Int.random(in: 1...4, using: &generator))!
            try store.record(ReviewDraft(learner: anna, card: cards.randomElement(using: &generator)!, rating: rating), at: moment)
        }
    }

    func states(_ store: ProgressStore) throws -> [String: StoredCardState] {
        var states: [String: StoredCardState] = [:]
        for card in cards { states[card] = try store.storedCardState(of: card, for: anna) }
        return states
    }

    @Test func twoDevicesConvergeOnTheStatesOfOneThatSawEverything() throws {
        let school = MemorySchool()
        school.pageSize = 7
        let (laptop, laptopSync) = try device(school)
        let (desktop, desktopSync) = try device(school)
        var generator = SeededGenerator(seed: 3)
        try study(laptop, count: 40, start: Date(timeIntervalSince1970: 1_767_225_600), using: &generator)
        try study(desktop, count: 30, start: Date(timeIntervalSince1970: 1_767_300_000), using: &generator)

        let first = try laptopSync.run()
        #expect(first.sent == 40 && first.received == 0)
        let second = try desktopSync.run()
        #expect(second.sent == 30 && second.received == 40 && second.requests > 1)
        let third = try laptopSync.run()
        #expect(third.sent == 0 && third.received == 30)

        let single = try ProgressStore.inMemory()
        try single.importReviews(try laptop.exportReviews(learner: anna))
        #expect(try states(laptop) == states(single))
        #expect(try states(desktop) == states(single))
        #expect(school.log.count == 70)
    }

    @Test func anAnswerLostAfterTheServerStoredThePushDoublesNothing() throws {
        let school = MemorySchool()
        let (store, sync) = try device(school)
        var generator = SeededGenerator(seed: 5)
        try study(store, count: 10, start: Date(timeIntervalSince1970: 1_767_225_600), using: &generator)
        school.loseNextAnswer = true
        #expect(throws: SyncError.self) { try sync.run() }
        #expect(school.log.count == 10)
        #expect(try store.syncCursor(for: anna)?.pending == 10)

        let resumed = try sync.run()
        #expect(resumed.sent == 0 && resumed.alreadyOnServer == 10 && resumed.received == 0)
        #expect(school.log.count == 10)
        #expect(try store.exportReviews(learner: anna).count == 10)
        #expect(try store.syncCursor(for: anna)?.pending == 0)
    }

    @Test func theTeachersClassSettingsReachTheDeviceAndReplayItsCards() throws {
        let school = MemorySchool()
        let (store, sync) = try device(school)
        var generator = SeededGenerator(seed: 8)
        try study(store, count: 20, start: Date(timeIntervalSince1970: 1_767_225_600), using: &generator)
        _ = try sync.run()
        school.classes = [ClassSettings(name: "9a", settings: ["desired-retention": "0.8", "new-per-day": "5"])]

        let summary = try sync.run()
        #expect(summary.settingsChanged && summary.replayedCards > 0)
        let settings = try store.settings(for: anna)
        #expect(settings.desiredRetention == 0.8 && settings.newPerDay == 5)
        #expect(try store.schoolClass("9a").students == ["anna"])
        let single = try ProgressStore.inMemory()
        try single.set(.desiredRetention, to: "0.8", for: .learner(anna))
        try single.importReviews(try store.exportReviews(learner: anna))
        #expect(try states(store) == states(single))

        // A setting the teacher removes goes here too.
        school.classes = [ClassSettings(name: "9a", settings: ["new-per-day": "5"])]
        _ = try sync.run()
        #expect(try store.settings(for: anna).desiredRetention == 0.9)
    }
}

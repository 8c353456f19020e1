import ArgumentParser
import Foundation
import NIOCore
import NIOFoundationCompat
import NIOHTTP1
import NIOPosix
import SyncWire

/// `recall-server-load`: many students syncing at once against running servers, on loopback, bounded in
/// requests and time. Prints syncs per second, latency percentiles, and whether every review sent was
/// stored (the server's own count, read back through the class snapshot).
@main
@available(macOS 10.15, *)  // ArgumentParser runs an asynchronous root command only when it is marked so.
struct LoadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recall-server-load",
        abstract: "Load-test recall-server: N students, C at a time, each syncing a session of R reviews.",
        discussion: "Sends traffic only to the servers named, which must be on this machine (scripts/load-test.sh starts them).")

    @Option(help: ArgumentHelp("Servers to spread the students over, comma-separated (http://127.0.0.1:PORT,…).", valueName: "urls"))
    var servers: String

    @Option(help: ArgumentHelp("A teacher's token (recall-server teacher add prints one).", valueName: "token"))
    var teacherToken: String

    @Option(help: ArgumentHelp("A file of card ids, one a line (the decks' cards: recall questions --json lists them).", valueName: "file"))
    var cards: String

    @Option(help: "Students, each enrolled in the test's class.") var students = 1_000
    @Option(help: "Syncs in flight at once.") var concurrency = 200
    @Option(help: "Reviews in each student's session.") var reviews = 50
    @Option(
        help:
            "Sessions each student syncs: every student's first, then every student's second, and so on (with fewer students than syncs in flight, one student's sessions may overlap)."
    ) var rounds = 1
    @Option(help: "Give up after this many seconds.") var timeLimit = 120.0
    @Option(
        help: ArgumentHelp(
            "Syncs started per second, on a fixed schedule; a sync's latency then counts from its scheduled start, so time spent waiting for a free connection counts too (0: each worker sends its next sync as soon as the last is answered).",
            valueName: "syncs"))
    var rate = 0.0
    @Option(help: "Makes the class name and review ids repeatable.") var seed: UInt64 = 1

    func validate() throws {
        guard students > 0, concurrency > 0, reviews > 0, reviews <= SyncLimits.maximumPush, rounds > 0, rate >= 0 else {
            throw ValidationError(
                "students, concurrency, rounds must be positive, reviews 1–\(SyncLimits.maximumPush) and the rate 0 or more")
        }
        for url in servers.split(separator: ",") {
            guard let host = URL(string: String(url))?.host, host == "127.0.0.1" || host == "localhost" || host == "::1" else {
                throw ValidationError("'\(url)': a load test sends traffic to this machine only (127.0.0.1)")
            }
        }
    }

    func run() async throws {
        let endpoints = servers.split(separator: ",").compactMap { URL(string: String($0)) }.compactMap { url in
            url.host.map { ($0, url.port ?? 80) }
        }
        let cardIDs = try String(contentsOfFile: cards, encoding: .utf8).split(separator: "\n").map(String.init).filter { !$0.isEmpty }
        guard cardIDs.count >= reviews else {
            throw ValidationError("\(cards) lists \(cardIDs.count) cards; a session of \(reviews) needs as many")
        }
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let admin = try await LoopbackClient.connect(host: endpoints[0].0, port: endpoints[0].1, group: group)

        // Set-up, not measured: a class and its students, each with a token.
        let className = "load-\(seed)-\(students)"
        _ = try await call(admin, .POST, "/v1/classes", CreateClassRequest(name: className), as: WireClass.self)
        var issued: [String] = []
        var start = 0
        while start < students {
            let names = (start..<min(students, start + SyncLimits.maximumEnrolment)).map { "load-\(seed)-student-\($0)" }
            let enrolled = try await call(
                admin, .POST, "/v1/classes/\(className)/students", StudentsRequest(students: names), as: EnrolmentResponse.self)
            issued += enrolled.added.map(\.token)
            start += names.count
        }
        let tokens = issued
        print("set up \(className): \(tokens.count) students on \(endpoints.count) server\(endpoints.count == 1 ? "" : "s")")

        // Every request body made before the clock starts: the load generator should measure the server.
        let now = Int64(Date().timeIntervalSince1970 * 1_000_000)
        var made: [[ByteBuffer]] = []
        for student in 0..<students {
            var sessions: [ByteBuffer] = []
            for round in 0..<rounds {
                let session = (0..<reviews).map { index in
                    WireReview(
                        id: "load-\(seed)-\(student)-\(round)-\(index)", learner: "load-\(seed)-student-\(student)",
                        card: cardIDs[(student * 7 + round * reviews + index) % cardIDs.count],
                        reviewedAt: now - Int64((rounds - round) * 86_400_000_000) + Int64(index) * 20_000_000,
                        rating: 1 + (student + index) % 4, source: "study", durationMs: 3_000 + index, questionForm: "typed")
                }
                sessions.append(ByteBuffer(bytes: try JSONEncoder().encode(SyncRequest(since: 0, reviews: session))))
            }
            made.append(sessions)
        }
        let bodies = made

        // The measured part: `concurrency` workers, each on its own connection, taking the next sync (every
        // student's first session, then every student's second, …).
        let work = WorkQueue(students: students, rounds: rounds)
        let rate = rate
        let deadline = ContinuousClock.now + .seconds(timeLimit)
        let began = ContinuousClock.now
        let results = try await withThrowingTaskGroup(of: [Sample].self) { group2 in
            for worker in 0..<concurrency {
                let (host, port) = endpoints[worker % endpoints.count]
                group2.addTask {
                    let client = try await LoopbackClient.connect(host: host, port: port, group: group)
                    var samples: [Sample] = []
                    while ContinuousClock.now < deadline, let (number, student, round) = await work.next() {
                        var sent = ContinuousClock.now
                        if rate > 0 {
                            // Its place in the schedule: a sync that starts late because every worker was busy
                            // is counted from when it should have started.
                            let scheduled = began + .seconds(Double(number) / rate)
                            if scheduled > sent { try await Task.sleep(until: scheduled) }
                            sent = scheduled
                        }
                        let (status, body) = try await client.send(
                            method: .POST, path: "/v1/sync", token: tokens[student], body: bodies[student][round])
                        let elapsed = ContinuousClock.now - sent
                        var stored = 0
                        if status == 200, let response = try? JSONDecoder().decode(SyncResponse.self, from: Data(buffer: body)) {
                            stored = response.stored
                        }
                        samples.append(Sample(status: status, seconds: elapsed.seconds, stored: stored))
                    }
                    await client.close()
                    return samples
                }
            }
            var all: [Sample] = []
            for try await samples in group2 { all += samples }
            return all
        }
        let wall = (ContinuousClock.now - began).seconds

        // The server's own count of what it stored for the class.
        let snapshot = try await call(admin, .GET, "/v1/classes/\(className)/snapshot", nil as String?, as: ClassSnapshot.self)
        await admin.close()
        try await group.shutdownGracefully()

        let latencies = results.map(\.seconds).sorted()
        func percentile(_ p: Double) -> Double {
            latencies.isEmpty ? 0 : latencies[min(latencies.count - 1, Int((p * Double(latencies.count)).rounded(.up)) - 1)] * 1000
        }
        let failed = results.filter { $0.status != 200 }.count
        let sent = results.filter { $0.status == 200 }.count * reviews
        let stored = results.map(\.stored).reduce(0, +)
        print(
            String(
                format: "%d syncs (%d students x %d, %d reviews each) in %.2f s, %@, over %d server%@: %.0f syncs/s",
                results.count, students, rounds, reviews, wall,
                rate > 0 ? String(format: "%.0f a second offered, at most %d in flight", rate, concurrency) : "\(concurrency) in flight",
                endpoints.count, endpoints.count == 1 ? "" : "s", Double(results.count) / wall))
        print(
            String(
                format: "latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f", percentile(0.5), percentile(0.9), percentile(0.99),
                (latencies.last ?? 0) * 1000))
        print(
            "failed syncs: \(failed); reviews sent \(sent), stored (answers) \(stored), stored (server's log of the class) \(snapshot.reviews.count)"
        )
        let complete = results.count == students * rounds
        if !complete { print("stopped by the time limit after \(results.count) of \(students * rounds) syncs") }
        if failed > 0 || stored != sent || snapshot.reviews.count != students * rounds * reviews || !complete {
            print("FAILED: not every review sent was stored exactly once")
            throw ExitCode.failure
        }
        print("ok: reviews stored = reviews sent")
    }

    func call<Body: Encodable, Answer: Decodable>(
        _ client: LoopbackClient, _ method: HTTPMethod, _ path: String, _ body: Body?, as: Answer.Type
    ) async throws -> Answer {
        let buffer = try body.map { ByteBuffer(bytes: try JSONEncoder().encode($0)) }
        let (status, answer) = try await client.send(method: method, path: path, token: teacherToken, body: buffer)
        guard status == 200 else {
            throw ValidationError("\(method) \(path): \(status) \(String(buffer: answer))")
        }
        return try JSONDecoder().decode(Answer.self, from: Data(buffer: answer))
    }
}

/// One sync's outcome.
struct Sample: Sendable {
    var status: Int
    var seconds: Double
    var stored: Int
}

/// Hands out the syncs to the workers, each once, numbered in order: every student's first session, then
/// every student's second, and so on.
actor WorkQueue {
    private var number = 0
    private let students: Int
    private let rounds: Int

    init(students: Int, rounds: Int) {
        self.students = students
        self.rounds = rounds
    }

    func next() -> (number: Int, student: Int, round: Int)? {
        guard number < students * rounds else { return nil }
        defer { number += 1 }
        return (number, number % students, number / students)
    }
}

extension Duration {
    var seconds: Double {
        let (whole, fraction) = components
        return Double(whole) + Double(fraction) / 1e18
    }
}

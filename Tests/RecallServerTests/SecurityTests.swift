import Foundation
import SyncWire
import Testing

/// Every endpoint refuses a missing, mistyped, unknown or revoked token (401), a token of the wrong kind
/// or of another teacher (403), and every hostile body (4xx with a sentence); none of it stores anything,
/// and the log names the refusals without ever holding a token.
@Suite(.enabled(if: TestDatabase.available, TestDatabase.skipReason), .serialized)
struct SecurityTests {
    /// Two teachers, each with a class; anna has synced a few reviews; ben's token is revoked.
    struct Scene {
        let school: SchoolFixture
        let anna: String
        let ben: String
        let revoked: String
        let otherTeacher: String
        let quizID = "7KQ2M9XW"
        let card = "siberian-internment/events/order-9898/date"

        init(database: TestDatabase) throws {
            school = try SchoolFixture(database: database)
            let tokens = try school.enrol(["anna", "ben"], in: "9a")
            anna = tokens["anna"]!
            revoked = tokens["ben"]!
            otherTeacher = try SchoolFixture.addTeacher("Mr Osei", database: database)
            let other = school.folder.appendingPathComponent("other.sqlite").path
            try SchoolFixture.check(Binaries.recall(["sync", "login", school.server.url, otherTeacher, "--progress", other]))
            try SchoolFixture.check(Binaries.recall(["class", "create", "7b", "--server", "--progress", other]))
            try SchoolFixture.check(Binaries.recall(["class", "add", "7b", "carl", "--server", "--progress", other]))
            // Ben's first token is revoked; the one issued after it works.
            let teacher = ServerCall(school.server.url, token: school.teacherToken)
            #expect(try teacher.post("/v1/classes/9a/revocations", StudentsRequest(students: ["ben"])).status == 200)
            let fresh = try teacher.post("/v1/classes/9a/tokens", StudentsRequest(students: ["ben"]))
            ben = try JSONDecoder().decode([StudentToken].self, from: Data(fresh.text.utf8))[0].token
            let sync = SyncRequest(
                since: 0, reviews: [review(id: "a-1", rating: 3), review(id: "a-2", rating: 2, at: 1_767_225_600_000_000 + 60_000_000)])
            let synced = try ServerCall(school.server.url, token: anna).post("/v1/sync", sync)
            #expect(synced.status == 200, "\(synced.text)")
            let quiz = WireQuiz(
                id: quizID, deck: "siberian-internment", title: "Quiz", createdAt: 1_767_225_600_000_000, manifest: #"{"format":1}"#)
            #expect(try teacher.post("/v1/classes/9a/quizzes", quiz).status == 200)
        }

        func review(id: String, rating: Int = 3, at: Int64 = 1_767_225_600_000_000, learner: String = "anna") -> WireReview {
            WireReview(id: id, learner: learner, card: card, reviewedAt: at, rating: rating, source: "study", durationMs: 2_000)
        }

        /// Counts of every table and the learners' sequence numbers: what "nothing stored" compares.
        func fingerprint() async throws -> [Int] {
            let database = school.database
            var counts: [Int] = []
            for table in ["teacher", "learner", "school_class", "membership", "class_setting", "review", "quiz", "graded_paper"] {
                counts += try await database.integers("SELECT count(*)::bigint FROM \(table)")
            }
            counts += try await database.integers("SELECT coalesce(sum(last_seq), 0)::bigint FROM learner")
            counts += try await database.integers("SELECT count(*)::bigint FROM token WHERE revoked_at IS NULL")
            return counts
        }
    }

    /// Every endpoint with a body a well-meaning client might send.
    static func endpoints(_ scene: Scene) throws -> [(method: String, path: String, body: Data?)] {
        let encoder = JSONEncoder()
        return [
            ("GET", "/v1/me", nil),
            ("POST", "/v1/sync", try encoder.encode(SyncRequest(since: 0, reviews: [scene.review(id: "x-1")]))),
            ("GET", "/v1/classes", nil),
            ("POST", "/v1/classes", try encoder.encode(CreateClassRequest(name: "10c"))),
            ("GET", "/v1/classes/9a", nil),
            ("POST", "/v1/classes/9a/students", try encoder.encode(StudentsRequest(students: ["dora"]))),
            ("POST", "/v1/classes/9a/removals", try encoder.encode(StudentsRequest(students: ["anna"]))),
            ("POST", "/v1/classes/9a/tokens", try encoder.encode(StudentsRequest(students: ["anna"]))),
            ("POST", "/v1/classes/9a/revocations", try encoder.encode(StudentsRequest(students: ["anna"]))),
            ("PUT", "/v1/classes/9a/settings", try encoder.encode(SettingsRequest(settings: ["fuzz": "off"]))),
            (
                "POST", "/v1/classes/9a/quizzes",
                try encoder.encode(WireQuiz(id: "9ZZZZZZZ", deck: "physics", title: "T", createdAt: 0, manifest: "{}"))
            ),
            ("GET", "/v1/quizzes/\(scene.quizID)", nil),
            (
                "POST", "/v1/classes/9a/papers",
                try encoder.encode(
                    WirePaper(
                        quiz: scene.quizID, student: "anna", version: "A", score: 1, total: 1, gradedAt: 1_767_225_600_000_000,
                        reviews: [
                            WireReview(
                                id: "p-1", learner: "anna", card: scene.card, reviewedAt: 1_767_225_600_000_000, rating: 3, source: "paper")
                        ]))
            ),
            ("GET", "/v1/classes/9a/snapshot", nil),
            ("GET", "/v1/classes/9a/report.html", nil),
        ]
    }

    @Test func everyEndpointRefusesCallersWithoutTheRightToken() async throws {
        try await TestDatabase.with { database in
            let scene = try Scene(database: database)
            let before = try await scene.fingerprint()
            let url = scene.school.server.url
            let unknown = "rcs_" + String(repeating: "7", count: 52)
            for endpoint in try Self.endpoints(scene) {
                func send(_ token: String?) throws -> ServerCall.Answer {
                    try ServerCall(url, token: token).send(endpoint.method, endpoint.path, body: endpoint.body)
                }
                let what = "\(endpoint.method) \(endpoint.path)"
                for token in [nil, "", "letmein", unknown, scene.revoked] {
                    let answer = try send(token)
                    #expect(answer.status == 401, "\(what) with token \(token ?? "none"): \(answer.status) \(answer.text)")
                    #expect(answer.error?.isEmpty == false, "\(what): \(answer.text)")
                }
                if endpoint.path == "/v1/me" { continue }
                if endpoint.path == "/v1/sync" {
                    let answer = try send(scene.school.teacherToken)
                    #expect(answer.status == 403, "\(what) with a teacher's token: \(answer.status) \(answer.text)")
                } else {
                    let student = try send(scene.anna)
                    #expect(student.status == 403, "\(what) with a student's token: \(student.status) \(student.text)")
                    if endpoint.path.contains("9a") || endpoint.path.contains(scene.quizID) {
                        let other = try send(scene.otherTeacher)
                        #expect(other.status == 403, "\(what) with another teacher's token: \(other.status) \(other.text)")
                    }
                }
            }
            // A student's token writes only that student's history.
            let forBen = SyncRequest(since: 0, reviews: [scene.review(id: "b-1", learner: "ben")])
            let answer = try ServerCall(url, token: scene.anna).post("/v1/sync", forBen)
            #expect(answer.status == 422, "\(answer.text)")
            #expect(answer.error?.contains("may write only anna's") == true, "\(answer.text)")
            #expect(try await scene.fingerprint() == before, "a refused request changed the database")
            // The log says what was refused and by whom, and holds no token.
            let log = scene.school.server.logged
            #expect(log.contains("refused"))
            #expect(try ServerCall(url, token: scene.ben).get("/v1/me").status == 200)
            for token in [scene.anna, scene.ben, scene.revoked, scene.otherTeacher, scene.school.teacherToken, unknown] {
                #expect(!log.contains(token), "the log holds a token")
            }
        }
    }

    @Test func hostileBodiesAreRefusedAndStoreNothing() async throws {
        try await TestDatabase.with { database in
            let scene = try Scene(database: database)
            let before = try await scene.fingerprint()
            let anna = ServerCall(scene.school.server.url, token: scene.anna)
            let teacher = ServerCall(scene.school.server.url, token: scene.school.teacherToken)
            let good = scene.review(id: "fresh-1", at: 1_767_225_600_000_000 + 3_600_000_000)
            func sync(_ reviews: [WireReview], since: Int64 = 0, format: Int = 1) throws -> Data {
                try JSONEncoder().encode(SyncRequest(format: format, since: since, reviews: reviews))
            }
            func changed(_ transform: (inout WireReview) -> Void) -> WireReview {
                var review = scene.review(id: "bad-1", at: 1_767_225_600_000_000 + 7_200_000_000)
                transform(&review)
                return review
            }
            let cases: [(String, ServerCall, String, String, Data, ClosedRange<Int>)] = [
                ("not JSON", anna, "POST", "/v1/sync", Data("{{{".utf8), 400...400),
                ("no body", anna, "POST", "/v1/sync", Data(), 400...400),
                ("wrong shape", anna, "POST", "/v1/sync", Data(#"{"since":"yesterday","reviews":[]}"#.utf8), 400...400),
                ("newer format", anna, "POST", "/v1/sync", try sync([good], format: 2), 400...400),
                ("oversized", anna, "POST", "/v1/sync", Data(repeating: 0x20, count: SyncLimits.maximumBodyBytes + 10), 413...413),
                (
                    "too many", anna, "POST", "/v1/sync",
                    try sync(
                        (0...SyncLimits.maximumPush).map { index in
                            changed {
                                $0.id = "many-\(index)"
                                $0.reviewedAt += Int64(index)
                            }
                        }), 413...413
                ),
                ("future", anna, "POST", "/v1/sync", try sync([good, changed { $0.reviewedAt = 4_102_444_800_000_000 }]), 422...422),
                ("before 1970", anna, "POST", "/v1/sync", try sync([good, changed { $0.reviewedAt = -1 }]), 422...422),
                (
                    "unknown card", anna, "POST", "/v1/sync", try sync([good, changed { $0.card = "physics/people/nobody/role" }]),
                    422...422
                ),
                (
                    "unknown deck", anna, "POST", "/v1/sync", try sync([good, changed { $0.card = "alchemy/terms/gold/definition" }]),
                    422...422
                ),
                ("bad rating", anna, "POST", "/v1/sync", try sync([good, changed { $0.rating = 7 }]), 422...422),
                ("bad source", anna, "POST", "/v1/sync", try sync([good, changed { $0.source = "admin" }]), 422...422),
                ("negative duration", anna, "POST", "/v1/sync", try sync([good, changed { $0.durationMs = -5 }]), 422...422),
                ("NUL in answer", anna, "POST", "/v1/sync", try sync([good, changed { $0.answer = "a\u{0}b" }]), 422...422),
                (
                    "long answer", anna, "POST", "/v1/sync",
                    try sync([good, changed { $0.answer = String(repeating: "x", count: 3_000) }]), 422...422
                ),
                ("empty id", anna, "POST", "/v1/sync", try sync([good, changed { $0.id = "" }]), 422...422),
                ("same id twice, two contents", anna, "POST", "/v1/sync", try sync([good, changed { $0.id = good.id }]), 409...409),
                ("stored id, other contents", anna, "POST", "/v1/sync", try sync([good, scene.review(id: "a-1", rating: 1)]), 409...409),
                (
                    "same moment, other rating", anna, "POST", "/v1/sync", try sync([good, scene.review(id: "other-id", rating: 1)]),
                    409...409
                ),
                ("negative since", anna, "POST", "/v1/sync", try sync([good], since: -4), 422...422),
                ("since beyond the log", anna, "POST", "/v1/sync", try sync([good], since: 99), 409...409),
                ("bad class name", teacher, "POST", "/v1/classes", Data(#"{"name":"  "}"#.utf8), 422...422),
                (
                    "control character in a name", teacher, "POST", "/v1/classes/9a/students",
                    Data(#"{"students":["dora","e\u0007ve"]}"#.utf8), 422...422
                ),
                ("student twice", teacher, "POST", "/v1/classes/9a/students", Data(#"{"students":["dora","dora"]}"#.utf8), 422...422),
                (
                    "too many students", teacher, "POST", "/v1/classes/9a/students",
                    try JSONEncoder().encode(StudentsRequest(students: (0...SyncLimits.maximumEnrolment).map { "s\($0)" })), 413...413
                ),
                ("not a member", teacher, "POST", "/v1/classes/9a/removals", Data(#"{"students":["anna","carl"]}"#.utf8), 422...422),
                (
                    "unknown setting", teacher, "PUT", "/v1/classes/9a/settings", Data(#"{"settings":{"fuzz":"off","speed":"11"}}"#.utf8),
                    422...422
                ),
                (
                    "bad setting value", teacher, "PUT", "/v1/classes/9a/settings",
                    Data(#"{"settings":{"fuzz":"off","desired-retention":"1.5"}}"#.utf8), 422...422
                ),
                (
                    "quiz id", teacher, "POST", "/v1/classes/9a/quizzes",
                    Data(#"{"id":"../../x","deck":"d","title":"t","createdAt":0,"manifest":"{}"}"#.utf8), 422...422
                ),
                (
                    "quiz manifest", teacher, "POST", "/v1/classes/9a/quizzes",
                    Data(#"{"id":"8AAAAAAA","deck":"d","title":"t","createdAt":0,"manifest":"[1"}"#.utf8), 422...422
                ),
                (
                    "score above total", teacher, "POST", "/v1/classes/9a/papers",
                    try JSONEncoder().encode(
                        WirePaper(
                            quiz: scene.quizID, student: "anna", version: "A", score: 5, total: 1, gradedAt: 0, reviews: [])), 422...422
                ),
                (
                    "paper of another class's student", teacher, "POST", "/v1/classes/9a/papers",
                    try JSONEncoder().encode(
                        WirePaper(
                            quiz: scene.quizID, student: "carl", version: "A", score: 0, total: 1, gradedAt: 0,
                            reviews: [WireReview(id: "p-c", learner: "carl", card: scene.card, reviewedAt: 0, rating: 1, source: "paper")])),
                    422...422
                ),
                (
                    "paper review from study", teacher, "POST", "/v1/classes/9a/papers",
                    try JSONEncoder().encode(
                        WirePaper(
                            quiz: scene.quizID, student: "anna", version: "A", score: 0, total: 1, gradedAt: 0,
                            reviews: [WireReview(id: "p-s", learner: "anna", card: scene.card, reviewedAt: 5, rating: 1, source: "study")])),
                    422...422
                ),
                (
                    "unknown quiz", teacher, "POST", "/v1/classes/9a/papers",
                    try JSONEncoder().encode(
                        WirePaper(
                            quiz: "NOSUCHQZ", student: "anna", version: "A", score: 0, total: 1, gradedAt: 0, reviews: [])), 404...404
                ),
                ("unknown class", teacher, "GET", "/v1/classes/%2E%2E/snapshot", Data(), 404...404),
            ]
            for (name, call, method, path, body, expected) in cases {
                let answer = try call.send(method, path, body: method == "GET" ? nil : body)
                #expect(expected.contains(answer.status), "\(name): \(answer.status) \(answer.text.prefix(300))")
                #expect(answer.error.map { $0.count > 10 } == true, "\(name): no sentence in \(answer.text.prefix(300))")
            }
            #expect(try await scene.fingerprint() == before, "a refused request changed the database")
            // And the good review alone goes through.
            #expect(try anna.send("POST", "/v1/sync", body: try sync([good])).status == 200)
        }
    }
}

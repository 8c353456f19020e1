import Foundation
import ProgressStore
import SyncWire
import Testing

/// A class on a real server: one student studies on two machines, the teacher grades a paper quiz on a
/// third, everyone syncs, and every machine ends with the memory states of one machine that saw it all.
@Suite(.enabled(if: TestDatabase.available, TestDatabase.skipReason), .serialized)
struct SchoolEndToEndTests {
    @Test func twoMachinesAndAPaperQuizConvergeToOneMachine() async throws {
        try await TestDatabase.with { database in
            // Given a class whose teacher set its desired retention, and a student on two machines
            let school = try SchoolFixture(database: database)
            let tokens = try school.enrol(["anna", "ben"], in: "9a", settings: ["desired-retention": "0.85"])
            let laptop = try school.machine("laptop", learner: "anna", token: tokens["anna"]!)
            let desktop = try school.machine("desktop", learner: "anna", token: tokens["anna"]!)
            for machine in [laptop, desktop] {
                let first = try SchoolFixture.check(school.sync(machine))
                #expect(first.stdout.contains("class settings updated"), "\(first.stdout)")
                let settings = try ProgressStore(path: machine).settings(for: LearnerName("anna")!)
                #expect(settings.desiredRetention == 0.85)
            }

            // When she studies on both (the same new cards, at different moments), each session syncing as it ends
            for (machine, seed) in [(laptop, "1"), (desktop, "2")] {
                let answers = String(repeating: "1\n", count: 12)
                let session = try Binaries.recall(
                    [
                        "study", "siberian-internment", "--learner", "anna", "--new", "6", "--seed", seed, "--progress", machine,
                        "--decks", Binaries.decks,
                    ],
                    input: answers)
                #expect(session.status == 0, "\(session.stderr)")
                #expect(session.stdout.contains("Synced anna with \(school.server.url)"), "\(session.stdout.suffix(300))")
            }

            // and the teacher grades her paper quiz on a third machine
            let quizFile = school.folder.appendingPathComponent("quiz.json").path
            let printed = try SchoolFixture.check(
                Binaries.recall(
                    [
                        "print", "siberian-internment", "--count", "4", "--format", "json", "--output", quizFile, "--seed", "5",
                        "--progress", school.teacherProgress, "--decks", Binaries.decks,
                    ]))
            let idRange = try #require(printed.stderr.range(of: #"quiz [0-9A-Z]{8},"#, options: .regularExpression))
            let quizID = String(printed.stderr[idRange].dropFirst(5).dropLast())
            let graded = try SchoolFixture.check(
                Binaries.recall(
                    [
                        "grade", quizID, "--server", "--class", "9a", "--student", "anna", "--version", "A", "1:A", "--json",
                        "--progress", school.teacherProgress,
                    ]))
            let gradeReport = try #require(try JSONSerialization.jsonObject(with: Data(graded.stdout.utf8)) as? [[String: Any]])
            let paperReviews = try #require(gradeReport.first?["recorded"] as? Int)
            #expect(paperReviews > 0)
            let again = try SchoolFixture.check(
                Binaries.recall(
                    [
                        "grade", quizID, "--server", "--class", "9a", "--student", "anna", "--version", "A", "1:A", "--progress",
                        school.teacherProgress,
                    ]))
            #expect(again.stdout.contains("already graded"), "\(again.stdout)")

            // and every machine syncs
            for machine in [laptop, desktop, laptop] { try SchoolFixture.check(school.sync(machine)) }

            // Then both machines hold every review, and every state equals one machine that saw every review
            let onLaptop = try LearnerPicture(path: laptop, learner: "anna")
            let onDesktop = try LearnerPicture(path: desktop, learner: "anna")
            #expect(onLaptop.reviews.values.filter { $0.hasSuffix(" paper") }.count == paperReviews)
            #expect(onLaptop.reviews.count > 12)
            let single = try ProgressStore.inMemory()
            try single.createClass("9a")
            try single.addStudents([LearnerName("anna")!], to: "9a")
            try single.set(.desiredRetention, to: "0.85", for: .schoolClass("9a"))
            try single.importReviews(try ProgressStore(path: laptop).exportReviews(learner: LearnerName("anna")!))
            let reference = try LearnerPicture(store: single, learner: LearnerName("anna")!)
            #expect(onLaptop == reference, "\(onLaptop.differences(from: reference))")
            #expect(onDesktop == reference, "\(onDesktop.differences(from: reference))")

            // and the server holds exactly those reviews, once each
            let stored = try await database.texts(
                "SELECT review.id FROM review JOIN learner ON learner.id = review.learner_id WHERE learner.name = 'anna'")
            #expect(Set(stored) == Set(reference.reviews.keys))
            #expect(stored.count == reference.reviews.count)

            // and the teacher's report, on the server and from it, sees the same class
            let report = try SchoolFixture.check(
                Binaries.recall(
                    ["report", "9a", "--server", "--format", "json", "--progress", school.teacherProgress, "--decks", Binaries.decks]))
            #expect(report.stdout.contains("\"anna\""))
            let page = try ServerCall(school.server.url, token: school.teacherToken).get("/v1/classes/9a/report.html")
            #expect(page.status == 200)
            #expect(page.text.contains("<html") && page.text.contains("anna"))
            // A browser is asked for the token as a password, and gets the page with it.
            let browser = ServerCall(school.server.url, token: nil)
            let asked = try browser.get("/v1/classes/9a/report.html", headers: [:])
            #expect(asked.answer.status == 401)
            #expect(asked.headers["www-authenticate"]?.hasPrefix("Basic ") == true, "\(asked.headers)")
            let basic = Data("teacher:\(school.teacherToken)".utf8).base64EncodedString()
            let shown = try browser.get("/v1/classes/9a/report.html", headers: ["Authorization": "Basic \(basic)"])
            #expect(shown.answer.status == 200 && shown.answer.text.contains("anna"))
            let wrong = Data("teacher:\(tokens["anna"]!)".utf8).base64EncodedString()
            #expect(try browser.get("/v1/classes/9a/report.html", headers: ["Authorization": "Basic \(wrong)"]).answer.status == 403)
            // Recall's own client, asking for JSON, is refused without a challenge (which would leave some
            // HTTP libraries waiting for a password).
            let plain = try browser.get("/v1/classes/9a/report.html")
            #expect(plain.status == 401)
        }
    }

    @Test func studyEndsWithoutErrorWhenTheServerIsDown() async throws {
        try await TestDatabase.with { database in
            let school = try SchoolFixture(database: database)
            let tokens = try school.enrol(["kim"], in: "7b")
            let machine = try school.machine("laptop", learner: "kim", token: tokens["kim"]!)
            school.server.kill()
            let session = try Binaries.recall(
                ["study", "physics", "--learner", "kim", "--new", "2", "--seed", "3", "--progress", machine, "--decks", Binaries.decks],
                input: "1\n1\n")
            #expect(session.status == 0, "\(session.stderr)")
            #expect(session.stdout.contains("Not synced: cannot reach the server"), "\(session.stdout.suffix(300))")
            let pending = try ProgressStore(path: machine).syncCursor(for: LearnerName("kim")!)?.pending ?? 0
            #expect(pending == 2)
            let sync = try school.sync(machine)
            #expect(sync.status != 0)
            #expect(sync.stderr.contains("recall: cannot reach the server"), "\(sync.stderr)")
        }
    }

    @Test func statusAfterStudyAndLogoutDoWhatTheySay() async throws {
        try await TestDatabase.with { database in
            let school = try SchoolFixture(database: database)
            let tokens = try school.enrol(["kim"], in: "7b")
            let token = try #require(tokens["kim"])
            let machine = try school.machine("laptop", learner: "kim", token: token)

            // Status names the login and what waits to be sent, and never shows the token.
            let status = try SchoolFixture.check(Binaries.recall(["sync", "status", "--progress", machine]))
            #expect(status.stdout.contains(school.server.url) && status.stdout.contains("student") && status.stdout.contains("kim"))
            #expect(status.stdout.contains("recall study syncs when it ends: on."), "\(status.stdout)")
            let json = try SchoolFixture.check(Binaries.recall(["sync", "status", "--json", "--progress", machine]))
            #expect(!json.stdout.contains(token) && !status.stdout.contains(token))
            let lines = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
            #expect(lines.first?["pending"] as? Int == 0)

            // With after-study off, study ends without syncing, and its answers wait.
            let off = try SchoolFixture.check(Binaries.recall(["sync", "after-study", "off", "--progress", machine]))
            #expect(off.stdout.contains("does not sync"))
            let session = try Binaries.recall(
                ["study", "physics", "--learner", "kim", "--new", "2", "--seed", "3", "--progress", machine, "--decks", Binaries.decks],
                input: "1\n1\n")
            #expect(session.status == 0, "\(session.stderr)")
            #expect(!session.stdout.contains("Synced") && !session.stdout.contains("Not synced"), "\(session.stdout.suffix(300))")
            let waiting = try SchoolFixture.check(Binaries.recall(["sync", "status", "--json", "--progress", machine]))
            let after = try #require(try JSONSerialization.jsonObject(with: Data(waiting.stdout.utf8)) as? [[String: Any]])
            #expect(after.first?["pending"] as? Int == 2)
            #expect(try SchoolFixture.check(Binaries.recall(["sync", "status", "--progress", machine])).stdout.contains("ends: off."))
            let bad = try Binaries.recall(["sync", "after-study", "maybe", "--progress", machine])
            #expect(bad.status != 0 && bad.stderr.contains("say on or off"), "\(bad.stderr)")

            // Logging out forgets the login and the outbox; the progress stays.
            let out = try SchoolFixture.check(Binaries.recall(["sync", "logout", "--learner", "kim", "--progress", machine]))
            #expect(out.stdout.contains("Logged out."))
            #expect(try ProgressStore(path: machine).syncCursor(for: LearnerName("kim")!) == nil)
            #expect(try ProgressStore(path: machine).exportReviews(learner: LearnerName("kim")!).count == 2)
            let none = try SchoolFixture.check(Binaries.recall(["sync", "status", "--progress", machine]))
            #expect(none.stdout.contains("No one is logged in to a server here"), "\(none.stdout)")
            let again = try Binaries.recall(["sync", "logout", "--learner", "kim", "--progress", machine])
            #expect(again.status != 0 && again.stderr.contains("no such login here"), "\(again.stderr)")
        }
    }

    @Test func theLoginFileIsTheOwnersAlone() async throws {
        try await TestDatabase.with { database in
            let school = try SchoolFixture(database: database)
            let logins = school.teacherProgress + "-sync"
            let mode = try FileManager.default.attributesOfItem(atPath: logins)[.posixPermissions] as! NSNumber
            #expect(mode.intValue & 0o777 == 0o600)
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: logins)
            let refused = try Binaries.recall(["class", "list", "--server", "--progress", school.teacherProgress])
            #expect(refused.status != 0)
            #expect(refused.stderr.contains("chmod 600"), "\(refused.stderr)")
        }
    }
}

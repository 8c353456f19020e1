import Foundation
import GRDB
import Testing

/// `recall doctor`, run as a user would.
@Suite struct DoctorCommandTests {
    func folder(reviews: Int) throws -> URL {
        let folder = try RecallBinary.temporaryDirectory()
        var log = "learner,card,reviewed_at,rating,answer\n"
        for index in 0..<reviews {
            log +=
                "ann,deck/events/e-\(index % 400)/date,2026-01-01T\(10 + index / 400 % 10):00:00Z,good,\(String(repeating: "answer ", count: 20))\n"
        }
        try log.write(to: folder.appendingPathComponent("log.csv"), atomically: true, encoding: .utf8)
        #expect(try RecallBinary.run(["progress", "import", "log.csv"], in: folder).status == 0)
        return folder
    }

    @Test func aSoundFileHasNoProblems() throws {
        let folder = try folder(reviews: 10)
        let result = try RecallBinary.run(["doctor"], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout == "Checked Progress/recall.sqlite: 1 learner, 10 reviews, 10 card states.\nNo problems found.\n")
    }

    @Test func cardStatesOutOfStepWithTheLogAreFoundAndRepaired() throws {
        let folder = try folder(reviews: 10)
        let path = folder.appendingPathComponent("Progress/recall.sqlite").path
        do {
            let database = try DatabaseQueue(path: path)
            try database.write { db in
                try db.execute(sql: "UPDATE cardState SET due = due + 1 WHERE card = 'deck/events/e-3/date'")
                try db.execute(sql: "DELETE FROM cardState WHERE card = 'deck/events/e-4/date'")
            }
        }
        let found = try RecallBinary.run(["doctor"], in: folder)
        #expect(found.status == 1)
        #expect(
            found.stdout.contains(
                "problem: 2 card states differ from the review that last set them\n  to repair: set each from its latest review"))
        let repaired = try RecallBinary.run(["doctor", "--repair", "--json"], in: folder)
        #expect(repaired.status == 0, "\(repaired.stdout)")
        #expect(repaired.stdout.contains("\"repaired\" : true"))
        #expect(try RecallBinary.run(["doctor"], in: folder).status == 0)
    }

    @Test func aDamagedFileIsRefusedByWritersAndRebuiltByTheRepair() throws {
        let folder = try folder(reviews: 4000)
        let path = folder.appendingPathComponent("Progress/recall.sqlite").path
        // A table leaf page in the middle of the file gets an impossible free-space pointer.
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let pageSize = 8192
        let leaf = try #require((2..<(bytes.count / pageSize / 2)).reversed().first { bytes[$0 * pageSize] == 0x0D })
        bytes[leaf * pageSize + 1] = 0x1F
        bytes[leaf * pageSize + 2] = 0xF0
        try bytes.write(to: URL(fileURLWithPath: path))

        let refused = try RecallBinary.run(["class", "create", "9a"], in: folder)
        #expect(refused.status == 1)
        #expect(
            refused.stderr.contains("is damaged (Page \(leaf + 1): free space corruption); nothing was written to it"), "\(refused.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
        let settings = try RecallBinary.run(["settings", "fuzz", "off"], in: folder)
        #expect(settings.status == 1)
        let study = try RecallBinary.run(["study", "--learner", "ann", "--new", "3"], in: folder, input: "1\n")
        #expect(study.status == 1, "\(study.stdout)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)

        let checked = try RecallBinary.run(["doctor"], in: folder)
        #expect(checked.status == 1)
        #expect(checked.stdout.contains("problem: SQLite finds the file damaged: Page \(leaf + 1): free space corruption"))
        let repaired = try RecallBinary.run(["doctor", "--repair"], in: folder)
        #expect(repaired.status == 0, "\(repaired.stdout)\(repaired.stderr)")
        #expect(
            repaired.stdout.contains(
                "Rebuilt Progress/recall.sqlite from 4000 readable reviews. The damaged file is kept as Progress/recall.sqlite.damaged."),
            "\(repaired.stdout)")
        #expect(try RecallBinary.run(["doctor"], in: folder).status == 0)
        #expect(try RecallBinary.run(["class", "create", "9a"], in: folder).status == 0)
    }
}

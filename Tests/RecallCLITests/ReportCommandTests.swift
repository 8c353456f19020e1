import Foundation
import Testing

@Suite struct ReportCommandTests {
    func json(_ text: String) throws -> [String: Any] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        return try #require(object["report"] as? [String: Any])
    }

    @Test func theJSONReportCarriesTheHandComputedFigures() throws {
        let fixture = try ClassFixture()
        try fixture.makeClass()
        let result = try fixture.run(["report", "7B", "--format", "json"])
        // --json, as every command that reports takes it, gives the same report.
        let flag = try fixture.run(["report", "7B", "--json"])
        #expect(flag.status == 0)
        let flagged = try #require(try json(flag.stdout)["students"] as? [[String: Any]])
        #expect(flagged.map { $0["name"] as? String } == ["ann", "bob", "cy"])
        #expect(try fixture.run(["report", "7B", "--json", "--format", "html"]).status == 2)
        #expect(result.status == 0, "\(result.stderr)")
        let report = try json(result.stdout)
        let students = try #require(report["students"] as? [[String: Any]])
        #expect(students.map { $0["name"] as? String } == ["ann", "bob", "cy"])
        #expect(students.map { $0["reviews"] as? Int } == [4, 4, 0])
        #expect(students.map { $0["cardsSeen"] as? Int } == [4, 4, 0])
        let first = students.map { ($0["firstAnswers"] as? [String: Any])?["passed"] as? Int }
        #expect(first == [4, 2, 0])
        let quizzes = try #require(students[1]["paperQuizzes"] as? [[String: Any]])
        #expect(quizzes.reduce(0) { $0 + ($1["answered"] as? Int ?? 0) } == 4)
        #expect(quizzes.reduce(0) { $0 + ($1["right"] as? Int ?? 0) } == 2)
        let mastery = students.compactMap { $0["mastery"] as? Double }
        #expect(mastery.count == 3 && mastery[0] > mastery[1] && mastery[1] > 0 && mastery[2] == 0)

        // Facility: a and b right by both who answered, c and d by one of two. Groups of one: ann over bob.
        let facts = try #require(report["facts"] as? [[String: Any]])
        #expect(facts.map { $0["id"] as? String } == ["tiny/cards/a", "tiny/cards/b", "tiny/cards/c", "tiny/cards/d"])
        #expect(facts.map { $0["facility"] as? Double } == [1, 1, 0.5, 0.5])
        #expect(facts.map { $0["discrimination"] as? Double } == [0, 0, 1, 1])
        #expect(facts.allSatisfy { ($0["flags"] as? [String]) == [] })  // two students are too few to flag
        let groups = try #require(report["discriminationGroups"] as? [String: Any])
        #expect(groups["upper"] as? [String] == ["ann"] && groups["lower"] as? [String] == ["bob"])

        // cy has never answered and is far below the class's median mastery.
        let help = try #require(report["needsHelp"] as? [[String: Any]])
        #expect(help.map { $0["student"] as? String } == ["cy"])
        let kinds = (help.first?["reasons"] as? [[String: Any]])?.map { $0["kind"] as? String }
        #expect(kinds == ["low-mastery", "inactive"])
        #expect(try fixture.run(["report", "7B", "--format", "json", "--deck", "tiny"]).status == 0)
    }

    @Test func theTextReportFitsTheWidthAsked() throws {
        let fixture = try ClassFixture()
        try fixture.makeClass()
        for width in [50, 80, 120] {
            let result = try fixture.run(["report", "7B", "--width", "\(width)"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.hasPrefix("Class 7B — Tiny <deck> & co (tiny)\n"))
            for heading in ["STUDENTS", "NEEDS HELP", "WEEKS", "DUE FORECAST"] { #expect(result.stdout.contains("\n\(heading)\n")) }
            for line in result.stdout.split(separator: "\n") { #expect(line.count <= width, "\(line)") }
        }
    }

    @Test func htmlIsOneSelfContainedPageWithItsCharts() throws {
        let fixture = try ClassFixture()
        try fixture.makeClass()
        let result = try fixture.run(["report", "7B", "--format", "html", "--output", "report.html"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Wrote report.html ("))
        let html = try fixture.read("report.html")
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        for chart in ["heat-map", "reviews-per-day", "retention-by-week", "due-forecast"] { #expect(html.contains("<svg id=\"\(chart)\"")) }
        #expect(html.contains("Tiny &lt;deck&gt; &amp; co"))
        #expect(!html.contains("<deck>"))
        #expect(!html.contains("<script") && !html.contains("src=") && !html.contains("href="))
    }

    @Test func csvWritesOneFilePerTableIntoAFolder() throws {
        let fixture = try ClassFixture()
        try fixture.makeClass()
        let result = try fixture.run(["report", "7B", "--format", "csv", "--output", "tables"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout == "Wrote 10 CSV files to \(fixture.folder.path)/tables/\n" || result.stdout.hasPrefix("Wrote 10 CSV files to "))
        let students = try fixture.read("tables/students.csv")
        #expect(students.hasPrefix("student,cards_seen,cards_mature,reviews,study_days,"))
        #expect(students.components(separatedBy: "\r\n").count == 5)  // header, three students, the final line end
        #expect(fixture.exists("tables/mastery.csv") && fixture.exists("tables/facts.csv"))
    }

    @Test func badRequestsSayWhatIsWrongAndWriteNothing() throws {
        let fixture = try ClassFixture()
        let noFile = try fixture.run(["report", "7B"])
        #expect(noFile.status == 1)
        #expect(noFile.stderr.hasPrefix("recall: no progress file at 'Progress/recall.sqlite'"))
        #expect(!fixture.exists("Progress/recall.sqlite"))

        try fixture.makeClass()
        #expect(try fixture.run(["report", "8A"]).stderr == "recall: there is no class named '8A' (classes: 7B)\n")
        #expect(try fixture.run(["report", "7B", "--deck", "nope"]).stderr == "recall: no deck 'nope' in Decks/ (decks: tiny)\n")
        let date = try fixture.run(["report", "7B", "--since", "2026-02-30"])
        #expect(date.status != 0 && date.stderr.contains("--since '2026-02-30' is not a date: write it as YYYY-MM-DD"))
        let future = try fixture.run(["report", "7B", "--since", "9999-01-01"])
        #expect(future.stderr == "recall: --since 9999-01-01 is in the future\n")
        let csv = try fixture.run(["report", "7B", "--format", "csv"])
        #expect(csv.status != 0 && csv.stderr.contains("--format csv writes one file per table: give the folder with --output DIR"))
        let unknown = try fixture.run(["report", "8A", "--format", "html", "--output", "r.html"])
        #expect(unknown.status == 1 && !fixture.exists("r.html"))
    }

    @Test func anExportFromANewerRecallIsRefusedAndChangesNothing() throws {
        let fixture = try ClassFixture()
        try fixture.makeClass()
        let before = try json(try fixture.run(["report", "7B", "--format", "json"]).stdout)["students"] as? [[String: Any]]
        let line =
            #"{"card":"tiny/cards/a/back","format":2,"id":"x-1","learner":"cy","rating":"good","reviewed_at":"\#(ClassFixture.ago(days: 1))","source":"study"}"#
        try fixture.write(line + "\n", to: "newer.jsonl")
        let result = try fixture.run(["progress", "import", "newer.jsonl"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("newer version of Recall"))
        #expect(result.stderr.contains("nothing was imported"))
        let after = try json(try fixture.run(["report", "7B", "--format", "json"]).stdout)["students"] as? [[String: Any]]
        #expect(after?.map { $0["reviews"] as? Int } == before?.map { $0["reviews"] as? Int })
        #expect(after?.map { $0["lastActive"] as? String } == before?.map { $0["lastActive"] as? String })
    }

    @Test func homeMachinesExportsMergeIntoTheTeachersFile() throws {
        // ann studies at home and at school; the teacher imports both exports, twice and in either order.
        let home = try ClassFixture()
        let school = try ClassFixture()
        try home.write(
            "learner,card,reviewed_at,rating\nann,tiny/cards/a/back,\(ClassFixture.ago(days: 5)),good\nann,tiny/cards/b/back,\(ClassFixture.ago(days: 4)),again\n",
            to: "h.csv")
        try school.write(
            "learner,card,reviewed_at,rating\nann,tiny/cards/a/back,\(ClassFixture.ago(days: 2)),hard\nann,tiny/cards/c/back,\(ClassFixture.ago(days: 1)),easy\n",
            to: "s.csv")
        #expect(try home.run(["progress", "import", "h.csv"]).status == 0)
        #expect(try school.run(["progress", "import", "s.csv"]).status == 0)
        try home.write(try home.run(["progress", "export", "--learner", "ann", "--format", "jsonl"]).stdout, to: "home.jsonl")
        try school.write(try school.run(["progress", "export", "--learner", "ann", "--format", "jsonl"]).stdout, to: "school.jsonl")
        let teacher = try ClassFixture()
        for (machine, file) in [(school, "school.jsonl"), (home, "home.jsonl"), (school, "school.jsonl")] {
            try teacher.write(try machine.read(file), to: file)
            #expect(try teacher.run(["progress", "import", file]).status == 0)
        }
        // One machine that saw all four reviews.
        let single = try ClassFixture()
        try single.write(
            try home.read("h.csv") + (try school.read("s.csv")).split(separator: "\n").dropFirst().joined(separator: "\n") + "\n",
            to: "all.csv")
        #expect(try single.run(["progress", "import", "all.csv"]).status == 0)
        for card in ["tiny/cards/a/back", "tiny/cards/b/back", "tiny/cards/c/back"] {
            let merged = try teacher.run(["card", card, "--learner", "ann", "--json"])
            #expect(merged.status == 0, "\(merged.stderr)")
            #expect(merged.stdout == (try single.run(["card", card, "--learner", "ann", "--json"])).stdout)
        }
    }
}

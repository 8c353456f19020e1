import Foundation
import ProgressStore
import Testing

@Suite struct RosterTests {
    func read(_ text: String) throws(RosterProblem) -> [String] {
        try Roster.read(Data(text.utf8), file: "class.csv").map(\.rawValue)
    }

    func problem(_ text: String) -> RosterProblem? {
        do {
            _ = try read(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func readsOneNameALine() throws {
        #expect(try read("Ann\nBob Smith\r\n  Zoë  \n\n") == ["Ann", "Bob Smith", "Zoë"])
    }

    @Test func readsTheNameColumnOfASpreadsheetExport() throws {
        let text = "\u{FEFF}Email,Student Name,Year\r\nann@x.org,\"Lee, Ann\",9\r\nbob@x.org,\"Bob \"\"Bobby\"\" Ray\",9\r\n"
        #expect(try read(text) == ["Lee, Ann", "Bob \"Bobby\" Ray"])
        #expect(try read("name\nAnn\n") == ["Ann"])
    }

    @Test func refusesTheSameNameTwiceWithBothLines() {
        #expect(problem("Ann\nBob\nAnn\n") == RosterProblem(file: "class.csv", line: 3, message: "'Ann' is already on line 1"))
    }

    @Test func refusesMalformedRowsWithTheirLine() {
        #expect(problem("name,year\nAnn,9\n,9\n")?.line == 3)
        #expect(problem("name,year\nAnn,9\n,9\n")?.message == "the name is empty")
        #expect(problem("name,year\nAnn,9\nBob\n")?.message == "1 field where the header has 2")
        #expect(problem("Ann\nB\u{7}ob\n")?.message == "'B\u{7}ob': the learner's name contains a control character (U+0007 (bell))")
        // The same name typed composed and decomposed is one student, named twice.
        #expect(problem("Zoë\nZoe\u{308}\n") == RosterProblem(file: "class.csv", line: 2, message: "'Zoe\u{308}' is already on line 1"))
        #expect(problem("Ann\n" + String(repeating: "x", count: 101) + "\n")?.line == 2)
        #expect(problem("Ann\n\"Bob\n")?.message == "a quoted field is never closed (a \" is missing)")
        #expect(problem("email,year\na@b,9\n")?.line == 1)
        #expect(problem("\n\n")?.message == "the roster is empty" || problem("\n\n")?.message == "the roster names no students")
        #expect(problem("name\n")?.message == "the roster names no students")
    }

    @Test func refusesAFileThatIsNotText() {
        #expect(throws: RosterProblem(file: "x.csv", line: 0, message: "the file is not UTF-8 text")) {
            try Roster.read(Data([0xFF, 0xFE, 0x00, 0x41]), file: "x.csv")
        }
    }
}

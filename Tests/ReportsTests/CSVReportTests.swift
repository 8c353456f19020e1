import Foundation
import Testing

@testable import Reports

@Suite struct CSVReportTests {
    /// An RFC 4180 reader, strict about quotes and CRLF, to read back what was written.
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(text).makeIterator()
        var pending: Character? = nil
        while let c = pending ?? chars.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let next = chars.next() {
                        if next == "\"" {
                            field.append("\"")
                        } else {
                            quoted = false
                            pending = next
                        }
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field)
                field = ""
            } else if c == "\r\n" {
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else {
                field.append(c)
            }
        }
        return rows
    }

    @Test func writesRFC4180WithCRLF() {
        #expect(CSVReport.table(["a", "b"], [["1", "x,y"]]) == "a,b\r\n1,\"x,y\"\r\n")
    }

    @Test func guardsTextThatASpreadsheetWouldTakeForAFormula() {
        #expect(CSVReport.text("=SUM(A1)") == "'=SUM(A1)")
        #expect(CSVReport.text("@home") == "'@home")
        #expect(CSVReport.text("Ann") == "Ann")
        #expect(CSVReport.number(-0.25) == "-0.25")
    }

    @Test func everyTableReadsBackWithTheSameCellsInEachRow() throws {
        let report = RenderingSample.report()
        let files = CSVReport.files(report)
        #expect(
            files.map(\.name) == [
                "summary.csv", "students.csv", "facts.csv", "needs-help.csv", "struggling-facts.csv", "paper-quizzes.csv",
                "weeks.csv", "days.csv", "due-forecast.csv", "mastery.csv",
            ])
        for file in files {
            let rows = Self.parse(file.text)
            #expect(!rows.isEmpty)
            #expect(rows.allSatisfy { $0.count == rows[0].count }, "\(file.name)")
        }
        let students = Self.parse(files[1].text)
        #expect(students.count == report.students.count + 1)
        #expect(students.dropFirst().map { $0[0] }.contains(RenderingSample.awkwardName))
        #expect(students.dropFirst().map { $0[0] }.contains("'" + RenderingSample.formulaName))
        let facts = Self.parse(files[2].text)
        #expect(facts[2][1] == "Treaty of <Brest>, \"Litovsk\" & more,\nsecond line")
        let mastery = Self.parse(files[9].text)
        #expect(mastery.count == 1 + 6 * 6)
    }

    @Test func writesOneFilePerTableIntoAFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("recall-csv-\(UUID().uuidString)/nested")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        try CSVReport.write(RenderingSample.report(), to: folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names.count == 10)
        #expect(names.contains("students.csv"))
    }
}

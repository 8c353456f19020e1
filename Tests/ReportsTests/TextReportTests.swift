import Foundation
import Testing
import TextFormats

@testable import Reports

@Suite struct TextReportTests {
    @Test(arguments: [40, 60, 80, 100, 160])
    func everyLineFitsTheWidth(width: Int) {
        let text = TextReport.render(RenderingSample.report(), width: width)
        for line in text.split(separator: "\n") {
            #expect(DisplayWidth.of(String(line)) <= width, "\(line)")
        }
    }

    @Test func showsEachSectionAndEveryStudent() {
        let report = RenderingSample.report()
        let text = TextReport.render(report, width: 200)
        for heading in ["STUDENTS", "NEEDS HELP", "WEEKS", "DUE FORECAST"] {
            #expect(text.contains("\n\(heading)\n"))
        }
        for student in report.students {
            #expect(text.contains(student.name))
        }
    }

    @Test func matchesItsSnapshot() throws {
        let text = TextReport.render(ClassReportTests.itemAnalysisReport(), width: 80)
        #expect(try Snapshot.matches(text, named: "item-analysis-class.txt"), "RECORD_SNAPSHOTS=1 re-records")
    }

    @Test func quotesAClassNameForTheShellInHints() {
        #expect(TextReport.shellWord("7B") == "7B")
        #expect(TextReport.shellWord("Year 9 'history'") == "'Year 9 '\\''history'\\'''")
    }
}

import Testing
import TextFormats

@testable import Reports

@Suite struct FittedTableTests {
    func table() -> FittedTable {
        var table = FittedTable([
            .init("NAME", right: false, minimumWidth: 6),
            .init("SCORE"),
            .init("EXTRA", right: false, priority: 2),
            .init("MORE", right: false, priority: 1),
        ])
        table.append(["Alexandra Konstantinova", "95%", "something", "x"])
        table.append(["東京 Tokyo", "5%", "else", "yy"])
        return table
    }

    @Test func keepsEverythingWhenThereIsRoom() {
        let lines = table().render(width: 80)
        #expect(lines[0] == "NAME                     SCORE  EXTRA      MORE")
        #expect(lines[1] == "Alexandra Konstantinova    95%  something  x")
        #expect(lines[2] == "東京 Tokyo                  5%  else       yy")
    }

    @Test func shortensTheFlexibleColumnFirst() {
        let lines = table().render(width: 40)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 40 })
        // 23 + 5 + 9 + 4 columns and three gaps of 2 make 47: the name gives up 7.
        #expect(lines[1].hasPrefix("Alexandra Konst…  "))
        #expect(lines[0].hasSuffix("MORE"))
    }

    @Test func thenDropsTheLeastImportantColumns() {
        let lines = table().render(width: 22)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 22 })
        #expect(!lines[0].contains("EXTRA"))
        #expect(lines[0].contains("MORE"))
        let narrow = table().render(width: 14)
        #expect(narrow[0] == "NAME     SCORE")
        #expect(narrow[1] == "Alexan…    95%")
        #expect(narrow[2] == "東京 T…     5%")
    }

    @Test func emojiRowsLineUpWithTheOthers() {
        var table = FittedTable([.init("NAME", right: false), .init("SCORE")])
        table.append(["Rockets 🚀🚀🚀 launch", "95%"])
        table.append(["Plain", "5%"])
        let lines = table.render(width: 80)
        #expect(lines.map(DisplayWidth.of) == [28, 28, 28])
    }
}

import Facts
import Testing

@testable import Questions

@Suite struct PhrasingTests {
    @Test func listsNamesTheEnglishWay() {
        #expect(Phrasing.list(["A"]) == "A")
        #expect(Phrasing.list(["A", "B"]) == "A and B")
        #expect(Phrasing.list(["A", "B", "C"]) == "A, B and C")
        #expect(Phrasing.alternatives(["A", "B", "C"]) == "A, B or C")
    }

    @Test func endsSentencesOnce() {
        #expect(Phrasing.sentence("the wall falls") == "The wall falls.")
        #expect(Phrasing.sentence("Who shot first?") == "Who shot first?")
        #expect(Phrasing.sentence("to wipe out a “stain.”") == "To wipe out a “stain.”")
        #expect(Phrasing.sentence("(F = ma).") == "(F = ma).")
        #expect(Phrasing.label("Stalin issues Order No. 9898.") == "Stalin issues Order No. 9898")
        #expect(Phrasing.label("  Wait...  ") == "Wait...")
        #expect(Phrasing.label("Two\nlines") == "Two lines")
    }

    @Test func quotesNestInnerQuotes() {
        #expect(Phrasing.quoted("Publication of “On Growth”") == "“Publication of ‘On Growth’”")
        #expect(Phrasing.quoted("say \"cheese\"") == "“say ‘cheese’”")
        #expect(Phrasing.isFragment("crime of totalitarianism"))
        #expect(Phrasing.isFragment("Most unbearable suffering"))
        #expect(!Phrasing.isFragment("Imagination is more important than knowledge."))
    }

    @Test func singularUnitsForOne() {
        #expect(Phrasing.singular(unit: "years") == "year")
        #expect(Phrasing.singular(unit: "carats of diamonds") == "carat of diamonds")
        #expect(Phrasing.singular(unit: "degrees Celsius") == "degree Celsius")
        #expect(Phrasing.singular(unit: "metres per second") == "metre per second")
        #expect(Phrasing.singular(unit: "people who died in the camps") == "person who died in the camps")
        #expect(Phrasing.singular(unit: "Japanese detainees") == "Japanese detainee")
        #expect(Phrasing.singular(unit: "batteries") == "battery")
        #expect(Phrasing.singular(unit: "hertz") == "hertz")
        #expect(Phrasing.singular(unit: "per mole") == "per mole")
    }
}

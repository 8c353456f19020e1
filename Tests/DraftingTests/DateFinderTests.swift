import Facts
import Testing

@testable import Drafting

/// Dates at the precision the article gives, ranges, eras, and dates relative to the one before.
@Suite struct DateFinderTests {
    static func dates(_ paragraphs: String...) -> [String] {
        let sentences = Sentences.of(paragraphs)
        return DateFinder.find(in: sentences).map(\.date.isoText)
    }

    @Test(arguments: [
        ("In the early hours of August 9, 1945, Soviet forces attacked.", "1945-08-09"),
        ("Maria was born in Warsaw on 7 November 1867.", "1867-11-07"),
        ("The treaty was signed on the 28th of June 1919.", "1919-06-28"),
        ("They married on 26 July, 1895.", "1895-07-26"),
        ("The agreement was signed in April 1991.", "1991-04"),
        ("The Great Depression began in 1929.", "1929"),
        ("The defeat of the Russian troops in 1904–05 left bitter memories.", "1904/1905"),
        ("Between 1946 and 1956 the economy grew.", "1946/1956"),
        ("The war lasted from 1939 to 1945.", "1939/1945"),
        ("Champollion travelled through Egypt in 1828 and 1829.", "1828/1829"),
        ("Caesar was killed on 15 March 44 BC.", "-44-03-15"),
        ("Vesuvius erupted in AD 79.", "79"),
        ("Augustus ruled from 27 BC to AD 14.", "-27/14"),
        ("The talks ran from June–August 1945.", "1945-06/1945-08"),
        ("The siege lasted August 6–9, 1945.", "1945-08-06/1945-08-09"),
    ])
    func explicitDates(sentence: String, expected: String) {
        #expect(Self.dates(sentence) == [expected])
    }

    @Test func aDayWithoutAYearTakesTheYearOfTheDateBefore() {
        let found = Self.dates("The war began on August 9, 1945.", "On August 14, Japan accepted. The transfer started in early September.")
        #expect(found == ["1945-08-09", "1945-08-14", "1945-09"])
    }

    @Test func relativeDatesAreCountedFromTheDateBefore() {
        #expect(
            Self.dates("Soviet forces attacked on August 9, 1945. That same morning they invaded Manchuria.") == [
                "1945-08-09", "1945-08-09",
            ])
        #expect(Self.dates("The ship sailed on 3 May 1900. The next day it sank.") == ["1900-05-03", "1900-05-04"])
        #expect(
            Self.dates("Panama declared independence on November 3, 1903. Fifteen days later the treaty was signed.") == [
                "1903-11-03", "1903-11-18",
            ])
        #expect(Self.dates("She took a degree in 1893 and another the following year.") == ["1893", "1894"])
        #expect(Self.dates("Pierre died on 19 April 1906. That November she gave her first lecture.") == ["1906-04-19", "1906-11"])
    }

    @Test func aClauseCountedBackFromADateIsDatedAndKeepsTheDateBeforeForWhatFollows() {
        let sentences = Sentences.of(
            "They occupied the islets on September 5, 1945—three days after Japan had formally signed surrender documents. On September 6, they left."
        )
        let found = DateFinder.find(in: sentences)
        #expect(found.map(\.date.isoText) == ["1945-09-05", "1945-09-02", "1945-09-06"])
        if case .counted = found[1].origin {} else { Issue.record("not counted: \(found[1].origin)") }
        #expect(found[1].clause != nil)
    }

    @Test func aCountedPhraseBeforeAWrittenDateGivesWayToIt() {
        #expect(Self.dates("They won in 1903. Three years later, on 19 April 1906, he died.") == ["1903", "1906-04-19"])
    }

    @Test func aCountedPhraseWhoseClauseHasItsOwnDateIsNotCounted() {
        #expect(
            Self.dates("The Red Army continued its push until September 5, 1945, three days after Japan signed on September 2.") == [
                "1945-09-05", "1945-09-02",
            ])
    }

    @Test(arguments: [
        "Stalin issued Order Number 1945 to the army.",
        "The order sent 1500 soldiers to the front.",
        "The record is in Volume 7 of the history.",
        "In the 1990s the internet spread.",
        "Clause 9 of the declaration promised a return home.",
        "He may return in May if he can.",
        "The march of 1,945 steps ended.",
    ])
    func numbersThatAreNotDates(sentence: String) {
        #expect(Self.dates(sentence).isEmpty, "\(sentence)")
    }

    @Test func relativeDatesNeedADateBeforeThemAtTheirPrecision() {
        #expect(Self.dates("The next day it sank.").isEmpty)
        #expect(Self.dates("The war began in 1939. The next day Poland fell.") == ["1939"])
    }
}

import Facts
import Questions
import Testing

@testable import TestWise

/// Each strategy finds the leaks it is named after, on option sets seen in generated banks, and sees nothing
/// in an option set that gives nothing away.
@Suite struct TestWiseStudentTests {
    static let at = SourceLocation(path: "t.yaml", line: 1, column: 1)

    static func question(
        _ focus: QuestionFocus, _ prompt: String, _ options: [String], key: Int, fact: FactID = FactID(.events, "e"),
        kind: QuestionKind = .multipleChoice
    ) -> Question {
        Question(
            id: "t/\(fact)/x/\(kind)/\(focus)", card: CardID(deck: "t", fact: fact, slot: "date"), fact: fact, kind: kind,
            focus: focus, prompt: prompt, options: options, answer: .option(options[key]), explanation: "", difficulty: 0.5)
    }

    let student = TestWiseStudent(deck: Deck(id: "t", title: "T", path: "t.yaml"), referenceYear: 2026)

    @Test func recurringPartsFindTheDateWhoseYearAndDayBothRecur() {
        let q = Self.question(
            .when, "On which date did this happen?", ["12 August 1864", "12 August 1865", "8 September 1865", "12 August 1866"], key: 1)
        #expect(student.picks(q, .recurringParts) == [1])
        let balanced = Self.question(
            .when, "On which date?", ["3 May 1862", "12 August 1865", "8 September 1867", "21 January 1869"], key: 1)
        #expect(student.picks(balanced, .recurringParts) == [0, 1, 2, 3])
    }

    @Test func theRatioHubIsTheNumberTheOthersAreRoundMultiplesOf() {
        let q = Self.question(.howMany, "How many?", ["489,000", "575,000", "661,000", "1,006,000"], key: 1)
        #expect(student.picks(q, .ratioHub) == [1])
    }

    @Test func theOddShapeIsTheOnlyNumberWrittenOtherwise() {
        let decimals = Self.question(.howMany, "How many?", ["83.0", "94.0", "110.6", "177.0"], key: 2)
        #expect(student.picks(decimals, .oddShapeOut) == [2])
        let mantissa = Self.question(
            .howMany, "What?", ["4.51660557 × 10²³", "6.02214076 × 10²³", "7.82878299 × 10²³", "6.02214076 × 10²⁴"], key: 1)
        #expect(student.picks(mantissa, .recurringDigits) == [1, 3])
        let alike = Self.question(.howMany, "How many?", ["412,000", "575,000", "698,000", "883,000"], key: 1)
        #expect(student.picks(alike, .oddShapeOut) == [0, 1, 2, 3])
        #expect(student.picks(alike, .ratioHub) == [0, 1, 2, 3])
    }

    @Test func sharedWordsFindTheTermTheDefinitionRepeats() {
        let q = Self.question(
            .term, "Which term has this definition? The Japanese army in Manchuria.",
            ["Potsdam Declaration", "Kwantung Army", "Order No. 9898", "Gulag"],
            key: 1, fact: FactID(.terms, "t"))
        #expect(student.picks(q, .sharedWords) == [1])
    }

    @Test func longestAndMostSpecificAndPositions() {
        let q = Self.question(
            .role, "Which description fits X?", ["Poet", "French chemist", "German theoretical physicist, born in Ulm (1879)", "Painter"],
            key: 2, fact: FactID(.people, "x"))
        #expect(student.picks(q, .longest) == [2])
        #expect(student.picks(q, .mostSpecific) == [2])
        #expect(student.picks(q, .first) == [0])
        #expect(student.picks(q, .last) == [3])
    }

    @Test func eliminationStrikesImpossibleNumbersAndFutureYears() {
        let share = Self.question(.howMany, "About what per cent of mothers died?", ["62", "81", "103", "108"], key: 1)
        #expect(student.picks(share, .elimination) == [0, 1])
        let cold = Self.question(
            .howMany, "Choose the number of degrees Celsius that completes the sentence: Absolute zero is _____.",
            ["−412.5", "−273.15", "−201.3", "−150.2"], key: 1)
        #expect(student.picks(cold, .elimination) == [1, 2, 3])
        let future = Self.question(.when, "In which year?", ["2019", "2024", "2029", "2031"], key: 1)
        #expect(student.picks(future, .elimination) == [0, 1])
    }

    @Test func eliminationStrikesPeopleOfAnotherCenturyOrPronounAndDescriptionsNamingThePerson() throws {
        var deck = Deck(id: "t", title: "T", path: "t.yaml")
        deck.people = [
            Person(
                id: FactID(.people, "caesar"), name: "Julius Caesar", aliases: ["Caesar"], role: "Roman general and dictator",
                location: Self.at),
            Person(id: FactID(.people, "brutus"), name: "Marcus Brutus", role: "Senator and one of Caesar’s assassins", location: Self.at),
            Person(id: FactID(.people, "newton"), name: "Isaac Newton", role: "English physicist", location: Self.at),
            Person(id: FactID(.people, "cleo"), name: "Cleopatra", role: "Queen of Egypt", location: Self.at),
        ]
        deck.events = [
            Event(
                id: FactID(.events, "rubicon"), date: .single(HistoricalDate(year: -49)), label: "Crossing of the Rubicon",
                who: [FactID(.people, "caesar")], location: Self.at),
            Event(
                id: FactID(.events, "ides"), date: .single(HistoricalDate(year: -44)), label: "Caesar assassinated",
                who: [FactID(.people, "brutus")], location: Self.at),
            Event(
                id: FactID(.events, "principia"), date: .single(HistoricalDate(year: 1687)), label: "Principia",
                who: [FactID(.people, "newton")], location: Self.at),
            Event(
                id: FactID(.events, "actium"), date: .single(HistoricalDate(year: -31)), label: "Actium", who: [FactID(.people, "cleo")],
                location: Self.at),
            Event(
                id: FactID(.events, "gaul"), date: .single(HistoricalDate(year: -58)), label: "He begins the conquest of Gaul",
                who: [FactID(.people, "caesar")], location: Self.at),
        ]
        let student = TestWiseStudent(deck: deck, referenceYear: 2026)
        let who = Self.question(
            .who, "Choose the person who completes the sentence: _____ began his conquest of Gaul in 58 BC.",
            ["Cleopatra", "Isaac Newton", "Julius Caesar", "Marcus Brutus"], key: 2, fact: FactID(.events, "gaul"))
        #expect(student.picks(who, .elimination) == [2, 3])
        let role = Self.question(
            .role, "Which description fits Julius Caesar?",
            ["English physicist", "Roman general and dictator", "Senator and one of Caesar’s assassins", "Queen of Egypt"], key: 1,
            fact: FactID(.people, "caesar"))
        #expect(student.picks(role, .elimination) == [0, 1, 3])
    }

    @Test func statementsArePlayedTrueOrFalse() {
        let t = Self.question(.when, "True or false? It happened in 1945.", ["True", "False"], key: 0, kind: .trueFalse)
        #expect(student.picks(t, .alwaysTrue) == [0])
        #expect(student.picks(t, .recurringParts) == nil)
        let scores = student.score([t], strategies: [.alwaysTrue, .alwaysFalse])
        #expect(scores.map(\.rate) == [1, 0])
        #expect(scores.map(\.chance) == [0.5, 0.5])
    }

    @Test func aScoreCreditsTiesAsAGuessAmongThem() {
        let q = Self.question(
            .howMany, "How many?", ["4.51660557 × 10²³", "6.02214076 × 10²³", "7.82878299 × 10²³", "6.02214076 × 10²⁴"], key: 1)
        let score = student.score([q], strategies: [.recurringDigits])[0]
        #expect(score.questions == 1 && score.rate == 0.5 && score.chance == 0.25 && score.margin == 0.25)
    }
}

import Facts
import Testing

/// Each broken-deck rule, asserted at its exact line and column.
@Suite struct DeckLoaderTests {
    /// Loads marked text as `decks/test.yaml` and returns the diagnostics, sorted.
    func problems(_ marked: MarkedText, path: String = "decks/test.yaml") -> [DeckDiagnostic] {
        switch DeckLoader.load(text: marked.text, path: path) {
        case .success: return []
        case .failure(let error): return error.diagnostics
        }
    }

    func expectSingle(
        _ marked: MarkedText, at marker: Int = 1, _ message: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let found = problems(marked)
        let (line, column) = marked.location(of: marker)
        #expect(found.map(\.description) == ["decks/test.yaml:\(line):\(column): error: \(message)"], sourceLocation: sourceLocation)
    }

    @Test func yamlSyntaxError() {
        let deck = MarkedText(
            """
            id: test
            title: A test
            events:
              a:
                date: 1945-08-23
                event: "unterminated
            1️⃣
            """)
        let found = problems(deck)
        #expect(found.count == 1)
        #expect(
            found.first?.description.hasPrefix(
                "decks/test.yaml:\(deck.location(of: 1).line):\(deck.location(of: 1).column): error: YAML syntax error: found unexpected end of stream"
            ) == true)
    }

    @Test func tabIndentationIsASyntaxErrorWithAHint() {
        let deck = MarkedText("id: test\ntitle: T\nevents:\n  a:\n1️⃣\tdate: 1945\n")
        let found = problems(deck)
        #expect(found.count == 1)
        let (line, column) = deck.location(of: 1)
        #expect(found.first?.location.line == line)
        #expect(found.first?.location.column == column)
        #expect(found.first?.message.contains("not tabs") == true)
    }

    @Test func aPersonMayHaveAPronounAndOnlyHeSheOrThey() throws {
        let good = "id: test\ntitle: T\npeople:\n  eliot:\n    name: George Eliot\n    pronoun: she\n"
        let deck = try DeckLoader.load(text: good, path: "decks/test.yaml").get()
        #expect(deck.people.first?.pronoun == .she)
        expectSingle(
            MarkedText(
                """
                id: test
                title: T
                people:
                  eliot:
                    name: George Eliot
                    pronoun: 1️⃣woman
                """), "'pronoun' in person 'eliot' is 'woman': use he, she or they")
    }

    @Test func missingRequiredField() {
        expectSingle(
            MarkedText(
                """
                id: test
                title: A test
                events:
                  1️⃣order-9898:
                    event: Stalin issues Order No. 9898
                """), "event 'order-9898' is missing the required field 'date'")
    }

    @Test func missingDeckTitle() {
        expectSingle(
            MarkedText(
                """
                1️⃣id: test
                terms:
                  a:
                    term: A
                    definition: The first letter
                """), "the deck is missing the required field 'title'")
    }

    @Test func unknownFieldSuggestsTheRightOne() {
        expectSingle(
            MarkedText(
                """
                id: test
                title: A test
                events:
                  order-9898:
                    1️⃣dat: 1945-08-23
                    date: 1945-08-23
                    event: Stalin issues Order No. 9898
                """), "unknown field 'dat' in event 'order-9898': did you mean 'date'?")
    }

    @Test func unknownFieldListsTheFields() {
        expectSingle(
            MarkedText(
                """
                id: test
                title: A test
                terms:
                  a:
                    term: A
                    definition: The first letter
                    1️⃣pronunciation: ay
                """), "unknown field 'pronunciation' in term 'a': the fields are term, definition")
    }

    @Test func duplicateIdInASection() {
        expectSingle(
            MarkedText(
                """
                id: test
                title: A test
                people:
                  stalin:
                    name: Josef Stalin
                  1️⃣stalin:
                    name: Joseph Stalin
                """), "duplicate person id 'stalin': 'people' already has 'stalin' at line 4; ids must be unique within a section")
    }

    @Test func sameIdInTwoSectionsIsFine() {
        let deck = MarkedText(
            """
            id: test
            title: A test
            people:
              potsdam:
                name: Someone
            terms:
              potsdam:
                term: Potsdam Declaration
                definition: The Allied statement of the terms for Japan's surrender
            """)
        #expect(problems(deck).isEmpty)
    }

    @Test func badFactId() {
        expectSingle(
            MarkedText(
                """
                id: test
                title: A test
                events:
                  1️⃣Order_9898:
                    date: 1945-08-23
                    event: Order No. 9898
                """), "'Order_9898' is not a valid event id: use lowercase letters, digits and '-' only (like order-9898)")
    }

    @Test func badDeckId() {
        expectSingle(
            MarkedText(
                """
                id: 1️⃣Test Deck
                title: A test
                terms:
                  a:
                    term: A
                    definition: The first letter
                """), "'Test Deck' is not a valid deck id: use lowercase letters, digits and '-' only (like siberian-internment)")
    }

    @Test func deckIdMustMatchTheFileName() {
        expectSingle(
            MarkedText(
                """
                id: 1️⃣tset
                title: A test
                terms:
                  a:
                    term: A
                    definition: The first letter
                """), "the deck id 'tset' does not match the file name 'test.yaml': rename the file to 'tset.yaml' or set id: test")
    }

    @Test func impossibleDay() {
        expectSingle(
            MarkedText(
                """
                id: test
                title: A test
                events:
                  a:
                    date: 1️⃣1945-02-30
                    event: Nothing
                """), "'date' in event 'a': '1945-02-30' is not a date: February 1945 has 28 days, not 30")
    }

    @Test func impossibleMonth() {
        expectSingle(
            MarkedText(
                """
                id: test
                title: A test
                events:
                  a:
                    date: 1️⃣1945-13
                    event: Nothing
                """), "'date' in event 'a': '1945-13' is not a date: there is no month 13 (months run from 01 to 12)")
    }

    @Test func leapDayOnlyInLeapYears() {
        let good = MarkedText("id: test\ntitle: T\nevents:\n  a:\n    date: 1944-02-29\n    event: Leap day\n")
        #expect(problems(good).isEmpty)
        expectSingle(
            MarkedText("id: test\ntitle: T\nevents:\n  a:\n    date: 1️⃣1900-02-29\n    event: Not a leap day\n"),
            "'date' in event 'a': '1900-02-29' is not a date: February 1900 has 28 days, not 29")
    }

    @Test func malformedDate() {
        expectSingle(
            MarkedText(
                """
                id: test
                title: A test
                events:
                  a:
                    date: 1️⃣23 August 1945
                    event: Nothing
                """),
            "'date' in event 'a': '23 August 1945' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (like 1945, 1945-08 or 1945-08-23), a range like 1904/1905, and -44 for 44 BC"
        )
    }

    @Test func numberThatIsNotANumber() {
        expectSingle(
            MarkedText(
                """
                id: test
                title: A test
                figures:
                  detainees:
                    value: 1️⃣many
                    unit: Japanese detainees
                """),
            "'value' in figure 'detainees': 'many' is not a number: write digits like 575000, 575_000, -273.15 or 6.02214076e23, or a range like [62000, 92000]"
        )
    }

    @Test func numberWithCommas() {
        expectSingle(
            MarkedText(
                """
                id: test
                title: A test
                figures:
                  detainees:
                    value: 1️⃣"575,000"
                    unit: Japanese detainees
                """),
            "'value' in figure 'detainees': '575,000' is not a number: leave out commas and spaces, or group with underscores (575_000)")
    }

    @Test func numberInARange() {
        expectSingle(
            MarkedText(
                """
                id: test
                title: A test
                figures:
                  deaths:
                    value: [62000, 1️⃣ninety]
                    unit: deaths
                """),
            "'value' in figure 'deaths': 'ninety' is not a number: write digits like 575000, 575_000, -273.15 or 6.02214076e23, or a range like [62000, 92000]"
        )
    }

    @Test func unknownPersonInWho() {
        expectSingle(
            MarkedText(
                """
                id: test
                title: A test
                people:
                  stalin:
                    name: Josef Stalin
                events:
                  a:
                    date: 1945-08-23
                    event: Order No. 9898 issued
                    who: 1️⃣staline
                """), "event 'a' names an unknown person 'staline': did you mean 'stalin'?")
    }

    @Test func unknownPersonInAWhoList() {
        expectSingle(
            MarkedText(
                """
                id: test
                title: A test
                people:
                  stalin:
                    name: Josef Stalin
                events:
                  a:
                    date: 1945-08-23
                    event: Order No. 9898 issued
                    who: [stalin, 1️⃣molotov]
                """), "event 'a' names an unknown person 'molotov': add them under people:, or use one of stalin")
    }

    @Test func placeholderTheFactCannotFill() {
        expectSingle(
            MarkedText(
                """
                id: test
                title: A test
                events:
                  a:
                    date: 1945-08-23
                    event: Order No. 9898 issued
                    text: "1️⃣{who} issued Order No. 9898 on {date}."
                """), "'text' in event 'a' uses {who}, which cannot be filled: it has no 'who'")
    }

    @Test func unknownPlaceholderInAPlainScalar() {
        expectSingle(
            MarkedText(
                """
                id: test
                title: A test
                figures:
                  a:
                    value: 575000
                    unit: detainees
                    text: The ministry counts 1️⃣{count} detainees.
                """), "'text' in figure 'a': unknown placeholder {count}: a template may use {date}, {who} and {value}")
    }

    @Test func deckWithNoFacts() {
        expectSingle(
            MarkedText(
                """
                1️⃣id: test
                title: A test
                people: {}
                """), "the deck has no facts: add at least one entry under people, events, figures, quotes, terms or cards")
    }

    @Test func threeSeparateProblemsAreAllReported() {
        let deck = MarkedText(
            """
            id: test
            title: A test
            people:
              stalin:
                name: Josef Stalin
            events:
              a:
                1️⃣dat: 1945-08-23
                date: 1945-08-23
                event: Order issued
              b:
                date: 2️⃣1945-02-30
                event: Something else
                who: 3️⃣beria
            """)
        let found = problems(deck)
        #expect(found.count == 3)
        #expect(found.map(\.location.line) == [1, 2, 3].map { deck.location(of: $0).line })
        #expect(found.map(\.location.column) == [1, 2, 3].map { deck.location(of: $0).column })
    }

    @Test func aSectionWrittenAsAList() {
        expectSingle(
            MarkedText(
                """
                id: test
                title: A test
                events:
                  1️⃣- date: 1945
                    event: Something
                """), "'events' must map ids to events (an id like `order-9898:` followed by its fields, indented), not a list")
    }

    @Test func aliasesAreRefused() {
        let deck = MarkedText(
            """
            id: test
            title: A test
            terms:
              a: &t
                term: A
                definition: The first letter
              1️⃣b: *t
            """)
        let found = problems(deck)
        #expect(found.map(\.message) == ["decks do not use YAML aliases (*name): write the value out in full"])
        #expect(found.first?.location.line == deck.location(of: 1).line)
    }

    @Test func quoteWithoutSpeaker() {
        expectSingle(
            MarkedText(
                """
                id: test
                title: A test
                quotes:
                  1️⃣stain:
                    quote: We have a special score of our own to settle with Japan.
                """), "quote 'stain' is missing the required field 'who' (the person id of the speaker)")
    }

    @Test func badQualifier() {
        expectSingle(
            MarkedText(
                """
                id: test
                title: A test
                figures:
                  a:
                    value: 80000
                    unit: soldiers
                    about: 1️⃣roughly
                """), "'about' in figure 'a' is 'roughly': use one of approximately, up to, at least, more than")
    }

    @Test func reversedRange() {
        expectSingle(
            MarkedText(
                """
                id: test
                title: A test
                figures:
                  a:
                    value: 1️⃣[92000, 62000]
                    unit: deaths
                """), "the range in figure 'a' must go from low to high: [92000, 62000]")
    }
}

/// Repeated keys: the YAML parser stops at the first, the deck loader reports them all.
@Suite struct DuplicateKeyTests {
    func problems(_ marked: MarkedText) -> [DeckDiagnostic] {
        switch DeckLoader.load(text: marked.text, path: "decks/test.yaml") {
        case .success: []
        case .failure(let error): error.diagnostics
        }
    }

    @Test func everyDuplicateInEverySectionIsReported() {
        let deck = MarkedText(
            """
            id: test
            title: A test
            people:
              stalin:
                name: Josef Stalin
              1️⃣stalin:
                name: Joseph Stalin
              2️⃣'stalin':
                name: J. Stalin
            terms:
              a:
                term: A
                definition: The first letter
              3️⃣a:
                term: Also A
                definition: Again the first letter
            """)
        let found = problems(deck)
        #expect(
            found.map(\.description) == [
                "decks/test.yaml:\(deck.location(of: 1).line):\(deck.location(of: 1).column): error: duplicate person id 'stalin': 'people' already has 'stalin' at line 4; ids must be unique within a section",
                "decks/test.yaml:\(deck.location(of: 2).line):\(deck.location(of: 2).column): error: duplicate person id 'stalin': 'people' already has 'stalin' at line 4; ids must be unique within a section",
                "decks/test.yaml:\(deck.location(of: 3).line):\(deck.location(of: 3).column): error: duplicate term id 'a': 'terms' already has 'a' at line 11; ids must be unique within a section",
            ])
    }

    @Test func aRepeatedFieldInAFact() {
        let deck = MarkedText(
            """
            id: test
            title: A test
            events:
              a:
                date: 1945-08-23
                event: Order issued
                1️⃣date: 1945-08-24
            """)
        let (line, column) = deck.location(of: 1)
        #expect(
            problems(deck).map(\.description) == [
                "decks/test.yaml:\(line):\(column): error: 'date' appears twice in event 'a' (first at line 5): keep one"
            ])
    }

    @Test func aRepeatedSection() {
        let deck = MarkedText(
            """
            id: test
            title: A test
            terms:
              a:
                term: A
                definition: The first letter
            1️⃣terms:
              b:
                term: B
                definition: The second letter
            """)
        let (line, column) = deck.location(of: 1)
        #expect(
            problems(deck).map(\.description) == [
                "decks/test.yaml:\(line):\(column): error: 'terms' appears twice in the deck (first at line 3): keep one"
            ])
    }

    @Test func aRepeatedKeyOnOneLineIsReportedWhereItIs() {
        let deck = MarkedText(
            """
            id: test
            title: A test
            terms: {a: {term: A, definition: The first letter}, 1️⃣a: {term: B, definition: The second letter}}
            """)
        let (line, column) = deck.location(of: 1)
        #expect(
            problems(deck).map(\.description) == [
                "decks/test.yaml:\(line):\(column): error: duplicate term id 'a': 'terms' already has 'a' at line 3; ids must be unique within a section"
            ])
    }

    @Test func repeatsBeforeASyntaxErrorAreReportedWithIt() {
        let deck = MarkedText(
            """
            id: test
            title: A test
            terms:
              a:
                term: A
                definition: The first letter
                1️⃣term: Again
              b:
                term: "B
            """)
        let found = problems(deck)
        #expect(found.count == 2)
        #expect(
            found.first?.description
                == "decks/test.yaml:\(deck.location(of: 1).line):\(deck.location(of: 1).column): error: 'term' appears more than once in this mapping (first at line 5): keys must be unique"
        )
        #expect(found.last?.message.hasPrefix("YAML syntax error: found unexpected end of stream") == true)
    }

    @Test func thousandsOfRepeatsAreEachReportedOnce() {
        var text = "id: test\ntitle: A test\nterms:\n"
        for index in 0..<3000 {
            text += "  t\(index):\n    term: T\(index)\n    definition: D\(index)\n    term: again\n"
        }
        let found = problems(MarkedText(text))
        #expect(found.count == 3000)
        #expect(
            found.allSatisfy {
                $0.message.hasPrefix("'term' appears twice in term 't")
                    && $0.message.hasSuffix("(first at line \($0.location.line - 2)): keep one")
            })
        #expect(Set(found.map(\.location.line)).count == 3000)
    }
}

/// Control characters: refused wherever they are written, at their own line and column.
@Suite struct ControlCharacterTests {
    func problems(_ text: String) -> [DeckDiagnostic] {
        switch DeckLoader.load(bytes: Array(text.utf8), path: "decks/test.yaml") {
        case .success: []
        case .failure(let error): error.diagnostics
        }
    }

    func deck(_ person: String) -> MarkedText {
        MarkedText(
            """
            id: test
            title: A test
            people:
              a:
            \(person)
            """)
    }

    @Test func aControlCharacterWrittenIntoTheFileIsFoundWhereItIs() {
        let found = problems("id: test\ntitle: A test\npeople:\n  a:\n    name: Ann\u{1B}]0;owned\u{7}\n")
        #expect(
            found.map(\.description) == [
                "decks/test.yaml:5:14: error: a control character, U+001B (escape), is in the text: a deck holds printable text only",
                "decks/test.yaml:5:23: error: a control character, U+0007 (bell), is in the text: a deck holds printable text only",
            ])
        #expect(
            problems("id: test\ntitle: A test\ncards:\n  c:\n    front: x\u{85}y\u{9B}2J\n    back: y\n").map(\.location.column) == [
                13, 15,
            ])
    }

    @Test(arguments: [
        (#"    name: "Ann 1️⃣\e[2J""#, "'name' in person 'a' contains a control character, U+001B (escape): decks hold printable text only"),
        (
            #"    name: "Ann 1️⃣\x07 Bell""#,
            "'name' in person 'a' contains a control character, U+0007 (bell): decks hold printable text only"
        ),
        (
            #"    name: "B\u0062 1️⃣\u0008""#,
            "'name' in person 'a' contains a control character, U+0008 (backspace): decks hold printable text only"
        ),
        (
            "    name: Ann\n    role: painter and1️⃣\tpoet",
            "'role' in person 'a' contains a control character, U+0009 (tab): decks hold printable text only"
        ),
        (
            #"    name: "Ann1️⃣\nSmith""#,
            "'name' in person 'a' contains a line break: keep it on one line (only back, context, definition, extra, front, note, quote, text may hold line breaks)"
        ),
    ])
    func anEscapedControlCharacterIsFoundAtItsEscape(line: String, message: String) {
        let marked = deck(line)
        let found =
            switch DeckLoader.load(text: marked.text, path: "decks/test.yaml") {
            case .success: [DeckDiagnostic]()
            case .failure(let error): error.diagnostics
            }
        #expect(found.map(\.message) == [message])
        #expect(found.first?.location.line == marked.location(of: 1).line)
        #expect(found.first?.location.column == marked.location(of: 1).column)
    }

    @Test func lineBreaksAreKeptWhereAFieldMayHoldThem() {
        let text =
            "id: test\ntitle: A test\nterms:\n  t:\n    term: Ohm\n    definition: |\n      The unit of resistance,\n      one volt per ampere.\n"
        #expect(problems(text).isEmpty)
    }
}

import Facts
import PropertyBased
import Scheduling
import SeededRandom
import Testing

@testable import Questions

/// The rules every question of every valid deck must keep, checked on thousands of banks of random decks.
@Suite struct QuestionInvariantTests {
    /// Checks one question against the deck it came from; returns the problems found.
    static func problems(_ q: Question, deck: Deck, index: DeckIndex, year: Int) -> [String] {
        var found: [String] = []
        func fail(_ message: String) { found.append("\(q.id): \(message)\n  \(q.prompt)\n  \(q.options ?? [])") }
        let checker = AnswerChecker()
        switch q.kind {
        case .multipleChoice, .trueFalse:
            guard let options = q.options, let key = q.key else {
                fail("a choice question without options or key")
                return found
            }
            if options.filter({ $0 == key }).count != 1 { fail("the key appears \(options.filter { $0 == key }.count) times") }
            if Set(options.map { $0.lowercased() }).count != options.count { fail("two options are equal once formatted") }
            if q.focus != .howMany, Set(options.map(TextFolding.fold)).count != options.count {
                fail("two options differ only in case, accents or punctuation")
            }
            if q.kind == .multipleChoice, !(3...4).contains(options.count) { fail("\(options.count) options") }
            if q.kind == .trueFalse, options != ["True", "False"] { fail("true/false options are \(options)") }
            let letter = String(UnicodeScalar(UInt8(65 + options.firstIndex(of: key)!)))
            if checker.check(letter, for: q).verdict != .correct { fail("the key's letter is not accepted") }
            if checker.check(key, for: q).verdict != .correct { fail("the key's text is not accepted") }
            if q.kind == .multipleChoice {
                found += falseDistractorProblems(q, deck: deck, index: index, year: year).map { "\(q.id): \($0)" }
            }
        case .typed, .cloze, .flashcard:
            guard case .accepted(let accepted) = q.answer, let first = accepted.first else {
                fail("no accepted answer")
                return found
            }
            let verdict = checker.check(first, for: q).verdict
            if verdict != .correct { fail("the answer shown, \(first), is checked as \(verdict)") }
        case .ordering:
            guard case .sequence(let order) = q.answer, let options = q.options, let facts = q.facts else {
                fail("an ordering without its order")
                return found
            }
            if !(3...5).contains(options.count) || Set(options).count != options.count || Set(order) != Set(options) {
                fail("bad ordering options")
            }
            let byID = Dictionary(uniqueKeysWithValues: deck.events.map { ($0.id, $0) })
            let sorted = facts.compactMap { byID[$0] }.sorted { $0.date.days.lowerBound < $1.date.days.lowerBound }
            for (a, b) in zip(sorted, sorted.dropFirst()) where a.date.days.upperBound >= b.date.days.lowerBound {
                fail("events \(a.id) and \(b.id) could share a day")
            }
            let expected = checker.check(String(order.map { Character(UnicodeScalar(UInt8(65 + options.firstIndex(of: $0)!))) }), for: q)
            if expected.verdict != .correct { fail("the right order is not accepted") }
        case .matching:
            guard case .pairs(let pairs) = q.answer, let items = q.items, let options = q.options else {
                fail("a matching without pairs")
                return found
            }
            if !(4...6).contains(items.count) || Set(items).count != items.count || Set(options).count != options.count {
                fail("bad matching columns")
            }
            if Set(pairs.map(\.match)) != Set(options) || pairs.map(\.item) != items { fail("pairs do not fit the columns") }
            let key = pairs.enumerated().map {
                "\($0.offset + 1)\(Character(UnicodeScalar(UInt8(65 + options.firstIndex(of: $0.element.match)!))))"
            }.joined(separator: " ")
            if checker.check(key, for: q).verdict != .correct { fail("the right pairs are not accepted") }
            if q.focus == .personRole {
                let people = (q.facts ?? []).compactMap { id in index.person(id) }
                for a in people {
                    for b in people where a < b && index.rolesOverlap(a, b) { fail("descriptions of \(a) and \(b) overlap") }
                }
            }
            if q.focus == .eventDate {
                let events = (q.facts ?? []).compactMap { index.eventPosition[$0] }
                for a in events {
                    for b in events where a < b && index.eventDays[a].overlaps(index.eventDays[b]) { fail("dates could share a day") }
                }
            }
        }
        return found
    }

    /// Whether any distractor is also a right answer, judged from the deck itself.
    static func falseDistractorProblems(_ q: Question, deck: Deck, index: DeckIndex, year: Int) -> [String] {
        var found: [String] = []
        let wrong = q.distractors
        switch q.focus {
        case .when:
            guard let e = index.eventPosition[q.fact] else { return ["unknown event"] }
            let sameLabel = index.eventsByLabelKey[index.eventLabelKeys[e]] ?? []
            for i in sameLabel where wrong.contains(index.events[i].date.description) {
                found.append("distractor is the date of an event with the same label")
            }
            for option in wrong {
                guard case .date(let d) = DateAnswerParser.read(option) else {
                    found.append("distractor \(option) is not a date")
                    continue
                }
                if d.end.year > year { found.append("distractor \(option) is in the future") }
                if d.shape != index.events[e].date.shape { found.append("distractor \(option) is not at the key's precision") }
            }
        case .who:
            guard let e = index.eventPosition[q.fact] else { return ["unknown event"] }
            let credited = index.events[e].who.compactMap(index.person)
            for option in wrong {
                for p in credited where index.nameKeys[p].contains(TextFolding.fold(option)) {
                    found.append("distractor \(option) is credited too")
                }
            }
            if wrong.contains(where: { option in
                deck.people.filter { $0.name == option }.contains { p in credited.contains { index.maySamePerson($0, index.person(p.id)!) }
                }
            }) {
                found.append("a distractor may be a credited person")
            }
        case .whatHappened:
            guard let e = index.eventPosition[q.fact] else { return ["unknown event"] }
            for option in wrong {
                for i in index.eventsByLabelKey[TextFolding.fold(option)] ?? [] where index.eventDays[i].overlaps(index.eventDays[e]) {
                    found.append("distractor \(option) could have happened on the date asked")
                }
            }
        case .role:
            guard let p = index.person(q.fact) else { return ["unknown person"] }
            for option in wrong {
                for j in index.people.indices where index.people[j].role.map(Phrasing.label) == option && index.rolesOverlap(p, j) {
                    found.append("distractor role \(option) overlaps the key's")
                }
            }
        case .personForRole:
            guard let p = index.person(q.fact) else { return ["unknown person"] }
            for j in index.people.indices where wrong.contains(index.people[j].name) && index.people[j].name != index.people[p].name {
                if index.rolesOverlap(p, j) || index.maySamePerson(p, j) { found.append("distractor \(index.people[j].name) fits too") }
            }
        case .whoSaid:
            guard let quote = deck.quotes.first(where: { $0.id == q.fact }) else { return ["unknown quote"] }
            let speakers = deck.quotes.filter { TextFolding.fold($0.quote) == TextFolding.fold(quote.quote) }.compactMap {
                index.person($0.who)
            }
            for j in index.people.indices
            where wrong.contains(index.people[j].name) && speakers.contains(where: { index.maySamePerson($0, j) }) {
                found.append("distractor \(index.people[j].name) said it too")
            }
        case .definition:
            guard let t = index.termPosition[q.fact] else { return ["unknown term"] }
            for i in index.termsByKey[index.termKeys[t]] ?? [] where wrong.contains(Phrasing.label(index.terms[i].definition)) {
                found.append("distractor is a definition of the same term")
            }
        case .term:
            guard let t = index.termPosition[q.fact] else { return ["unknown term"] }
            for i in index.termsByDefinitionKey[index.definitionKeys[t]] ?? [] where wrong.contains(Phrasing.trimmed(index.terms[i].term)) {
                found.append("distractor term has the same definition")
            }
        case .howMany:
            guard let f = index.figurePosition[q.fact] else { return ["unknown figure"] }
            let quantity = index.figures[f].quantity
            let key = quantity.bounds.lowerBound
            for option in wrong {
                let value: Double
                switch NumberAnswerParser.read(option) {
                case .value(let v): value = v
                case .range(let a, _): value = a
                case .unreadable:
                    found.append("distractor \(option) is not a number")
                    continue
                }
                if key > 0, value <= 0 { found.append("distractor \(option) leaves a positive quantity's domain") }
                if quantity.qualifier == .approximately, abs(value - key) <= 0.05 * abs(key) {
                    found.append("distractor \(option) is within 5 % of an approximate key")
                }
            }
        default:
            break
        }
        return found
    }

    @Test func everyQuestionOfThousandsOfRandomBanksKeepsTheRules() async {
        await propertyCheck(count: 2000, input: Gen.uint64(in: 0...UInt64.max)) { seed in
            var decks = RandomDecks(seed: seed)
            let deck = decks.deck()
            let index = DeckIndex(deck)
            var rng = SeededGenerator(seed: seed)
            let bank = QuestionGenerator(deck: deck, options: .init(referenceYear: 2026)).bank(using: &rng)
            let problems = bank.questions.flatMap { Self.problems($0, deck: deck, index: index, year: 2026) }
            #expect(problems.isEmpty, "seed \(seed):\n\(problems.prefix(5).joined(separator: "\n"))")
            #expect(Set(bank.questions.map(\.id)).count == bank.questions.count, "seed \(seed): question ids repeat")
            let statements = bank.questions(.trueFalse).map(\.prompt)
            #expect(
                Set(statements).count == statements.count,
                "seed \(seed): a true/false statement is made twice: \(bank.questions(.trueFalse).filter { q in statements.filter { $0 == q.prompt }.count > 1 }.map { "\($0.id): \($0.prompt)" }.prefix(4))"
            )
        }
    }

    /// A bank never makes one statement twice: an event's sentence is its date's statement and its people's.
    @Test func noTrueFalseStatementIsMadeTwiceOnAnyDeck() throws {
        for path in TestDecks.allDeckPaths {
            let deck = try TestDecks.load(path)
            for seed in UInt64(1)...4 {
                let statements = TestDecks.bank(deck, seed: seed).questions(.trueFalse).map(\.prompt)
                var seen: Set<String> = []
                let repeated = statements.filter { !seen.insert($0).inserted }
                #expect(repeated.isEmpty, "\(deck.id), seed \(seed): \(repeated.prefix(3))")
            }
        }
    }

    @Test func questionsForSingleCardsKeepTheRulesToo() async {
        await propertyCheck(count: 300, input: Gen.uint64(in: 0...UInt64.max)) { seed in
            var decks = RandomDecks(seed: seed)
            let deck = decks.deck()
            let index = DeckIndex(deck)
            let generator = QuestionGenerator(deck: deck, options: .init(referenceYear: 2026))
            var rng = SeededGenerator(seed: seed)
            for card in generator.cards {
                for kind in card.kinds {
                    if case .success(let q) = generator.question(for: card.id, kind: kind, using: &rng) {
                        #expect(q.card == card.id && q.kind == kind)
                        let problems = Self.problems(q, deck: deck, index: index, year: 2026)
                        #expect(problems.isEmpty, "seed \(seed):\n\(problems.joined(separator: "\n"))")
                    }
                }
            }
        }
    }

    @Test func everyFactKindYieldsQuestionsInAFullDeck() async {
        await propertyCheck(count: 200, input: Gen.uint64(in: 0...UInt64.max)) { seed in
            var decks = RandomDecks(seed: seed)
            let deck = decks.deck(size: 30)
            // Words the deck gives to two people are asked of neither: quotes count when their words are theirs alone.
            let words = deck.quotes.map { TextFolding.fold($0.quote) }
            let ownWords = words.filter { w in words.filter { $0 == w }.count == 1 }.count
            guard deck.people.filter({ $0.role != nil }).count >= 6, deck.events.count >= 6, deck.figures.count >= 6,
                deck.quotes.count >= 3, ownWords >= 2, deck.terms.count >= 6, !deck.cards.isEmpty
            else { return }
            var rng = SeededGenerator(seed: seed)
            let bank = QuestionGenerator(deck: deck, options: .init(referenceYear: 2026)).bank(using: &rng)
            for section in FactSection.allCases {
                #expect(bank.questions.contains { $0.fact.section == section }, "seed \(seed): no question about \(section.rawValue)")
            }
        }
    }

    @Test func keyPositionsAreBalancedAcrossABank() {
        var decks = RandomDecks(seed: 7)
        var deck = decks.deck(size: 500)
        deck.id = "big"
        var rng = SeededGenerator(seed: 3)
        let bank = QuestionGenerator(deck: deck, options: .init(referenceYear: 2026)).bank(using: &rng)
        let fourOption = bank.questions.filter { $0.kind == .multipleChoice && $0.options?.count == 4 }
        #expect(fourOption.count > 150)
        var counts = [0, 0, 0, 0]
        for q in fourOption { counts[q.keyIndex!] += 1 }
        let mean = Double(fourOption.count) / 4
        for c in counts { #expect(abs(Double(c) - mean) < mean * 0.15, "key positions \(counts)") }

        let trueFalse = bank.questions(.trueFalse)
        let trues = trueFalse.filter { $0.key == "True" }.count
        let share = Double(trues) / Double(trueFalse.count)
        #expect(share > 0.4 && share < 0.6, "\(trues) of \(trueFalse.count) statements are true")
    }
}

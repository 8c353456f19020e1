import Facts
import Scheduling
import SeededRandom
import Testing

@testable import Questions

/// The tricky cases of deriving questions, pinned on small decks written for each.
@Suite struct QuestionGeneratorTests {
    // MARK: - The shipped decks

    @Test(arguments: ["siberian-internment", "physics"])
    func shippedDecksYieldEveryKindAndEverySection(_ id: String) throws {
        let bank = TestDecks.bank(try TestDecks.shipped(id))
        for kind in QuestionKind.allCases {
            #expect(!bank.questions(kind).isEmpty, "\(id) yields no \(kind) question")
        }
        for section in FactSection.allCases {
            #expect(bank.questions.contains { $0.fact.section == section }, "\(id) yields no question about \(section.rawValue)")
        }
    }

    @Test func cardsListEverySlotWithItsKinds() throws {
        let generator = TestDecks.generator(try TestDecks.shipped("siberian-internment"))
        let cards = generator.cards
        let order = try #require(cards.first { $0.id.description == "siberian-internment/events/order-9898/date" })
        #expect(order.slot == .date)
        #expect(order.kinds == [.cloze, .multipleChoice, .trueFalse, .typed, .matching, .ordering])
        #expect(cards.contains { $0.id.description == "siberian-internment/events/order-9898/who" })
        #expect(cards.contains { $0.id.description == "siberian-internment/events/order-9898/event" })
        // An event nobody is credited with has no `who` card.
        #expect(!cards.contains { $0.id.description == "siberian-internment/events/potsdam-acceptance/who" })
        #expect(cards.first { $0.id.description == "siberian-internment/cards/order-title/back" }?.kinds == [.typed, .flashcard])
        #expect(cards.first { $0.id.description == "siberian-internment/cards/three-factors/back" }?.kinds == [.flashcard])
        #expect(generator.kinds(for: order.id) == order.kinds)
    }

    @Test func oneQuestionForACardInAKind() throws {
        let generator = TestDecks.generator(try TestDecks.shipped("siberian-internment"))
        var rng = SeededGenerator(seed: 9)
        for card in generator.cards {
            for kind in card.kinds {
                let result = generator.question(for: card.id, kind: kind, using: &rng)
                if case .success(let q) = result {
                    #expect(q.card == card.id)
                    #expect(q.kind == kind)
                    #expect(q.id.hasPrefix(card.id.description + "/" + kind.rawValue + "/"))
                }
            }
        }
        let card = try #require(CardID("siberian-internment/people/stalin/role"))
        guard case .failure(let skip) = generator.question(for: card, kind: .ordering, using: &rng) else {
            Issue.record("a person's role cannot be asked as an ordering")
            return
        }
        #expect(skip.reason.contains("cannot be asked as ordering"))
        guard
            case .failure(let unknown) = generator.question(
                for: try #require(CardID("siberian-internment/events/nothing/date")), kind: .typed, using: &rng)
        else {
            Issue.record("an unknown fact yields no question")
            return
        }
        #expect(unknown.reason == "the deck has no fact events/nothing")
    }

    @Test func groupQuestionsForOneCardAreBuiltAroundIt() throws {
        let generator = TestDecks.generator(try TestDecks.shipped("physics"))
        var rng = SeededGenerator(seed: 4)
        let card = try #require(CardID("physics/events/x-rays/date"))
        let ordering = try generator.question(for: card, kind: .ordering, using: &rng).get()
        #expect(ordering.fact.description == "events/x-rays")
        #expect(ordering.facts?.contains(ordering.fact) == true)
        #expect((3...5).contains(ordering.options?.count ?? 0))
        let matching = try generator.question(for: card, kind: .matching, using: &rng).get()
        #expect((4...6).contains(matching.items?.count ?? 0))
    }

    // MARK: - People

    @Test func sharedCreditNeverOffersAnotherCreditedPerson() throws {
        let deck = try TestDecks.yaml(
            """
            people:
              becquerel: {name: Henri Becquerel}
              pierre: {name: Pierre Curie}
              marie: {name: Marie Curie, aliases: [Madame Curie]}
              einstein: {name: Albert Einstein}
              bohr: {name: Niels Bohr}
              planck: {name: Max Planck}
            events:
              nobel:
                date: 1903
                event: Nobel Prize in Physics shared for the study of radioactivity
                who: [becquerel, pierre, marie]
                text: "In {date}, {who} shared the Nobel Prize in Physics."
            """)
        for seed in UInt64(1)...40 {
            let bank = TestDecks.bank(deck, seed: seed)
            let mc = try #require(bank.question("events/nobel", .multipleChoice, .who))
            let credited = ["Henri Becquerel", "Pierre Curie", "Marie Curie"]
            #expect(mc.options!.filter(credited.contains).count == 1, "\(mc.options!)")
            // The sentence keeps the other two and blanks the one asked.
            let others = credited.filter { $0 != mc.key! }
            #expect(others.allSatisfy { mc.prompt.contains($0) } && mc.prompt.contains(Phrasing.blank))
            let typed = try #require(bank.question("events/nobel", .typed, .who))
            #expect(typed.prompt.hasPrefix("Name one of the people linked to this event:"))
            for name in credited + ["Madame Curie", "becquerel"] {
                #expect(AnswerChecker().check(name, for: typed).verdict == .correct, "\(name)")
            }
            #expect(AnswerChecker().check("Einstein", for: typed).verdict == .wrong)
            // Curie alone is shared by two people, but both are credited: it names one of them either way.
            #expect(AnswerChecker().check("Curie", for: typed).verdict == .correct)
        }
        // With only Pierre credited, Curie alone could be Marie: wrong.
        let one = try TestDecks.yaml(
            """
            people:
              becquerel: {name: Henri Becquerel}
              pierre: {name: Pierre Curie}
              marie: {name: Marie Curie}
              einstein: {name: Albert Einstein}
            events:
              nobel: {date: 1903, event: Nobel Prize in Physics shared for the study of radioactivity, who: [becquerel, pierre]}
            """)
        let typed = try #require(TestDecks.bank(one).question("events/nobel", .typed, .who))
        #expect(AnswerChecker().check("Curie", for: typed).verdict == .wrong)
        #expect(AnswerChecker().check("Pierre Curie", for: typed).verdict == .correct)
        #expect(AnswerChecker().check("Henri Becquerel and Pierre Curie", for: typed).verdict == .correct)
    }

    @Test func aliasesAreNeverSeparateOptionsAndTwoEntriesForOnePersonAreNeverRivals() throws {
        let deck = try TestDecks.yaml(
            """
            people:
              stalin: {name: Josef Stalin, aliases: [Stalin, Joseph Stalin]}
              dzhugashvili: {name: Ioseb Jughashvili, aliases: [Stalin]}
              beria: {name: Lavrentiy Beria}
              antonov: {name: Alexei Antonov}
              yeltsin: {name: Boris Yeltsin}
            quotes:
              score:
                quote: We have a special score of our own to settle with Japan.
                who: stalin
            """)
        for seed in UInt64(1)...30 {
            let q = try #require(TestDecks.bank(deck, seed: seed).question("quotes/score", .multipleChoice, .whoSaid))
            #expect(!q.options!.contains("Stalin") && !q.options!.contains("Joseph Stalin"))
            #expect(!q.options!.contains("Ioseb Jughashvili"), "an entry sharing an alias may be the same person")
        }
        let typed = try #require(TestDecks.bank(deck).question("quotes/score", .typed, .whoSaid))
        // "Stalin" is claimed by two entries, so it is not accepted as naming one of them.
        #expect(typed.answer == .accepted(["Josef Stalin", "Joseph Stalin"]))
    }

    @Test func descriptionsThatCouldBothBeTrueAreNeverRivals() throws {
        let deck = try TestDecks.yaml(
            """
            people:
              newton: {name: Isaac Newton, role: English mathematician and physicist}
              thomson: {name: J. J. Thomson, role: English physicist}
              faraday: {name: Michael Faraday, role: English experimental scientist}
              planck: {name: Max Planck, role: German theoretical physicist}
              einstein: {name: Albert Einstein, role: German-born theoretical physicist}
              maxwell: {name: James Clerk Maxwell, role: Scottish physicist}
              bohr: {name: Niels Bohr, role: Danish physicist}
              fermi: {name: Enrico Fermi, role: Italian-American physicist}
            """)
        for seed in UInt64(1)...30 {
            let bank = TestDecks.bank(deck, seed: seed)
            let thomson = try #require(bank.question("people/thomson", .multipleChoice, .role))
            #expect(!thomson.options!.contains("English mathematician and physicist"))
            #expect(!thomson.options!.contains("English experimental scientist"))
            let planck = try #require(bank.question("people/planck", .multipleChoice, .personForRole))
            #expect(!planck.options!.contains("Albert Einstein"))
        }
        let bank = TestDecks.bank(deck)
        #expect(
            bank.skip("people/thomson", .typed, .personForRole)?.reason == "another person's description is the same or includes this one")
        // Typed, two words single out no one: many people outside the deck are Scottish physicists.
        #expect(bank.question("people/maxwell", .typed, .personForRole) == nil)
        #expect(bank.skip("people/maxwell", .typed, .personForRole)?.reason.hasPrefix("the description is too short") == true)
        let specific = TestDecks.bank(
            try TestDecks.yaml(
                """
                people:
                  maxwell: {name: James Clerk Maxwell, role: Scottish physicist who unified electricity and magnetism}
                  bohr: {name: Niels Bohr, role: Danish physicist}
                """))
        #expect(
            specific.question("people/maxwell", .typed, .personForRole)?.prompt
                == "Who fits the description “Scottish physicist who unified electricity and magnetism”?")
    }

    // MARK: - Events and dates

    @Test func sameDayEventsAreNeverEachOthersDistractors() throws {
        let deck = try TestDecks.yaml(
            """
            events:
              surrender: {date: 1945-09-02, event: Japan signs an instrument of surrender}
              address: {date: 1945-09-02, event: Stalin's radio address on the surrender}
              transfers: {date: 1945-09, event: Transfers of prisoners begin}
              offensive: {date: 1945-08-09, event: Soviet attack on Manchuria}
              order: {date: 1945-08-23, event: Order No. 9898 issued}
              rescript: {date: 1945-08-15, event: Imperial Rescript broadcast}
              yeltsin: {date: 1993-10, event: Apology for the internment}
            """)
        for seed in UInt64(1)...30 {
            let bank = TestDecks.bank(deck, seed: seed)
            // Two events on one day: "Which of these happened on 2 September 1945?" would have two answers.
            #expect(bank.question("events/surrender", .multipleChoice, .whatHappened) == nil)
            #expect(bank.question("events/address", .multipleChoice, .whatHappened) == nil)
            #expect(
                bank.skip("events/surrender", .multipleChoice, .whatHappened)?.reason
                    == "another event has the same date, so “what happened then” has two answers")
            let transfers = try #require(bank.question("events/transfers", .multipleChoice, .whatHappened))
            #expect(transfers.prompt == "Which of these happened in September 1945?")
            // A day inside the month could be the month's event.
            #expect(!transfers.options!.contains("Japan signs an instrument of surrender"))
            #expect(!transfers.options!.contains("Stalin's radio address on the surrender"))
        }
    }

    @Test func aQuestionThatCannotBeMadeUniqueIsSkippedWithTheReason() throws {
        let deck = try TestDecks.yaml(
            """
            events:
              a: {date: 1945-09-02, event: Japan signs an instrument of surrender}
              b: {date: 1945-09-02, event: Stalin's radio address}
              c: {date: 1945-09, event: Transfers begin}
            """)
        let bank = TestDecks.bank(deck)
        #expect(
            bank.skip("events/a", .multipleChoice, .whatHappened)?.reason
                == "another event has the same date, so “what happened then” has two answers")
        #expect(bank.skip("events/c", .multipleChoice, .whatHappened)?.reason == "not enough events on other dates for distractors")
        #expect(bank.skip("events/a", .ordering, .chronology) != nil)
    }

    @Test func yearOnlyDatesAreAskedAndOfferedAsYears() throws {
        let deck = try TestDecks.yaml(
            """
            people:
              newton: {name: Isaac Newton}
            events:
              principia: {date: 1687, event: Publication of the Principia, who: newton}
              other: {date: 1690, event: Something else}
            """)
        for seed in UInt64(1)...30 {
            let bank = TestDecks.bank(deck, seed: seed)
            let mc = try #require(bank.question("events/principia", .multipleChoice, .when))
            #expect(mc.prompt == "In which year did this happen? Publication of the Principia (Isaac Newton).")
            #expect(mc.options!.allSatisfy { $0.count == 4 && Int($0) != nil }, "\(mc.options!)")
            #expect(mc.options == mc.options!.sorted(), "years are listed in order")
            let typed = try #require(bank.question("events/principia", .typed, .when))
            #expect(AnswerChecker().check("1687", for: typed).verdict == .correct)
            #expect(bank.question("events/principia", .cloze, .when) == nil)
            #expect(bank.question("events/principia", .trueFalse, .when) == nil)
        }
    }

    @Test func bcDatesStayBCAndNeverReachYearZero() throws {
        let deck = try TestDecks.yaml(
            """
            events:
              caesar: {date: -44-03-15, event: Assassination of Julius Caesar}
              birth: {date: -2, event: A birth two years before the era}
              rubicon: {date: -49-01-10, event: Caesar crosses the Rubicon}
              pharsalus: {date: -48-08-09, event: Battle of Pharsalus}
            """)
        for seed in UInt64(1)...40 {
            let bank = TestDecks.bank(deck, seed: seed)
            let caesar = try #require(bank.question("events/caesar", .multipleChoice, .when))
            #expect(caesar.key == "15 March 44 BC")
            #expect(caesar.options!.allSatisfy { $0.hasSuffix(" BC") }, "\(caesar.options!)")
            #expect(bank.question("events/caesar", .multipleChoice, .whatHappened)?.prompt == "Which of these happened on 15 March 44 BC?")
            let birth = try #require(bank.question("events/birth", .multipleChoice, .when))
            #expect(!birth.options!.contains("0") && !birth.options!.contains("0 BC"))
            let typed = try #require(bank.question("events/caesar", .typed, .when))
            #expect(AnswerChecker().check("15 March 44 BC", for: typed).verdict == .correct)
            #expect(AnswerChecker().check("-44-03-15", for: typed).verdict == .correct)
            #expect(AnswerChecker().check("15 March 44", for: typed).verdict == .wrong)
        }
    }

    @Test func rangesAreAskedAsRangesOfTheSameShape() throws {
        let deck = try TestDecks.yaml(
            """
            events:
              war: {date: 1904/1905, event: Russo-Japanese War}
              solvay: {date: 1911-10-30/1911-11-03, event: First Solvay Conference, text: "The first Solvay Conference was held in Brussels, {date}."}
            """)
        let bank = TestDecks.bank(deck)
        let war = try #require(bank.question("events/war", .multipleChoice, .when))
        #expect(war.prompt == "In which years did this take place? Russo-Japanese War.")
        #expect(war.options!.allSatisfy { $0.contains("–") && $0.count == 9 }, "\(war.options!)")
        #expect(
            bank.question("events/war", .multipleChoice, .whatHappened) == nil
                || bank.question("events/war", .multipleChoice, .whatHappened)!.prompt == "Which of these took place from 1904 to 1905?")
        let solvay = try #require(bank.question("events/solvay", .multipleChoice, .when))
        #expect(
            solvay.prompt.hasPrefix("Choose the dates that complete the sentence: The first Solvay Conference was held in Brussels, _____.")
        )
        // Every option a span of the same shape, its year said once: "30 October – 3 November 1911".
        #expect(solvay.options!.allSatisfy { $0.contains(" – ") || $0.contains("–") }, "\(solvay.options!)")
        #expect(solvay.options!.allSatisfy { $0.split(separator: " ").filter { $0.count == 4 && $0.allSatisfy(\.isNumber) }.count == 1 })
        let typed = try #require(bank.question("events/war", .typed, .when))
        for answer in ["1904–1905", "1904-1905", "1904 to 1905", "1904/1905"] {
            #expect(AnswerChecker().check(answer, for: typed).verdict == .correct, "\(answer)")
        }
    }

    /// A span in a sentence after "between" or "from" reads as English in every question and explanation,
    /// its options included: "between 1420 and 1436", not "between 1420–1436".
    @Test func aSpanAfterBetweenReadsAsASentenceInEveryQuestion() throws {
        let deck = try TestDecks.yaml(
            """
            people:
              brunelleschi: {name: Filippo Brunelleschi}
              ghiberti: {name: Lorenzo Ghiberti}
              donatello: {name: Donatello}
              masaccio: {name: Masaccio}
              alberti: {name: Leon Battista Alberti}
            events:
              dome: {date: 1420/1436, event: Florence Cathedral dome built, who: [brunelleschi], text: "{who} built the dome of Florence Cathedral between {date}."}
              doors: {date: 1425/1452, event: Gates of Paradise cast, who: [ghiberti], text: "{who} cast the Gates of Paradise from {date}."}
              david: {date: 1440, event: Bronze David made, who: [donatello]}
              chapel: {date: 1424/1427, event: Brancacci Chapel frescoes painted, who: [masaccio]}
              treatise: {date: 1435, event: On Painting written, who: [alberti]}
              pazzi: {date: 1441/1478, event: Pazzi Chapel built}
            """)
        for seed in UInt64(1)...12 {
            let bank = TestDecks.bank(deck, seed: seed)
            for q in bank.questions where q.fact.description == "events/dome" || q.fact.description == "events/doors" {
                let texts = [q.prompt, q.explanation] + (q.options ?? [])
                for text in texts {
                    #expect(!text.contains("between 14") || text.contains(" and 14"), "\(q.kind) \(q.focus): \(text)")
                    #expect(!text.contains("from 14") || text.contains(" to 14"), "\(q.kind) \(q.focus): \(text)")
                }
            }
            let dome = try #require(bank.question("events/dome", .multipleChoice, .when))
            #expect(dome.explanation == "Filippo Brunelleschi built the dome of Florence Cathedral between 1420 and 1436.")
            #expect(dome.options!.allSatisfy { $0.contains(" and ") }, "\(dome.options!)")
            let typed = try #require(bank.question("events/dome", .cloze, .when))
            #expect(AnswerChecker().check("1420 and 1436", for: typed).verdict == .correct)
            #expect(AnswerChecker().check("1420-1436", for: typed).verdict == .correct)
        }
    }

    /// Nobody is offered for what happened after the deck says they died or before it says they were born:
    /// a student who knows the deck rules them out.
    @Test func whoDistractorsWereAliveAtTheTime() throws {
        let deck = try TestDecks.yaml(
            """
            people:
              bix: {name: Bix Beiderbecke}
              parker: {name: Charlie Parker}
              gillespie: {name: Dizzy Gillespie}
              monk: {name: Thelonious Monk}
              powell: {name: Bud Powell}
              roach: {name: Max Roach}
              marsalis: {name: Wynton Marsalis}
            events:
              bix-dies: {date: 1931-08-06, event: Bix Beiderbecke dies in New York, who: bix, text: "{who} died in New York on {date}."}
              marsalis-born: {date: 1961-10-18, event: Birth in New Orleans, who: marsalis}
              marsalis-prize: {date: 1997, event: First jazz Pulitzer Prize for music, who: marsalis}
              bird-dies: {date: 1955-03-12, event: Charlie Parker dies, who: parker}
              minton: {date: 1941, event: Jam sessions at Minton's Playhouse begin, who: monk}
              salt-peanuts: {date: 1945, event: Salt Peanuts recorded, who: gillespie}
              massey: {date: 1953-05-15, event: Concert at Massey Hall, who: [parker, gillespie, powell, roach]}
              round-midnight: {date: 1944, event: Round Midnight first recorded, who: monk}
              parisian: {date: 1951, event: Parisian Thoroughfare composed, who: powell}
              clifford: {date: 1954, event: Clifford Brown and Max Roach quintet formed, who: roach}
            """)
        for seed in UInt64(1)...20 {
            let bank = TestDecks.bank(deck, seed: seed)
            for id in ["events/minton", "events/salt-peanuts", "events/round-midnight", "events/parisian", "events/clifford"] {
                for kind in [QuestionKind.multipleChoice, .trueFalse] {
                    guard let q = bank.question(id, kind, .who) else { continue }
                    let shown = (q.options ?? []) + [q.prompt]
                    #expect(!shown.contains { $0.contains("Beiderbecke") || $0.contains("Marsalis") }, "\(id) \(kind): \(shown)")
                }
            }
            if let q = bank.question("events/marsalis-prize", .multipleChoice, .who) {
                #expect(!(q.options ?? []).contains("Charlie Parker"), "\(q.options ?? [])")
            }
        }
    }

    @Test func noGeneratedDateLiesInTheFuture() throws {
        let deck = try TestDecks.yaml(
            """
            events:
              recent: {date: 2025, event: Something recent}
              today: {date: 2026-03, event: Something this year}
            """)
        for seed in UInt64(1)...30 {
            let bank = TestDecks.bank(deck, seed: seed, year: 2026)
            for fact in ["events/recent", "events/today"] {
                let q = try #require(bank.question(fact, .multipleChoice, .when))
                #expect(q.options!.allSatisfy { !$0.contains("2027") && !$0.contains("2028") }, "\(q.options!)")
            }
        }
    }

    @Test func sentenceLikeAndNounPhraseLabelsBothReadWell() throws {
        let deck = try TestDecks.yaml(
            """
            people:
              stalin: {name: Josef Stalin}
              beria: {name: Lavrentiy Beria}
              hata: {name: Hikosaburo Hata}
              antonov: {name: Alexei Antonov}
            events:
              order: {date: 1945-08-23, event: Stalin issues Order No. 9898., who: stalin}
              xrays: {date: 1895-11-08, event: Discovery of X-rays, who: beria}
            """)
        let bank = TestDecks.bank(deck)
        #expect(bank.question("events/order", .typed, .when)?.prompt == "On which date did this happen? Stalin issues Order No. 9898.")
        #expect(
            bank.question("events/xrays", .typed, .when)?.prompt == "On which date did this happen? Discovery of X-rays (Lavrentiy Beria).")
        #expect(
            bank.question("events/xrays", .cloze, .who)?.prompt
                == "Fill in the blank with a name: _____ is linked to this event: Discovery of X-rays (8 November 1895).")
        #expect(bank.question("events/order", .typed, .when)?.explanation == "23 August 1945: Stalin issues Order No. 9898.")
        // The label names the person asked, so asking who would give the answer away.
        #expect(bank.skip("events/order", .multipleChoice, .who)?.reason == "the label names the person asked")
    }

    /// Without a text, an event's date is asked directly, never stated in a sentence made from its label; a
    /// label's own brackets are followed by a dash, never by a second pair.
    @Test func untextedEventsAreAskedDirectlyAndNeverStackBrackets() throws {
        let deck = try TestDecks.yaml(
            """
            people:
              armstrong: {name: Louis Armstrong}
              oliver: {name: King Oliver}
              morton: {name: Jelly Roll Morton}
            events:
              west-end: {date: 1928-06-28, event: "West End Blues recorded (Okeh)", who: armstrong}
              war: {date: 1904/1905, event: Russo-Japanese War}
              creole: {date: 1923, event: Creole Jazz Band records for Gennett, who: oliver}
              red-hot: {date: 1926, event: Red Hot Peppers formed, who: morton}
              chicago: {date: 1922, event: Move to Chicago, who: armstrong}
            """)
        for seed in UInt64(1)...20 {
            let bank = TestDecks.bank(deck, seed: seed)
            for q in bank.questions {
                #expect(!q.prompt.contains(") ("), "\(q.prompt)")
                #expect(!q.explanation.contains(") ("), "\(q.explanation)")
            }
            for kind in [QuestionKind.cloze, .trueFalse] {
                #expect(bank.skip("events/war", kind, .when)?.reason.hasPrefix("it has no text with {date}") == true)
            }
            let when = try #require(bank.question("events/west-end", .multipleChoice, .when))
            #expect(when.prompt == "On which date did this happen? West End Blues recorded (Okeh) — Louis Armstrong.")
            if let mc = bank.question("events/west-end", .multipleChoice, .who) {
                #expect(mc.prompt == "Who is linked to this event? West End Blues recorded (Okeh) — 28 June 1928.")
            }
        }
    }

    @Test func aLabelGivingTheYearAwayIsNotAskedForIt() throws {
        let deck = try TestDecks.yaml(
            """
            events:
              revolution: {date: 1848, event: Revolutions of 1848}
              other: {date: 1850, event: Something else}
              third: {date: 1860, event: A third thing}
              fourth: {date: 1870, event: A fourth thing}
            """)
        let bank = TestDecks.bank(deck)
        #expect(bank.skip("events/revolution", .multipleChoice, .when)?.reason == "the prompt gives the year away")
        #expect(bank.skip("events/revolution", .multipleChoice, .whatHappened)?.reason == "the label gives the date away")
    }

    @Test func eventsWithTheSameLabelNeverLendTheirDates() throws {
        let deck = try TestDecks.yaml(
            """
            events:
              nobel-1903: {date: 1903, event: Nobel Prize in Physics}
              nobel-1904: {date: 1904, event: Nobel Prize in Physics}
              other: {date: 1902, event: Something else}
            """)
        // The same prompt would have two answers: neither is asked when.
        let bank = TestDecks.bank(deck)
        #expect(
            bank.skip("events/nobel-1903", .multipleChoice, .when)?.reason
                == "another event with the same label and people has another date")
        #expect(bank.skip("events/nobel-1904", .typed, .when) != nil)
        #expect(bank.question("events/other", .multipleChoice, .when) != nil)
    }

    // MARK: - Figures

    /// A unit ending in an abbreviation ends the question with its own full stop: "… Ellis Marsalis Jr.", not "Jr..".
    @Test func aUnitEndingInAnAbbreviationTakesNoSecondFullStop() throws {
        let deck = try TestDecks.yaml(
            """
            figures:
              sons: {value: 6, unit: sons of Ellis Marsalis Jr.}
            """)
        let bank = TestDecks.bank(deck)
        let typed = try #require(bank.question("figures/sons", .typed, .howMany))
        #expect(typed.prompt == "Give the number of sons of Ellis Marsalis Jr.")
        #expect(!typed.explanation.hasSuffix(".."))
    }

    /// A unit that holds the number, in digits or in words, gives it away in every kind of question.
    @Test func aUnitNamingTheNumberIsNotAsked() throws {
        let deck = try TestDecks.yaml(
            """
            figures:
              beats: {value: 5, unit: "beats in each bar of \\"Take Five\\""}
              sales: {value: 1_000_000, unit: copies, about: more than, text: "\\"Take Five\\" sold more than {value} copies."}
              seven: {value: 7, unit: hills of Rome}
              side: {value: 12, unit: members of the Twelve Tables commission}
              rpm: {value: 78.26, unit: revolutions per minute, text: "A \\"78\\" record turned at {value} revolutions per minute."}
            """)
        let bank = TestDecks.bank(deck)
        for kind in [QuestionKind.multipleChoice, .trueFalse, .typed, .cloze] {
            #expect(bank.question("figures/beats", kind, .howMany) == nil, "\(kind)")
            #expect(bank.question("figures/side", kind, .howMany) == nil, "\(kind)")
        }
        #expect(bank.skip("figures/beats", .typed, .howMany)?.reason == "its unit gives the number away")
        #expect(bank.skip("figures/rpm", .multipleChoice, .howMany)?.reason == "the sentence gives the number away")
        #expect(bank.question("figures/sales", .cloze, .howMany) != nil)
        #expect(bank.question("figures/seven", .typed, .howMany) != nil)
    }

    @Test func numbersAreWrittenLikeTheKeyAndStayInItsDomain() throws {
        let deck = try TestDecks.yaml(
            """
            figures:
              detainees: {value: 575000, unit: Japanese detainees, text: "The ministry counts {value} Japanese sent to camps."}
              cold: {value: -50, unit: degrees Celsius, text: "It was as cold as {value}."}
              au: {value: 149_597_870_700, unit: metres, text: "The astronomical unit is {value}."}
              avogadro: {value: 6.02214076e23, unit: per mole, text: "The Avogadro constant is {value}."}
              gravity: {value: 9.80665, unit: metres per second squared, text: "Standard gravity is {value}."}
              soldiers: {value: 80000, unit: Japanese soldiers, about: approximately, text: "By one estimate, {value} died."}
              deaths: {value: [62000, 92000], unit: deaths, text: "Others count {value} in the camps."}
              units: {value: 7, unit: SI base units, text: "The SI is built on {value}."}
            """)
        for seed in UInt64(1)...30 {
            let bank = TestDecks.bank(deck, seed: seed)
            func options(_ id: String) throws -> [String] {
                try #require(bank.question("figures/\(id)", .multipleChoice, .howMany)?.options)
            }
            #expect(try options("detainees").allSatisfy { $0.hasSuffix(",000") && !$0.contains("−") })
            #expect(try options("cold").allSatisfy { $0.hasPrefix("−") || $0 == "0" || Int($0) != nil })
            #expect(try options("au").allSatisfy { $0.split(separator: ",").count == 4 })
            #expect(
                try options("avogadro").allSatisfy {
                    $0.contains(" × 10") && $0.hasPrefix("6.02214076") || $0.count == "6.02214076 × 10²³".count
                })
            #expect(try options("gravity").allSatisfy { $0.split(separator: ".").last?.count == 5 })
            for option in try options("soldiers") where option != "80,000" {
                let value = Double(option.replacingOccurrences(of: ",", with: ""))!
                #expect(abs(value - 80000) > 4000, "\(option) is within 5 % of an approximate 80,000")
            }
            #expect(try options("deaths").allSatisfy { $0.contains("–") })
            #expect(try options("units").allSatisfy { Int($0)! > 0 })
            // The key sits at a rank dealt across the bank, not always at one end.
        }
        let ranks = (UInt64(1)...40).compactMap { seed in
            TestDecks.bank(deck, seed: seed).question("figures/detainees", .multipleChoice, .howMany)?.keyIndex
        }
        #expect(Set(ranks).count == 4, "the key's rank among sorted numbers varies: \(ranks)")
    }

    @Test func aFigureTemplateHoldsTheNumberAloneAndThePromptNamesTheUnit() throws {
        let deck = try TestDecks.yaml(
            """
            figures:
              detainees: {value: 575000, unit: Japanese detainees, about: approximately, text: "The ministry counts {value} Japanese sent to camps."}
              avogadro: {value: 6.02214076e23, unit: per mole, text: "The Avogadro constant is {value}."}
              hearing: {value: [20, 20000], unit: hertz, text: "People hear sounds from {value}."}
            """)
        let bank = TestDecks.bank(deck)
        let detainees = try #require(bank.question("figures/detainees", .multipleChoice, .howMany))
        // The sentence names what is counted right after the number, so the prompt need not.
        #expect(detainees.prompt == "Choose the number that completes the sentence: The ministry counts _____ Japanese sent to camps.")
        #expect(detainees.explanation == "The ministry counts 575,000 Japanese sent to camps.")
        #expect(
            bank.question("figures/avogadro", .cloze, .howMany)?.prompt
                == "Fill in the blank with a number: The Avogadro constant is _____.")
        #expect(
            bank.question("figures/hearing", .cloze, .howMany)?.prompt == "Fill in the blank with a range: People hear sounds from _____.")
        // A range a thousand times wide would need options orders of magnitude apart.
        #expect(bank.question("figures/hearing", .multipleChoice, .howMany) == nil)
    }

    @Test func figuresWithoutTextAreAskedByUnitOnlyWhenTheUnitSaysWhichFigure() throws {
        let deck = try TestDecks.yaml(
            """
            figures:
              units: {value: 7, unit: SI base units}
              one: {value: 1, unit: years}
              universe: {value: 13.8e9, unit: years, about: approximately}
            """)
        let bank = TestDecks.bank(deck)
        let units = try #require(bank.question("figures/units", .multipleChoice, .howMany))
        #expect(units.prompt == "How many SI base units?")
        #expect(units.explanation == "7 SI base units.")
        #expect(
            bank.skip("figures/universe", .multipleChoice, .howMany)?.reason
                == "another figure counts years too, and this one has no text to say which it is")
        #expect(Phrasing.quantityPhrase(deck.figures[1]) == "1 year")
    }

    // MARK: - Quotes, terms, cards

    @Test func quotationsReadAsSentencesOrAsWords() throws {
        let deck = try TestDecks.yaml(
            """
            people:
              yeltsin: {name: Boris Yeltsin}
              stalin: {name: Josef Stalin}
              hata: {name: Hikosaburo Hata}
              hattori: {name: Takushiro Hattori}
            quotes:
              crime: {quote: crime of totalitarianism, who: yeltsin, when: 1993-10, context: Apologizing in Japan}
              score: {quote: We have a special score to settle., who: stalin, context: "Stalin's radio address"}
              again: {quote: crime of totalitarianism, who: hata}
            """)
        let bank = TestDecks.bank(deck)
        #expect(bank.question("quotes/crime", .typed, .whoSaid)?.prompt == nil)
        #expect(bank.skip("quotes/crime", .typed, .whoSaid)?.reason == "the deck gives the same words to another person")
        // The same words given to two people: "Who used the words…?" would have two answers.
        #expect(bank.skip("quotes/crime", .multipleChoice, .whoSaid)?.reason == "the deck gives the same words to another person")
        let crime = try #require(bank.question("quotes/crime", .trueFalse, .whoSaid))
        #expect(crime.prompt.hasSuffix("used the words “crime of totalitarianism” (Apologizing in Japan, October 1993)."))
        // A context naming the speaker is left out.
        let score = try #require(bank.question("quotes/score", .typed, .whoSaid))
        #expect(score.prompt == "Who said this? “We have a special score to settle.”")
        #expect(score.explanation == "Josef Stalin said: “We have a special score to settle.”")
    }

    /// A quotation's context that names what the deck credits to the speaker ("On Painting" for Alberti)
    /// answers "who said this?": the quotation is shown without it.
    @Test func aContextNamingTheSpeakersOwnWorkIsLeftOut() throws {
        let deck = try TestDecks.yaml(
            """
            people:
              alberti: {name: Leon Battista Alberti}
              vasari: {name: Giorgio Vasari}
              leonardo: {name: Leonardo da Vinci}
              michelangelo: {name: Michelangelo}
            events:
              pictura: {date: 1435, event: Alberti writes "On Painting" (De pictura), who: alberti}
              tempio: {date: 1468, event: Tempio Malatestiano left unfinished, who: alberti}
              lives: {date: 1550, event: Vasari publishes the Lives of the Artists, who: vasari}
              mona: {date: 1503, event: Mona Lisa begun, who: leonardo}
              david: {date: 1504, event: David finished, who: michelangelo}
            quotes:
              rectangle: {quote: "I draw a rectangle of whatever size I please.", who: alberti, context: On Painting (De pictura)}
              shade: {quote: This figure has put in the shade every other statue., who: vasari, context: "On Michelangelo's David, in the Lives"}
              poetry: {quote: Painting is poetry that is seen rather than felt., who: leonardo, context: From the notebooks}
            """)
        let bank = TestDecks.bank(deck)
        let rectangle = try #require(bank.question("quotes/rectangle", .multipleChoice, .whoSaid))
        #expect(!rectangle.prompt.contains("Painting"), "\(rectangle.prompt)")
        let shade = try #require(bank.question("quotes/shade", .multipleChoice, .whoSaid))
        #expect(!shade.prompt.contains("Lives"), "\(shade.prompt)")
        let poetry = try #require(bank.question("quotes/poetry", .multipleChoice, .whoSaid))
        #expect(poetry.prompt.contains("From the notebooks"), "\(poetry.prompt)")
    }

    @Test func termsAreAskedBothWaysAndNeverGiveThemselvesAway() throws {
        let deck = try TestDecks.yaml(
            """
            terms:
              entropy: {term: entropy, definition: A measure of disorder}
              isotope: {term: isotope, definition: A form of an element with another number of neutrons}
              photon: {term: photon, definition: A quantum of light}
              quantum: {term: light quantum, definition: A quantum of light}
              halflife: {term: half-life, definition: The time a half-life takes}
              walking: {term: walking bass, definition: A bass line moving in steady quarter notes}
              foreshortening: {term: foreshortening, definition: Shortening a form that points towards the viewer}
              rhythm: {term: rhythm changes, definition: "The chord changes of Gershwin's “I Got Rhythm”"}
            """)
        let bank = TestDecks.bank(deck)
        #expect(bank.question("terms/entropy", .multipleChoice, .definition)?.prompt == "Which definition fits “entropy”?")
        #expect(bank.question("terms/entropy", .multipleChoice, .term)?.prompt == "Which term has this definition? A measure of disorder.")
        // The term's own words are hidden in its definition.
        #expect(bank.question("terms/halflife", .multipleChoice, .term)?.prompt == "Which term has this definition? The time a … takes.")
        #expect(bank.skip("terms/halflife", .multipleChoice, .definition)?.reason == "the definition repeats a word of the term")
        // Two terms with one definition: the prompt would have two answers.
        #expect(bank.skip("terms/photon", .typed, .term)?.reason == "another term has the same definition")
        #expect(bank.skip("terms/photon", .multipleChoice, .term)?.reason == "another term has the same definition")
        let typed = try #require(bank.question("terms/entropy", .typed, .term))
        #expect(AnswerChecker().check("The Entropy!", for: typed).verdict == .correct)
        #expect(bank.question("terms/entropy", .flashcard, .definition)?.prompt == "entropy")
        // A flashcard showing the definition hides the term's words too, and a word inside a compound of the
        // term ("Shortening" in "foreshortening") is one of them. A definition that then opens with the gap, or
        // has it inside a title that gives the word back, is not shown for the term.
        #expect(bank.question("terms/walking", .flashcard, .term)?.prompt == "A … line moving in steady quarter notes.")
        #expect(bank.skip("terms/foreshortening", .multipleChoice, .term)?.reason == DeckIndex.unreadableHidden)
        #expect(bank.skip("terms/rhythm", .flashcard, .term)?.reason == DeckIndex.unreadableHidden)
        #expect(bank.question("terms/rhythm", .multipleChoice, .definition) == nil)
    }

    @Test func cardsAreFlashcardsAndShortBacksAreTyped() throws {
        let deck = try TestDecks.yaml(
            """
            cards:
              clause: {front: Which clause promised a return home?, back: Clause 9}
              china: {front: Which country is Manchuria part of today?, back: China (its northeast)}
              long: {front: What did the order detail?, back: "Conditions for prisoners, locations for their camps, and their work"}
            """)
        let bank = TestDecks.bank(deck)
        #expect(bank.question("cards/clause", .flashcard, .frontBack)?.answer == .accepted(["Clause 9"]))
        let china = try #require(bank.question("cards/china", .typed, .frontBack))
        #expect(AnswerChecker().check("china", for: china).verdict == .correct)
        #expect(bank.question("cards/long", .typed, .frontBack) == nil)
        #expect(bank.question("cards/long", .flashcard, .frontBack) != nil)
    }

    // MARK: - Balance and options

    @Test func kindsCanBeLimited() throws {
        let bank = TestDecks.bank(try TestDecks.shipped("siberian-internment"), kinds: [.trueFalse, .ordering])
        #expect(Set(bank.questions.map(\.kind)) == [.trueFalse, .ordering])
    }

    @Test func trueFalseStatementsAreTrueAboutHalfTheTime() throws {
        let bank = TestDecks.bank(try TestDecks.shipped("physics"))
        let statements = bank.questions(.trueFalse)
        let trues = statements.filter { $0.key == "True" }.count
        #expect(abs(Double(trues) / Double(statements.count) - 0.5) < 0.1, "\(trues) of \(statements.count)")
        for q in statements where q.key == "True" {
            #expect(q.prompt.hasPrefix("True or false? "))
        }
    }
}

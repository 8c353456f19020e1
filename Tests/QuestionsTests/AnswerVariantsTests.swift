import Facts
import Questions
import Testing

/// Answers as people write them, right and wrong, checked against the questions a deck yields: a table of
/// variants, each with the rule of "Lenient, not gullible" it pins.
@Suite struct AnswerVariantsTests {
    struct Variant: Sendable, CustomTestStringConvertible {
        var fact: String
        var kind: QuestionKind
        var focus: QuestionFocus
        var response: String
        var right: Bool
        var rule: String
        var testDescription: String { "\(fact) \(kind): “\(response)” is \(right ? "right" : "wrong") (\(rule))" }
    }

    static let deck = """
        people:
          braun: {name: Wernher von Braun, role: German rocket engineer}
          koch: {name: Robert Koch, role: German physician}
          morton: {name: William T. G. Morton, role: American dentist}
          jfk: {name: John F. Kennedy, role: American president}
          tabei: {name: Junko Tabei, role: Japanese mountaineer}
          tu: {name: Tu Youyou, role: Chinese pharmaceutical chemist}
          cleopatra: {name: Cleopatra VII, role: Last ruler of Ptolemaic Egypt}
          hippocrates: {name: Hippocrates of Kos, role: Greek physician}
          gagarin: {name: Юрий Гагарин, aliases: [Yuri Gagarin], role: Soviet pilot}
          hillary: {name: Edmund Hillary, role: New Zealand mountaineer}
          tenzing: {name: Tenzing Norgay, aliases: [Tenzing], role: Sherpa mountaineer}
          currie: {name: Arthur Currie, role: Canadian general}
          curie: {name: Marie Curie, role: Physicist and chemist}
          darby-1: {name: Abraham Darby I, role: Quaker ironmaster who smelted iron with coke}
          darby-3: {name: Abraham Darby III, role: Ironmaster who built the Iron Bridge}
          george: {name: George Stephenson, role: Railway engineer}
          robert: {name: Robert Stephenson, role: "Locomotive builder, his son"}
          frederick: {name: Frederick William I, role: King in Prussia}
          william-i: {name: William I, aliases: [William the Conqueror], role: King of England}
          king: {name: Martin Luther King, role: Civil rights leader}
          henry: {name: Henry VIII, role: King of England who broke with Rome}
          holbein-elder: {name: Hans Holbein the Elder, role: Painter of Augsburg}
          holbein-younger: {name: Hans Holbein the Younger, role: Painter at the court of Henry VIII}
          leonardo: {name: Leonardo da Vinci, aliases: [Leonardo], role: Painter of the Last Supper}
          raphael: {name: Raphael, aliases: [Raffaello Sanzio, Raffaello Sanzio da Urbino], role: Painter of the School of Athens}
          donatello: {name: Donatello, aliases: [Donato di Niccolò di Betto Bardi], role: Sculptor of the bronze David}
          goodman: {name: Benny Goodman, aliases: [King of Swing], role: Clarinettist and bandleader}
          holiday: {name: Billie Holiday, aliases: [Lady Day], role: Jazz singer}
          gillespie: {name: Dizzy Gillespie, aliases: [John Birks Gillespie], role: Trumpeter}
          mingus: {name: Charles Mingus, role: Double bassist}
          parker: {name: Charlie Parker, role: Alto saxophonist}
          lippi: {name: Filippo Lippi, aliases: [Fra Filippo], role: Painter and friar}
          brunelleschi: {name: Filippo Brunelleschi, role: Architect of the dome}
        events:
          v2: {date: 1942-10-03, event: First successful launch of the V-2 rocket, who: braun}
          anthrax: {date: 1876, event: Anthrax bacillus shown to cause disease, who: koch}
          ether: {date: 1846-10-16, event: First public demonstration of ether anaesthesia, who: morton}
          moon-speech: {date: 1962-09-12, event: Speech at Rice University on going to the Moon, who: jfk}
          woman-on-everest: {date: 1975-05-16, event: First woman on the summit of the highest mountain, who: tabei}
          artemisinin: {date: 1972, event: Isolation of artemisinin, who: tu}
          actium: {date: -31-09-02, event: Defeat at Actium, who: cleopatra}
          oath: {date: -400, event: The oath of physicians, who: hippocrates}
          vostok: {date: 1961-04-12, event: First human spaceflight, who: gagarin}
          first-ascent: {date: 1953-05-29, event: First ascent of the highest mountain, who: [hillary, tenzing]}
          vimy: {date: 1917-04-09, event: Battle of Vimy Ridge, who: currie}
          radium: {date: 1898-12, event: Discovery of radium, who: curie}
          igy: {date: 1957/1958, event: International Geophysical Year}
          russo: {date: 1904/1905, event: Russo-Japanese War}
          coke: {date: 1709, event: Iron first smelted with coke at Coalbrookdale, who: darby-1}
          iron-bridge: {date: 1779, event: Iron Bridge over the Severn completed, who: darby-3}
          rainhill: {date: 1829-10, event: Rocket wins the Rainhill Trials, who: [george, robert]}
          munich: {date: 1972-09-05/1972-09-06, event: Hostages taken at the Olympic village in Munich}
          soldier-king: {date: 1713, event: Accession in Prussia, who: frederick}
          march: {date: 1963-08-28, event: March on Washington, who: king}
          supremacy: {date: 1534, event: Act of Supremacy, who: henry}
          erasmus: {date: 1523, event: Portrait of Erasmus painted, who: holbein-younger}
          last-supper: {date: 1495/1498, event: The Last Supper painted in Milan, who: leonardo}
          athens: {date: 1509/1511, event: The School of Athens painted, who: raphael}
          david: {date: 1440, event: The bronze David cast, who: donatello}
          carnegie: {date: 1938-01-16, event: Concert at Carnegie Hall, who: goodman}
          strange-fruit: {date: 1939-04-20, event: Strange Fruit recorded, who: holiday}
          manteca: {date: 1947-12-22, event: Manteca recorded, who: gillespie}
          ah-um: {date: 1959-05, event: The album Ah Um recorded, who: mingus}
          ko-ko: {date: 1945-11-26, event: Ko-Ko recorded, who: parker}
          annunciation: {date: 1469-10-08, event: Death at Spoleto, who: lippi}
          recording-ban: {date: 1942-08/1944-11, event: The musicians' recording ban}
        terms:
          luddite: {term: Luddite, definition: "A textile worker who broke machines in protest, 1811 to 1816"}
          species: {term: species, definition: A group of organisms that can interbreed}
          trading-fours: {term: trading fours, definition: Soloists taking turns of four bars each}
        figures:
          tower: {value: 564, unit: metres, text: "The tower is {value} metres tall."}
          light: {value: 299792458, unit: metres per second, text: "Light travels {value} metres per second."}
          cost: {value: 25.4, unit: billion US dollars, text: "The programme cost {value} billion US dollars."}
          legs: {value: 6, unit: legs, text: "An insect has {value} legs."}
          february: {value: 28, unit: days, text: "February has {value} days."}
          town: {value: 1500000, unit: people, text: "The city has {value} inhabitants."}
          cold: {value: -50, unit: degrees Celsius, text: "The night fell to {value} degrees."}
          deaths: {value: [62000, 92000], unit: deaths, text: "Estimates range over {value} deaths."}
          founding: {value: [1600, 1601], unit: year of founding, text: "The company was founded in {value}."}
          crowd: {value: [300000000, 500000000], unit: listeners, text: "The broadcast reached {value} listeners."}
          pieta-age: {value: [23, 24], unit: years, text: "Michelangelo was {value} years old when he carved the Pietà."}
        """

    static let variants: [Variant] = {
        func v(_ fact: String, _ kind: QuestionKind, _ focus: QuestionFocus, _ response: String, _ right: Bool, _ rule: String) -> Variant {
            Variant(fact: fact, kind: kind, focus: focus, response: response, right: right, rule: rule)
        }
        let unit = "the unit or its symbol"
        let words = "numbers in words"
        let ranges = "short and spelt-out ranges"
        let names = "names by structure"
        return [
            v("figures/tower", .cloze, .howMany, "564 m", true, unit),
            v("figures/tower", .cloze, .howMany, "564 metres", true, unit),
            v("figures/tower", .cloze, .howMany, "564", true, unit),
            v("figures/tower", .cloze, .howMany, "560", false, "an exact figure"),
            v("figures/light", .cloze, .howMany, "299 792 458 m/s", true, unit),
            v("figures/light", .cloze, .howMany, "299,792,458 metres per second", true, unit),
            v("figures/light", .cloze, .howMany, "300 million", false, "an exact figure"),
            v("figures/cost", .cloze, .howMany, "25.4", true, "a multiplier the unit begins with"),
            v("figures/cost", .cloze, .howMany, "$25.4 billion", true, "a multiplier the unit begins with"),
            v("figures/cost", .cloze, .howMany, "25,400,000,000", true, "a multiplier the unit begins with"),
            v("figures/cost", .cloze, .howMany, "25.4 billion dollars", true, "a multiplier the unit begins with"),
            v("figures/cost", .cloze, .howMany, "25,400 million", true, "a multiplier the unit begins with"),
            v("figures/cost", .cloze, .howMany, "25.4 million", false, "a multiplier the unit begins with"),
            v("figures/cost", .cloze, .howMany, "24 billion", false, "an exact figure"),
            v("figures/legs", .cloze, .howMany, "six", true, words),
            v("figures/legs", .cloze, .howMany, "Six legs", true, words),
            v("figures/legs", .cloze, .howMany, "seven", false, words),
            v("figures/february", .cloze, .howMany, "twenty-eight", true, words),
            v("figures/february", .cloze, .howMany, "twenty eight", true, words),
            v("figures/february", .cloze, .howMany, "28 days", true, unit),
            v("figures/town", .cloze, .howMany, "one and a half million", true, words),
            v("figures/town", .cloze, .howMany, "1.5 million", true, "multipliers"),
            v("figures/town", .cloze, .howMany, "1.5m", true, "multipliers"),
            v("figures/town", .cloze, .howMany, "half a million", false, words),
            v("figures/cold", .cloze, .howMany, "minus 50", true, words),
            v("figures/cold", .cloze, .howMany, "−50 °C", true, unit),
            v("figures/cold", .cloze, .howMany, "50", false, "the sign"),
            v("figures/deaths", .cloze, .howMany, "62,000–92,000", true, ranges),
            v("figures/deaths", .cloze, .howMany, "62–92 thousand", true, ranges),
            v("figures/deaths", .cloze, .howMany, "between 62,000 and 92,000", true, ranges),
            v("figures/deaths", .cloze, .howMany, "70,000", false, "a value inside a range is not the range"),
            v("figures/founding", .cloze, .howMany, "1,600–1,601", true, ranges),
            v("figures/founding", .cloze, .howMany, "1600-01", true, ranges),
            v("figures/founding", .cloze, .howMany, "1680", false, "a value inside a range is not the range"),
            v("figures/crowd", .cloze, .howMany, "300–500 million", true, ranges),
            v("figures/crowd", .cloze, .howMany, "300 million to 500 million", true, ranges),
            v("figures/crowd", .cloze, .howMany, "300–500", false, ranges),
            v("events/igy", .typed, .when, "1957–58", true, ranges),
            v("events/igy", .typed, .when, "1957-58", true, ranges),
            v("events/igy", .typed, .when, "1957 to 1958", true, ranges),
            v("events/igy", .typed, .when, "1957", false, "less precise than the key"),
            v("events/russo", .typed, .when, "1904-05", true, ranges),
            v("events/russo", .typed, .when, "1904–1905", true, ranges),
            v("events/russo", .typed, .when, "1905", false, "less precise than the key"),
            v("events/v2", .typed, .who, "von Braun", true, "particles"),
            v("events/v2", .typed, .who, "Wernher von Braun", true, names),
            v("events/v2", .typed, .who, "Braun", true, "particles"),
            v("events/anthrax", .typed, .who, "Dr Robert Koch", true, "titles"),
            v("events/anthrax", .typed, .who, "Koch", true, "an unshared family name"),
            v("events/anthrax", .typed, .who, "Robert Kock", false, "one typo is a near miss, not right"),
            v("events/ether", .typed, .who, "W. T. G. Morton", true, "initials"),
            v("events/ether", .typed, .who, "William Morton", true, "middle names left out"),
            v("events/moon-speech", .typed, .who, "John Fitzgerald Kennedy", true, "middle names written out"),
            v("events/moon-speech", .typed, .who, "Kennedy", true, "an unshared family name"),
            v("events/moon-speech", .typed, .who, "Robert Kennedy", false, "another given name"),
            v("events/woman-on-everest", .typed, .who, "Tabei Junko", true, "family name first"),
            v("events/woman-on-everest", .typed, .who, "Tabei", true, "an unshared family name"),
            v("events/artemisinin", .typed, .who, "Tu Youyou", true, "family name first"),
            v("events/artemisinin", .typed, .who, "Tu", true, "the family name of a name written family first"),
            v("events/artemisinin", .typed, .who, "Youyou", false, "a given name alone"),
            v("events/actium", .typed, .who, "Cleopatra", true, "the name a regnal number follows"),
            v("events/actium", .typed, .who, "VII", false, "a regnal number alone"),
            v("events/oath", .typed, .who, "Hippocrates", true, "the name an epithet follows"),
            v("events/oath", .typed, .who, "Kos", false, "a place alone"),
            v("events/vostok", .typed, .who, "Гагарин", true, "surname rules in other scripts"),
            v("events/vostok", .typed, .who, "Gagarin", true, "surname rules for aliases"),
            v("events/vostok", .typed, .who, "юрий гагарин", true, "case in other scripts"),
            v("events/first-ascent", .typed, .who, "Hillary", true, "any credited person"),
            v("events/first-ascent", .typed, .who, "Tenzing", true, "any credited person"),
            v("events/first-ascent", .typed, .who, "Hillary and Tenzing", true, "all of them together"),
            v("events/first-ascent", .typed, .who, "Tenzing Norgay & Edmund Hillary", true, "all of them together"),
            v("events/first-ascent", .typed, .who, "Hillary and Curie", false, "someone not credited"),
            v("events/vimy", .typed, .who, "Currie", true, "an unshared family name"),
            v("events/vimy", .typed, .who, "Curie", false, "a lookalike surname of another person"),
            v("events/iron-bridge", .typed, .who, "Abraham Darby III", true, names),
            v(
                "events/iron-bridge", .typed, .who, "Darby III", false,
                "a name with a number alone may be another's (William I of Frederick William I)"),
            v("events/soldier-king", .typed, .who, "William I", false, "another person's name with the number"),
            v("events/soldier-king", .typed, .who, "Frederick William the First", true, "a number in words"),
            v("events/march", .typed, .who, "Martin Luther King Jr.", true, "Jr added to a name the deck writes without it"),
            v("events/supremacy", .typed, .who, "Henry the Eighth", true, "a number in words after a single name"),
            v("events/supremacy", .typed, .who, "Henry the Seventh", false, "another number in words"),
            v("events/iron-bridge", .typed, .who, "Abraham Darby the Third", true, "a number in words"),
            v("events/iron-bridge", .typed, .who, "Abraham Darby I", false, "another person's number"),
            v("events/iron-bridge", .typed, .who, "Abraham Darby", false, "a name without its number, shared with another"),
            v("events/coke", .typed, .who, "Abraham Darby III", false, "another person's number"),
            v("events/rainhill", .typed, .who, "Stephenson", true, "a family name every credited person shares"),
            v("events/rainhill", .typed, .who, "George and Robert Stephenson", true, "all of them, the family name said once"),
            v("events/coke", .typed, .when, "c. 1709", true, "a hedge before a date"),
            v("events/coke", .typed, .when, "about 1709", true, "a hedge before a date"),
            v("events/coke", .typed, .when, "c. 1710", false, "a hedge does not widen the date"),
            v("events/munich", .typed, .when, "5–6 September 1972", true, "a span within one year, its year said once"),
            v("events/munich", .typed, .when, "5-6 September 1972", true, "a span within one year, its year said once"),
            v("events/munich", .typed, .when, "5 September 1972", false, "one end of a span"),
            v("terms/luddite", .typed, .term, "Luddites", true, "the plural of a one-word term"),
            v("terms/luddite", .typed, .term, "Luddism", false, "another word"),
            v("terms/species", .typed, .term, "specie", false, "a word that only looks like a singular"),
            v("events/erasmus", .typed, .who, "Hans Holbein the Younger", true, names),
            v("events/erasmus", .typed, .who, "Hans Holbein Jr", true, "“the Younger” is “Jr”"),
            v("events/erasmus", .typed, .who, "Hans Holbein the Elder", false, "“the Elder” and “the Younger” tell people apart"),
            v("events/erasmus", .typed, .who, "Hans Holbein", false, "a name father and son share"),
            v("events/last-supper", .typed, .who, "da Vinci", true, "a family name with its particle"),
            v("events/last-supper", .typed, .who, "Vinci", false, "a place after “da” is not a name alone"),
            v("events/athens", .typed, .who, "Sanzio", true, "an alias's family name"),
            v("events/athens", .typed, .who, "Urbino", false, "a place after “da” is not a name alone"),
            v("events/david", .typed, .who, "Bardi", false, "the last word of a chain of particles"),
            v("events/carnegie", .typed, .who, "Swing", false, "a word of a nickname"),
            v("events/carnegie", .typed, .who, "King of Swing", true, "a nickname the deck lists"),
            v("events/strange-fruit", .typed, .who, "Day", false, "a word of a nickname"),
            v("events/strange-fruit", .typed, .who, "Billy Holiday", true, "familiar forms of a given name"),
            v("events/manteca", .typed, .who, "Dizzy", true, "a nickname in the given name's place"),
            v("events/ah-um", .typed, .who, "Charlie Mingus", true, "familiar forms of a given name"),
            v("events/ah-um", .typed, .who, "Charlotte Mingus", false, "another given name"),
            v("events/ko-ko", .typed, .who, "Charlie \"Bird\" Parker", true, "a nickname in quotes"),
            v("events/annunciation", .typed, .who, "Filippo", false, "a given name another person has"),
            v("events/annunciation", .typed, .who, "Fra Filippo Lippi", true, "a religious title"),
            v("events/recording-ban", .typed, .when, "Aug 1942 - Nov 1944", true, ranges),
            v("figures/pieta-age", .cloze, .howMany, "23 or 24", true, ranges),
            v("figures/pieta-age", .cloze, .howMany, "23", false, "a value inside a range is not the range"),
            v("terms/trading-fours", .typed, .term, "trading 4s", true, "a number in digits"),
            v("terms/trading-fours", .typed, .term, "trading 8s", false, "another number"),
        ]
    }()

    static let bank = TestDecks.bank(try! TestDecks.yaml(AnswerVariantsTests.deck))

    @Test(arguments: variants)
    func anAnswerAsPeopleWriteIt(_ variant: Variant) throws {
        let q = try #require(
            Self.bank.question(variant.fact, variant.kind, variant.focus), "no \(variant.kind) question for \(variant.fact)")
        let verdict = AnswerChecker().check(variant.response, for: q).verdict
        // A near miss (one slip in a long word of a name) counts as right, as study and paper grading count it.
        #expect((verdict != .wrong) == variant.right, "\(q.prompt) → \(verdict)")
    }

    @Test func theTableCoversEveryRuleWithRightAndWrongAnswers() {
        #expect(Self.variants.count >= 60)
        #expect(Self.variants.contains { !$0.right })
        #expect(Self.variants.contains { $0.right })
    }
}

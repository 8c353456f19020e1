import Facts
import Questions
import Testing

/// Checking typed and chosen answers: the leniency the issue lists, and no more.
@Suite struct AnswerCheckerTests {
    let checker = AnswerChecker()
    let card = CardID(deck: "d", fact: FactID(.events, "e"), slot: "date")

    func question(_ kind: QuestionKind, options: [String]? = nil, items: [String]? = nil, answer: Answer, check: AnswerSpec? = nil)
        -> Question
    {
        Question(
            id: "q", card: card, fact: card.fact, kind: kind, focus: .when, prompt: "?", items: items, options: options,
            answer: answer, check: check, explanation: "", difficulty: 0.5)
    }

    func verdict(_ response: String, _ q: Question) -> AnswerCheck.Verdict { checker.check(response, for: q).verdict }

    // MARK: - Choices

    @Test func aChoiceIsGivenByLetterNumberOrText() {
        let q = question(
            .multipleChoice, options: ["9 August 1945", "23 August 1945", "2 September 1945"], answer: .option("23 August 1945"))
        for response in ["B", "b", " b ", "B.", "b)", "(b)", "2", "23 August 1945", "23 august 1945"] {
            #expect(verdict(response, q) == .correct, "\(response)")
        }
        for response in ["A", "c", "3", "1", "9 August 1945", "D", "4"] {
            #expect(verdict(response, q) == .wrong, "\(response)")
        }
        #expect(checker.check("A", for: q).expected == "B. 23 August 1945")
        #expect(checker.check("Z", for: q).note == "not one of the options")
    }

    @Test func anOptionsOwnTextWinsOverItsPosition() {
        let q = question(.multipleChoice, options: ["2", "3", "4", "5"], answer: .option("3"))
        #expect(verdict("3", q) == .correct)
        #expect(verdict("B", q) == .correct)
        #expect(verdict("2", q) == .wrong)
        let signed = question(.multipleChoice, options: ["−3", "0", "3", "6"], answer: .option("−3"))
        #expect(verdict("3", signed) == .wrong)
        #expect(verdict("−3", signed) == .correct)
    }

    @Test func trueOrFalseAcceptsTheUsualWords() {
        let q = question(.trueFalse, options: ["True", "False"], answer: .option("False"))
        for response in ["F", "f", "false", "False", "no", "B", "2"] { #expect(verdict(response, q) == .correct, "\(response)") }
        for response in ["T", "true", "yes", "A", "1"] { #expect(verdict(response, q) == .wrong, "\(response)") }
        #expect(checker.check("T", for: q).expected == "False")
    }

    // MARK: - Ordering and matching

    @Test func anOrderingIsGivenByNumbersOrLetters() {
        let q = question(
            .ordering, options: ["Order issued", "War", "Surrender"], answer: .sequence(["War", "Order issued", "Surrender"]))
        for response in ["2 1 3", "B A C", "b, a, c", "BAC", "2-1-3", "2,1,3"] { #expect(verdict(response, q) == .correct, "\(response)") }
        #expect(verdict("1 2 3", q) == .wrong)
        #expect(checker.check("1 2 3", for: q).note == "1 of 3 in the right place")
        #expect(checker.check("1 2", for: q).note == "list every option once, by letter or number, earliest first")
        #expect(checker.check("A A B", for: q).verdict == .wrong)
        #expect(checker.check("x", for: q).expected == "B A C")
    }

    @Test func aMatchingIsGivenAsPairs() {
        let q = question(
            .matching, options: ["Soviet leader", "Emperor of Japan", "Russian President"], items: ["Hirohito", "Stalin", "Yeltsin"],
            answer: .pairs([
                .init(item: "Hirohito", match: "Emperor of Japan"), .init(item: "Stalin", match: "Soviet leader"),
                .init(item: "Yeltsin", match: "Russian President"),
            ]))
        for response in ["1B 2A 3C", "1-B,2-A,3-C", "1b 2a 3c", "3C 1B 2A", "1: B; 2: A; 3: C", "BAC", "bac"] {
            #expect(verdict(response, q) == .correct, "\(response)")
        }
        #expect(checker.check("1A 2B 3C", for: q).note == "1 of 3 pairs right")
        #expect(checker.check("1B 2A", for: q).note == "pair every item with a letter, like 1B 2A 3C")
        #expect(checker.check("1B 1A 3C", for: q).verdict == .wrong)
        #expect(checker.check("", for: q).expected == "1B 2A 3C")
    }

    // MARK: - Dates

    func date(_ iso: String, shown: String) -> Question {
        question(.typed, answer: .accepted([shown]), check: AnswerSpec(type: .date, date: iso))
    }

    @Test func aDateIsAcceptedInAnyCommonWriting() {
        let q = date("1945-08-23", shown: "23 August 1945")
        for response in [
            "1945-08-23", "23 August 1945", "August 23, 1945", "23 Aug 1945", "23 Aug. 1945", "Aug 23 1945", "23rd August 1945",
            "the 23rd of August 1945", "23/08/1945", "23/8/1945", "08/23/1945", "1945-8-23", "23 AUGUST 1945",
        ] {
            #expect(verdict(response, q) == .correct, "\(response)")
        }
        for response in ["24 August 1945", "August 1945", "1945", "23 August 1946", "23 July 1945"] {
            #expect(verdict(response, q) == .wrong, "\(response)")
        }
        #expect(checker.check("August 1945", for: q).note == "give the day, month and year")
    }

    @Test func aDayAndMonthThatCouldBeEitherWayRoundAreNotGuessed() {
        let q = date("1945-08-05", shown: "5 August 1945")
        #expect(verdict("05/08/1945", q) == .wrong)
        #expect(checker.check("05/08/1945", for: q).note == "day and month could be either way round: write the month as a word")
        #expect(verdict("5 Aug 1945", q) == .correct)
        #expect(verdict("05/05/1945", date("1945-05-05", shown: "5 May 1945")) == .correct)
    }

    @Test func aYearPrecisionDateWantsTheYear() {
        let q = date("1945", shown: "1945")
        #expect(verdict("1945", q) == .correct)
        #expect(verdict("in 1945", q) == .correct)
        #expect(verdict("1946", q) == .wrong)
        // More precise is fine when it agrees.
        #expect(verdict("August 1945", q) == .correct)
        let month = date("1945-09", shown: "September 1945")
        #expect(verdict("September 1945", month) == .correct)
        #expect(verdict("Sept 1945", month) == .correct)
        #expect(verdict("09/1945", month) == .correct)
        #expect(verdict("1945", month) == .wrong)
    }

    @Test func bcYearsAreWrittenWithBC() {
        let q = date("-44", shown: "44 BC")
        for response in ["44 BC", "44 bc", "44 B.C.", "44 BCE", "-44"] { #expect(verdict(response, q) == .correct, "\(response)") }
        #expect(verdict("44", q) == .wrong)
        #expect(verdict("AD 44", q) == .wrong)
        let ides = date("-44-03-15", shown: "15 March 44 BC")
        #expect(verdict("15 March 44 BC", ides) == .correct)
        #expect(verdict("March 15, 44 BC", ides) == .correct)
        #expect(verdict("476 AD", date("476", shown: "476")) == .correct)
    }

    @Test func aRangeWantsBothEnds() {
        let q = date("1904/1905", shown: "1904–1905")
        for response in ["1904–1905", "1904-1905", "1904 to 1905", "from 1904 to 1905", "between 1904 and 1905", "1904 – 1905"] {
            #expect(verdict(response, q) == .correct, "\(response)")
        }
        #expect(verdict("1904", q) == .wrong)
        #expect(verdict("1905–1906", q) == .wrong)
    }

    // MARK: - Numbers

    func number(_ value: String, shown: String, tolerance: Double? = nil) -> Question {
        question(.typed, answer: .accepted([shown]), check: AnswerSpec(type: .number, value: value, tolerance: tolerance))
    }

    @Test func aNumberIsAcceptedWithGroupingAndWords() {
        let q = number("575000", shown: "575,000")
        for response in [
            "575000", "575,000", "575 000", "575\u{00A0}000", "575k", "575K", "575 thousand", "575,000 detainees", "about 575,000",
            "5.75e5", "5.75 × 10^5",
        ] {
            #expect(verdict(response, q) == .correct, "\(response)")
        }
        for response in ["575001", "57,500", "580,000", "five hundred", ""] { #expect(verdict(response, q) == .wrong, "\(response)") }
        #expect(verdict("1.5 million", number("1500000", shown: "1,500,000")) == .correct)
        #expect(verdict("1,5 million", number("1500000", shown: "1,500,000")) == .correct)
        #expect(verdict("2 billion", number("2000000000", shown: "2,000,000,000")) == .correct)
    }

    @Test func negativeDecimalAndScientificNumbers() {
        #expect(verdict("−273.15", number("-273.15", shown: "−273.15")) == .correct)
        #expect(verdict("-273.15", number("-273.15", shown: "−273.15")) == .correct)
        #expect(verdict("273.15", number("-273.15", shown: "−273.15")) == .wrong)
        let avogadro = number("6.02214076e23", shown: "6.02214076 × 10²³")
        for response in ["6.02214076 × 10²³", "6.02214076e23", "6.02214076 x 10^23", "6.02214076E+23", "602214076000000000000000"] {
            #expect(verdict(response, avogadro) == .correct, "\(response)")
        }
        #expect(verdict("6.022e23", avogadro) == .wrong)
        let charge = number("1.602176634e-19", shown: "1.602176634 × 10⁻¹⁹")
        #expect(verdict("1.602176634 × 10⁻¹⁹", charge) == .correct)
        #expect(verdict("1.602176634e-19", charge) == .correct)
    }

    @Test func anApproximateFigureAcceptsFivePercent() {
        let q = number("80000", shown: "80,000", tolerance: 0.05)
        for response in ["80000", "76,000", "84,000", "82k"] { #expect(verdict(response, q) == .correct, "\(response)") }
        for response in ["75,900", "84,100", "100,000"] { #expect(verdict(response, q) == .wrong, "\(response)") }
    }

    @Test func aRangeIsAnsweredWithTheRangeNotAValueInsideIt() {
        let q = question(.typed, answer: .accepted(["62,000–92,000"]), check: AnswerSpec(type: .number, low: "62000", high: "92000"))
        for response in ["62,000–92,000", "62000-92000", "62,000 to 92,000", "between 62 and 92 thousand", "62–92 thousand"] {
            #expect(verdict(response, q) == .correct, "\(response)")
        }
        for response in ["70,000", "62000", "92k", "61,999", "100,000", "60,000–90,000"] {
            #expect(verdict(response, q) == .wrong, "\(response)")
        }
        #expect(AnswerChecker().check("70,000", for: q).note == "give the range, from the lowest to the highest")
    }

    // MARK: - Names

    func names(_ accepted: [String]) -> Question {
        question(.typed, answer: .accepted(accepted), check: AnswerSpec(type: .name))
    }

    @Test func aNameIsAcceptedByFullNameAliasOrUnsharedSurname() {
        let q = names(["Lavrentiy Beria", "Beria", "Lavrenti Beria"])
        for response in ["Lavrentiy Beria", "lavrentiy beria", "Beria", "BERIA", "Bería", "Lavrenti Beria", "  Beria. "] {
            #expect(verdict(response, q) == .correct, "\(response)")
        }
        #expect(verdict("Stalin", q) == .wrong)
        let thomson = names(["J. J. Thomson", "Joseph John Thomson", "J.J. Thomson", "Thomson"])
        #expect(verdict("JJ Thomson", thomson) == .correct)
        #expect(verdict("j j thomson", thomson) == .correct)
        #expect(verdict("Röntgen", names(["Wilhelm Röntgen", "Roentgen", "Röntgen"])) == .correct)
        #expect(verdict("Rontgen", names(["Wilhelm Röntgen", "Roentgen", "Röntgen"])) == .correct)
        #expect(verdict("Sklodowska", names(["Marie Curie", "Maria Skłodowska", "Sklodowska"])) == .correct)
    }

    @Test func oneTypoInALongWordIsANearMiss() {
        let q = names(["Lavrentiy Beria", "Beria"])
        #expect(verdict("Lavrentiy Berai", q) == .nearMiss, "Beria has five letters")
        #expect(verdict("Hikosaburo Htaa", names(["Hikosaburo Hata", "Hata"])) == .wrong, "Hata has four letters: no typo is forgiven")
        #expect(verdict("Hatta", names(["Hikosaburo Hata", "Hata"])) == .wrong)
        let near = checker.check("Lavrentyi Beria", for: q)
        #expect(near.verdict == .nearMiss)
        #expect(near.expected == "Lavrentiy Beria")
        #expect(near.note == "almost: it is spelled Lavrentiy Beria")
        #expect(verdict("Stallin", names(["Josef Stalin", "Stalin"])) == .nearMiss)
        #expect(verdict("Staalin", names(["Josef Stalin", "Stalin"])) == .nearMiss)
        #expect(verdict("Stlain", names(["Josef Stalin", "Stalin"])) == .nearMiss)
        #expect(verdict("Stxxin", names(["Josef Stalin", "Stalin"])) == .wrong)
        #expect(verdict("Jozef Stallin", names(["Josef Stalin", "Stalin"])) == .wrong, "two typos")
    }

    // MARK: - Terms and card backs

    @Test func termsIgnoreCaseArticlesAndPunctuation() {
        let q = question(.typed, answer: .accepted(["the Doppler effect"]), check: AnswerSpec(type: .text))
        for response in ["Doppler effect", "doppler effect", "The Doppler Effect.", "a doppler-effect", "Doppler  effect!"] {
            #expect(verdict(response, q) == .correct, "\(response)")
        }
        #expect(verdict("Dopler effect", q) == .wrong)
        let back = question(.flashcard, answer: .accepted(["China (its northeast)"]), check: AnswerSpec(type: .text))
        #expect(verdict("China", back) == .correct)
        #expect(verdict("china (its northeast)", back) == .correct)
        #expect(verdict("Japan", back) == .wrong)
        #expect(verdict("e = mc²", question(.typed, answer: .accepted(["E = mc²"]), check: AnswerSpec(type: .text))) == .correct)
    }

    @Test func theShippedBanksAcceptEveryAnswerTheyShow() throws {
        for id in ["siberian-internment", "physics"] {
            let bank = TestDecks.bank(try TestDecks.shipped(id))
            for q in bank.questions {
                switch q.answer {
                case .accepted(let texts):
                    for text in texts { #expect(checker.check(text, for: q).verdict == .correct, "\(q.id): \(text)") }
                case .option(let text):
                    #expect(checker.check(text, for: q).verdict == .correct, "\(q.id)")
                    #expect(
                        checker.check(String(checker.check("", for: q).expected.prefix(1)), for: q).verdict == .correct
                            || q.kind == .trueFalse)
                case .sequence, .pairs:
                    #expect(checker.check(checker.check("", for: q).expected, for: q).verdict == .correct, "\(q.id)")
                }
            }
        }
    }
}

import Facts
import Printing
import Questions
import Scheduling
import SeededRandom
import Testing

struct QuizSelectionTests {
    /// A bank of `facts` facts over three sections, each fact with three forms of graded difficulty.
    static func bank(facts: Int) -> [QuizQuestion] {
        let sections = ["events", "figures", "people"]
        let kinds: [QuizQuestionKind] = [.multipleChoice, .typed, .trueFalse]
        var out: [QuizQuestion] = []
        for f in 0..<facts {
            let fact = "\(sections[f % 3])/fact-\(f)"
            for (k, kind) in kinds.enumerated() {
                let answer: QuizAnswer =
                    switch kind {
                    case .multipleChoice: .choice("answer number \(f)")
                    case .trueFalse: .truth(f % 2 == 0)
                    default: .text(["answer number \(f)"])
                    }
                out.append(
                    QuizQuestion(
                        id: "\(fact)-\(kind.rawValue)", card: "deck/\(fact)/slot", fact: fact, kind: kind,
                        prompt: "Question \(k) about fact \(f)?",
                        options: kind == .multipleChoice ? ["answer number \(f)", "other \(f) a", "other \(f) b", "other \(f) c"] : [],
                        answer: answer, difficulty: Double(k) / 3 + 0.1))
            }
        }
        return out
    }

    @Test func choosesTheCountAskedWithAtMostOneQuestionPerFact() {
        var generator = SeededGenerator(seed: 1)
        let chosen = QuizSelection(count: 12).choose(from: Self.bank(facts: 30), using: &generator)
        #expect(chosen.count == 12)
        #expect(Set(chosen.map(\.fact)).count == 12)
    }

    @Test func spreadsTheQuizEvenlyAcrossSectionsKindsAndDifficulty() {
        var generator = SeededGenerator(seed: 7)
        let chosen = QuizSelection(count: 12).choose(from: Self.bank(facts: 30), using: &generator)
        let bySection = Dictionary(grouping: chosen, by: \.section).mapValues(\.count)
        #expect(bySection.values.allSatisfy { $0 == 4 }, "sections: \(bySection)")
        let byKind = Dictionary(grouping: chosen, by: \.kind).mapValues(\.count)
        #expect(byKind.values.allSatisfy { $0 == 4 }, "kinds: \(byKind)")
    }

    @Test func theSameSeedChoosesTheSameQuizAndAnotherSeedAnother() {
        let bank = Self.bank(facts: 30)
        var a = SeededGenerator(seed: 99)
        var b = SeededGenerator(seed: 99)
        var c = SeededGenerator(seed: 100)
        let first = QuizSelection(count: 10).choose(from: bank, using: &a).map(\.id)
        #expect(first == QuizSelection(count: 10).choose(from: bank, using: &b).map(\.id))
        #expect(first != QuizSelection(count: 10).choose(from: bank, using: &c).map(\.id))
    }

    @Test func keepsOnlyTheKindsAsked() {
        var generator = SeededGenerator(seed: 3)
        let chosen = QuizSelection(count: 8, kinds: [.trueFalse]).choose(from: Self.bank(facts: 30), using: &generator)
        #expect(chosen.count == 8)
        #expect(chosen.allSatisfy { $0.kind == .trueFalse })
    }

    @Test func stopsWhenTheBankRunsOutOfFacts() {
        var generator = SeededGenerator(seed: 3)
        let chosen = QuizSelection(count: 50).choose(from: Self.bank(facts: 5), using: &generator)
        #expect(chosen.count == 5)
    }

    @Test func neverPairsAClozeWithAQuestionWhoseAnswerItStates() {
        // Given a cloze sentence that states the date another event's question asks for
        let cloze = QuizQuestion(
            id: "address-cloze", card: "d/events/address/who", fact: "events/address", kind: .cloze,
            prompt: "In a radio address broadcast on 2 September 1945, \(QuizQuestion.blank) spoke of a stain.",
            answer: .text(["Josef Stalin"]))
        let date = QuizQuestion(
            id: "surrender-date", card: "d/events/surrender/date", fact: "events/surrender", kind: .multipleChoice,
            prompt: "When did Japan sign an instrument of surrender?",
            options: ["2 September 1945", "9 August 1945", "15 August 1945"], answer: .choice("2 September 1945"))
        // When both could be chosen, in every seed
        for seed in 0..<20 as Range<UInt64> {
            var generator = SeededGenerator(seed: seed)
            let chosen = QuizSelection(count: 2).choose(from: [cloze, date], using: &generator)
            // Then only one of them is
            #expect(chosen.count == 1)
        }
    }

    @Test func neverPairsATrueFalseRepeatingAMultipleChoiceKey() {
        let statement = QuizQuestion(
            id: "offensive-tf", card: "d/events/offensive/who", fact: "events/offensive", kind: .trueFalse,
            prompt: "Alexei Antonov ordered the Soviet forces to continue their offensive.", answer: .truth(true))
        let who = QuizQuestion(
            id: "chief-who", card: "d/people/antonov/name", fact: "people/antonov", kind: .multipleChoice,
            prompt: "Who was Chief of the General Staff of the Soviet Union?",
            options: ["Alexei Antonov", "Lavrentiy Beria", "Josef Stalin"], answer: .choice("Alexei Antonov"))
        var generator = SeededGenerator(seed: 5)
        #expect(QuizSelection(count: 2).choose(from: [statement, who], using: &generator).count == 1)
    }

    @Test func neverPairsAMatchingQuestionWithOneItAnswers() {
        let matching = QuizQuestion(
            id: "roles", card: "d/people/stalin/role", fact: "people/stalin", kind: .matching, prompt: "Match each person to their role.",
            answer: .pairs([
                MatchPair(left: "Lavrentiy Beria", right: "Minister for Internal Affairs"),
                MatchPair(left: "Josef Stalin", right: "Soviet leader"),
            ]))
        let role = QuizQuestion(
            id: "beria-role", card: "d/people/beria/role", fact: "people/beria", kind: .typed,
            prompt: "Which office did Lavrentiy Beria hold?", answer: .text(["Minister for Internal Affairs"]))
        var generator = SeededGenerator(seed: 5)
        #expect(QuizSelection(count: 2).choose(from: [matching, role], using: &generator).count == 1)
    }

    @Test func neverPairsAMatchingQuestionWithAStatementAboutOneOfItsSides() {
        let matching = QuizQuestion(
            id: "terms", card: "d/terms/internment/definition", fact: "terms/internment", kind: .matching,
            prompt: "Match each term with its definition.",
            answer: .pairs([
                MatchPair(left: "Siberian internment", right: "The Soviet detention of Japanese soldiers for forced labor"),
                MatchPair(left: "Northern Territories", right: "The area off the Hokkaido coast"),
            ]))
        let statement = QuizQuestion(
            id: "potsdam-tf", card: "d/terms/potsdam/definition", fact: "terms/potsdam", kind: .trueFalse,
            prompt:
                "True or false? This is the definition of “Potsdam Declaration”: The Soviet detention of Japanese soldiers for forced labor.",
            answer: .truth(false))
        var generator = SeededGenerator(seed: 5)
        #expect(QuizSelection(count: 2).choose(from: [matching, statement], using: &generator).count == 1)
    }

    @Test func neverPrintsAWrittenAnswerAmongAnotherQuestionsOptions() {
        let typed = QuizQuestion(
            id: "isotope-term", card: "d/terms/isotope/term", fact: "terms/isotope", kind: .typed,
            prompt: "Which term has this definition? A form of an element with a different number of neutrons.", answer: .text(["isotope"]))
        let choice = QuizQuestion(
            id: "kinetic-term", card: "d/terms/kinetic/term", fact: "terms/kinetic", kind: .multipleChoice,
            prompt: "Which term has this definition? The energy of motion.", options: ["kinetic energy", "isotope", "buoyancy"],
            answer: .choice("kinetic energy"))
        var generator = SeededGenerator(seed: 5)
        #expect(QuizSelection(count: 2).choose(from: [typed, choice], using: &generator).count == 1)
        // A multiple-choice answer among other options is no giveaway: it is recognised, not recalled.
        var other = typed
        other.kind = .multipleChoice
        other.options = ["isotope", "photon", "neutron"]
        other.answer = .choice("isotope")
        #expect(QuizSelection(count: 2).choose(from: [other, choice], using: &generator).count == 2)
    }

    @Test func keepsQuestionsThatMerelyShareWords() {
        let a = QuizQuestion(
            id: "a", card: "d/events/a/date", fact: "events/a", kind: .typed, prompt: "When did the Soviet offensive begin?",
            answer: .text(["9 August 1945"]))
        let b = QuizQuestion(
            id: "b", card: "d/events/b/date", fact: "events/b", kind: .typed, prompt: "When did the Soviet offensive end?",
            answer: .text(["5 September 1945"]))
        var generator = SeededGenerator(seed: 5)
        #expect(QuizSelection(count: 2).choose(from: [a, b], using: &generator).count == 2)
    }
}

/// Questions of one printed quiz never answer each other, even through a false statement's borrowed field.
struct QuizSelectionGiveawayTests {
    @Test func aFalseStatementAndTheQuestionOfTheFactItBorrowsFromAreNeverOnOnePaper() throws {
        let yaml = """
            id: chem
            title: Chemists
            people:
              mendeleev: {name: Dmitri Mendeleev, role: Chemist who formulated the periodic law}
              rutherford: {name: Ernest Rutherford, role: Physicist who found the atomic nucleus}
              curie: {name: Marie Curie, role: Discoverer of polonium and radium}
              dalton: {name: John Dalton, role: Founder of modern atomic theory}
              lavoisier: {name: Antoine Lavoisier, role: Namer of oxygen and hydrogen}
            """
        let deck = try DeckLoader.load(text: yaml, path: "chem.yaml").get()
        for seed in UInt64(1)...40 {
            var rng = SeededGenerator(seed: seed)
            let bank = QuestionGenerator(deck: deck, options: .init(kinds: [.trueFalse, .multipleChoice], referenceYear: 2026))
                .bank(using: &rng).questions.map(QuizQuestion.init)
            let chosen = QuizSelection(count: 20).choose(from: bank, using: &rng)
            for q in chosen where q.kind == .trueFalse && q.facts.count > 1 {
                let borrowed = q.facts[1]
                #expect(!chosen.contains { $0.id != q.id && $0.facts.contains(borrowed) }, "seed \(seed): \(q.prompt)")
            }
        }
    }
}

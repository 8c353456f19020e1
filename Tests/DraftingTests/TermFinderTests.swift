import Testing

@testable import Drafting

/// Terms an article explains or names often, with the definition the article gives.
@Suite struct TermFinderTests {
    static func terms(_ paragraphs: String...) -> [TermRecord] {
        let sentences = Sentences.of(paragraphs)
        return TermFinder.find(in: sentences, people: PersonFinder.find(in: sentences))
    }

    /// An appositive may hold a relative clause with a verb of its own ("a town … that Europeans called
    /// Rosetta") and may open with a nationality ("the Macedonian dynasty"); a capitulation is a document.
    @Test func appositivesWithClausesAndNationalitiesAndCapitulations() {
        let found = Self.terms(
            "French soldiers strengthening an old fort near Rashid, a town in the Nile Delta that Europeans called Rosetta, dug up a slab.",
            "The bottom is in ancient Greek, the language of the Ptolemies, the Macedonian dynasty that then ruled Egypt.",
            "When the French army in Egypt surrendered, the Capitulation of Alexandria of 1801 handed the stone to the British."
        )
        let byTerm = Dictionary(found.map { ($0.term, $0.definition) }, uniquingKeysWith: { a, _ in a })
        #expect(byTerm["Rashid"] == "A town in the Nile Delta that Europeans called Rosetta", "\(byTerm)")
        #expect(byTerm["Ptolemies"] == "The Macedonian dynasty that then ruled Egypt", "\(byTerm)")
        #expect(byTerm["Capitulation of Alexandria"] != nil, "\(byTerm)")
    }

    @Test func definitionsFromAppositivesRelativeClausesAndGlosses() {
        let found = Self.terms(
            "He dismissed the Imperial Rescript of Surrender, a radio speech to the public made by Emperor Showa on August 15, as a mere statement.",
            "The Soviet Union was bound by the Potsdam Declaration, which was an international agreement.",
            "According to the semi-official record Sengo Kyosei Yokuryushi (Postwar Forced Detention History) Volume 7, three factors lurked.",
            "They built the Gatun Dam, which created a lake.",
            "The treaty gave the United States a strip of land ten miles wide, the Canal Zone."
        )
        #expect(
            found.map(\.term) == [
                "Imperial Rescript of Surrender", "Potsdam Declaration", "Sengo Kyosei Yokuryushi", "Gatun Dam", "Canal Zone",
            ])
        #expect(
            found.map(\.definition) == [
                "A radio speech to the public made by Emperor Showa on August 15", "An international agreement",
                "Semi-official record (Postwar Forced Detention History)", "The dam that created a lake", "A strip of land ten miles wide",
            ])
        #expect(found.allSatisfy { $0.explained })
    }

    @Test func namesAfterNamingCues() {
        let found = Self.terms(
            "Within the camps, the laborers were given a communist education under the title of “a democratization movement.”",
            "She studied in secret at the so-called Flying University, a clandestine school.",
            "Measuring the rays, she showed they came from the atom. She named the phenomenon radioactivity.",
            "The couple announced a new element. They called it polonium, after her native Poland."
        )
        #expect(found.map(\.term) == ["democratization movement", "Flying University", "radioactivity", "polonium"])
        #expect(found[0].definition == "A communist education")
        #expect(found[1].definition == "A clandestine school")
    }

    /// A name with a number in it after a naming cue: "known as Photo 51".
    @Test func namesWithANumberAfterNamingCues() {
        let found = Self.terms("In May 1952 she took an exceptionally clear image of the molecule, known as Photo 51.")
        #expect(found.map(\.term) == ["Photo 51"])
        #expect(found.first?.definition == "An exceptionally clear image of the molecule")
    }

    /// "known as the …" followed by a capitalized name, which may hold an initial and a particle.
    @Test func capitalizedNamesAfterTheInNamingCues() {
        let found = Self.terms(
            "The letter, known as the Lettre à M. Dacier, dealt with the names of rulers.",
            "The programme of aid, known as the Marshall Plan, began in 1948."
        )
        #expect(found.map(\.term) == ["Lettre à M. Dacier", "Marshall Plan"])
        #expect(found.first?.definition == "The letter")
    }

    /// A name after "known as the …" is phrased by its head, which comes before "of": "this treaty".
    @Test func aNamedThingIsPhrasedByItsHead() {
        let found = Self.terms("She signed what is known as the Treaty of Paris.")
        #expect(found.map(\.term) == ["Treaty of Paris"])
        #expect(found.first?.definition.contains("this treaty") == true, "\(found.map(\.definition))")
    }

    /// A series whose items carry an adjective in -ed or a number word is still a series.
    @Test func aSeriesWithAdjectivesOrNumbersDefinesNothing() {
        let found = Self.terms(
            "They left a seismometer, a laser reflector, a coloured flag and a plaque.",
            "They brought back a seismometer, a hundred rocks and a camera.")
        #expect(found.isEmpty, "\(found.map(\.term))")
    }

    @Test func documentsAndWorksAlwaysOrganisationsOnlyWhenExplainedOrRepeated() {
        let found = Self.terms(
            "The Kwantung Army had been depleted. It faced the Red Army. The Kwantung Army collapsed. Officers of the Kwantung Army fled.",
            "Stalin issued Order Number 9898 to build the Baikal-Amur Railway’s main line.",
            "Japan notified the Allied Powers. The Allied Powers replied."
        )
        #expect(found.map(\.term) == ["Kwantung Army", "Order Number 9898", "Baikal-Amur Railway"])
        #expect(found[0].occurrences == 3)
        #expect(found[0].definition == "This army had been depleted")
    }

    @Test func warsPrizesOfficesAndCountriesAreNotTerms() {
        let found = Self.terms(
            "The Cold War began. During World War II the Soviet Union fought. The Russo-Japanese War was lost.",
            "In 1903 they shared the Nobel Prize in Physics. The Nobel Prize made them famous. A second Nobel Prize followed.",
            "Stalin acted as Commissar of Defense, with the General Staff.",
            "Japan, Mongolia and China were at war; Japan lost."
        )
        #expect(found.isEmpty, "\(found.map(\.term))")
    }

    @Test func namesJoinedByADashAndPeopleInsideNamesOfThings() {
        let found = Self.terms(
            "President Jimmy Carter and General Omar Torrijos signed the Torrijos–Carter Treaties in 1977.",
            "Fifteen days later they signed the Hay–Bunau-Varilla Treaty."
        )
        #expect(found.map(\.term) == ["Torrijos–Carter Treaties", "Hay–Bunau-Varilla Treaty"])
    }

    @Test func aNamedProcessWrittenTwice() {
        let found = Self.terms(
            "Yeltsin apologized for the Siberian internment.", "Siberian internment shaped the postwar view of the Soviet Union.")
        #expect(found.map(\.term) == ["Siberian internment"])
        #expect(!found[0].explained)
    }

    /// Sentences read from an article as `recall draft` reads it, Markdown emphasis included.
    static func termsOfArticle(_ text: String) -> [TermRecord] {
        let sentences = Drafter.sentences(of: ArticleReader.read(text))
        return TermFinder.find(in: sentences, people: PersonFinder.find(in: sentences))
    }

    @Test func lowercaseTermsTheSentenceDefines() {
        let found = Self.terms(
            "Marie processed tonnes of pitchblende, a uranium ore, in a shed.",
            "The Earth’s rigid outer shell, the lithosphere, is broken into plates.",
            "They proposed a model of two strands wound around each other: a double helix.",
            "The molecule is deoxyribonucleic acid, or DNA, found in every cell."
        )
        let terms = found.map(\.term)
        #expect(terms.contains("pitchblende"), "\(terms)")
        #expect(terms.contains("lithosphere"), "\(terms)")
        #expect(terms.contains("double helix"), "\(terms)")
        #expect(terms.contains { $0.hasPrefix("deoxyribonucleic acid") }, "\(terms)")
        #expect(found.first { $0.term == "pitchblende" }?.definition == "A uranium ore")
    }

    /// An appositive followed by the sentence's subject or by a clause joined with "and" still defines the
    /// name before it; a series of things ("a flag, a camera and a plaque") does not.
    @Test func appositivesBeforeTheSubjectOrAClauseButNotInASeries() {
        let found = Self.terms(
            "Working through tonnes of pitchblende, a uranium ore, the couple announced a new element.",
            "He saw that the signs were enclosed in a cartouche, an oval ring that scribes drew around names, and worked out the rest.",
            "They left a seismometer, a flag, a camera and a plaque on the surface."
        )
        let terms = found.map(\.term)
        #expect(terms.contains("pitchblende"), "\(terms)")
        #expect(terms.contains("cartouche"), "\(terms)")
        #expect(found.first { $0.term == "cartouche" }?.definition == "An oval ring that scribes drew around names")
        #expect(!terms.contains("seismometer"), "\(terms)")
        #expect(!terms.contains("flag"), "\(terms)")
    }

    @Test func termsSetInEmphasisButNotStressOrLabels() {
        let found = Self.termsOfArticle(
            """
            # Drifting continents

            Wegener named the supercontinent **Pangaea**, a single landmass.

            His idea of *continental drift* was not accepted. It was *not* enough evidence.

            **Born:** 1880 in Berlin.
            """)
        let terms = found.map(\.term)
        #expect(terms.contains("Pangaea"), "\(terms)")
        #expect(terms.contains("continental drift"), "\(terms)")
        #expect(!terms.contains("not") && !terms.contains("Born"), "\(terms)")
    }
}

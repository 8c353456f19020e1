import Testing

@testable import Drafting

/// People once each, with the forms the article names them by and the roles it gives them.
@Suite struct PersonFinderTests {
    static func people(_ paragraphs: String...) -> [PersonRecord] {
        let sentences = Sentences.of(paragraphs)
        return PersonFinder.find(in: sentences).people
    }

    @Test func rolesFromTitlesAndPhrasesBeforeTheName() {
        let found = Self.people(
            "On August 16, Chief of the General Staff of the Soviet Union Alexei Antonov ordered his forces on.",
            "On August 23, 1945, Soviet leader Josef Stalin issued Order Number 9898.",
            "When Russian President Boris Yeltsin visited Japan in October 1993, he apologized.",
            "Former Imperial Japanese Army Colonel Takushiro Hattori wrote that it was a crime."
        )
        #expect(found.map(\.name) == ["Alexei Antonov", "Josef Stalin", "Boris Yeltsin", "Takushiro Hattori"])
        #expect(
            found.map { $0.roles.first ?? "" } == [
                "Chief of the General Staff of the Soviet Union", "Soviet leader", "Russian President",
                "Former Imperial Japanese Army Colonel",
            ])
        #expect(found[2].aliases == ["Yeltsin", "President Yeltsin"])
    }

    /// A given name of two joined by a hyphen is a given name ("Jean-François"), and a middle initial keeps the
    /// name it stands in whole ("Rollin T. Chamberlin", not "T. Chamberlin").
    @Test func hyphenatedGivenNamesAndMiddleInitials() {
        let found = Self.people(
            "The decisive step was taken by Jean-François Champollion, born at Figeac in 1790.",
            "In 1926 the American geologist Rollin T. Chamberlin put the mood bluntly.",
            "Mary-Kate Olsen and Karl-Heinz Rummenigge met Bon-Joseph Dacier."
        )
        #expect(found.map(\.name).contains("Jean-François Champollion"), "\(found.map(\.name))")
        #expect(found.map(\.name).contains("Rollin T. Chamberlin"), "\(found.map(\.name))")
        #expect(found.map(\.name).contains("Mary-Kate Olsen"), "\(found.map(\.name))")
        #expect(found.map(\.name).contains("Karl-Heinz Rummenigge"), "\(found.map(\.name))")
    }

    @Test func rolesFromAppositivesAreJoined() {
        let found = Self.people(
            "The order was addressed to People’s Commissar (Minister) for Internal Affairs Lavrentiy Beria, Stalin’s right-hand man, and others.",
            "Hikosaburo Hata, Chief of Staff of the Kwantung Army, despaired at the Soviet troops’ actions.",
            "The chief sanitary officer, Dr. William Gorgas, drained swamps.",
            "Dr. Jane Goodall, a British primatologist, began studying chimpanzees."
        )
        #expect(found.map(\.name) == ["Lavrentiy Beria", "Hikosaburo Hata", "William Gorgas", "Jane Goodall"])
        #expect(
            found[0].roles.joined(separator: " and ") == "People’s Commissar (Minister) for Internal Affairs and Stalin’s right-hand man")
        #expect(found[1].roles == ["Chief of Staff of the Kwantung Army"])
        #expect(found[2].roles == ["chief sanitary officer"])
        #expect(found[3].roles == ["British primatologist"])
    }

    @Test func aSurnameAloneJoinsTheFullNameAndARegnalTitleStaysInTheName() {
        let found = Self.people(
            "Stalin said the war had a reason.",
            "Soviet leader Josef Stalin issued an order.",
            "It was a radio speech made by Emperor Showa on August 15."
        )
        #expect(found.map(\.name) == ["Josef Stalin", "Emperor Showa"])
        #expect(found[0].aliases.contains("Stalin"))
        #expect(found[1].aliases == ["Showa"])
    }

    @Test func peopleWhoShareASurnameKeepTheirOwnNames() {
        let found = Self.people("Marie Curie and Pierre Curie shared the prize with Henri Becquerel.")
        #expect(found.map(\.name) == ["Marie Curie", "Pierre Curie", "Henri Becquerel"])
        #expect(!found[0].aliases.contains("Curie"))
        #expect(found[2].aliases == ["Becquerel"])
    }

    @Test func placesOrganisationsAndDocumentsAreNotPeople() {
        let found = Self.people(
            "The Kwantung Army proved little match for the Soviet Union.",
            "Japan notified the Allied Powers it had accepted the Potsdam Declaration.",
            "According to the semi-official record Sengo Kyosei Yokuryushi, three factors lurked.",
            "Moscow said the Northern Territories were Soviet.",
            "Officials said the canal would open."
        )
        #expect(found.isEmpty, "\(found.map(\.name))")
    }

    @Test func aPronounPointsAtThePersonNamedLast() {
        let sentences = Sentences.of("Soviet leader Josef Stalin spoke on the radio. He said the war was won.")
        let finder = PersonFinder.find(in: sentences)
        let pronoun = finder.mentions.first { $0.isPronoun }
        #expect(pronoun?.sentence == 1)
        #expect(pronoun.map { finder.people[$0.person].name } == "Josef Stalin")
    }
}

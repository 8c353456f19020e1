extension Lexicon {
    /// The kinds of named things a deck's terms hold, told by a name's last word.
    enum TermKind {
        /// Documents, laws, plans and programmes: always worth a term.
        case document
        /// Railways, canals, bridges and other works: always worth a term.
        case work
        /// Armies, ministries, parties, companies: a term when explained or named often.
        case organisation
        /// Provinces, islands, rivers: a term when explained or named often.
        case place
        /// Wars and battles: events, not terms.
        case event
        /// Titles of office: part of a person's role, not a term.
        case office
        /// Prizes and medals: what events are about, not terms an article defines.
        case award
    }

    static let termHeads: [String: TermKind] = {
        var map: [String: TermKind] = [:]
        for w in words(
            """
            declaration rescript order treaty act acts agreement accord accords convention charter pact
            constitution bill law laws code plan programme program project initiative doctrine resolution
            protocol report record records edict decree manifesto proclamation statute statutes mandate
            directive policy amendment amendments principle theory theorem equation law paradox hypothesis
            effect principle constant experiment mission operation campaign strategy scheme system
            capitulation armistice truce concordat covenant ordinance
            """)
        { map[w] = .document }
        for w in words(
            """
            railway railways railroad line canal bridge dam tunnel highway road pipeline wall station port
            airport observatory telescope laboratory reactor satellite rocket ship spacecraft probe shuttle cut
            dam locks lock aqueduct
            """)
        { map[w] = .work }
        for w in words(
            """
            army armies navy corps force forces command party ministry bank company corporation
            movement agency society league alliance powers council committee commission court parliament
            assembly congress senate cabinet government administration office bureau service institute
            university academy college school church union federation organization organisation association
            front group brigade division regiment fleet guard police legion republic kingdom empire
            dynasty brotherhood affairs nations authority authorities compagnie company commission
            """)
        { map[w] = .organisation }
        for w in words(
            """
            provinces province islands island islets isles peninsula territories territory region district
            river mountains mountain range sea ocean strait straits gulf bay lake valley desert plain plains
            coast basin delta archipelago state states county prefecture oblast krai zone isthmus cape
            cathedral church abbey chapel hospital square street palace castle tower museum gallery park hall
            theatre theater
            """)
        { map[w] = .place }
        for w in words("prize prizes award awards medal medals trophy cup") { map[w] = .award }
        for w in words("war wars battle revolution crisis uprising rebellion massacre siege invasion olympics games famine") {
            map[w] = .event
        }
        for w in words(
            """
            commissar chief president minister secretary general colonel staff chairman director governor
            emperor king queen marshal admiral commander
            """)
        { map[w] = .office }
        // Plurals name the same kinds: "Torrijos–Carter Treaties", "Maritime Provinces".
        for (word, kind) in map {
            let plural =
                word.hasSuffix("y") && !word.hasSuffix("ey") ? String(word.dropLast()) + "ies" : word.hasSuffix("s") ? word : word + "s"
            if map[plural] == nil { map[plural] = kind }
        }
        return map
    }()

    /// Words that introduce a name: "under the title of “a democratization movement”", "known as".
    static let namingCues: [[String]] = [
        ["under", "the", "title", "of"], ["known", "as"], ["called"], ["dubbed"], ["termed"], ["nicknamed"],
        ["named"], ["titled"], ["entitled"], ["so-called"], ["the", "name", "of"], ["referred", "to", "as"],
    ]

    /// Nouns for a kind of thing, which "named the phenomenon radioactivity" puts before a name.
    static let categoryNouns = words(
        """
        phenomenon element process effect disease condition technique method theory particle substance compound
        mineral metal gas species plant animal ship vessel boat movement programme program plan device machine
        instrument region island river city town village settlement operation project campaign policy doctrine
        practice style period era
        """)

    /// Everyday nouns that an appositive describes without making them terms: "the town, a small port" or "the
    /// couple, …" say which one, they do not define a word a learner should know.
    static let genericNouns = words(
        """
        man men woman women people person child children boy girl family families couple group crowd friend friends
        city cities town towns village villages country countries nation nations place places area areas land
        world house houses home homes building buildings street streets road roads room rooms site sites
        time times day days night nights year years month months week weeks moment period age century centuries
        decade decades way ways thing things part parts side sides end beginning start idea ideas plan plans work
        job matter case problem question answer reason result fact facts story word words name names number
        amount kind sort type form one ones other others rest lot half second third first last next way series
        attempt step change issue news report view point line lines piece pieces object objects stone stones
        water fire light sun sky sea ground floor wall walls door doors book books letter letters paper papers
        picture pictures image images map maps model models machine machines ship ships boat boats car cars
        money price cost sum total figure figures order orders army troops men soldiers force forces war wars
        government state states power powers king queen leader leaders member members head heads body bodies
        """)

    /// Lowercase nouns of geography that follow a place's name: "the Habomai group of islets".
    static let geographicNouns = words("islands islets isles archipelago peninsula strait straits atoll atolls")

    /// Endings of abstract nouns that name a process or policy: internment, occupation, collectivism.
    static let abstractEndings = ["ment", "tion", "sion", "ism", "ance", "ence", "ity", "ship"]
}

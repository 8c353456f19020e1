extension Lexicon {
    /// Function words: never part of a name, a unit or a term's head.
    /// Words that open a noun phrase: articles, demonstratives and possessive pronouns.
    static let determiners = words("a an the this that these those its his her their our my your")

    static let functionWords = words(
        """
        a an the this that these those some any each every either neither no not nor and or but so yet for of
        to in on at by with from into onto upon about above across after against along amid among around as
        before behind below beneath beside besides between beyond despite down during except inside like near
        off out outside over past per since than through throughout till toward towards under underneath unlike
        until unto up via within without whether while although though because if unless when where whenever
        wherever which who whom whose what why how i me my mine we us our ours you your yours he him his she her
        hers it its they them their theirs there here then thus also even only just very too more most less least
        much many such own other another same is are was were be been being am has have had having do does did
        will would shall should may might must can could according including included many most several all
        both half however moreover furthermore meanwhile instead still already often soon later earlier once
        twice again ago never always sometimes now today yesterday tomorrow finally eventually indeed nearly
        almost perhaps possibly probably reportedly barely merely fully exactly precisely officially altogether
        total another only just
        """)

    /// Personal pronouns that point back at a person.
    static let personalPronouns = words("he she")

    /// Prepositions, whose object is not the subject of a clause.
    static let prepositions = words(
        """
        about above across after against along among around at before behind below beside between beyond by
        concerning despite during for from in inside into near of off on onto over regarding since through
        to toward towards under until upon with within without
        """)

    /// Verbs of speech and writing that attribute a quotation: "…,” he said.
    static let speechVerbs = words(
        """
        said says say saying wrote writes write writing told tells tell telling declared declares declaring
        stated states stating added adds adding remarked remarks remarking noted notes noting observed
        observes argued argues arguing insisted insists claimed claims claiming explained explains explaining
        recalled recalls recalling replied replies replying answered answers asked asks asking announced
        announces announcing warned warns warning urged urges exclaimed proclaimed proclaims promised
        promises admitted admits conceded acknowledged acknowledges described describes describing called
        calls calling quipped joked complained complains lamented laments concluded concludes continued
        continues commented comments testified cried shouted whispered muttered recounted recounts reported
        reports confessed boasted predicted predicts suggested suggests mused wondered pleaded vowed vows
        """)

    /// Verbs a sentence's subject does, used to tell a name followed by one from a place or a thing.
    static let commonVerbs = words(
        """
        is was are were has had have led won lost died born became become made make makes took take takes gave
        give gives went go goes came come comes saw see sees found find finds discovered discovers invented
        invents built builds founded founds ordered orders signed signs visited visits met meets married
        returned returns fled flees served serves ruled rules wrote writes published publishes proposed
        proposes developed develops designed designs launched launches commanded commands led leads joined
        joins left leaves arrived arrives received receives believed believes thought thinks knew knows
        refused refuses agreed agrees decided decides tried tries began begins started starts worked works
        studied studies taught teaches lived lives moved moves helped helps showed shows issued issues
        dismissed dismisses despaired apologized apologised accepted accepts rejected rejects denied denies
        won wins defeated defeats killed kills captured captures attacked attacks invaded invades occupied
        demanded demands appointed appoints elected resigned retired succeeded succeeds replaced replaces
        """)

    /// Past participles and past forms that do not end in -ed, which end a noun phrase.
    static let irregularVerbs = words(
        """
        kept held taken took made sent gone went come came seen saw given gave known knew found left led brought
        bought built caught fought thought taught told sold won lost paid put set cut hit shut spent stood
        understood written wrote driven drove ridden rode risen rose spoken spoke broken broke chosen chose
        frozen froze stolen stole worn wore torn tore born borne fled fell fallen grown grew drawn drew flown
        flew thrown threw shown became become begun began run ran sat slept swept met read heard felt meant
        dealt lay laid fed bred bled hung struck sunk sank sprung spread shot forgot forgotten hidden hid
        bound wound ground sought
        """)

    /// Abbreviations that end with a period without ending the sentence.
    static let abbreviations = words(
        """
        mr mrs ms dr prof st jr sr no nos gen col lt capt sgt maj adm gov sen rep rev hon fr sr messrs mme mlle
        jan feb mar apr jun jul aug sep sept oct nov dec vs etc e.g i.e approx ca c fig vol vols ch p pp inc ltd
        co corp dept est mt ft
        """)

    /// Nouns of speech events, which give a quotation its context: "in a radio address".
    static let speechEventNouns = words(
        """
        address speech interview letter statement broadcast message book memoir memoirs diary article report
        lecture meeting conference debate hearing trial testimony remarks essay paper sermon toast telegram
        note notes manifesto proclamation announcement editorial column post tweet autobiography poem
        """)

    /// Words ending in -ed or -ing that are used as adjectives before a noun, not as verbs.
    static let participleAdjectives = words(
        """
        armed united wounded injured missing displaced detained skilled trained married retired unemployed
        estimated registered licensed enlisted disabled elected required limited advanced killed dead living
        remaining leading existing surviving working ruling fighting
        """)
}

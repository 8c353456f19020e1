extension Lexicon {
    /// Titles written before a name: "President Boris Yeltsin", "Colonel Takushiro Hattori", "Dr. Smith".
    static let personalTitles = words(
        """
        mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame lord lady king queen emperor empress
        prince princess pope saint st. president premier chancellor governor senator congressman congresswoman
        mayor general gen. colonel col. major maj. captain capt. lieutenant lt. admiral adm. marshal commander
        sergeant sgt. private corporal commodore brigadier chief commissar minister secretary ambassador judge
        justice rev rev. reverend father brother sister mother rabbi imam sheikh tsar czar tsarina kaiser shah
        sultan pharaoh chairman chairwoman director archbishop bishop cardinal duke duchess count countess baron
        baroness earl viscount marquis khan caliph emir ayatollah grand_duke crown_prince field_marshal
        prime_minister vice_president foreign_minister
        """)

    /// Titles kept as part of a name when a single name follows: "Emperor Showa", "Queen Victoria", "Pope Leo".
    static let regnalTitles = words(
        """
        king queen emperor empress pope saint tsar czar tsarina kaiser pharaoh sultan shah prince princess
        caliph khan
        """)

    /// Nouns that say what a person is or does, for roles: "Soviet leader", "a French chemist".
    static let roleNouns = words(
        """
        leader president minister premier chancellor king queen emperor empress prince princess monarch ruler
        general colonel major captain lieutenant commander admiral marshal officer soldier chief head director
        chairman chairwoman chair secretary commissar governor mayor senator ambassador envoy diplomat consul
        spokesman spokeswoman spokesperson scientist physicist chemist biologist mathematician astronomer
        philosopher writer author poet novelist playwright historian economist engineer inventor explorer
        navigator artist painter sculptor composer musician singer actor actress journalist reporter
        correspondent editor professor teacher researcher scholar expert lawyer attorney judge founder owner
        ceo manager pope bishop archbishop cardinal priest monk nun missionary saint pharaoh sultan tsar czar
        shah khan emir dictator revolutionary activist politician statesman deputy representative member aide
        adviser advisor assistant man woman wife husband son daughter father mother brother sister widow
        colleague student pupil doctor physician surgeon nurse pilot astronaut cosmonaut sailor architect
        designer banker merchant trader farmer worker survivor witness prisoner detainee victim veteran hero
        champion athlete player coach biographer critic theologian geologist geographer botanist zoologist
        naturalist physiologist psychologist sociologist anthropologist archaeologist linguist chairperson
        cofounder co-founder successor predecessor rival ally partner mentor protégé apprentice inspector
        commissioner superintendent magistrate prosecutor strategist tactician ace commander-in-chief
        head_of_state right-hand_man
        """)

    /// Whether a word names what a person is: a listed role, or a word made like one ("primatologist",
    /// "physician", "mountaineer", "aviator", "photographer").
    static func isRoleNoun(_ word: String) -> Bool {
        if roleNouns.contains(word) { return true }
        if nationalities.contains(word) || word.count < 6 { return false }
        return ["ist", "ists", "ician", "icians", "eer", "eers", "ator", "ators", "grapher", "graphers"].contains { word.hasSuffix($0) }
            || (word.hasSuffix("ian") && !word.hasSuffix("tian"))
    }

    /// Common given names, across languages, for telling "Marie Curie" from "Kwantung Army".
    /// Whether a word (lower case) is a given name: one of the list, or names of it joined by a hyphen
    /// ("jean-françois", "karl-heinz", "mary-kate").
    static func isGivenName(_ word: String) -> Bool {
        if givenNames.contains(word) { return true }
        let parts = word.split(separator: "-")
        return parts.count == 2 && parts.allSatisfy { givenNames.contains(String($0)) }
    }

    static let givenNames = words(
        """
        aaron abdul abraham adam adolf adrian ahmed ahmad aiko akira alan albert alberto albrecht aleksandr
        aleksei alessandro alex alexander alexandra alexandre alexei alexis alfred alfredo ali alice alicia alan
        amanda amelia amir amy ana anastasia anatoly andrea andreas andrei andrew andrés angela angelo ann anna
        anne annie anton antonio antoine archibald arnold arthur ashley augusta augustus aung babur barack
        barbara bartholomew beatrice ben benedict benjamin benito bernard bertrand betty bill bob bohdan boris
        bruce bruno caesar camille carl carla carlo carlos carmen caroline casimir catherine cecil cecilia
        charles charlotte chen chiang chloe christian christina christine christopher clara claude claudia
        clement constance constantine cornelius cyrus daisuke dan daniel daniela dante david deborah deng denis
        dennis diana diego dmitri dmitry dolores dominic donald dorothy douglas duncan dwight edgar edith edmund
        edouard eduard edward edwin eiji elena eleanor elias elijah elisabeth elizabeth ella ellen elsa emil
        emile emily emma emmanuel enrico eric erich erik ernest ernesto ernst esther eugene eva evelyn fatima
        felix ferdinand fernando fidel florence francesca francis francisco franco françois frank franklin franz
        frederick friedrich fumio gabriel gabriela galileo george georges georgy gerald gerhard giovanni giuseppe
        gottfried grace gregor gregory grigory guido gustav gustave hamid hannah hans heinz harold harriet harry haruki
        hassan heinrich helen helena helmut henri henrietta henry herbert hermann hideki hiroshi hiro ho hugo
        ian ibrahim igor ilya immanuel ingrid irene isaac isabel isabella ivan jack jacob jacqueline jacques
        james jan jane janet javier jawaharlal jean jennifer jerome jesse jessica jiang jimmy joan joanna johann
        johannes john jonathan jorge josé josef joseph josephine joshua juan judith julia julian julie julius
        jun junichiro karl katarzyna kate katherine kathleen kazuo keith ken kenji kenneth kim kiyoshi klaus
        kofi konrad konstantin kurt lars laura laurent lavrenty lech lee leo leon leonard leonardo leonid leopold
        lev lewis li lin linda lisa liu louis louise lucas lucia lucy ludwig luther luigi luis lyndon madeleine mahatma
        makoto manuel marco marcus margaret maria marie marina mario mark marta martha martin mary masaru
        mateo matilda matthew maurice max maximilian mehmet melanie menachem michael michel michelle miguel
        mikhail miklós ming miriam mohammed mohammad muhammad monica moses nadia nancy naomi napoleon natalia
        natasha nathan nelson nicholas nicola nicolas nicolaus niels nikita nikola nikolai nikolaus noah nora
        norman octavia olaf oleg olga oliver omar oscar otto pablo patricia patrick paul paula pavel pedro
        peter philip philippe pierre pieter pyotr rachel rafael rainer ralph ramón raphael raymond rebecca
        reinhard rené richard rita robert roberto robin roger roland ronald rosa rosalind rose rudolf rudolph
        ruth ryan ryutaro salvador samuel sandra sara sarah satoshi sebastian sergei sergey shigeru shinzo
        shirley shoichi siddhartha sigmund simon simone sofia sophia sophie stanislav stefan stella stephanie
        stephen steven susan suzanne sven sylvia tadeusz takashi takeshi taro tatiana teresa thabo theodor
        theodore thomas tim timothy tomás tomoyuki tony toshiro ulrich ulysses valentina valentin valery vasily
        vera veronica victor victoria vincent vincenzo virginia vladimir vyacheslav walter wang warren wei
        werner wilhelm william winston wolfgang woodrow xavier xi yasuhiro yasuo yitzhak yoshida yoshihide
        yoshiro yu yuki yukio yuri yusuf zhang zhou zoe
        abby abe adele agnes al alec alfonso alma amos andy angus anita annette archie arturo barry basil becky
        bernie bertha beth betsy billy bo bonnie brad brenda brett bridget brigitte bud buzz calvin cameron
        candice cary cesar chad charlie chris chuck cindy clarence clark claus cliff clint clyde colin connie
        craig curtis cynthia dale dana darren dave dean debbie denise derek desmond dick dolly don donna doris
        dwayne earl ed eddie edna elaine eli elliot elmer elvis emilio ethel eugenia fay flora floyd francine
        fred freddie frida gail gary geoffrey gerry gil gina glen glenn gloria gordon greg gwen hal hank harvey
        hazel heather hector heidi herb herman hillary homer howard ira isaiah jake jamie janice jason jay jeff
        jenny jerry jill jim joe joel joey johnny jon josh judy karen kay kelly kevin kirk kristen kyle larry
        laurence leah leonora leroy leslie lester lillian lionel lloyd lois lorenzo lorraine lou luke lyle lynn
        mabel mack malcolm marcel marge margot marilyn marjorie marlon marvin matt maureen mavis maxine meg mel
        melvin meryl mia mick mike millie milton mitch molly morris murray myra myrtle ned neil nell nick nigel
        noel norma olive ollie orson otis owen pam patsy peggy penny percy pete phil phoebe phyllis polly
        quentin ralph randy regina rex rhoda ricardo rick robbie rod rodney ron ronnie roy rudy russ russell
        sally sam sammy scott sean seth sid sidney stan stanley steve stevie stuart sue ted teddy terry thelma
        theo tina toby todd tom tommy tracy trevor troy ty vanessa vern vic vince wade wally wanda wayne wendy
        wes wilbur willie wilma woody yvonne zach zelda abdullah aditya akbar amara amit anwar arjun ashoka
        benazir chandra darius fahd farah gamal hosni indira jomo kwame leila mahmoud mansa pervez rahul raja
        rajiv ravi saddam salman sanjay tariq vijay yasser zulfikar ada antonin blaise enrique erwin gregorio
        guglielmo hendrik lise marcello niccolò pierre-simon tycho
        """)
}

/// Familiar forms of English given names, so that "Charlie Mingus" is Charles Mingus and "Bill Clinton"
/// William Clinton. Two given names agree when one is a form of the other or both are forms of one name
/// ("Billy" and "Billie"). Only the family name and the rest of the name tell people apart, as before: a
/// familiar form never makes a name match on its own.
enum GivenNameForms {
    /// Each formal name with its familiar forms and spellings, in lower case.
    static let table: [String: [String]] = [
        "albert": ["al", "bert"], "alexander": ["alex", "sandy"], "alfred": ["alf", "alfie", "fred"], "andrew": ["andy", "drew"],
        "anthony": ["tony"], "arthur": ["art", "artie"], "benjamin": ["ben", "benny", "benji"], "bernard": ["bernie"],
        "catherine": ["cathy", "kate", "kathy", "katie", "katherine", "kathryn"], "charles": ["charlie", "chuck", "chas"],
        "christopher": ["chris", "kit"], "daniel": ["dan", "danny"], "david": ["dave", "davy"], "deborah": ["debbie", "deb"],
        "donald": ["don", "donny"], "dorothy": ["dot", "dottie"], "edward": ["ed", "eddie", "ted", "teddy", "ned"],
        "elizabeth": ["liz", "lizzie", "beth", "betty", "bess", "eliza"], "eugene": ["gene"], "frances": ["fran", "fanny"],
        "francis": ["frank", "frankie"], "frederick": ["fred", "freddie", "freddy"], "gerald": ["gerry", "jerry"],
        "gregory": ["greg"], "harold": ["harry", "hal"], "henry": ["harry", "hank", "hal"], "herbert": ["herb", "bert"],
        "isaac": ["ike"], "jacob": ["jake"], "james": ["jim", "jimmy", "jamie"], "jennifer": ["jen", "jenny"],
        "john": ["jack", "johnny", "jon"], "joseph": ["joe", "joey"], "kenneth": ["ken", "kenny"], "lawrence": ["larry", "laurence"],
        "leonard": ["len", "lenny", "leo"], "louis": ["lou", "louie"], "margaret": ["maggie", "meg", "peggy", "marge"],
        "matthew": ["matt"], "michael": ["mike", "mick", "mickey"], "nathaniel": ["nat", "nate"], "nicholas": ["nick", "nicky"],
        "patricia": ["pat", "patty", "tricia"], "patrick": ["pat", "paddy"], "peter": ["pete"], "philip": ["phil", "phillip"],
        "raymond": ["ray"], "richard": ["dick", "rich", "rick", "ricky"], "robert": ["bob", "bobby", "rob", "robbie", "bert"],
        "ronald": ["ron", "ronnie"], "samuel": ["sam", "sammy"], "stephen": ["steve", "steven", "stevie"],
        "susan": ["sue", "susie"], "theodore": ["ted", "teddy", "theo"], "thomas": ["tom", "tommy"], "timothy": ["tim"],
        "victoria": ["vicky", "tori"], "walter": ["walt", "wally"], "william": ["bill", "billy", "billie", "will", "willie"],
    ]

    /// Every name a folded given name may stand for: itself, and the formal names it is a form of.
    static let roots: [String: Set<String>] = {
        var roots: [String: Set<String>] = [:]
        for (formal, forms) in table {
            roots[formal, default: []].insert(formal)
            for form in forms { roots[form, default: []].insert(formal) }
        }
        return roots
    }()

    /// Whether two folded given names are forms of one name.
    static func agree(_ a: String, _ b: String) -> Bool {
        guard let x = roots[a], let y = roots[b] else { return false }
        return !x.isDisjoint(with: y)
    }
}

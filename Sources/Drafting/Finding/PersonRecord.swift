/// A person the article names, with every way it names them.
struct PersonRecord {
    /// The full name as the deck shows it: "Josef Stalin", "Emperor Showa".
    var name: String
    /// The words of the name, for matching mentions.
    var nameWords: [String]
    /// Other forms the article uses ("President Yeltsin") and the surname alone.
    var aliases: [String] = []
    var roles: [String] = []
    /// Where the person is first named, for the fact's comment.
    var sentence: Int

    /// The family name: the last word that is not a numeral or "Jr" ("King" of "Martin Luther King Jr"); nil
    /// for a single name with a numeral ("Elizabeth II").
    var surname: String? {
        let core = nameWords.filter { !Self.isSuffix($0) }
        guard core.count > 1 || core.count == nameWords.count, let last = core.last else { return nil }
        return core.count > 1 ? last : nil
    }

    static func isSuffix(_ word: String) -> Bool {
        let w = word.lowercased().filter { $0 != "." }
        return ["jr", "sr"].contains(w) || (Lexicon.romanNumerals.contains(w) && word == word.uppercased())
    }
}

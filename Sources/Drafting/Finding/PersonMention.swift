/// One place a sentence names a person: by name, by surname, or by a pronoun.
struct PersonMention: Hashable {
    var sentence: Int
    var tokens: Range<Int>
    var person: Int
    var isPronoun: Bool
    /// The tokens of a title or role written before the name ("Soviet leader"), which a label leaves out.
    var role: Range<Int>?
}

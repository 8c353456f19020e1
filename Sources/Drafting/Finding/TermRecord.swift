/// A named thing an article defines or names often, with the sentence that best explains it.
struct TermRecord {
    var term: String
    var definition: String
    /// The definition came from a construction that explains the term (an appositive, "which was", a gloss),
    /// not just from a sentence that uses it.
    var explained: Bool
    var sentence: Int
    var occurrences: Int
}

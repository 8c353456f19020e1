import Facts

/// A date written in a sentence, resolved to the precision the article gives.
struct DateMention {
    /// How the date was read, which says how far a teacher should trust it.
    enum Origin: Equatable {
        /// Written out whole: "August 9, 1945", "April 1991", "1904–05".
        case explicit
        /// Written without a year ("August 14"), which was taken from the date before it.
        case yearFromContext(Int)
        /// Written relative to the date before it ("that same morning", "the next day").
        case relative(String)
        /// The date of a clause "three days after …", counted back from the date before it.
        case counted(String)
    }

    /// Index of the sentence in the article.
    var sentence: Int
    /// The tokens of the date expression, which `{date}` replaces in the event's sentence.
    var tokens: Range<Int>
    var date: DateValue
    var origin: Origin
    /// For a counted date, the tokens of the clause it dates ("Japan had formally signed surrender documents").
    var clause: Range<Int>?
}

extension Lexicon {
    /// Cardinal number words below a hundred.
    static let smallNumbers: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
    ]

    /// Scale words and the power of ten they multiply by.
    static let scales: [String: Int] = ["hundred": 2, "thousand": 3, "million": 6, "billion": 9, "trillion": 12]

    /// Words before a number that hedge it, to the deck's `about` qualifier (longest phrases are tried first).
    static let qualifiers: [(phrase: [String], about: String?)] = [
        (["an", "estimated"], "approximately"), (["an", "approximate"], "approximately"), (["estimated"], "approximately"),
        (["about"], "approximately"), (["around"], "approximately"), (["approximately"], "approximately"),
        (["roughly"], "approximately"), (["some"], "approximately"), (["nearly"], "approximately"),
        (["almost"], "approximately"), (["close", "to"], "approximately"), (["circa"], "approximately"),
        (["approx."], "approximately"), (["c."], "approximately"), (["an", "average", "of"], "approximately"),
        (["on", "average"], "approximately"), (["in", "the", "region", "of"], "approximately"),
        (["up", "to"], "up to"), (["as", "many", "as"], "up to"), (["as", "much", "as"], "up to"),
        (["no", "more", "than"], "up to"), (["at", "most"], "up to"), (["a", "maximum", "of"], "up to"),
        (["less", "than"], "up to"), (["fewer", "than"], "up to"), (["under"], "up to"), (["just", "under"], "up to"),
        (["at", "least"], "at least"), (["no", "fewer", "than"], "at least"), (["no", "less", "than"], "at least"),
        (["a", "minimum", "of"], "at least"), (["not", "less", "than"], "at least"),
        (["more", "than"], "more than"), (["over"], "more than"), (["in", "excess", "of"], "more than"),
        (["upwards", "of"], "more than"), (["just", "over"], "more than"), (["well", "over"], "more than"),
        (["exceeding"], "more than"),
        // Said of a measurement's extreme, not a hedge: the number itself is exact.
        (["as", "low", "as"], nil), (["as", "high", "as"], nil), (["as", "little", "as"], nil), (["as", "few", "as"], nil),
    ]

    /// Vague words that stand for the low end of a range: "between several and 14 years" is up to 14.
    static let vagueAmounts = words("several a_few few some many a_couple_of")

    /// Words before a number that make it a name or a label rather than a quantity: "Volume 7", "No. 9898".
    static let identifierWords = words(
        """
        no no. nos nos. number numbers vol vol. volume volumes chapter chapters section sections clause clauses
        article articles paragraph paragraphs item items line lines page pages p. pp. verse verses order act scene
        part parts book books table figure fig. exhibit room flight route platform gate level phase stage step
        episode season highway road street apartment suite unit model version type class grade division squad
        lot file case resolution amendment psalm canto session ward district zone category code channel track
        #
        """)

    /// Numerals written as Roman numerals after names: "World War II", "Louis XIV".
    static let romanNumerals = words("i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii xix xx")
}

extension Lexicon {
    /// Month names and their abbreviations, to the month number.
    static let months: [String: Int] = {
        var map: [String: Int] = [:]
        let names = [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        ]
        for (index, name) in names.enumerated() {
            map[name] = index + 1
            map[String(name.prefix(3))] = index + 1
        }
        map["sept"] = 9
        return map
    }()

    /// Abbreviated month names, which need their period to be read as months ("Aug." but not "aug").
    static let monthAbbreviations = words("jan feb mar apr jun jul aug sep sept oct nov dec")

    /// Words before a month that only say where in the month: "early September" is September.
    static let partOfMonth = words("early late mid mid- end beginning start middle close")

    /// Era markers after a year: 44 BC, AD 79.
    static let beforeCommonEra = words("bc bce b.c b.c. b.c.e b.c.e.")
    static let commonEra = words("ad ce a.d a.d. c.e c.e.")

    /// Words that introduce a year when the year stands alone: "in 1991", "by 1950".
    static let yearCues = words(
        "in of since until till by from to during before after around circa c. ca. year early late mid summer winter spring autumn fall between and through the end"
    )

    /// Seasons, which date a statement to its year: "that spring".
    static let seasons = words("spring summer autumn fall winter")

    /// Parts of a day that a relative date names: "that same morning".
    static let partsOfDay = words("morning afternoon evening night day dawn noon midnight")

    /// Units of time for "two days later", "a week after".
    static let timeUnits: [String: (unit: TimeUnit, count: Int)] = [
        "day": (.day, 1), "days": (.day, 1), "week": (.day, 7), "weeks": (.day, 7), "fortnight": (.day, 14),
        "month": (.month, 1), "months": (.month, 1), "year": (.year, 1), "years": (.year, 1),
        "decade": (.year, 10), "decades": (.year, 10),
    ]

    /// Which unit a relative date moves by.
    enum TimeUnit {
        case day, month, year
    }
}

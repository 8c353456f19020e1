/// Whether a typed name is one of a person's accepted names, written the way people write names: in any
/// case and with any accents, with or without a title ("Dr Robert Koch"), with initials for given names
/// ("W. T. G. Morton"), a middle name added or left out ("John Fitzgerald Kennedy" for John F. Kennedy), or
/// the family name first ("Tabei Junko"). A family name, or the name before a regnal number or an epithet,
/// counts alone only when the accepted names list it (the generator lists it when no one else shares it).
enum NameMatcher {
    static func matches(_ response: String, accepted: [String]) -> Bool {
        let given = TextFolding.words(response)
        guard !given.isEmpty else { return false }
        let candidates = accepted.map(TextFolding.words)
        if candidates.contains(where: { $0 == given || $0.joined() == given.joined() }) { return true }
        let typed = PersonName(response)
        // A title typed before a name that is accepted without it.
        if !typed.titles.isEmpty {
            let bare = TextFolding.words(response).dropFirst(typed.titles.count)
            if candidates.contains(where: { $0 == Array(bare) }) { return true }
        }
        for entry in accepted {
            let name = PersonName(entry)
            let words = TextFolding.words(entry)
            // "Tabei Junko" for Junko Tabei, "Youyou Tu" for Tu Youyou.
            if words.count >= 2, Array(words.reversed()) == given { return true }
            if structurallyEqual(typed, name) { return true }
            // "Henry the Eighth" for Henry VIII: one name and the same number.
            if typed.family == nil, name.family == nil, !typed.suffixes.isEmpty, typed.given.map(fold) == name.given.map(fold),
                typed.suffixes.map(suffixKey) == name.suffixes.map(suffixKey)
            {
                return true
            }
        }
        return false
    }

    /// Same family name; given names that agree in order, initials standing for names, middle names optional,
    /// the first given name required.
    static func structurallyEqual(_ typed: PersonName, _ name: PersonName) -> Bool {
        guard let a = typed.family, let b = name.family, fold(a) == fold(b) else { return false }
        // A number or "Jr" tells people apart: "Abraham Darby III" is not Abraham Darby I, and a number the
        // deck's name lacks names someone else. (The name without its number or "Jr" is accepted when no
        // one else has it: the generator lists it.) "Jr" added to a name the deck writes without it is the
        // same person.
        let (given, known) = (typed.suffixes.map(suffixKey), name.suffixes.map(suffixKey))
        if given != known {
            let addsOnlyJunior = known.isEmpty && given.allSatisfy { $0 == "jr" || $0 == "sr" }
            guard addsOnlyJunior else { return false }
        }
        let t = typed.givenParts.map(fold)
        let n = name.givenParts.map(fold)
        guard let first = t.first, let nameFirst = n.first, agree(first, nameFirst) else { return false }
        var j = 1
        for part in t.dropFirst() {
            while j < n.count, !agree(part, n[j]) { j += 1 }
            guard j < n.count else { return false }
            j += 1
        }
        return true
    }

    static func fold(_ text: String) -> String { TextFolding.words(text).joined() }

    /// The name with a nickname in quotes taken out ("Charlie “Bird” Parker" → "Charlie Parker"); nil when
    /// it has none between other words.
    static func withoutQuotedNickname(_ response: String) -> String? {
        let quotes: Set<Character> = ["\"", "“", "”", "'", "‘", "’"]
        let words = response.split(separator: " ")
        let kept = words.filter { word in
            !(word.first.map(quotes.contains) == true && word.last.map(quotes.contains) == true && word.count > 2)
        }
        guard kept.count < words.count, kept.count >= 2 else { return nil }
        return kept.joined(separator: " ")
    }

    /// A suffix as compared: "Jnr", "Junior" and "the Younger" are "Jr"; "Snr", "Senior" and "the Elder" are "Sr".
    static func suffixKey(_ suffix: String) -> String {
        switch fold(suffix) {
        case "jnr", "junior", "younger": "jr"
        case "snr", "senior", "elder": "sr"
        case let other: other
        }
    }

    /// Two given names agree when equal, when one is the other's initial, or when they are forms of one
    /// name ("Charlie" and "Charles").
    static func agree(_ a: String, _ b: String) -> Bool {
        a == b || (a.count == 1 && b.hasPrefix(a)) || (b.count == 1 && a.hasPrefix(b)) || GivenNameForms.agree(a, b)
    }

    /// The names in an answer that lists several: "Hillary and Tenzing", "Hillary & Tenzing", "A, B".
    static func parts(_ response: String) -> [String] {
        var text = " " + response + " "
        for separator in [" and ", " & ", ";", ","] { text = text.replacingAll(separator, with: "|") }
        return text.split(separator: "|").map { Phrasing.trimmed(String($0)) }.filter { !$0.isEmpty }
    }

    /// The parts with a family name said once at the end given to the first names before it: "George and
    /// Robert Stephenson" → George Stephenson, Robert Stephenson. Nil when there is none to share.
    static func sharingFamilyName(_ parts: [String]) -> [String]? {
        guard parts.count > 1, let last = parts.last, let family = PersonName(last).family,
            parts.dropLast().allSatisfy({ !$0.contains(" ") })
        else { return nil }
        return parts.dropLast().map { $0 + " " + family } + [last]
    }
}

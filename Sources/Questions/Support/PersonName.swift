/// A person's name read by its structure, the way people shorten and rearrange names: titles ("Dr",
/// "Emperor"), given names and initials, particles ("von", "de", "ibn"), the family name (first for names
/// like "Tu Youyou"), regnal numbers ("Cleopatra VII") and epithets ("of Kos", "the Great").
///
/// What may be accepted alone (a family name, the name a regnal number or an epithet follows) and what may
/// not (the number, the place) follow from it, and so do the words that name the person in a text.
struct PersonName: Hashable, Sendable {
    var titles: [String] = []
    var given: [String] = []
    var particles: [String] = []
    var family: String?
    /// "VII" in "Cleopatra VII", "Jr" in "Martin Luther King Jr".
    var suffixes: [String] = []
    /// "of Kos", "the Great", "Soter" after a regnal number.
    var epithet: [String] = []
    var familyFirst = false

    static let titleWords: Set<String> = [
        "dr", "doctor", "sir", "dame", "lord", "lady", "mr", "mrs", "ms", "miss", "madame", "mme", "prof", "professor",
        "saint", "st", "rev", "reverend", "father", "captain", "capt", "general", "gen", "colonel", "col", "admiral",
        "president", "king", "queen", "emperor", "empress", "pope", "prince", "princess", "tsar", "czar", "tsarina",
        "sultan", "pharaoh", "marshal", "major", "lieutenant", "sergeant", "chief", "rabbi", "imam", "sheikh", "bishop",
        "cardinal", "archbishop", "count", "countess", "duke", "duchess", "baron", "baroness", "senator", "justice", "fra",
    ]
    static let particleWords: Set<String> = [
        "von", "van", "de", "da", "di", "del", "della", "der", "den", "du", "le", "la", "ter", "ten", "bin", "ibn",
        "al", "el", "af", "zu", "dos", "das", "do", "des", "vander", "op",
    ]
    static let suffixWords: Set<String> = ["jr", "sr", "jnr", "snr", "junior", "senior"]
    /// Ordinal words as the numbers that follow a name: "the Third" → III.
    static let ordinals: [String: String] = [
        "first": "I", "second": "II", "third": "III", "fourth": "IV", "fifth": "V", "sixth": "VI", "seventh": "VII",
        "eighth": "VIII", "ninth": "IX", "tenth": "X", "eleventh": "XI", "twelfth": "XII", "thirteenth": "XIII",
        "fourteenth": "XIV", "fifteenth": "XV", "sixteenth": "XVI", "seventeenth": "XVII", "eighteenth": "XVIII",
    ]
    /// Family names that come first in Chinese and Korean names written in the Latin alphabet ("Tu Youyou").
    static let familyFirstNames: Set<String> = [
        "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo",
        "he", "lin", "gao", "luo", "zheng", "liang", "xie", "song", "tang", "han", "feng", "deng", "cao", "peng", "zeng",
        "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang", "yu", "du", "ye", "cheng", "wei", "su", "lu", "ding", "ren",
        "yao", "shen", "zhong", "cui", "tan", "fan", "liao", "shi", "jin", "tu", "qian", "qiu", "mao", "deng", "kong", "mei",
        "kim", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "oh", "seo", "shin", "kwon", "hwang", "ahn",
        "yoo", "hong", "jeon", "ko", "moon", "son", "bae", "baek", "heo", "nam", "noh", "ha", "kwak", "sung", "cha", "joo",
    ]

    init(_ text: String) {
        var words = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
        func folded(_ w: String) -> String { TextFolding.fold(w).replacingAll(" ", with: "") }
        while words.count > 1, Self.titleWords.contains(folded(words[0])) { titles.append(words.removeFirst()) }
        // An epithet: "of Kos", "the Great".
        if let i = words.indices.dropFirst().first(where: { ["of", "the"].contains(words[$0].lowercased()) }) {
            epithet = Array(words[i...])
            words = Array(words[..<i])
        }
        // A number said in words: "Abraham Darby the Third" is Abraham Darby III.
        if epithet.count == 2, epithet[0].lowercased() == "the", let number = Self.ordinals[epithet[1].lowercased()] {
            suffixes.append(number)
            epithet = []
        }
        // "the Elder" and "the Younger" tell a father and a son apart, as "Sr" and "Jr" do.
        if epithet.count == 2, epithet[0].lowercased() == "the", ["elder", "younger"].contains(epithet[1].lowercased()) {
            suffixes.append(epithet[1])
            epithet = []
        }
        // A regnal number, and an epithet after it: "Ptolemy I Soter".
        if let i = words.indices.dropFirst().first(where: { Self.isRegnal(words[$0]) }) {
            suffixes.append(words[i])
            epithet = Array(words[(i + 1)...]) + epithet
            words = Array(words[..<i])
        }
        while words.count > 1, let last = words.last, Self.suffixWords.contains(folded(last)) { suffixes.insert(words.removeLast(), at: 0) }
        if words.count > 1, let last = words.last, last.hasSuffix(","), Self.suffixWords.contains(folded(last)) { words.removeLast() }
        guard words.count >= 2 else {
            given = words
            return
        }
        if words.count <= 3, Self.familyFirstNames.contains(folded(words[0])),
            words.dropFirst().allSatisfy({ $0.contains("-") || Self.syllables(folded($0)).map { $0 <= 2 } == true })
        {
            familyFirst = true
            family = words[0]
            given = Array(words.dropFirst())
            return
        }
        family = words.removeLast()
        // "da Vinci" alone is a family name and its particle, with no given name.
        while let last = words.last, Self.particleWords.contains(last.lowercased()) {
            particles.insert(words.removeLast(), at: 0)
        }
        given = words
    }

    static let pinyinInitials = [
        "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w", "",
    ]
    static let pinyinFinals: Set<String> = [
        "a", "o", "e", "i", "u", "v", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "er", "ia", "ie", "iao", "iu",
        "ian", "in", "iang", "ing", "iong", "ua", "uo", "uai", "ui", "uan", "un", "uang", "ue",
    ]

    /// How many pinyin syllables a folded word splits into ("youyou" → 2, "liwei" → 2), nil when it is not pinyin.
    static func syllables(_ word: String) -> Int? {
        if word.isEmpty { return 0 }
        var best: Int?
        for initial in pinyinInitials where word.hasPrefix(initial) {
            let afterInitial = word.dropFirst(initial.count)
            for length in stride(from: min(4, afterInitial.count), through: 1, by: -1) {
                let final = String(afterInitial.prefix(length))
                guard pinyinFinals.contains(final), let rest = syllables(String(afterInitial.dropFirst(length))) else { continue }
                best = min(best ?? .max, rest + 1)
            }
        }
        return best
    }

    /// "VII", "II", "IV", "I": upper-case Roman numerals, not initials ("M." or "C" stand for names).
    static func isRegnal(_ word: String) -> Bool {
        guard !word.contains("."), word.count <= 6, word.allSatisfy({ "IVXLC".contains($0) }) else { return false }
        return word.count > 1 || ["I", "V", "X"].contains(word)
    }

    /// "J.", "J", "W.T.G.": initials standing for given names.
    static func isInitial(_ word: String) -> Bool {
        let letters = word.filter(\.isLetter)
        return !letters.isEmpty && letters.count <= 3 && (word.contains(".") || letters.count == 1) && letters.allSatisfy(\.isUppercase)
    }

    /// The given names with joined initials split: "W.T.G." → W, T, G.
    var givenParts: [String] {
        given.flatMap { word -> [String] in
            let letters = word.filter(\.isLetter)
            if Self.isInitial(word), letters.count > 1 { return letters.map(String.init) }
            return [word]
        }
    }

    /// The family name as it may be written alone: with its particles ("von Braun", "da Vinci"), and without
    /// them only after a German "von" ("Braun"), which English drops. Other particles stay: "Vinci" is a town,
    /// and no one writes "Gogh" or "Gaulle".
    var familyForms: [String] {
        // "ibn al-As" is a patronymic: no one is called by it alone.
        guard let family, !particles.contains(where: { ["ibn", "bin", "bint", "ben"].contains($0.lowercased()) }) else { return [] }
        if particles.isEmpty { return [family] }
        let withParticles = (particles + [family]).joined(separator: " ")
        return particles.map { $0.lowercased() } == ["von"] ? [withParticles, family] : [withParticles]
    }

    /// The name a regnal number, an epithet or a title goes with, when it stands alone: "Cleopatra" for
    /// "Cleopatra VII", "Hippocrates" for "Hippocrates of Kos", "Showa" for "Emperor Showa".
    var soleName: String? {
        guard family == nil, given.count == 1, !(suffixes.isEmpty && epithet.isEmpty && titles.isEmpty) else { return nil }
        return given[0]
    }

    /// Folded words that name the person in a text: given names (not initials), the family name, titles and
    /// the words of an epithet that carry meaning. Particles, numbers and "of"/"the" name nobody.
    var mentionWords: Set<String> {
        var out: Set<String> = []
        let plain = given.filter { !Self.isInitial($0) } + (family.map { [$0] } ?? []) + titles + epithet
        for w in plain.flatMap({ TextFolding.words($0) }) where w.count >= 3 && !Self.quiet.contains(w) {
            out.insert(w)
        }
        return out
    }

    /// Words that sit in names without naming anyone in particular.
    static let quiet: Set<String> = ["the", "and", "great", "elder", "younger", "saint"]
}

import Foundation

/// Folding text for comparison: case, accents and punctuation ignored, so "Bería", "beria" and "BERIA." compare equal.
enum TextFolding {
    /// Letters that carry no combining accent in Unicode but that readers type without the stroke.
    private static let plainLetters: [Character: String] = [
        "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe",
        "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th", "ı": "i",
    ]

    /// Lower case, no accents, punctuation as spaces, single spaces: "People’s Commissar (Minister)" → "people s commissar minister".
    ///
    /// An apostrophe separates too, so "Stalin’s" holds the word "stalin"; compare without spaces where "O’Brien"
    /// and "OBrien" must match.
    static func fold(_ text: String) -> String {
        words(text).joined(separator: " ")
    }

    /// The folded words of `text`.
    static func words(_ text: String) -> [String] {
        // Most text is ASCII: fold it byte by byte, without Foundation.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var words: [String] = []
            var current: [UInt8] = []
            for byte in text.utf8 {
                switch byte {
                case 0x41...0x5A: current.append(byte + 0x20)
                case 0x61...0x7A, 0x30...0x39: current.append(byte)
                default:
                    if !current.isEmpty {
                        words.append(String(decoding: current, as: UTF8.self))
                        current.removeAll(keepingCapacity: true)
                    }
                }
            }
            if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
            return words
        }
        let base = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var words: [String] = []
        var current = ""
        for character in base {
            if let plain = plainLetters[character] {
                current += plain
            } else if character.isLetter || character.isNumber {
                current += character.lowercased()
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// Words that do not tell one description from another.
    static let stopWords: Set<String> = ["a", "an", "the", "of", "and", "or", "for", "in", "on", "to", "at", "by", "with", "s"]

    /// The words of a description that carry meaning, for telling whether one description includes another.
    static func contentWords(_ text: String) -> Set<String> {
        Set(words(text).filter { !stopWords.contains($0) })
    }

    /// A folded word without a plural ending, so that "army" and "armies", "ring" and "rings" compare equal.
    static func stem(_ word: String) -> String {
        if word.count > 4, word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        if word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is") {
            return String(word.dropLast())
        }
        return word
    }

    /// The words written with a capital letter, as names of people, places, peoples and works are ("New
    /// Orleans trumpeter", "in the Lives"); the first word only when `includingFirst`, since a sentence's
    /// first word has a capital of its own.
    static func capitalizedWords(_ text: String, includingFirst: Bool) -> [Substring] {
        text.split(whereSeparator: { !$0.isLetter }).enumerated().filter { i, word in
            (i > 0 || includingFirst) && word.first?.isUppercase == true
        }.map(\.element)
    }

    /// The stems of the words two texts share that carry meaning (three letters or more, not stop words).
    static func sharedWords(_ a: String, _ b: String) -> Set<String> {
        let x = Set(words(a).filter { $0.count >= 3 && !stopWords.contains($0) }.map(stem))
        let y = Set(words(b).filter { $0.count >= 3 && !stopWords.contains($0) }.map(stem))
        // A word inside a compound of the other ("shortening" in "foreshortening") is shared too.
        let inside = y.filter { w in w.count >= 5 && x.contains { $0 != w && ($0.hasSuffix(w) || $0.hasPrefix(w)) } }
        return x.intersection(y).union(inside)
    }

    /// The text with every word whose stem is in `hidden` replaced by "…", punctuation and spacing kept.
    static func hiding(_ hidden: Set<String>, in text: String) -> String {
        guard !hidden.isEmpty else { return text }
        var out = ""
        var word = ""
        // A hyphenated compound ("half-life") is hidden whole when any part of it is.
        func flushCompound() {
            guard !word.isEmpty else { return }
            let parts = words(word)
            out += parts.contains(where: { hidden.contains(stem($0)) }) ? "…" : word
            word = ""
        }
        for c in text {
            if c.isLetter || c.isNumber || (c == "-" && !word.isEmpty) {
                word.append(c)
            } else {
                flushCompound()
                out.append(c)
            }
        }
        flushCompound()
        return out
    }

    /// Whether `needle` occurs in `haystack` as whole folded words.
    static func containsWords(_ haystack: [String], _ needle: [String]) -> Bool {
        guard !needle.isEmpty, needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if Array(haystack[start..<(start + needle.count)]) == needle { return true }
        }
        return false
    }

    /// Edit distance with adjacent transpositions (optimal string alignment), stopping early past `limit`.
    static func editDistance(_ a: String, _ b: String, limit: Int = 2) -> Int {
        let x = Array(a)
        let y = Array(b)
        if abs(x.count - y.count) > limit { return limit + 1 }
        if x.isEmpty || y.isEmpty { return max(x.count, y.count) }
        var previous2 = [Int](repeating: 0, count: y.count + 1)
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[y.count]
    }
}

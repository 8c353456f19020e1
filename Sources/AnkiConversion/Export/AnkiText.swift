import Foundation

/// Text made safe for Anki's HTML fields, and stable ids for what Recall exports.
enum AnkiText {
    /// Plain text as field HTML: `&`, `<` and `>` escaped, line breaks as `<br>`, and braces escaped so that
    /// nothing reads as template or cloze markup.
    static func html(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "{": out += "&#123;"
            case "}": out += "&#125;"
            case "\n", "\r\n": out += "<br>"
            default: out.append(character)
            }
        }
        return out
    }

    /// A cloze deletion's answer or hint: as `html`, with `:` escaped too, so `::` cannot split it.
    static func clozePart(_ text: String) -> String {
        html(text).replacingOccurrences(of: ":", with: "&#58;")
    }

    /// A GUID for `key` in Anki's style (ten characters of its base-91 alphabet), the same every time.
    static func guid(_ key: String) -> String {
        var value = hash(key)
        var out = ""
        for _ in 0..<10 {
            out.append(alphabet[Int(value % UInt64(alphabet.count))])
            value /= UInt64(alphabet.count)
            if value == 0 { value = hash(key + out) }
        }
        return out
    }

    /// A positive id below 2⁵³ for `key`, the same every time (for decks).
    static func id(_ key: String) -> Int64 {
        Int64(hash(key) >> 12)
    }

    /// 64-bit FNV-1a: stable across runs and machines, unlike `Hasher`.
    static func hash(_ key: String) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01B3
        }
        return value
    }

    private static let alphabet = Array(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~")
}

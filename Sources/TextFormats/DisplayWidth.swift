/// How many terminal columns text takes — the one measure every table, screen and report of Recall pads and
/// cuts by.
///
/// Measured per grapheme cluster (what a reader sees as one character): East Asian wide and fullwidth
/// characters and emoji take two columns, a letter with combining accents one, an emoji sequence joined with
/// zero-width joiners or a flag two, control and format characters none. There is no maintained Swift library
/// for this (it is `wcwidth` in C), so the table of wide characters is generated from the Unicode Character
/// Database by `tools/unicode-width/generate.py`; emoji newer than that table are caught by Swift's own
/// `isEmojiPresentation`.
public enum DisplayWidth {
    /// Columns taken by `text`.
    public static func of<Text: StringProtocol>(_ text: Text) -> Int {
        var columns = 0
        for character in text { columns += of(character) }
        return columns
    }

    /// Columns taken by one character (grapheme cluster): two when any scalar asks for emoji presentation or it
    /// is a flag, otherwise the width of its first scalar that takes any room.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        if let first = scalars.first, scalars.count == 1 { return of(first) }
        var width = 0
        for scalar in scalars {
            if scalar.value == 0xFE0F { return 2 }  // emoji presentation selector: "1️⃣", "❤️"
            if (0x1F1E6...0x1F1FF).contains(scalar.value) { return 2 }  // a pair of regional indicators: a flag
            if width == 0 { width = of(scalar) }
        }
        return width
    }

    /// Columns taken by one scalar on its own.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        if value < 0x300 { return 1 }  // Latin and its supplements: the common case, quickly
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if (0x1160...0x11FF).contains(value) { return 0 }  // Hangul medial and final jamo join the syllable before
        if isWide(value) || scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// The longest prefix of `text` that fits in `columns`, never splitting a wide character.
    public static func prefix(of text: String, fitting columns: Int) -> Substring {
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let width = of(text[index])
            if used + width > columns { break }
            used += width
            end = text.index(after: index)
        }
        return text[..<end]
    }

    /// `text` cut to at most `columns`, ending in `…` when it had to be cut.
    public static func truncate(_ text: String, to columns: Int) -> String {
        guard of(text) > columns else { return text }
        guard columns > 1 else { return columns == 1 ? "…" : "" }
        return String(prefix(of: text, fitting: columns - 1)) + "…"
    }

    /// `text` padded with spaces to `columns` — on the right, or on the left for numbers (`alignRight`); unchanged
    /// if it is already as wide.
    public static func pad(_ text: String, to columns: Int, alignRight: Bool = false) -> String {
        let width = of(text)
        guard width < columns else { return text }
        let gap = String(repeating: " ", count: columns - width)
        return alignRight ? gap + text : text + gap
    }

    /// Whether `value` lies in a wide range (binary search: the table is sorted and its ranges disjoint).
    private static func isWide(_ value: UInt32) -> Bool {
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = wideRanges[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }

    // East Asian Width W or F, Unicode 14.0.0 (tools/unicode-width/generate.py).
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0, 0x23F3...0x23F3,
        0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F, 0x2693...0x2693, 0x26A1...0x26A1,
        0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA,
        0x26F2...0x26F3, 0x26F5...0x26F5, 0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B,
        0x2728...0x2728, 0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
        0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55, 0x2E80...0x303E,
        0x3041...0x3247, 0x3250...0x4DBF, 0x4E00...0xA4C6, 0xA960...0xA97C, 0xAC00...0xD7A3, 0xF900...0xFAD9,
        0xFE10...0xFE19, 0xFE30...0xFE6B, 0xFF01...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x1B2FB, 0x1F004...0x1F004,
        0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F320, 0x1F32D...0x1F335,
        0x1F337...0x1F37C, 0x1F37E...0x1F393, 0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0,
        0x1F3F4...0x1F3F4, 0x1F3F8...0x1F43E, 0x1F440...0x1F440, 0x1F442...0x1F4FC, 0x1F4FF...0x1F53D,
        0x1F54B...0x1F54E, 0x1F550...0x1F567, 0x1F57A...0x1F57A, 0x1F595...0x1F596, 0x1F5A4...0x1F5A4,
        0x1F5FB...0x1F64F, 0x1F680...0x1F6C5, 0x1F6CC...0x1F6CC, 0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6DF,
        0x1F6EB...0x1F6EC, 0x1F6F4...0x1F6FC, 0x1F7E0...0x1F7F0, 0x1F90C...0x1F93A, 0x1F93C...0x1F945,
        0x1F947...0x1F9FF, 0x1FA70...0x1FAF6, 0x20000...0x3134A,
    ]
}

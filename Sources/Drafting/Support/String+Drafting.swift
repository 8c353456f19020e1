/// Small text edits the drafting code needs, written without Foundation to keep the target pure.
extension StringProtocol {
    /// The text without spaces, tabs or line breaks at either end.
    func trimmingCharacters() -> String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s = s.dropFirst() }
        while s.last?.isWhitespace == true { s = s.dropLast() }
        return String(s)
    }
}

extension String {
    /// This text with every `target` replaced (Foundation-free, for the word lists).
    func replacingOccurrences(of target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}

extension String {
    /// This text with its first occurrence of `target` replaced.
    func replacingFirst(_ target: String, with replacement: String) -> String {
        let chars = Array(self)
        let needle = Array(target)
        guard !needle.isEmpty, chars.count >= needle.count else { return self }
        for start in 0...(chars.count - needle.count) where Array(chars[start..<(start + needle.count)]) == needle {
            return String(chars[..<start]) + replacement + String(chars[(start + needle.count)...])
        }
        return self
    }
}

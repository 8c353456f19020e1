/// Finds every repeated key in a YAML mapping, which the YAML parser reports one mapping at a time.
///
/// Each later occurrence of a key is renamed in the source to a marked name at the same position, so that the
/// document parses and the reader reports every duplicate at its own line and column, with its section.
enum DuplicateKeys {
    private static let marker = "\u{2063}recall-duplicate-"

    /// The source with the later occurrences of `keys` renamed, in the block mapping whose first key of that
    /// name is at `line`:`column`; nil when they cannot be found (say, in a one-line `{a: 1, a: 2}`).
    static func rename(_ keys: [String], firstAt line: Int, column: Int, in text: String, counter: inout Int) -> String? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let indent = column - 1
        var renamed = false
        for key in keys {
            var seenFirst = false
            var index = line - 1
            while index < lines.count {
                let scalars = Array(lines[index].unicodeScalars)
                let leading = scalars.prefix { $0 == " " }.count
                let blank = leading == scalars.count || scalars[leading] == "#"
                if index > line - 1, !blank, leading < indent { break }
                if index == line - 1 || leading == indent, scalars.count > indent, keyMatches(key, scalars[indent...]) {
                    if seenFirst {
                        counter += 1
                        let rest = String(String.UnicodeScalarView(scalars[(indent + keyLength(key, scalars[indent...]))...]))
                        let head = String(String.UnicodeScalarView(scalars[..<indent]))
                        lines[index] = head + "\"" + key + marker + "\(counter)\"" + rest
                        renamed = true
                    }
                    seenFirst = true
                }
                index += 1
            }
        }
        return renamed ? lines.joined(separator: "\n") : nil
    }

    /// The key as written, and whether this occurrence repeats an earlier one.
    static func original(_ key: String) -> (name: String, isRepeat: Bool) {
        guard let range = key.firstRange(of: marker) else { return (key, false) }
        return (String(key[..<range.lowerBound]), true)
    }

    private static func keyMatches(_ key: String, _ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        let length = keyLength(key, scalars)
        guard length > 0 else { return false }
        var rest = scalars.dropFirst(length)
        while rest.first == " " { rest = rest.dropFirst() }
        return rest.first == ":"
    }

    /// How many scalars the key takes at the start of `scalars` (plain, 'single' or "double" quoted), 0 if absent.
    private static func keyLength(_ key: String, _ scalars: ArraySlice<Unicode.Scalar>) -> Int {
        let k = Array(key.unicodeScalars)
        for quote in ["", "'", "\""] {
            let q = Array(quote.unicodeScalars)
            let candidate = q + k + q
            if scalars.count >= candidate.count, Array(scalars.prefix(candidate.count)) == candidate { return candidate.count }
        }
        return 0
    }
}

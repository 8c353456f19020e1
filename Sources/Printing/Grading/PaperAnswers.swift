/// The answers read off one paper, by question number: `1:B 2:"23 August 1945" 3:T`.
public struct PaperAnswers: Hashable, Sendable {
    public var byNumber: [Int: String]

    public init(_ byNumber: [Int: String] = [:]) {
        self.byNumber = byNumber
    }

    /// A problem reading answers, in words a teacher can act on.
    public struct ReadError: Error, Hashable, Sendable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// Reads `N:answer` pairs from the command line's arguments, each holding one or more.
    public static func parse(arguments: [String]) throws(ReadError) -> PaperAnswers {
        var out = PaperAnswers()
        for argument in arguments {
            for (number, answer) in try pairs(in: argument) {
                guard out.byNumber[number] == nil else { throw ReadError(message: "question \(number) is answered twice") }
                out.byNumber[number] = answer
            }
        }
        return out
    }

    /// Reads `N:answer` pairs from one text: `1:B 2:"23 August 1945" 3:T`. An answer runs to the next
    /// ` N:` or, when quoted, to its closing quote.
    public static func parse(_ text: String) throws(ReadError) -> PaperAnswers {
        try parse(arguments: [text])
    }

    static func pairs(in text: String) throws(ReadError) -> [(Int, String)] {
        let chars = Array(text)
        var i = 0
        var out: [(Int, String)] = []
        func skipSpaces() { while i < chars.count, chars[i].isWhitespace || chars[i] == "," || chars[i] == ";" { i += 1 } }
        /// Whether a `N:` marker starts at `j`.
        func marker(at j: Int) -> (number: Int, end: Int)? {
            var k = j
            while k < chars.count, chars[k].isASCII, chars[k].isNumber { k += 1 }
            guard k > j, k < chars.count, chars[k] == ":" || chars[k] == "=", let n = Int(String(chars[j..<k])) else { return nil }
            return (n, k + 1)
        }
        skipSpaces()
        while i < chars.count {
            guard let (number, start) = marker(at: i) else {
                let rest = String(chars[i...]).prefix(20)
                throw ReadError(message: "expected an answer like 1:B or 2:\"23 August 1945\", found '\(rest)'")
            }
            i = start
            var answer = ""
            if i < chars.count, let close = Self.closingQuote(for: chars[i]) {
                i += 1
                while i < chars.count, chars[i] != close {
                    answer.append(chars[i])
                    i += 1
                }
                guard i < chars.count else { throw ReadError(message: "the answer to question \(number) has no closing quote") }
                i += 1
            } else {
                // Up to the next ` N:` marker.
                var j = i
                while j < chars.count {
                    if chars[j].isWhitespace || chars[j] == "," || chars[j] == ";" {
                        var k = j
                        while k < chars.count, chars[k].isWhitespace || chars[k] == "," || chars[k] == ";" { k += 1 }
                        if k < chars.count, marker(at: k) != nil { break }
                    }
                    j += 1
                }
                answer = String(chars[i..<j])
                i = j
            }
            out.append((number, answer.trimmingWhitespace))
            skipSpaces()
        }
        return out
    }

    static func closingQuote(for c: Character) -> Character? {
        switch c {
        case "\"": "\""
        case "'": "'"
        case "“": "”"
        case "«": "»"
        default: nil
        }
    }
}

extension String {
    var trimmingWhitespace: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}

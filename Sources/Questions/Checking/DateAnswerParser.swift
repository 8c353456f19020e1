import Facts
import Foundation

/// Reads a date as a learner types it: `1945-08-23`, `23 August 1945`, `August 23, 1945`, `23 Aug 1945`,
/// `1945`, `44 BC`, `AD 476`, `23/08/1945` when unambiguous, and ranges such as `1904–1905` or `1904 to 1905`.
enum DateAnswerParser {
    enum Reading: Equatable {
        case date(DateValue)
        /// Day and month could be either way round (`05/08/1945`).
        case ambiguous
        case unreadable
    }

    static let months: [String: Int] = {
        var map: [String: Int] = [:]
        for (i, name) in HistoricalDate.monthNames.enumerated() {
            let lower = name.lowercased()
            map[lower] = i + 1
            map[String(lower.prefix(3))] = i + 1
        }
        map["sept"] = 9
        return map
    }()

    /// "1957–58" or "1904-05" for a key of years: the short second year stands for the first's last digits
    /// (for other keys "1904-05" is May 1904).
    static func expandingShortYears(_ text: String, for key: DateValue) -> String {
        guard key.isRange, key.start.precision == .year, key.end.precision == .year else { return text }
        let t = Phrasing.trimmed(text)
        let parts = t.split(whereSeparator: { "-–—/".contains($0) }).map { $0.trimmingCharacters() }
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigitCharacter) }),
            parts[1].count < parts[0].count, let a = Int(parts[0]), let b = Int(parts[1])
        else { return text }
        let scale = Int(pow(10, Double(parts[1].count)))
        var high = a / scale * scale + b
        if high < a { high += scale }
        return "\(a)–\(high)"
    }

    static let hedges: Set<String> = ["c", "c.", "ca", "ca.", "circa", "about", "around", "approximately", "approx", "approx.", "roughly"]

    static func read(_ text: String) -> Reading {
        var t = text.lowercased()
        for (from, to) in [("\u{2212}", "-"), ("–", " – "), ("—", " – "), (",", " "), ("\u{00A0}", " ")] {
            t = t.replacingAll(from, with: to)
        }
        t = t.replacingAll("b.c.e.", with: "bce").replacingAll("b.c.", with: "bc").replacingAll("a.d.", with: "ad").replacingAll(
            "c.e.", with: "ce")
        var words = t.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        words.removeAll { ["the", "of", "on", "in", "year"].contains($0) }
        // A hedge hedges nothing a teacher marks: "c. 1709", "c.1709", "about 1709", "from c. 1904 to 1905".
        words = words.map { $0.hasPrefix("c.") && $0.dropFirst(2).first?.isASCIIDigitCharacter == true ? String($0.dropFirst(2)) : $0 }
        words.removeAll { Self.hedges.contains($0) }
        if words.first == "from" || words.first == "between" { words.removeFirst() }
        // "5-6 September 1972": a hyphen between two days is a span's dash.
        words = words.flatMap { word -> [String] in
            let parts = word.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 2, parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isASCIIDigitCharacter) }) else {
                return [word]
            }
            return [String(parts[0]), "–", String(parts[1])]
        }
        // Ranges: "1904 – 1905", "Aug 1942 - Nov 1944", "1904 to 1905", "1904 and 1905", "1904-1905".
        for separator in ["–", "-", "to", "and", "until"] {
            if let i = words.firstIndex(of: separator), i > 0, i < words.count - 1 {
                return range(Array(words[..<i]), Array(words[(i + 1)...]))
            }
        }
        if words.count == 1, let dash = rangeDash(words[0]) {
            return range([String(words[0][..<dash])], [String(words[0][words[0].index(after: dash)...])])
        }
        return single(words)
    }

    /// The dash that separates two years in "1904-1905" (not the minus of a BC year or an ISO date's dashes).
    private static func rangeDash(_ word: String) -> String.Index? {
        let parts = word.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigitCharacter) }), parts[1].count >= 3 else {
            return nil
        }
        return word.firstIndex(of: "-")
    }

    /// A span's two ends. The first may leave out what it shares with the second, as people write spans
    /// within one year: "5–6 September 1972", "30 October – 3 November 1911", "March–December 1811".
    private static func range(_ a: [String], _ b: [String]) -> Reading {
        guard case .date(.single(let high)) = single(b) else {
            // The month first, said once: "September 5–6, 1972", "May 5 to 6 1972".
            if let month = a.first(where: { months[$0] != nil }), !b.contains(where: { months[$0] != nil }), b.count >= 2 {
                return range(a + b.suffix(1), [month] + b)
            }
            return .unreadable
        }
        // Borrowing first: a bare "5" would read as the year 5; and before a month it is only ever a day.
        let bareDay = a.count == 1 && a[0].count <= 2 && high.month != nil
        for borrowed in Array(1..<max(1, b.count)) + (bareDay ? [] : [0]) {
            // What is borrowed makes the first end as precise as the second: "24–25 August 79 AD" is not AD 24.
            if case .date(.single(let low)) = single(a + b.suffix(borrowed)), low < high, borrowed == 0 || low.precision == high.precision {
                return .date(.range(low, high))
            }
        }
        return .unreadable
    }

    private static func single(_ input: [String]) -> Reading {
        var words = input
        guard !words.isEmpty else { return .unreadable }
        var era: Int = 1
        if let i = words.firstIndex(where: { ["bc", "bce"].contains($0) }) {
            era = -1
            words.remove(at: i)
        }
        if let i = words.firstIndex(where: { ["ad", "ce"].contains($0) }) { words.remove(at: i) }
        if words.count == 1 {
            let w = words[0]
            if w.contains("/") { return slashed(w, era: era) }
            if w.contains("-") || w.allSatisfy(\.isASCIIDigitCharacter) { return iso(w, era: era) }
        }
        // Words: a month name, a day, a year, in any order ("23 August 1945", "August 23 1945").
        var month: Int?
        var numbers: [Int] = []
        for w in words {
            var token = Substring(w)
            while token.last == "." { token = token.dropLast() }
            if let m = months[String(token)] {
                guard month == nil else { return .unreadable }
                month = m
                continue
            }
            for suffix in ["st", "nd", "rd", "th"]
            where token.hasSuffix(suffix) && token.dropLast(2).allSatisfy(\.isASCIIDigitCharacter) && token.count > 2 {
                token = token.dropLast(2)
            }
            guard !token.isEmpty, token.allSatisfy(\.isASCIIDigitCharacter), token.count <= 4, let n = Int(token) else {
                return .unreadable
            }
            numbers.append(n)
        }
        guard let month else { return .unreadable }
        switch numbers.count {
        case 1:
            return make(year: numbers[0] * era, month: month, day: nil)
        case 2:
            // The day comes before the year ("23 August 1945", "August 23, 1945") unless it cannot be a day.
            let (day, year): (Int, Int)
            if numbers[0] <= 31 {
                (day, year) = (numbers[0], numbers[1])
            } else if numbers[1] <= 31 {
                (day, year) = (numbers[1], numbers[0])
            } else {
                return .unreadable
            }
            return make(year: year * era, month: month, day: day)
        default:
            return .unreadable
        }
    }

    private static func iso(_ w: String, era: Int) -> Reading {
        var body = Substring(w)
        var sign = era
        if body.first == "-" {
            sign = -1
            body = body.dropFirst()
        }
        let parts = body.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCIIDigitCharacter) }),
            let year = Int(parts[0])
        else { return .unreadable }
        let month = parts.count > 1 ? Int(parts[1]) : nil
        let day = parts.count > 2 ? Int(parts[2]) : nil
        return make(year: year * sign, month: month, day: day)
    }

    /// `23/08/1945` (day first) or `08/23/1945` (month first), read only when one reading is possible or both agree;
    /// `08/1945` is a month.
    private static func slashed(_ w: String, era: Int) -> Reading {
        let parts = w.split(separator: "/", omittingEmptySubsequences: false)
        let n = parts.compactMap { Int($0) }
        guard n.count == parts.count else { return .unreadable }
        switch n.count {
        case 2:
            if (1...12).contains(n[0]), w.split(separator: "/")[1].count >= 3 { return make(year: n[1] * era, month: n[0], day: nil) }
            guard n[0] < n[1] else { return .unreadable }
            guard case .date(.single(let a)) = make(year: n[0] * era, month: nil, day: nil),
                case .date(.single(let b)) = make(year: n[1] * era, month: nil, day: nil), a < b
            else { return .unreadable }
            return .date(.range(a, b))
        case 3:
            let dayFirst = make(year: n[2] * era, month: n[1], day: n[0])
            let monthFirst = make(year: n[2] * era, month: n[0], day: n[1])
            switch (dayFirst, monthFirst) {
            case (.date(let a), .date(let b)): return a == b ? .date(a) : .ambiguous
            case (.date(let a), _): return .date(a)
            case (_, .date(let b)): return .date(b)
            default: return .unreadable
            }
        default:
            return .unreadable
        }
    }

    private static func make(year: Int, month: Int?, day: Int?) -> Reading {
        guard year != 0, abs(year) <= 9999 else { return .unreadable }
        if let month {
            guard (1...12).contains(month) else { return .unreadable }
            if let day {
                guard (1...HistoricalDate.daysIn(month: month, year: year)).contains(day) else { return .unreadable }
            }
        } else if day != nil {
            return .unreadable
        }
        return .date(.single(HistoricalDate(year: year, month: month, day: day)))
    }
}

extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        return components(separatedBy: target).joined(separator: replacement)
    }
}

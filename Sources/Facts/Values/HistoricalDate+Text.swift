extension HistoricalDate: CustomStringConvertible {
    public static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// The date as a reader says it: "1945", "August 1945", "23 August 1945", "15 March 44 BC".
    public var description: String {
        let yearText = isBC ? "\(-year) BC" : "\(year)"
        guard let month else { return yearText }
        let monthText = Self.monthNames[month - 1]
        guard let day else { return "\(monthText) \(yearText)" }
        return "\(day) \(monthText) \(yearText)"
    }

    /// The date as a deck writes it: "1945-08-23", "-44-03-15", "0476-09-04" is written "476-09-04".
    public var isoText: String {
        var text = "\(year)"
        if let month { text += "-" + twoDigits(month) }
        if let day { text += "-" + twoDigits(day) }
        return text
    }

    private func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// Parses a deck date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, year of one to four digits, `-` for BC).
    ///
    /// Returns a message a deck author can act on when the text is not a possible date.
    public static func parse(_ text: String) -> Result<HistoricalDate, DateParseError> {
        var rest = Substring(text.trimmingSpaces)
        var negative = false
        if rest.first == "-" {
            negative = true
            rest = rest.dropFirst()
        }
        let parts = rest.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else {
            return .failure(.malformed(text))
        }
        guard parts[0].count <= 4, let yearValue = Int(parts[0]) else { return .failure(.malformed(text)) }
        guard yearValue != 0 else { return .failure(.yearZero(text)) }
        let year = negative ? -yearValue : yearValue
        var month: Int?
        var day: Int?
        if parts.count >= 2 {
            guard parts[1].count == 2, let m = Int(parts[1]) else { return .failure(.malformed(text)) }
            guard (1...12).contains(m) else { return .failure(.month(m, text)) }
            month = m
        }
        if parts.count == 3 {
            // Three parts always set the month above.
            guard let month, parts[2].count == 2, let d = Int(parts[2]) else { return .failure(.malformed(text)) }
            let days = daysIn(month: month, year: year)
            guard (1...days).contains(d) else {
                return .failure(.day(d, month: month, year: year, days: days, text))
            }
            day = d
        }
        return .success(HistoricalDate(year: year, month: month, day: day))
    }
}

/// Why a date could not be read.
public enum DateParseError: Error, Equatable, Sendable, CustomStringConvertible {
    case malformed(String)
    case yearZero(String)
    case month(Int, String)
    case day(Int, month: Int, year: Int, days: Int, String)
    case reversedRange(String)

    public var description: String {
        switch self {
        case .malformed(let text):
            "'\(text)' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (like 1945, 1945-08 or 1945-08-23), a range like 1904/1905, and -44 for 44 BC"
        case .yearZero(let text):
            "'\(text)' is not a date: there is no year 0 (1 BC is followed by AD 1)"
        case .month(let month, let text):
            "'\(text)' is not a date: there is no month \(month) (months run from 01 to 12)"
        case .day(let day, let month, let year, let days, let text):
            "'\(text)' is not a date: \(HistoricalDate(year: year, month: month)) has \(days) days, not \(day)"
        case .reversedRange(let text):
            "'\(text)' is not a date range: the first date must come before the second"
        }
    }
}

extension StringProtocol {
    var trimmingSpaces: Substring {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s = s.dropFirst() }
        while s.last?.isWhitespace == true { s = s.dropLast() }
        return s
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

/// The date of a fact: one date, or a range of two (`1904/1905`).
public enum DateValue: Hashable, Sendable, CustomStringConvertible, Comparable {
    case single(HistoricalDate)
    case range(HistoricalDate, HistoricalDate)

    /// The first date: the one a chronology sorts by.
    public var start: HistoricalDate {
        switch self {
        case .single(let date), .range(let date, _): date
        }
    }

    public var end: HistoricalDate {
        switch self {
        case .single(let date), .range(_, let date): date
        }
    }

    /// The precision of the dates as written (the finer of the two ends of a range).
    public var precision: HistoricalDate.Precision { max(start.precision, end.precision) }

    /// "23 August 1945", or for a range "1904–1905" (an en dash; spaced when the ends have spaces).
    public var description: String {
        switch self {
        case .single(let date):
            return date.description
        case .range(let low, let high):
            let (a, b) = (low.description, high.description)
            return a.contains(" ") || b.contains(" ") ? "\(a) – \(b)" : "\(a)–\(b)"
        }
    }

    /// As a deck writes it: `1945-08-23` or `1904/1905`.
    public var isoText: String {
        switch self {
        case .single(let date): date.isoText
        case .range(let low, let high): "\(low.isoText)/\(high.isoText)"
        }
    }

    public static func < (lhs: DateValue, rhs: DateValue) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    /// Parses a deck date or range; see `HistoricalDate.parse`.
    public static func parse(_ text: String) -> Result<DateValue, DateParseError> {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        switch parts.count {
        case 1:
            return HistoricalDate.parse(text).map(DateValue.single)
        case 2:
            let low: HistoricalDate
            let high: HistoricalDate
            switch HistoricalDate.parse(String(parts[0])) {
            case .success(let d): low = d
            case .failure(let e): return .failure(e)
            }
            switch HistoricalDate.parse(String(parts[1])) {
            case .success(let d): high = d
            case .failure(let e): return .failure(e)
            }
            guard low < high else { return .failure(.reversedRange(text)) }
            return .success(.range(low, high))
        default:
            return .failure(.malformed(text))
        }
    }
}

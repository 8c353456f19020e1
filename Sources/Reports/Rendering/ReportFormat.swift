import Foundation

/// How numbers, shares and moments are written in every human-readable rendering.
public enum ReportFormat {
    /// `0.4567` → `46%`; nil → `–`.
    public static func percent(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "–" }
        return "\(Int((value * 100).rounded()))%"
    }

    /// A signed index to two decimals: `0.35`, `-0.10`; nil → `–`.
    public static func index(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "–" }
        let rounded = (value * 100).rounded() / 100
        return String(format: "%.2f", rounded == 0 ? 0 : rounded)
    }

    /// A moment as its local date and time, `2026-11-26 14:05`, in `timeZone`.
    public static func moment(_ date: Date?, timeZone: TimeZone) -> String {
        guard let date else { return "never" }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0)
    }

    /// A moment as ISO 8601 in UTC with seconds, `2026-11-26T14:05:00Z`, for files.
    public static func iso(_ date: Date?) -> String {
        guard let date else { return "" }
        return date.formatted(.iso8601)
    }
}

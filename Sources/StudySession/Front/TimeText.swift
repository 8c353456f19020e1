import Foundation

/// Times and durations in words, in English, the same on every machine (no locale).
public enum TimeText {
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]

    private static func calendar(_ timeZone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    /// "14:05".
    public static func clock(_ moment: Date, timeZone: TimeZone) -> String {
        let parts = calendar(timeZone).dateComponents([.hour, .minute], from: moment)
        return two(parts.hour ?? 0) + ":" + two(parts.minute ?? 0)
    }

    /// "Sat 29 Nov", with the year when it is not `reference`'s year.
    public static func day(_ moment: Date, reference: Date, timeZone: TimeZone) -> String {
        let calendar = calendar(timeZone)
        let parts = calendar.dateComponents([.year, .month, .day, .weekday], from: moment)
        let year = calendar.component(.year, from: reference)
        var text = "\(weekdays[(parts.weekday ?? 1) - 1]) \(parts.day ?? 1) \(months[(parts.month ?? 1) - 1])"
        if parts.year != year { text += " \(parts.year ?? year)" }
        return text
    }

    /// When `moment` comes, from `now`: "now", "in 10 minutes", "in 3 hours (at 17:20)", "tomorrow (Sat 29
    /// Nov)", "in 12 days (Wed 10 Dec)", "in 4 months (Tue 31 Mar 2026)".
    public static func relative(_ moment: Date, from now: Date, timeZone: TimeZone) -> String {
        let seconds = moment.timeIntervalSince(now)
        if seconds < 30 { return "now" }
        if seconds < 3_600 {
            let minutes = max(1, Int((seconds / 60).rounded()))
            return "in \(minutes) minute\(minutes == 1 ? "" : "s")"
        }
        let calendar = calendar(timeZone)
        let days = calendar.dateComponents([.day], from: calendar.startOfDay(for: now), to: calendar.startOfDay(for: moment)).day ?? 0
        if days == 0 || seconds < 6 * 3_600 {
            let hours = max(1, Int((seconds / 3_600).rounded()))
            return "in \(hours) hour\(hours == 1 ? "" : "s") (at \(clock(moment, timeZone: timeZone)))"
        }
        let date = day(moment, reference: now, timeZone: timeZone)
        if days == 1 { return "tomorrow (\(date))" }
        if days < 60 { return "in \(days) days (\(date))" }
        if days < 730 { return "in \(Int((Double(days) / 30.44).rounded())) months (\(date))" }
        return "in \(Int((Double(days) / 365.25).rounded())) years (\(date))"
    }

    /// An interval for an answer button, as Anki shows it: "<1m", "10m", "3h", "4d", "1.5mo", "2.1y".
    public static func short(_ seconds: TimeInterval) -> String {
        if seconds < 60 { return "<1m" }
        if seconds < 3_600 { return "\(Int((seconds / 60).rounded()))m" }
        if seconds < 86_400 { return "\(Int((seconds / 3_600).rounded()))h" }
        let days = seconds / 86_400
        if days < 30 { return "\(Int(days.rounded()))d" }
        if days < 365 { return oneDecimal(days / 30.44) + "mo" }
        return oneDecimal(days / 365.25) + "y"
    }

    /// A session's length: "45 s", "4 min 12 s", "1 h 5 min".
    public static func duration(_ seconds: TimeInterval) -> String {
        let total = Int(seconds.rounded())
        if total < 60 { return "\(total) s" }
        if total < 3_600 { return "\(total / 60) min \(total % 60) s" }
        return "\(total / 3_600) h \(total % 3_600 / 60) min"
    }

    /// A response time: "3.2 s", "14 s".
    public static func responseTime(_ seconds: TimeInterval) -> String {
        seconds < 10 ? oneDecimal(seconds) + " s" : "\(Int(seconds.rounded())) s"
    }

    private static func two(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }

    private static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}

import Foundation

/// Numbers study days: the day of a moment is the local calendar date, in the learner's time zone, of the moment
/// less the rollover hour — as fsrs-rs's converter dates Anki's reviews — counted from 1970-01-01.
///
/// Two reviews `n` study days apart are what FSRS's training calls `delta_t = n`: a review after midnight but
/// before the rollover belongs to the evening's day.
public struct StudyDayIndex: Sendable {
    public let timeZone: TimeZone
    public let rolloverHour: Int
    /// The zone's UTC offset by hour since 1970: a log of a million reviews asks the time zone a few thousand times.
    private var offsets: [Int: Int] = [:]

    public init(timeZone: TimeZone, rolloverHour: Int = 4) {
        precondition((0...23).contains(rolloverHour), "the rollover hour is 0...23")
        self.timeZone = timeZone
        self.rolloverHour = rolloverHour
    }

    /// The study day holding `moment`, as days since 1970-01-01.
    public mutating func day(of moment: Date) -> Int {
        let seconds = moment.timeIntervalSince1970
        let hour = Int((seconds / 3_600).rounded(.down))
        let offset: Int
        if let known = offsets[hour] {
            offset = known
        } else {
            offset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(hour) * 3_600))
            offsets[hour] = offset
        }
        let local = seconds + Double(offset - rolloverHour * 3_600)
        return Int((local / 86_400).rounded(.down))
    }
}

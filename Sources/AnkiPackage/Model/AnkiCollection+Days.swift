import Foundation

extension AnkiCollection {
    /// The moment study day `number` begins: Anki counts review cards' due dates in days from the study day
    /// holding `created`, each beginning at the rollover hour where the collection was created. Old files
    /// without `creationOffset` count whole 24-hour periods from `created` itself.
    public func start(ofDay number: Int64) -> Date {
        let first: TimeInterval
        if let offsetMinutes = creationOffsetMinutes {
            // Local time there is UTC minus the offset; a day starts at the rollover hour of local time.
            let local = created.timeIntervalSince1970 - Double(offsetMinutes * 60)
            let rollover = Double(rolloverHour * 3_600)
            let dayStart = ((local - rollover) / 86_400).rounded(.down) * 86_400 + rollover
            first = dayStart + Double(offsetMinutes * 60)
        } else {
            first = created.timeIntervalSince1970
        }
        return Date(timeIntervalSince1970: first + Double(number) * 86_400)
    }
}

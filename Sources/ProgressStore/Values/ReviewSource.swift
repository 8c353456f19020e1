/// Where a review came from.
public enum ReviewSource: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// Answered in `recall study`.
    case study
    /// Marked on a printed quiz and entered afterwards.
    case paper
    /// Brought in by `recall progress import` from a log without a source column.
    case `import`
    /// Brought in from an Anki collection's review log by `recall anki import`.
    case anki
    /// Practice outside the schedule: logged, but it never changes the card's memory state.
    case cram

    /// False for cram: those reviews are kept in the log but leave the card's state as it was.
    public var changesMemory: Bool { self != .cram }

    public var description: String { rawValue }
}

/// Where a card is in its life: never seen, stepping through (re)learning, or spaced in days.
public enum CardPhase: String, Sendable, Hashable, Codable, CaseIterable {
    /// Never reviewed.
    case new
    /// Seen, still on the learning steps (minutes apart).
    case learning
    /// Graduated: scheduled in whole days.
    case review
    /// Forgotten in review, back on the relearning steps.
    case relearning

    /// True for the two phases that run on short steps rather than days.
    public var isStepping: Bool { self == .learning || self == .relearning }
}

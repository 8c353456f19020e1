/// How much one study day may hold; the defaults are Anki's.
public struct StudyLimits: Sendable, Hashable, Codable {
    /// New cards introduced per study day.
    public var newPerDay: Int
    /// Review cards shown per study day (learning cards are never held back).
    public var reviewsPerDay: Int

    public init(newPerDay: Int = 20, reviewsPerDay: Int = 200) {
        self.newPerDay = newPerDay
        self.reviewsPerDay = reviewsPerDay
    }
}

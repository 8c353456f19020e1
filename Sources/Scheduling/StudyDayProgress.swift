/// What the learner has already done in the current study day, as counted from the review log.
public struct StudyDayProgress: Sendable, Hashable {
    /// New cards seen for the first time today.
    public var newIntroduced: Int
    /// Review cards answered today.
    public var reviewsDone: Int
    /// Sibling groups (facts) of the cards reviewed today.
    public var reviewedSiblingGroups: Set<String>

    public init(newIntroduced: Int = 0, reviewsDone: Int = 0, reviewedSiblingGroups: Set<String> = []) {
        self.newIntroduced = newIntroduced
        self.reviewsDone = reviewsDone
        self.reviewedSiblingGroups = reviewedSiblingGroups
    }
}

import Foundation

/// How a session runs: who studies, what, and in which mode.
public struct StudyOptions: Sendable {
    /// The learner's name, shown in the header.
    public var learner: String
    /// What is being studied, shown in the header: a deck's id, or several joined.
    public var title: String
    /// Ask every card as a flashcard and let the learner grade it (`--flashcards`).
    public var flashcards: Bool
    /// Practise ahead without touching the schedule (`--cram`).
    public var cram: Bool
    /// New cards to introduce this session, instead of what is left of the daily limit (`--new N`).
    public var newLimit: Int?
    /// Stop after this many answers (`--limit N`).
    public var limit: Int?
    /// The learner's time zone, for the study day and the dates shown.
    public var timeZone: TimeZone
    /// When only learning cards are left, one due within this long is shown early (Anki's learn-ahead limit).
    public var learnAhead: TimeInterval
    /// Cards in a cram session when `limit` does not say.
    public var cramSize: Int

    public init(
        learner: String, title: String, flashcards: Bool = false, cram: Bool = false, newLimit: Int? = nil,
        limit: Int? = nil, timeZone: TimeZone, learnAhead: TimeInterval = 20 * 60, cramSize: Int = 50
    ) {
        self.learner = learner
        self.title = title
        self.flashcards = flashcards
        self.cram = cram
        self.newLimit = newLimit
        self.limit = limit
        self.timeZone = timeZone
        self.learnAhead = learnAhead
        self.cramSize = cramSize
    }
}

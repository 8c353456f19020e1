/// One review as it travels between a device and the server: the review log's fields, nothing derived.
///
/// Memory states never travel: each side replays the log through the learner's scheduler, so a state is
/// always what the reviews make of it. Ratings and sources travel as their raw values so that a hostile or
/// newer body is refused by the server with a sentence naming the review, not by a decoding error.
public struct WireReview: Codable, Sendable, Hashable {
    /// The review's stable id (`ReviewID.derive` for reviews made by Recall), the same on every device.
    public var id: String
    /// The learner's name; a push may carry only the token holder's own reviews.
    public var learner: String
    /// The card id, `deck/section/fact/slot`.
    public var card: String
    /// Microseconds since 1970-01-01 UTC.
    public var reviewedAt: Int64
    /// 1 again, 2 hard, 3 good, 4 easy.
    public var rating: Int
    /// `study`, `paper`, `import` or `cram`.
    public var source: String
    public var durationMs: Int?
    public var questionForm: String?
    public var answer: String?
    public var correct: Bool?
    /// The position the server gave the review in its learner's log; nil in what a device sends.
    public var seq: Int64?

    public init(
        id: String, learner: String, card: String, reviewedAt: Int64, rating: Int, source: String,
        durationMs: Int? = nil, questionForm: String? = nil, answer: String? = nil, correct: Bool? = nil,
        seq: Int64? = nil
    ) {
        self.id = id
        self.learner = learner
        self.card = card
        self.reviewedAt = reviewedAt
        self.rating = rating
        self.source = source
        self.durationMs = durationMs
        self.questionForm = questionForm
        self.answer = answer
        self.correct = correct
        self.seq = seq
    }

    /// The same review, whatever sequence number either side knows it by.
    public func sameContent(as other: WireReview) -> Bool {
        var a = self
        var b = other
        a.seq = nil
        b.seq = nil
        return a == b
    }
}

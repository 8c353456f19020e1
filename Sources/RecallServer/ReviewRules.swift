import SyncWire

/// What the server accepts as a review: every rule a review must pass before anything is stored.
struct ReviewRules: Sendable {
    let catalog: DeckCatalog
    /// The server's clock now, in microseconds since 1970.
    let now: Int64

    /// Checks a request's reviews for `learner`, in order; refuses the whole request at the first review
    /// that breaks a rule, naming it. Exact repeats within the request are dropped.
    func check(_ reviews: [WireReview], learner: String, sources: Set<String>? = nil) throws -> [WireReview] {
        guard reviews.count <= SyncLimits.maximumPush else {
            throw APIError.tooLarge("\(reviews.count) reviews in one request; send at most \(SyncLimits.maximumPush) at a time")
        }
        var seen: [String: WireReview] = [:]
        var kept: [WireReview] = []
        kept.reserveCapacity(reviews.count)
        for (index, review) in reviews.enumerated() {
            var review = review
            review.seq = nil
            if let problem = problem(with: review, learner: learner, sources: sources) {
                throw APIError.unprocessable(
                    "review \(index + 1) ('\(review.id.prefix(SyncLimits.maximumIDLength))'): \(problem); nothing was stored")
            }
            if let earlier = seen[review.id] {
                guard earlier == review else {
                    throw APIError.conflict("review id '\(review.id)' is sent twice with different contents; nothing was stored")
                }
                continue
            }
            seen[review.id] = review
            kept.append(review)
        }
        return kept
    }

    /// Why one review is refused, or nil.
    func problem(with review: WireReview, learner: String, sources: Set<String>?) -> String? {
        if review.id.isEmpty { return "the id is empty" }
        if review.id.count > SyncLimits.maximumIDLength { return "the id is longer than \(SyncLimits.maximumIDLength) characters" }
        if review.id.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0 == " " }) {
            return "the id holds a space or a control character"
        }
        if review.learner != learner {
            return "it is \(review.learner.prefix(SyncLimits.maximumNameLength))'s review, and this token may write only \(learner)'s"
        }
        if review.card.count > SyncLimits.maximumCardLength {
            return "the card id is longer than \(SyncLimits.maximumCardLength) characters"
        }
        if let problem = catalog.problem(with: review.card) { return problem }
        if review.reviewedAt < 0 { return "it is dated before 1970" }
        if review.reviewedAt > now + SyncLimits.clockSkewMicroseconds {
            return "it is dated in the future (after the server's clock plus five minutes): check the device's clock"
        }
        if !(1...4).contains(review.rating) { return "rating \(review.rating) is not 1 (again), 2 (hard), 3 (good) or 4 (easy)" }
        let allowed = sources ?? ["study", "paper", "import", "cram"]
        if !allowed.contains(review.source) {
            return "source '\(review.source.prefix(20))' is not one of \(allowed.sorted().joined(separator: ", "))"
        }
        if let duration = review.durationMs, !(0...SyncLimits.maximumDurationMs).contains(duration) {
            return "duration \(duration) ms is not between 0 and a day"
        }
        if let form = review.questionForm, form.count > SyncLimits.maximumQuestionFormLength {
            return "the question form is longer than \(SyncLimits.maximumQuestionFormLength) characters"
        }
        if let answer = review.answer, answer.count > SyncLimits.maximumAnswerLength {
            return "the answer is longer than \(SyncLimits.maximumAnswerLength) characters"
        }
        for text in [review.card, review.questionForm ?? "", review.answer ?? ""] where text.unicodeScalars.contains("\u{0}") {
            return "a field holds a NUL character"
        }
        return nil
    }
}

import Facts
import Foundation
import Scheduling
import SeededRandom

/// A study session as a state machine: it picks the next card, asks it in a form fitted to its memory,
/// grades the answer, records the review — committed before anything else happens — and shows when the
/// card comes back. It reads no clock and no global random generator: both are passed in.
///
/// A front end (`StudyRunner`, interactive or line mode) shows `phase` and calls one action per input.
public final class StudySession {
    public private(set) var phase: StudyPhase
    /// A one-line note about what just happened ("Buried for the rest of this session."), for the next screen.
    public private(set) var notice: String?
    public let options: StudyOptions

    private let store: any StudyStore
    private let questions: any QuestionProvider
    private let clock: StudyClock
    private var generator: SeededGenerator
    private let chooser: FormChooser
    private let rule: RatingRule

    private var scheduler = Scheduler()
    private var day: StudyDay
    private var cramming = false
    private let startedAt: Date
    /// Cards still to ask, in order.
    private var pending: [DueCard] = []
    /// Learning cards coming back later today, earliest first.
    private var waiting: [DueCard] = []
    /// The card on screen, while asking.
    private var current: DueCard?
    /// Answers of this session, in order, for undo and the summary.
    private var answers: [Answer] = []
    private var buried = 0
    private var cardsByID: [String: StudyCard] = [:]

    private struct Answer {
        var card: DueCard
        var feedback: Feedback
    }

    public init(
        store: any StudyStore, questions: any QuestionProvider, options: StudyOptions, clock: StudyClock,
        generator: SeededGenerator, chooser: FormChooser = FormChooser(), rule: RatingRule = RatingRule()
    ) {
        self.store = store
        self.questions = questions
        self.options = options
        self.clock = clock
        self.generator = generator
        self.chooser = chooser
        self.rule = rule
        let now = clock.now()
        startedAt = now
        day = StudyDay(containing: now, timeZone: options.timeZone)
        phase = .nothingDue(NothingDue(outlook: StudyOutlook(), learningDue: nil, now: now))
        for card in questions.cards {
            cardsByID[card.id.description] = card
        }
    }

    /// Builds today's queue and shows the first question (or says nothing is due).
    public func start() throws {
        if options.cram {
            try startCram()
            return
        }
        let now = clock.now()
        let plan = try store.plan(for: questions.cards, now: now, timeZone: options.timeZone, newLimit: options.newLimit)
        scheduler = plan.scheduler
        day = plan.queue.day
        pending = plan.queue.cards
        if let limit = options.limit { pending = Array(pending.prefix(max(0, limit))) }
        try advance()
        if case .finished(let summary) = phase {
            phase = .nothingDue(NothingDue(outlook: summary.outlook, learningDue: plan.queue.nextLearningDue, now: now))
        }
    }

    /// Practise ahead: every card, the least likely to be remembered first (new cards last), recorded as
    /// cram — the schedule is not touched.
    public func startCram() throws {
        let now = clock.now()
        cramming = true
        notice = nil
        let ids = questions.cards.map(\.id)
        let states = try store.states(of: ids)
        var studied: [(Double, Int, DueCard)] = []
        var unseen: [DueCard] = []
        for (index, card) in questions.cards.enumerated() {
            if let state = states[card.id] {
                let dueCard = DueCard(cardID: card.id.description, siblingGroup: card.siblingGroup, state: state)
                studied.append((scheduler.retrievability(of: state, at: now), index, dueCard))
            } else {
                unseen.append(DueCard(cardID: card.id.description, siblingGroup: card.siblingGroup, state: .new(createdAt: now)))
            }
        }
        studied.sort { ($0.0, $0.1) < ($1.0, $1.1) }
        pending = Array((studied.map(\.2) + unseen).prefix(options.limit ?? options.cramSize))
        waiting = []
        try advance()
    }

    // MARK: - Actions

    /// Records the answer to the question on screen and shows its feedback. A self-graded flashcard goes
    /// straight on to the next card, with the outcome as the notice.
    public func answer(_ response: Response) throws {
        guard case .asking(let asked) = phase, let card = current else { return }
        let now = clock.now()
        let duration = max(0, now.timeIntervalSince(asked.shownAt))
        let verdict: Verdict?
        let rating: Rating
        var pace: RatingRule.Pace?
        if case .selfGraded(let chosen) = response {
            verdict = nil
            rating = chosen
        } else {
            let judged = asked.question.check(response)
            verdict = judged
            rating = rule.rating(for: judged, duration: duration, question: asked.question)
            pace = rule.pace(of: duration, for: asked.question)
        }
        let review = StudyReview(
            card: asked.question.card, form: asked.question.form, rating: rating, reviewedAt: now, duration: duration,
            answer: verdict?.given, correct: verdict.map(\.isRight), cram: asked.isCram)
        let recorded = try store.record(review)
        let feedback = Feedback(
            question: asked.question, verdict: verdict, rating: rating, gradedRating: rating, pace: pace,
            duration: duration, recorded: recorded, answeredAt: now)
        answers.append(Answer(card: card, feedback: feedback))
        current = nil
        requeue(card, after: recorded, rating: rating)
        phase = .feedback(feedback)
        notice = nil
        if verdict == nil {
            notice = "\(rating.title): " + comesBack(feedback)
            try proceed()
        }
    }

    /// The feedback of the session's last answer, if any is left after undos.
    public var lastFeedback: Feedback? { answers.last?.feedback }

    /// Changes the rating of the last answer (shown in its feedback, or just before the question on screen).
    public func rate(_ rating: Rating) throws {
        guard let last = answers.last, rating != last.feedback.rating else { return }
        switch phase {
        case .feedback, .asking: break
        default: return
        }
        var feedback = last.feedback
        var review = feedback.recorded.review
        review.rating = rating
        let recorded = try store.replace(feedback.recorded, with: review)
        unqueue(last.card.cardID)
        requeue(last.card, after: recorded, rating: rating)
        feedback.rating = rating
        feedback.recorded = recorded
        answers[answers.count - 1].feedback = feedback
        if case .feedback = phase { phase = .feedback(feedback) }
    }

    /// Moves on from the feedback to the next card, or ends the session when none is left.
    public func proceed() throws {
        if case .asking = phase { return }
        if let limit = options.limit, answers.count >= limit {
            try finish()
            return
        }
        try advance()
    }

    /// Undoes the session's last answer: the review is removed, the card's state restored, and the card
    /// asked again. Returns false, changing nothing, when there is no answer to undo.
    @discardableResult
    public func undo() throws -> Bool {
        guard let last = answers.last else {
            notice = "Nothing to undo."
            return false
        }
        switch phase {
        case .asking, .feedback: break
        default: return false
        }
        try store.undo(last.feedback.recorded)
        answers.removeLast()
        unqueue(last.card.cardID)
        if let current {
            pending.insert(current, at: 0)
            self.current = nil
        }
        notice = "Undone: the last answer is forgotten, its question is asked again."
        ask(last.card, at: clock.now(), again: last.feedback.question)
        return true
    }

    /// Buries the card on screen until the next study day and moves on.
    public func bury() throws {
        guard case .asking = phase, let card = current, let id = CardID(card.cardID) else { return }
        if !cramming {
            try store.bury(id, until: day.end)
        }
        buried += 1
        current = nil
        notice = cramming ? "Skipped." : "Buried for the rest of this session."
        try advance()
    }

    /// Shows a flashcard's back.
    public func reveal() {
        guard case .asking(var asked) = phase, case .reveal = asked.question.input else { return }
        asked.revealed = true
        phase = .asking(asked)
    }

    /// Ends the session now; everything answered is already saved.
    public func finish() throws {
        if case .finished = phase { return }
        let now = clock.now()
        if let current {
            pending.insert(current, at: 0)
            self.current = nil
        }
        let right = answers.filter { answer in
            answer.feedback.verdict?.isRight ?? (answer.feedback.rating != .again)
        }.count
        let summary = StudySummary(
            answered: answers.count, right: right, buried: buried, duration: now.timeIntervalSince(startedAt),
            learningDue: cramming ? nil : learningDue,
            outlook: try store.outlook(for: questions.cards, now: now, timeZone: options.timeZone), cram: cramming,
            endedAt: now)
        phase = .finished(summary)
    }

    // MARK: - What the header shows

    /// Cards left by kind (the one on screen included) and answers so far.
    public var counts: StudyCounts {
        var counts = StudyCounts(new: 0, learning: 0, review: 0, done: answers.count)
        var all = pending + waiting
        if let current { all.append(current) }
        for card in all {
            switch card.state.phase {
            case .new: counts.new += 1
            case .learning, .relearning: counts.learning += 1
            case .review: counts.review += 1
            }
        }
        if let limit = options.limit {
            // Never promise more than the limit leaves.
            var room = max(0, limit - answers.count)
            let new = min(counts.new, room)
            room -= new
            let learning = min(counts.learning, room)
            room -= learning
            counts = StudyCounts(new: new, learning: learning, review: min(counts.review, room), done: counts.done)
        }
        return counts
    }

    /// When the first learning card still in the session comes due (the one on screen included).
    private var learningDue: Date? {
        var all = pending + waiting
        if let current { all.append(current) }
        return all.filter(\.state.phase.isStepping).map(\.state.due).min()
    }

    /// True while practising ahead.
    public var isCramming: Bool { cramming }

    /// When the card of this feedback comes back, in words: "back in 10 minutes", or for cram that the
    /// schedule is unchanged.
    public func comesBack(_ feedback: Feedback) -> String {
        let due = feedback.recorded.after.due
        if feedback.isCram {
            return "cram, schedule unchanged (due \(TimeText.relative(due, from: feedback.answeredAt, timeZone: options.timeZone)))"
        }
        return "back \(TimeText.relative(due, from: feedback.answeredAt, timeZone: options.timeZone))"
    }

    // MARK: - The queue

    /// Shows the next card that has a question, or finishes.
    private func advance() throws {
        let now = clock.now()
        while let card = nextCard(at: now) {
            if ask(card, at: now) { return }
        }
        try finish()
    }

    private func nextCard(at now: Date) -> DueCard? {
        if let index = waiting.firstIndex(where: { $0.state.due <= now }) {
            return waiting.remove(at: index)
        }
        if !pending.isEmpty { return pending.removeFirst() }
        if let first = waiting.first, first.state.due <= now.addingTimeInterval(options.learnAhead) {
            return waiting.removeFirst()
        }
        return nil
    }

    /// Puts `card` on screen in a form fitted to its memory (or `again`, the question it was just asked);
    /// false when no question can be made for it.
    @discardableResult
    private func ask(_ card: DueCard, at now: Date, again: StudyQuestion? = nil) -> Bool {
        guard let id = CardID(card.cardID) else { return false }
        let state: CardState? = card.state.phase == .new && card.state.reps == 0 ? nil : card.state
        if let again {
            show(again, card: card, state: state, at: now)
            return true
        }
        let available = questions.forms(of: id)
        let lastForm = (try? store.lastForm(of: id)) ?? nil
        var tried: Set<QuestionForm> = []
        while true {
            let candidates = available.filter { !tried.contains($0) }
            guard
                let form = chooser.choose(
                    from: candidates, state: state, lastForm: lastForm, flashcards: options.flashcards, using: &generator)
            else { return false }
            tried.insert(form)
            guard var question = questions.question(for: id, form: form, using: &generator) else { continue }
            if options.flashcards, case .typed = question.input {
                // Asked as a flashcard, and logged as one: the learner grades it.
                question.input = .reveal(back: question.answer)
                question.form = .flashcard
            }
            show(question, card: card, state: state, at: now)
            return true
        }
    }

    private func show(_ question: StudyQuestion, card: DueCard, state: CardState?, at now: Date) {
        var previews: [Rating: CardState] = [:]
        if case .reveal = question.input, !cramming {
            let seed = FuzzSeed.derive(cardID: card.cardID, reviewCount: card.state.reps)
            previews = scheduler.preview(state ?? .new(createdAt: now), at: now, fuzzSeed: seed)
        }
        current = card
        phase = .asking(
            AskedQuestion(question: question, state: state, isCram: cramming, revealed: false, previews: previews, shownAt: now))
        let upcoming = (waiting.prefix(1) + pending.prefix(2)).compactMap { CardID($0.cardID) }
        if !upcoming.isEmpty { store.prepare(upcoming) }
    }

    /// After an answer: a learning card due again today waits its turn; in cram, a forgotten card comes back
    /// at the end.
    private func requeue(_ card: DueCard, after recorded: RecordedReview, rating: Rating) {
        if cramming || recorded.review.cram {
            if rating == .again { pending.append(card) }
            return
        }
        let after = recorded.after
        guard after.phase.isStepping, after.due < day.end else { return }
        let next = DueCard(cardID: card.cardID, siblingGroup: card.siblingGroup, state: after)
        let index = waiting.firstIndex { $0.state.due > after.due } ?? waiting.count
        waiting.insert(next, at: index)
    }

    /// Takes every queued copy of a card out (before it is asked again after an undo or a new rating).
    private func unqueue(_ cardID: String) {
        waiting.removeAll { $0.cardID == cardID }
        if cramming, let index = pending.lastIndex(where: { $0.cardID == cardID }) {
            pending.remove(at: index)
        }
    }
}

extension Rating {
    /// The button's name: "Again", "Hard", "Good", "Easy".
    public var title: String {
        switch self {
        case .again: "Again"
        case .hard: "Hard"
        case .good: "Good"
        case .easy: "Easy"
        }
    }
}

import ParallelWork
import ProgressStore
import Reports
import Scheduling

extension StudentHistory {
    /// A student's history as the progress store read it.
    public init(_ member: ClassProgress.Member) {
        self.init(name: member.name, cards: member.cards, reviews: member.answers.map(ReportReview.init))
    }
}

extension ReportReview {
    /// One answer as the progress store logged it.
    public init(_ answer: ClassProgress.Answer) {
        self.init(
            card: answer.card, reviewedAt: answer.reviewedAt, rating: answer.rating, source: Source(answer.source),
            correct: answer.correct, phaseBefore: answer.phaseBefore, intervalDaysBefore: answer.intervalDaysBefore,
            after: answer.source.changesMemory ? answer.after : nil)
    }
}

extension ReportReview.Source {
    public init(_ source: ReviewSource) {
        switch source {
        case .study: self = .study
        case .paper: self = .paper
        case .import, .anki: self = .import
        case .cram: self = .cram
        }
    }
}

extension ClassReport {
    /// The report on a class as the progress file holds it now: every student's states and log for the
    /// decks' cards, read in one snapshot. Study days roll over at the class's hour (`options.rolloverHour`
    /// is replaced by it).
    public static func make(store: ProgressStore, className: String, deck: ReportDeck, options: ReportOptions) throws -> ClassReport {
        let progress = try store.classProgress(className, decks: deck.decks.map(\.id))
        var options = options
        options.rolloverHour = progress.settings.dayRolloverHour
        let members = progress.members
        return make(
            className: className, deck: deck, students: Parallel.map(members.count) { StudentHistory(members[$0]) }, options: options)
    }
}

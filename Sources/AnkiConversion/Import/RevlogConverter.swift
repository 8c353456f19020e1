import AnkiPackage
import Facts
import Foundation
import ProgressStore
import Scheduling

/// Turns Anki's review log into Recall's reviews, treating each kind of entry as Anki does when it works out
/// a card's memory (docs/anki.md lists them):
/// - an answer (learning, review, relearning, or a review in a filtered deck that reschedules) is a review,
///   source `anki`, with Anki's button as the rating (the old scheduler's three learning buttons mapped to
///   Again, Good and Easy);
/// - an answer in a filtered deck that does not reschedule (cramming) is kept as `cram`, which changes nothing;
/// - Forget (reset to new) ends the card's history: the answers before it are kept as `cram` too;
/// - set due date, reposition and rescheduling on a settings change are not answers and are left out;
/// - entries of cards that no longer exist, or whose note did not come across, are left out.
///
/// Beside the reviews it gives, for each card in review, the due date and interval Anki holds for it
/// (`schedules`), so that the schedule goes on where Anki left it, set due dates included.
public struct RevlogConverter: Sendable {
    /// How many entries went which way.
    public struct Counts: Sendable, Hashable {
        public var reviews = 0
        public var crammed = 0
        public var beforeReset = 0
        public var scheduleChanges = 0
        public var deletedCards = 0
        public var cardsLeftOut = 0
        public var unknown = 0

        public init() {}
    }

    public struct Result: Sendable {
        public var entries: [ReviewLogEntry]
        public var counts: Counts
        /// The due date and interval Anki gave each card in review after the last answer brought in.
        public var schedules: [GivenSchedule]
    }

    public let collection: AnkiCollection
    public let cardMap: [Int64: CardID]
    public let learner: LearnerName

    public init(collection: AnkiCollection, cardMap: [Int64: CardID], learner: LearnerName) {
        self.collection = collection
        self.cardMap = cardMap
        self.learner = learner
    }

    public func convert() -> Result {
        var counts = Counts()
        let existing = Set(collection.cards.map(\.id))
        var byCard: [Int64: [AnkiRevlogEntry]] = [:]
        for entry in collection.revlog { byCard[entry.cardID, default: []].append(entry) }
        let cards = Dictionary(collection.cards.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var entries: [ReviewLogEntry] = []
        entries.reserveCapacity(collection.revlog.count)
        var schedules: [GivenSchedule] = []
        let oldScheduler = collection.schedulerVersion == 1
        for (cardID, unsorted) in byCard.sorted(by: { $0.key < $1.key }) {
            let log = unsorted.sorted { $0.id < $1.id }
            guard let card = cardMap[cardID] else {
                if existing.contains(cardID) { counts.cardsLeftOut += log.count } else { counts.deletedCards += log.count }
                continue
            }
            let name = card.description
            var lastAnswer: Date?
            let reset = log.lastIndex { $0.kind == .manual && $0.ease == 0 && $0.factor == 0 }
            for (index, entry) in log.enumerated() {
                guard let kind = entry.kind, (0...4).contains(entry.ease) else {
                    counts.unknown += 1
                    continue
                }
                guard entry.ease > 0 else {
                    counts.scheduleChanges += 1
                    continue
                }
                var ease = entry.ease
                if oldScheduler, kind == .learning || kind == .relearning, ease == 2 || ease == 3 { ease += 1 }
                guard let rating = Rating(rawValue: ease) else {
                    counts.unknown += 1
                    continue
                }
                var source = ReviewSource.anki
                if kind == .filtered && entry.factor == 0 {
                    source = .cram
                    counts.crammed += 1
                } else if let reset, index < reset {
                    source = .cram
                    counts.beforeReset += 1
                } else if kind == .manual || kind == .rescheduled {
                    counts.scheduleChanges += 1
                    continue
                } else {
                    counts.reviews += 1
                }
                let moment = Date(timeIntervalSince1970: Double(entry.id) / 1000)
                if source == .anki { lastAnswer = moment }
                entries.append(
                    ReviewLogEntry(
                        learner: learner, card: name, reviewedAt: moment, rating: rating, durationMs: max(0, entry.time),
                        source: source, questionForm: "anki"))
            }
            if let lastAnswer, let ankiCard = cards[cardID], let schedule = schedule(of: ankiCard, card: name, after: lastAnswer) {
                schedules.append(schedule)
            }
        }
        return Result(entries: entries, counts: counts, schedules: schedules)
    }

    /// The due date and interval Anki holds for a card in review (in a filtered deck, its home deck's), as a
    /// schedule following the card's last answer; nil for cards Anki has new or on a learning step.
    func schedule(of card: AnkiCard, card name: String, after lastAnswer: Date) -> GivenSchedule? {
        guard card.type == .review, card.interval > 0 else { return nil }
        let day = card.originalDeckID != 0 && card.originalDue != 0 ? card.originalDue : card.due
        let due = collection.start(ofDay: day)
        guard due > lastAnswer else { return nil }
        return GivenSchedule(card: name, after: lastAnswer, due: due, intervalDays: card.interval)
    }
}

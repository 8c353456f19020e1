import Foundation
import ProgressStore
import Reports
import ReportsStorage
import Scheduling
import Testing

/// Reading a class's history from the store, and the report made from it.
@Suite struct ClassProgressTests {
    typealias F = ReportFixtures

    @Test func readsBackEveryStateAndAnswerOfTheChosenDecks() throws {
        let store = try ProgressStore.inMemory()
        try store.createClass("7B")
        let ann = LearnerName("Ann")!
        _ = try store.addStudents([ann, LearnerName("Bob")!], to: "7B")
        let start = F.ago(days: 5)
        var recorded: [Review] = []
        for (i, card) in ["x/terms/a/term", "x/terms/b/term", "y/terms/c/term", "x/terms/a/term"].enumerated() {
            let draft = ReviewDraft(
                learner: ann, card: card, rating: i == 3 ? .again : .good, source: i == 1 ? .paper : .study, correct: i == 1 ? true : nil)
            recorded.append(try store.record(draft, at: start.addingTimeInterval(Double(i) * 3_600)))
        }
        _ = try store.record(ReviewDraft(learner: ann, card: "x/terms/b/term", rating: .good, source: .cram), at: F.ago(days: 1))

        let progress = try store.classProgress("7B", decks: ["x"])
        #expect(progress.members.map(\.name) == ["Ann", "Bob"])
        let member = progress.members[0]
        #expect(member.answers.map(\.card) == ["x/terms/a/term", "x/terms/b/term", "x/terms/a/term", "x/terms/b/term"])
        #expect(member.answers[1].source == .paper && member.answers[1].correct == true)
        #expect(member.answers[2].after == recorded[3].after)
        #expect(member.answers[2].phaseBefore == recorded[3].phaseBefore)
        #expect(Set(member.cards.keys) == ["x/terms/a/term", "x/terms/b/term"])
        #expect(member.cards["x/terms/a/term"] == (try store.cardState(of: "x/terms/a/term", for: ann)))
        #expect(progress.members[1].answers.isEmpty)
        #expect(try store.classProgress("7B", decks: nil).members[0].answers.count == 5)
        #expect(throws: SchoolClassError.unknownClass("8A", known: ["7B"])) { try store.classProgress("8A", decks: nil) }
    }

    @Test func theReportFromTheStoreIsTheReportFromThePlainInputs() throws {
        let store = try ProgressStore.inMemory()
        try store.createClass("7B")
        let names = ["Ann", "Bob", "Cy"].map { LearnerName($0)! }
        _ = try store.addStudents(names, to: "7B")
        var generator = SplitMix64(seed: 7)
        for _ in 0..<200 {
            let learner = names[Int(generator.next() % 3)]
            let card = "x/terms/\(["a", "b", "c", "d"][Int(generator.next() % 4)])/term"
            let at = F.ago(days: Double(generator.next() % 40), hours: Double(generator.next() % 24))
            _ = try? store.record(
                ReviewDraft(learner: learner, card: card, rating: Rating(rawValue: Int(1 + generator.next() % 4))!), at: at)
        }
        let deck = F.deck(facts: ["a", "b", "c", "d"])
        let fromStore = try ClassReport.make(store: store, className: "7B", deck: deck, options: F.options())
        let students = try store.classProgress("7B", decks: ["x"]).members.map(StudentHistory.init)
        let plain = ClassReport.make(className: "7B", deck: deck, students: students, options: F.options())
        #expect(fromStore == plain)
        #expect(fromStore.summary.reviews > 0)
    }
}

/// SplitMix64: a small seeded generator so tests never touch the system's randomness.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

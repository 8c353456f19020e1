import Foundation
import Scheduling
import Testing

@testable import ProgressStore

@Suite("ProgressStore fitted FSRS parameters")
struct ProgressStoreFittedParametersTests {
    static let fitted: [Double] = [
        0.4, 1.6, 3.1, 12.5, 6.2, 0.7, 2.8, 0.02, 1.7, 0.18, 0.9, 1.6, 0.07, 0.3, 1.5, 0.55, 2.2, 0.5, 0.1, 0.07, 0.18,
    ]

    static func fit(_ weights: [Double] = fitted, at moment: Date = at("2026-11-30T12:00:00Z")) -> FittedParameters {
        FittedParameters(
            scope: .learner, weights: weights, fittedAt: moment, reviews: 1_234, items: 900, cards: 80, learners: 1,
            deck: nil, method: .full, before: ModelEvaluation(logLoss: 0.35, rmseBins: 0.06, items: 900),
            after: ModelEvaluation(logLoss: 0.33, rmseBins: 0.04, items: 900))
    }

    /// Three reviews each of a few cards, days apart, and a cram answer that must not count.
    static func seed(_ store: ProgressStore, learner name: String, deck: String = "physics") throws {
        for card in 0..<3 {
            for (day, rating) in [(1, Rating.good), (3, .good), (9, .again)] {
                try store.record(
                    ReviewDraft(learner: learner(name), card: "\(deck)/terms/t\(card)/definition", rating: rating, durationMs: 4_000),
                    at: at("2026-01-\(String(format: "%02d", day))T10:0\(card):00Z"))
            }
        }
        try store.record(
            ReviewDraft(learner: learner(name), card: "\(deck)/terms/t0/definition", rating: .again, source: .cram),
            at: at("2026-01-10T10:00:00Z"))
    }

    @Test("the weights are a setting: checked, stored rounded to six places, and used by the scheduler")
    func setting() throws {
        let store = try makeStore()
        let alice = learner("alice")
        let text = Self.fitted.map { String($0) }.joined(separator: ", ")
        #expect(
            try store.set(.fsrsParameters, to: "[\(text)]", for: .learner(alice)) == Self.fitted.map { String($0) }.joined(separator: " "))
        let settings = try store.settings(for: alice)
        #expect(settings.weights == Self.fitted)
        #expect(settings.scheduler.parameters.weights == Self.fitted)
        #expect(settings.origin(of: .fsrsParameters) == .learner)
        #expect(
            try store.set(
                .fsrsParameters, to: (Self.fitted.dropLast() + [0.1234567891]).map { String($0) }.joined(separator: " "), for: .global
            )
            .hasSuffix(" 0.123457"))
    }

    @Test(
        "bad weights are refused with what is wrong",
        arguments: [
            (
                "1 2 3",
                "fsrs-parameters must be 21 numbers within FSRS-6's bounds, as recall optimize prints them: expected 21 FSRS weights, got 3"
            ),
            (
                "0.2 x",
                "fsrs-parameters must be 21 numbers within FSRS-6's bounds, as recall optimize prints them; '0.2 x' is not a list of numbers"
            ),
        ])
    func refused(_ value: String, _ message: String) throws {
        let store = try makeStore()
        #expect(throws: ProgressStoreError.invalidSetting(message)) { try store.set(.fsrsParameters, to: value, for: .global) }
    }

    @Test("a weight outside its bounds is named")
    func outOfBounds() throws {
        var weights = Self.fitted
        weights[20] = 0.9
        let store = try makeStore()
        #expect(
            throws: ProgressStoreError.invalidSetting(
                "fsrs-parameters must be 21 numbers within FSRS-6's bounds, as recall optimize prints them: FSRS weight w20 = 0.9 is outside 0.1...0.8"
            )
        ) {
            try store.set(.fsrsParameters, to: weights.map { String($0) }.joined(separator: " "), for: .global)
        }
    }

    @Test("the training log holds each card's memory-changing answers in order, never cram; a class pools its students")
    func trainingLog() throws {
        let store = try makeStore()
        try Self.seed(store, learner: "alice")
        try Self.seed(store, learner: "bob", deck: "history")
        _ = try store.addStudents([learner("alice"), learner("bob")], to: try store.createClass("9a").name)
        let alice = try store.trainingLog(for: .learner(learner("alice")))
        #expect(alice.histories.count == 3 && alice.learners == 1 && alice.reviews == 9)
        #expect(alice.histories[0].reviews.map(\.rating) == [.good, .good, .again])
        #expect(alice.histories[0].reviews.map(\.phase) == [.new, .learning, .review])
        #expect(alice.histories[0].reviews[0].durationMs == 4_000)
        let pooled = try store.trainingLog(for: .schoolClass("9a"))
        #expect(pooled.histories.count == 6 && pooled.learners == 2)
        #expect(try store.trainingLog(for: .schoolClass("9a"), deck: "history").histories.count == 3)
        #expect(throws: ProgressStoreError.self) { try store.trainingLog(for: .learner(learner("nobody"))) }
    }

    @Test("applying stores the weights with where they came from and replays the learner's cards in one go")
    func apply() throws {
        let store = try makeStore()
        let alice = learner("alice")
        try Self.seed(store, learner: "alice")
        let before = try #require(try store.cardState(of: "physics/terms/t0/definition", for: alice))
        let applied = try store.apply(Self.fit(), to: .learner(alice))
        #expect(applied == AppliedParameters(learners: 1, cards: 3))
        #expect(try store.settings(for: alice).weights == Self.fitted)
        let after = try #require(try store.cardState(of: "physics/terms/t0/definition", for: alice))
        #expect(after.stability != before.stability)

        // Exactly what a fresh replay of the same log under the new weights gives.
        let fresh = try makeStore()
        try fresh.set(.fsrsParameters, to: SettingKey.formatWeights(Self.fitted), for: .learner(alice))
        try Self.seed(fresh, learner: "alice")
        #expect(try fresh.cardState(of: "physics/terms/t0/definition", for: alice) == after)
        #expect(
            try fresh.history(of: "physics/terms/t0/definition", for: alice).map(\.after)
                == (try store.history(of: "physics/terms/t0/definition", for: alice).map(\.after)))

        let recorded = try #require(try store.fittedParameters(for: .learner(alice)))
        #expect(recorded.weights == Self.fitted && recorded.reviews == 1_234 && recorded.cards == 80)
        #expect(recorded.fittedAt == at("2026-11-30T12:00:00Z") && recorded.method == .full)
        #expect(recorded.after?.logLoss == 0.33 && recorded.before?.rmseBins == 0.06)

        // Set by hand afterwards: the weights are no longer the fitted ones.
        var other = Self.fitted
        other[0] = 0.5
        try store.set(.fsrsParameters, to: SettingKey.formatWeights(other), for: .learner(alice))
        #expect(try store.fittedParameters(for: .learner(alice)) == nil)
    }

    @Test("a class's weights reach the students without weights of their own, and only their cards are replayed")
    func applyToClass() throws {
        let store = try makeStore()
        try Self.seed(store, learner: "alice")
        try Self.seed(store, learner: "bob")
        _ = try store.addStudents([learner("alice"), learner("bob")], to: try store.createClass("9a").name)
        var own = SchedulerParameters.defaultWeights
        own[0] = 0.3
        try store.set(.fsrsParameters, to: SettingKey.formatWeights(own), for: .learner(learner("bob")))
        let bobBefore = try store.cardState(of: "physics/terms/t1/definition", for: learner("bob"))
        let applied = try store.apply(Self.fit(), to: .schoolClass("9a"))
        #expect(applied == AppliedParameters(learners: 1, cards: 3))
        #expect(try store.settings(for: learner("alice")).weights == Self.fitted)
        #expect(try store.settings(for: learner("alice")).origin(of: .fsrsParameters) == .class("9a"))
        #expect(try store.settings(for: learner("bob")).weights == own)
        #expect(try store.cardState(of: "physics/terms/t1/definition", for: learner("bob")) == bobBefore)
        #expect(try store.fittedParameters(for: .schoolClass("9a"))?.weights == Self.fitted)
        #expect(throws: ProgressStoreError.self) { try store.apply(Self.fit(), to: .schoolClass("nope")) }
    }
}

import Foundation
import Scheduling
import Testing

@testable import ProgressStore

@Suite("ProgressStore settings")
struct ProgressStoreSettingsTests {
    @Test("the defaults are py-fsrs's with fuzz on and Anki's limits")
    func defaults() throws {
        let settings = try makeStore().settings(for: learner("alice"))
        #expect(settings.algorithm == .fsrs && settings.desiredRetention == 0.9 && settings.fuzz)
        #expect(settings.newPerDay == 20 && settings.reviewsPerDay == 200 && settings.dayRolloverHour == 4)
        #expect(settings.learningSteps == [60, 600] && settings.relearningSteps == [600])
        #expect(settings.scheduler == Scheduler())
        #expect(SettingKey.allCases.allSatisfy { settings.origin(of: $0) == .default })
    }

    @Test("values are checked, stored in canonical form, and shape the scheduler")
    func setsAndReads() throws {
        let store = try makeStore()
        let alice = learner("alice")
        #expect(try store.set(.fuzz, to: "OFF", for: .learner(alice)) == "off")
        #expect(try store.set(.desiredRetention, to: "85%", for: .learner(alice)) == "0.85")
        #expect(try store.set(.learningSteps, to: "30s, 10 1h", for: .learner(alice)) == "30s 10m 1h")
        #expect(try store.set(.relearningSteps, to: "none", for: .learner(alice)) == "none")
        #expect(try store.set(.algorithm, to: "SM2", for: .learner(alice)) == "sm2")
        let settings = try store.settings(for: alice)
        #expect(!settings.fuzz && settings.desiredRetention == 0.85 && settings.algorithm == .sm2)
        #expect(settings.learningSteps == [30, 600, 3600] && settings.relearningSteps == [])
        #expect(settings.scheduler.parameters.enableFuzzing == false)
        #expect(settings.origin(of: .fuzz) == .learner)
        #expect(try store.settings(for: learner("bob")).fuzz)
    }

    @Test(
        "bad values are refused with the allowed range",
        arguments: [
            (SettingKey.desiredRetention, "0.5", "desired-retention must be 0.70–0.99; got '0.5'"),
            (.desiredRetention, "nan", "desired-retention must be 0.70–0.99; got 'nan'"),
            (.newPerDay, "-1", "new-per-day must be 0–9999; got '-1'"),
            (.reviewsPerDay, "lots", "reviews-per-day must be 0–99999; got 'lots'"),
            (.dayRollover, "24", "day-rollover must be 0–23; got '24'"),
            (.fuzz, "sometimes", "fuzz must be on or off; got 'sometimes'"),
            (.algorithm, "leitner", "algorithm must be fsrs or sm2; got 'leitner'"),
            (.maximumInterval, "0", "maximum-interval must be 1–36500; got '0'"),
            (
                .learningSteps, "1m 0m",
                "learning-steps must be durations such as 1m 10m (units s, m, h, d; a bare number is minutes; each 1s–365d; none for no steps); got '1m 0m'"
            ),
            (
                .relearningSteps, "10x",
                "relearning-steps must be durations such as 1m 10m (units s, m, h, d; a bare number is minutes; each 1s–365d; none for no steps); got '10x'"
            ),
        ])
    func refusesBadValues(_ key: SettingKey, _ value: String, _ message: String) throws {
        let store = try makeStore()
        #expect(throws: ProgressStoreError.invalidSetting(message)) { try store.set(key, to: value, for: .learner(learner("alice"))) }
    }

    @Test("a learner's own value beats their class's, which beats the global one; reset falls back")
    func precedence() throws {
        let store = try makeStore()
        let alice = learner("alice")
        try store.set(.newPerDay, to: "5", for: .global)
        #expect(try store.settings(for: alice).newPerDay == 5)
        try store.enroll(alice, in: "7B")
        try store.set(.newPerDay, to: "7", for: .schoolClass("7B"))
        #expect(try store.settings(for: alice).newPerDay == 7)
        #expect(try store.settings(for: alice).origin(of: .newPerDay) == .class("7B"))
        try store.set(.newPerDay, to: "9", for: .learner(alice))
        #expect(try store.settings(for: alice).newPerDay == 9)
        try store.set(.newPerDay, to: "10", for: .learner(alice))
        #expect(try store.settings(for: alice).newPerDay == 10)
        try store.reset(.newPerDay, for: .learner(alice))
        #expect(try store.settings(for: alice).newPerDay == 7)
        #expect(try store.settings(for: learner("bob")).newPerDay == 5)
    }

    @Test("a setting for a class that does not exist is refused, and no class is made")
    func unknownClass() throws {
        let store = try makeStore()
        #expect(throws: ProgressStoreError.invalidSetting("there is no class named '7C': make it with recall class create 7C")) {
            try store.set(.newPerDay, to: "7", for: .schoolClass("7C"))
        }
        #expect(try store.classes().isEmpty)
    }
}

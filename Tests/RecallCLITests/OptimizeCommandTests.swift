import Foundation
import Testing

/// `recall optimize`, run as a user would on a progress file made by importing a generated log.
@Suite struct OptimizeCommandTests {
    /// A learner's log: `cards` cards, each learnt one day (Good or Again, then a same-day step) and reviewed at
    /// growing intervals, forgotten now and then — deterministic, from a small linear congruential generator.
    static func log(learner: String, cards: Int, reviewsPerCard: Int = 6, seed: UInt64 = 1) -> String {
        var state = seed
        func next() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) * 0x1.0p-53
        }
        var lines = ["learner,card,reviewed_at,rating,duration_ms"]
        let start = 1_767_261_600.0  // 2026-01-01T10:00:00Z
        for card in 0..<cards {
            var moment = start + Double(card % 20) * 86_400 + Double(card) * 37
            var interval = 1.0
            let first = next() < 0.3 ? 1 : 3
            for review in 0..<reviewsPerCard {
                let rating: Int
                if review == 0 {
                    rating = first
                } else if review == 1 {
                    rating = 3
                    moment += 600
                } else {
                    rating = next() < 0.15 ? 1 : next() < 0.1 ? 2 : next() < 0.1 ? 4 : 3
                    moment += interval * 86_400 + next() * 7_200
                    interval = rating == 1 ? 1 : interval * (2 + next())
                }
                let iso = ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: moment))
                lines.append("\(learner),physics/terms/t\(card)/definition,\(iso),\(rating),\(4_000 + card % 7 * 1_000)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func folder(logs: [String]) throws -> URL {
        let folder = try RecallBinary.temporaryDirectory()
        for (index, log) in logs.enumerated() {
            let url = folder.appendingPathComponent("log\(index).csv")
            try log.write(to: url, atomically: true, encoding: .utf8)
            let imported = try RecallBinary.run(["progress", "import", url.path], in: folder)
            #expect(imported.status == 0, "\(imported.stderr)")
        }
        return folder
    }

    static let utc = ["TZ": "UTC"]

    @Test func fitsPrintsBeforeAndAfterAndStoresWithApply() throws {
        let folder = try Self.folder(logs: [Self.log(learner: "alice", cards: 80)])
        let result = try RecallBinary.run(["optimize", "--learner", "alice"], in: folder, environment: Self.utc)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.hasPrefix(
                "alice: 480 reviews of 80 cards; 320 of them came a study day or more after the card's previous review and can train FSRS.\nFitted all 21 parameters on "
            ))
        #expect(
            result.stdout.contains(
                "\n               LOG LOSS          RMSE (BINS)\n               in use  fitted    in use  fitted\nwhole log      0."))
        #expect(result.stdout.contains("\nlater reviews  0."))
        #expect(result.stdout.contains("\nw20  0.1542  "))
        #expect(result.stdout.hasSuffix("Run `recall optimize --learner alice --apply` to schedule with them from the next review on.\n"))

        let json = try RecallBinary.run(["optimize", "--learner", "alice", "--json"], in: folder, environment: Self.utc)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(report["method"] as? String == "full" && report["reviews"] as? Int == 480 && report["items"] as? Int == 320)
        let fitted = try #require(report["fitted"] as? [Double])
        #expect(fitted.count == 21 && report["improves"] as? Bool == true)
        let whole = try #require(report["whole_log"] as? [String: [String: Any]])
        #expect((whole["after"]?["log_loss"] as? Double ?? 1) < (whole["before"]?["log_loss"] as? Double ?? 0))

        let before = try RecallBinary.run(["card", "physics/terms/t3/definition", "--learner", "alice", "--json"], in: folder)
        let applied = try RecallBinary.run(["optimize", "--learner", "alice", "--apply"], in: folder, environment: Self.utc)
        #expect(applied.stdout.hasSuffix("and are stored for alice; 80 cards of 1 learner rescheduled with them.\n"))
        let after = try RecallBinary.run(["card", "physics/terms/t3/definition", "--learner", "alice", "--json"], in: folder)
        #expect(before.stdout != after.stdout)

        let settings = try RecallBinary.run(["settings", "--learner", "alice"], in: folder, environment: Self.utc)
        #expect(settings.stdout.contains("fsrs-parameters    fitted  learner"))
        #expect(settings.stdout.contains("FSRS-6 parameters (learner, fitted "))
        #expect(settings.stdout.contains(" on 480 reviews of 80 cards; log loss 0."))
        let value = try RecallBinary.run(["settings", "--learner", "alice", "fsrs-parameters"], in: folder)
        let stored = value.stdout.split(separator: " ").compactMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        #expect(stored.count == 21 && zip(stored, fitted).allSatisfy { abs($0 - $1) < 1e-6 })
        let row = try RecallBinary.run(["settings", "--learner", "alice", "fsrs-parameters", "--json"], in: folder)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(row.stdout.utf8)) as? [String: Any])
        let provenance = try #require(parsed["fitted"] as? [String: Any])
        #expect(provenance["reviews"] as? Int == 480 && provenance["method"] as? String == "full")
    }

    @Test func deckLimitsTheLogToThatDecksReviews() throws {
        // 80 cards of physics and 40 of another deck, for one learner.
        let other = Self.log(learner: "dana", cards: 40, seed: 2).replacingOccurrences(of: "physics/terms/", with: "chemistry/terms/")
        let folder = try Self.folder(logs: [Self.log(learner: "dana", cards: 80), other])
        let all = try RecallBinary.run(["optimize", "--learner", "dana"], in: folder, environment: Self.utc)
        #expect(all.stdout.hasPrefix("dana: 720 reviews of 120 cards;"), "\(all.stdout)")
        let physics = try RecallBinary.run(["optimize", "--learner", "dana", "--deck", "physics"], in: folder, environment: Self.utc)
        #expect(physics.status == 0, "\(physics.stderr)")
        #expect(physics.stdout.hasPrefix("dana (deck physics): 480 reviews of 80 cards;"), "\(physics.stdout)")
        let mistyped = try RecallBinary.run(["optimize", "--learner", "dana", "--deck", "phsyics"], in: folder, environment: Self.utc)
        #expect(mistyped.status == 1)
        #expect(mistyped.stderr.contains("has no reviews of a deck 'phsyics'"), "\(mistyped.stderr)")
    }

    @Test func tooFewReviewsSayHowManyAndKeepTheParameters() throws {
        let folder = try Self.folder(logs: [Self.log(learner: "bob", cards: 3, reviewsPerCard: 3)])
        let result = try RecallBinary.run(["optimize", "--learner", "bob", "--apply"], in: folder, environment: Self.utc)
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                bob: 9 reviews of 3 cards; 3 of them came a study day or more after the card's previous review and can train FSRS.
                That leaves 0 to train on (3 set aside as rare first-review outliers); FSRS needs at least 8 to fit anything and 64 to fit all 21 parameters. Keep studying: the parameters in use stay.

                """)
        let settings = try RecallBinary.run(["settings", "--learner", "bob", "fsrs-parameters"], in: folder)
        #expect(
            settings.stdout
                == "0.212 1.2931 2.3065 8.2956 6.4133 0.8334 3.0194 0.001 1.8722 0.1666 0.796 1.4835 0.0614 0.2629 1.6483 0.6014 1.8729 0.5425 0.0912 0.0658 0.1542\n"
        )
    }

    @Test func aClassPoolsItsStudentsAndItsParametersReachThem() throws {
        let folder = try Self.folder(logs: [
            Self.log(learner: "ann", cards: 40, seed: 2), Self.log(learner: "ben", cards: 40, seed: 3),
        ])
        #expect(try RecallBinary.run(["class", "create", "9a"], in: folder).status == 0)
        #expect(try RecallBinary.run(["class", "add", "9a", "ann", "ben"], in: folder).status == 0)
        let result = try RecallBinary.run(["optimize", "--class", "9a", "--apply"], in: folder, environment: Self.utc)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("class 9a: 480 reviews of 80 cards by 2 learners; "))
        #expect(result.stdout.contains("are stored for class 9a; 80 cards of 2 learners rescheduled with them."))
        let ben = try RecallBinary.run(["settings", "--learner", "ben"], in: folder, environment: Self.utc)
        #expect(ben.stdout.contains("fsrs-parameters    fitted  class 9a"))
        #expect(ben.stdout.contains("FSRS-6 parameters (class 9a, fitted "))
        #expect(ben.stdout.contains(" by 2 learners;"))
    }

    @Test func refusesWhatItCannotDo() throws {
        let folder = try Self.folder(logs: [Self.log(learner: "cat", cards: 2, reviewsPerCard: 2)])
        let both = try RecallBinary.run(["optimize", "--learner", "cat", "--class", "x"], in: folder)
        #expect(both.status != 0 && both.stderr.contains("give --learner or --class, not both"))
        let nobody = try RecallBinary.run(["optimize", "--learner", "nobody"], in: folder)
        #expect(nobody.status == 1)
        #expect(nobody.stderr == "recall: there is no learner named 'nobody' in this progress file\n")
        let noClass = try RecallBinary.run(["optimize", "--class", "7b"], in: folder)
        #expect(noClass.stderr == "recall: there is no class named '7b': make it with recall class create 7b\n")
    }
}

import Facts
import Foundation
import Questions
import Scheduling
import Testing

/// The bank as JSON: its shape, and the same bytes for the same deck and seed.
@Suite struct QuestionBankTests {
    @Test func theJSONHasTheFieldsTheIssueLists() throws {
        let bank = TestDecks.bank(try TestDecks.shipped("siberian-internment"), seed: 5)
        let object = try #require(try JSONSerialization.jsonObject(with: bank.jsonData()) as? [String: Any])
        #expect(Set(object.keys) == ["deck", "seed", "questions", "skipped"])
        #expect(object["deck"] as? String == "siberian-internment")
        #expect(object["seed"] as? Int == 5)
        let questions = try #require(object["questions"] as? [[String: Any]])
        #expect(questions.count == bank.questions.count)
        for q in questions {
            for key in ["id", "card", "fact", "kind", "focus", "prompt", "answer", "explanation", "difficulty"] {
                #expect(q[key] != nil, "\(q["id"] ?? "?") has no \(key)")
            }
            let kind = try #require(q["kind"] as? String)
            #expect(QuestionKind(rawValue: kind) != nil)
            let difficulty = try #require(q["difficulty"] as? Double)
            #expect((0...1).contains(difficulty))
            switch kind {
            case "multiple-choice", "true-false":
                #expect(q["answer"] is String && q["options"] is [String])
            case "matching":
                let pairs = try #require(q["answer"] as? [[String: String]])
                #expect(pairs.allSatisfy { Set($0.keys) == ["item", "match"] })
                #expect(q["items"] is [String] && q["facts"] is [String])
            case "ordering":
                #expect(q["answer"] is [String] && q["options"] is [String] && q["facts"] is [String])
            default:
                #expect(q["answer"] is [String] && q["check"] is [String: Any] && q["options"] == nil)
            }
        }
        let order = try #require(
            questions.first { $0["id"] as? String == "siberian-internment/events/order-9898/date/multiple-choice/when" })
        #expect(order["card"] as? String == "siberian-internment/events/order-9898/date")
        #expect(order["fact"] as? String == "events/order-9898")
        #expect((order["explanation"] as? String)?.hasPrefix("On 23 August 1945, Josef Stalin issued Order Number 9898") == true)
        let typed = try #require(questions.first { $0["id"] as? String == "siberian-internment/events/order-9898/date/typed/when" })
        #expect(typed["check"] as? [String: String] == ["type": "date", "date": "1945-08-23"])
    }

    @Test func skippedQuestionsSayWhy() throws {
        let bank = TestDecks.bank(try TestDecks.shipped("physics"))
        let object = try #require(try JSONSerialization.jsonObject(with: bank.jsonData()) as? [String: Any])
        let skipped = try #require(object["skipped"] as? [[String: String]])
        #expect(!skipped.isEmpty)
        #expect(skipped.allSatisfy { Set($0.keys) == ["card", "fact", "kind", "focus", "reason"] })
        #expect(
            skipped.contains {
                $0["card"] == "physics/figures/age-of-universe/value" && $0["reason"]!.contains("another figure counts years too")
            })
    }

    @Test(arguments: TestDecks.allDeckPaths)
    func whatABankAsksAndSkipsDoesNotDependOnTheSeed(_ path: String) throws {
        // So a printed quiz (any seed) holds only questions the bank makes, and a study session skips the same.
        let deck = try TestDecks.load(path)
        let ids = { (seed: UInt64) in
            Set(TestDecks.bank(deck, seed: seed).questions.filter { $0.kind != .matching && $0.kind != .ordering }.map(\.id))
        }
        let first = ids(1)
        for seed in UInt64(2)...6 {
            #expect(ids(seed) == first, "\(deck.id), seed \(seed): \(ids(seed).symmetricDifference(first).sorted())")
        }
    }

    @Test func theSameDeckAndSeedGiveTheSameBytes() throws {
        let deck = try TestDecks.shipped("physics")
        let first = try TestDecks.bank(deck, seed: 42).jsonData()
        let second = try TestDecks.bank(try TestDecks.shipped("physics"), seed: 42).jsonData()
        #expect(first == second)
    }

    @Test func anotherSeedChangesOptionOrderButNotIDs() throws {
        let deck = try TestDecks.shipped("siberian-internment")
        let a = TestDecks.bank(deck, seed: 1)
        let b = TestDecks.bank(deck, seed: 2)
        #expect(a.questions.map(\.id) == b.questions.map(\.id))
        let changed = zip(a.questions, b.questions).filter { $0.options != $1.options }
        #expect(changed.count > a.questions.count / 4)
    }

    @Test func theJSONDecodesBackToTheSameBank() throws {
        let bank = TestDecks.bank(try TestDecks.shipped("siberian-internment"), seed: 3)
        let decoded = try JSONDecoder().decode(QuestionBank.self, from: bank.jsonData())
        #expect(decoded == bank)
    }

    @Test func countsByKindListEveryKind() throws {
        let bank = TestDecks.bank(try TestDecks.shipped("siberian-internment"))
        #expect(bank.countsByKind.map(\.kind) == QuestionKind.allCases)
        #expect(bank.countsByKind.map(\.count).reduce(0, +) == bank.questions.count)
    }
}

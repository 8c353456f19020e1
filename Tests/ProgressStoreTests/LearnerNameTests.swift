import Foundation
import Testing

@testable import ProgressStore

@Suite("LearnerName")
struct LearnerNameTests {
    @Test("a name is kept composed (NFC): typed composed or decomposed, it is one learner")
    func composed() throws {
        let composed = try #require(LearnerName("Zoë Ørsted"))
        let decomposed = try #require(LearnerName("Zoe\u{308} Ørsted"))
        #expect(composed == decomposed)
        #expect(decomposed.rawValue == "Zoë Ørsted")
        let store = try makeStore()
        try store.record(ReviewDraft(learner: decomposed, card: "c", rating: .good), at: at("2026-01-01T09:00:00Z"))
        try store.record(ReviewDraft(learner: composed, card: "d", rating: .good), at: at("2026-01-01T09:01:00Z"))
        #expect(try store.learners().map(\.name) == ["Zoë Ørsted"])
    }

    @Test(
        "invisible and bidirectional characters are refused, and said to be",
        arguments: [
            ("ann\u{200B}", "U+200B"), ("a\u{200D}nn", "U+200D"), ("\u{202E}nna", "U+202E"), ("ann\u{2066}x\u{2069}", "U+2066"),
            ("\u{FEFF}ann", "U+FEFF"), ("ann\u{2028}bob", "U+2028"),
        ])
    func invisible(_ text: String, _ code: String) {
        #expect(LearnerName(text) == nil)
        #expect(
            LearnerName.problem(with: text)
                == "the learner's name contains an invisible character (\(code)), which would make it differ from a name that looks the same"
        )
    }

    @Test("control characters and spaces at the ends are refused; other scripts and inner spaces are fine")
    func rules() {
        #expect(LearnerName.problem(with: "ann\u{1B}[2J") == "the learner's name contains a control character (U+001B (escape))")
        #expect(LearnerName.problem(with: "ann ") == "the learner's name begins or ends with a space")
        #expect(LearnerName("Ms Tanaka") != nil)
        #expect(LearnerName("田中 花子") != nil)
        #expect(LearnerName("Ἀριστοτέλης") != nil)
    }

    @Test("class names follow the same rules, composed too")
    func classNames() throws {
        #expect(SchoolClassError.problem(withName: "9a\u{202E}") != nil)
        let store = try makeStore()
        try store.createClass("Classe de Mme Lefe\u{300}vre")
        #expect(throws: SchoolClassError.classExists("Classe de Mme Lefèvre")) { try store.createClass("Classe de Mme Lefèvre") }
        _ = try store.addStudents([try #require(LearnerName("Zoë"))], to: "Classe de Mme Lefèvre")
        #expect(throws: SchoolClassError.duplicateStudent("Zoë")) {
            try store.addStudents([LearnerName("Zoë")!, LearnerName("Zoe\u{308}")!], to: "Classe de Mme Lefe\u{300}vre")
        }
    }
}

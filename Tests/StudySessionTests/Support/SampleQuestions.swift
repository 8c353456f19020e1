import Facts
import Foundation
import Scheduling
import SeededRandom
import StudySession

/// A small question provider for tests: a few cards of a made-up deck, each with fixed questions per form.
/// Choice answers are right when the first option is chosen (options are never shuffled here), typed
/// answers when they equal the answer ignoring case, with one letter off a near miss.
struct SampleQuestions: QuestionProvider {
    struct Item {
        var card: CardID
        var prompt: String
        var answer: String
        var forms: [QuestionForm]
    }

    var items: [Item]

    static func card(_ section: FactSection, _ id: String, _ slot: String) -> CardID {
        CardID(deck: "sample", fact: FactID(section, id), slot: slot)
    }

    /// Four cards of four facts: two events, a person, a flashcard.
    static let standard = SampleQuestions(items: [
        Item(
            card: card(.events, "surrender", "date"), prompt: "When did Japan surrender?", answer: "2 September 1945",
            forms: [.multipleChoice, .trueFalse, .cloze, .typed]),
        Item(
            card: card(.events, "order-9898", "date"), prompt: "When was order 9898 signed?", answer: "23 August 1945",
            forms: [.multipleChoice, .typed]),
        Item(card: card(.people, "beria", "role"), prompt: "Who ran the NKVD?", answer: "Beria", forms: [.multipleChoice, .typed]),
        Item(
            card: card(.cards, "gupvi", "back"), prompt: "What was GUPVI?", answer: "The prisoner-of-war administration",
            forms: [.flashcard]),
    ])

    var cards: [StudyCard] { items.map { StudyCard(id: $0.card) } }

    func forms(of card: CardID) -> [QuestionForm] {
        items.first { $0.card == card }?.forms ?? []
    }

    func question(for card: CardID, form: QuestionForm, using generator: inout SeededGenerator) -> StudyQuestion? {
        guard let item = items.first(where: { $0.card == card }), item.forms.contains(form) else { return nil }
        let answer = item.answer
        let explanation = "\(item.prompt.dropLast()): \(answer)."
        switch form {
        case .multipleChoice, .trueFalse:
            let options = form == .trueFalse ? ["True", "False"] : [answer, "wrong 1", "wrong 2", "wrong 3"]
            let shown = form == .trueFalse ? "True or false: \(answer)?" : item.prompt
            return StudyQuestion(
                card: card, form: form, prompt: shown, input: .choice(options: options), answer: options[0], explanation: explanation
            ) { response in
                guard case .choice(let index) = response else { return Verdict(.wrong, canonical: options[0], given: nil) }
                return Verdict(
                    index == 0 ? .correct : .wrong, canonical: options[0], given: options.indices.contains(index) ? options[index] : "?")
            }
        case .cloze, .typed:
            return StudyQuestion(card: card, form: form, prompt: item.prompt, input: .typed, answer: answer, explanation: explanation) {
                response in
                guard case .typed(let text) = response else { return Verdict(.wrong, canonical: answer, given: nil) }
                if text.lowercased() == answer.lowercased() { return Verdict(.correct, canonical: answer, given: text) }
                let oneOff = text.count == answer.count && zip(text.lowercased(), answer.lowercased()).filter { $0 != $1 }.count == 1
                return Verdict(oneOff ? .nearMiss : .wrong, canonical: answer, given: text)
            }
        case .flashcard:
            return StudyQuestion(card: card, form: form, prompt: item.prompt, input: .reveal(back: answer), answer: answer, explanation: "")
            { _ in
                Verdict(.correct, canonical: answer, given: nil)
            }
        case .ordering, .matching:
            return nil
        }
    }
}

/// 2026-03-02 10:00 UTC, a Monday, well after the 4 a.m. rollover.
let sessionStart = Date(timeIntervalSince1970: 1_772_445_600)
let utc = TimeZone(identifier: "UTC")!

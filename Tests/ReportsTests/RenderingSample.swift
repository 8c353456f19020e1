import Foundation
import Reports
import Scheduling

/// A class whose names and labels try every escaping path, for the rendering tests.
enum RenderingSample {
    typealias F = ReportFixtures

    static let awkwardName = "<script>alert(\"x\")</script> & 'Bo', \"Jr\""
    static let formulaName = "=HYPERLINK(\"http://example.com\")"

    static func report() -> ClassReport {
        let names = ["a", "b", "c", "d", "e", "f"]
        var facts = names.map { ReportDeck.FactInfo(id: "x/terms/\($0)", label: "Fact \($0)") }
        facts[1].label = "Treaty of <Brest>, \"Litovsk\" & more,\nsecond line"
        facts[2].label = "東京条約 — a very long label that goes on and on past any reasonable column width in a terminal"
        let deck = ReportDeck(
            decks: [.init(id: "x", title: "Test <deck>")], facts: facts, cards: names.map { (F.card($0), "x/terms/\($0)") })
        let students = [
            "Ann", "Bob", awkwardName, formulaName, "Dmitri Alexandrovich Konstantinopolsky-Rimsky", "Zoë",
        ].enumerated().map { index, name in
            var cards: [String: CardState] = [:]
            var reviews: [ReportReview] = []
            for (f, fact) in names.enumerated() where (f + index) % 3 != 0 {
                let at = F.ago(days: Double(1 + (f * 3 + index) % 20), hours: Double(index))
                cards[F.card(fact)] = F.reviewed(stability: Double(2 + f + index), at: at, lapses: (f + index) % 4)
                for k in 0..<(1 + (f + index) % 3) {
                    reviews.append(
                        F.answer(
                            fact, at: at.addingTimeInterval(Double(-k) * 86_400), right: (f * index + k) % 3 != 0,
                            source: k == 2 ? .paper : .study))
                }
            }
            return StudentHistory(name: name, cards: cards, reviews: reviews)
        }
        return ClassReport.make(className: "7B <&>", deck: deck, students: students, options: F.options())
    }
}

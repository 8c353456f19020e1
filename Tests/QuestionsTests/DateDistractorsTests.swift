import Facts
@testable import Questions
import Scheduling
import Testing

@Suite struct DateDistractorsTests {
    func pool(_ key: String, deck: Deck? = nil, year: Int = 2026, seed: UInt64 = 1) throws -> OrderedPool {
        let date = try DateValue.parse(key).get()
        var rng = SeededGenerator(seed: seed)
        let index = DeckIndex(deck ?? Deck(id: "d", title: "D", path: "d.yaml"))
        return DateDistractors.pool(for: date, index: index, latestYear: year, excluded: { _ in false }, using: &rng)
    }

    @Test func generatedDatesKeepTheKeysPrecision() throws {
        let day = try pool("1945-08-23")
        #expect((day.below + day.above).allSatisfy { $0.text.split(separator: " ").count == 3 })
        let month = try pool("1945-09")
        #expect((month.below + month.above).allSatisfy { $0.text.split(separator: " ").count == 2 })
        let year = try pool("1687")
        #expect((year.below + year.above).allSatisfy { Int($0.text) != nil })
        #expect(year.below.allSatisfy { Int($0.text)! < 1687 } && year.above.allSatisfy { Int($0.text)! > 1687 })
    }

    @Test func theDecksOwnNearbyDatesComeFirst() throws {
        let deck = try TestDecks.yaml("""
            events:
              a: {date: 1945-08-09, event: A}
              b: {date: 1945-08-15, event: B}
              c: {date: 1945-09-02, event: C}
              far: {date: 1905-01-01, event: Far}
            """)
        let p = try pool("1945-08-23", deck: deck)
        #expect(Set(p.below.prefix(2).map(\.text)) == ["9 August 1945", "15 August 1945"])
        #expect(p.above.first?.text == "2 September 1945")
        #expect(!(p.below + p.above).contains { $0.text == "1 January 1905" })
    }

    @Test func neverPastTheCurrentYearNorBeforeTheFirstYear() throws {
        let p = try pool("2026", year: 2026)
        #expect(p.above.isEmpty)
        let bc = try pool("-9995")
        #expect(bc.below.allSatisfy { Int($0.text.dropLast(3))! <= 9999 })
        let edge = try pool("1", seed: 3)
        #expect((edge.below + edge.above).allSatisfy { $0.text != "0" })
    }
}

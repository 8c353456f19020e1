import Facts
import Foundation
import Testing

/// The decks in `Decks/` load, and hold what the engine relies on.
@Suite struct ShippedDeckTests {
    static let decksFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Decks")

    func load(_ name: String) throws -> Deck {
        let url = Self.decksFolder.appendingPathComponent(name)
        let bytes = try [UInt8](Data(contentsOf: url))
        return try DeckLoader.load(bytes: bytes, path: "Decks/\(name)").get()
    }

    @Test func siberianInternmentDeckIsCompleteAndValid() throws {
        let deck = try load("siberian-internment.yaml")
        #expect(deck.id == "siberian-internment")
        for section in FactSection.allCases {
            #expect((deck.counts[section] ?? 0) > 0, "no \(section.rawValue)")
        }
        let dates = Set(deck.events.map(\.date.isoText))
        for date in [
            "1945-08-09", "1945-08-14", "1945-08-15", "1945-08-16", "1945-08-23", "1945-09-02", "1945-09-05", "1945-09", "1991-04",
            "1993-10", "1904/1905",
        ] {
            #expect(dates.contains(date), "missing the event of \(date)")
        }
        let names = Set(deck.people.map(\.name))
        for name in [
            "Josef Stalin", "Alexei Antonov", "Lavrentiy Beria", "Emperor Showa", "Takushiro Hattori", "Hikosaburo Hata", "Boris Yeltsin",
        ] {
            #expect(names.contains(name), "missing \(name)")
        }
        let numbers = Set(deck.figures.map(\.quantity.numberText))
        for number in [
            "575,000", "14,000", "55,000", "2,000", "62,000–92,000", "80,000", "200,000", "150,000", "75,000", "65,000", "3,705", "2,100",
            "13,000",
        ] {
            #expect(numbers.contains(number), "missing the figure \(number)")
        }
    }

    @Test func physicsDeckIsValidAndExercisesTheValueRules() throws {
        let deck = try load("physics.yaml")
        #expect(deck.factCount > 50)
        #expect(deck.events.contains { $0.date.start.isBC })
        #expect(deck.events.contains { $0.who.count > 1 })
        #expect(deck.figures.contains { if case .exact(let n) = $0.quantity.value { n.exponent != nil } else { false } })
        #expect(deck.figures.contains { if case .exact(let n) = $0.quantity.value { n.isNegative } else { false } })
    }

    @Test func everyShippedDeckLoads() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.decksFolder.path).filter { $0.hasSuffix(".yaml") }
        #expect(names.count >= 2)
        for name in names {
            _ = try load(name)
        }
    }
}

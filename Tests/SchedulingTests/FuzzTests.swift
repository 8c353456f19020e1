import Testing

@testable import Scheduling

@Suite("Fuzz")
struct FuzzTests {
    @Test("py-fsrs's fuzz with its random() pinned, for every golden row")
    func pyFSRSGolden() {
        let rows = GoldenFixture.shared.fuzz
        #expect(rows.count > 500)
        for row in rows {
            let (days, maximum, unit, expected) = (Int(row[0]), Int(row[1]), row[2], Int(row[3]))
            #expect(Fuzz.pyFSRSDays(days, maximumInterval: maximum, unit: unit) == expected, "\(row)")
        }
    }

    @Test("py-fsrs can land one day above its own range: the quirk is kept")
    func pyFSRSQuirk() {
        // 10 days: delta = 1 + 0.15 × 4.5 + 0.1 × 3 = 1.975 → 8...12; a draw of 0.99 gives round(12.95) = 13.
        #expect(Fuzz.pyFSRSDays(10, maximumInterval: 36_500, unit: 0.99) == 13)
        #expect(Fuzz.pyFSRSDays(10, maximumInterval: 12, unit: 0.99) == 12)
        #expect(Fuzz.pyFSRSDays(2, maximumInterval: 36_500, unit: 0.99) == 2)
    }

    /// Anki's own table (rslib fuzz.rs): interval, minimum, maximum → days at draws 0, 0.5 and 0.99.
    @Test(
        "Anki's fuzz table",
        arguments: [
            (1.0, 1, 1000, 1, 1, 1), (2.49, 1, 1000, 2, 2, 2), (2.5, 1, 1000, 2, 3, 4), (7.0, 1, 1000, 5, 7, 9),
            (17.0, 1, 1000, 14, 17, 20), (37.0, 1, 1000, 33, 37, 41), (2.0, 2, 1000, 2, 2, 2),
            (2.0, 3, 1000, 3, 4, 4), (2.0, 3, 3, 3, 3, 3), (6.9, 3, 1000, 5, 7, 9), (7.1, 3, 1000, 5, 7, 9),
            (19.9, 3, 1000, 17, 20, 23), (20.1, 3, 1000, 17, 20, 23), (100.0, 101, 1000, 101, 105, 108),
            (100.0, 1, 99, 92, 96, 99), (100.0, 97, 103, 97, 100, 103),
        ] as [(Double, Int, Int, Int, Int, Int)])
    func ankiTable(_ row: (Double, Int, Int, Int, Int, Int)) {
        let (interval, minimum, maximum, lower, middle, upper) = row
        #expect(Fuzz.ankiDays(interval, minimum: minimum, maximum: maximum, unit: 0) == lower)
        #expect(Fuzz.ankiDays(interval, minimum: minimum, maximum: maximum, unit: 0.5) == middle)
        #expect(Fuzz.ankiDays(interval, minimum: minimum, maximum: maximum, unit: 0.99) == upper)
    }

    @Test("without a draw Anki rounds and clamps")
    func ankiNoFuzz() {
        #expect(Fuzz.ankiDays(1.5, minimum: 1, maximum: 100, unit: nil) == 2)
        #expect(Fuzz.ankiDays(0.1, minimum: 1, maximum: 100, unit: nil) == 1)
        #expect(Fuzz.ankiDays(101, minimum: 1, maximum: 100, unit: nil) == 100)
    }

    @Test("the fuzz delta grows by range")
    func delta() {
        #expect(Fuzz.delta(forDays: 2) == 0)
        #expect(Fuzz.delta(forDays: 2.5) == 1)
        #expect(abs(Fuzz.delta(forDays: 100) - (1 + 0.15 * 4.5 + 0.1 * 13 + 0.05 * 80)) < 1e-12)
    }
}

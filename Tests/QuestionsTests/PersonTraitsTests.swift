import Facts
import Testing

@testable import Questions

/// What the generator knows of a person from the deck: when they lived, how they are referred to, and the
/// births and deaths the deck dates.
@Suite struct PersonTraitsTests {
    func traits(_ body: String) throws -> (DeckIndex, [String: PersonTraits]) {
        let deck = try TestDecks.yaml(body)
        let index = DeckIndex(deck)
        var byID: [String: PersonTraits] = [:]
        for (i, person) in index.people.enumerated() { byID[person.id.local] = index.traits[i] }
        return (index, byID)
    }

    @Test func birthsAndDeathsAreReadAsDecksWriteThem() throws {
        let (_, t) = try traits(
            """
            people:
              armstrong: {name: Louis Armstrong}
              parker: {name: Charlie Parker}
              bach: {name: Johann Sebastian Bach}
              dorsey: {name: Tommy Dorsey}
              mozart: {name: Wolfgang Amadeus Mozart}
              brutus: {name: Marcus Junius Brutus}
            events:
              a: {date: 1901-08-04, event: Louis Armstrong is born in New Orleans, who: armstrong}
              b: {date: 1955-03-12, event: Charlie Parker dies in New York, who: parker}
              c: {date: 1685-03-31, event: Birth in Eisenach, who: bach}
              d: {date: 1750-07-28, event: Death in Leipzig, who: bach}
              e: {date: 1956-11, event: Last session, who: dorsey, text: "{who} died in his sleep in {date}."}
              f: {date: 1787-05, event: Mozart's father dies, who: mozart}
              g: {date: 1781, event: Mozart settles in Vienna after his father died, who: mozart}
              h: {date: -44-03-15, event: Brutus sentenced to death by the Senate, who: brutus}
            """)
        let day = { (text: String) throws -> Int in try DateValue.parse(text).get().start.firstDay }
        #expect(t["armstrong"]?.born == (try day("1901-08-04")))
        #expect(t["armstrong"]?.died == nil)
        #expect(t["parker"]?.died == (try day("1955-03-12")))
        #expect(t["bach"]?.born == (try day("1685-03-31")))
        #expect(t["bach"]?.died == (try day("1750-07-28")))
        // A month's death may be its last day.
        #expect(t["dorsey"]?.died == (try day("1956-11-30")))
        // Someone else's death, or a sentence to death, says nothing of when the person lived.
        #expect(t["mozart"]?.died == nil)
        #expect(t["brutus"]?.died == nil)
        // What someone did happened while they were alive and grown up.
        #expect(t["bach"]?.mayHaveDone(during: (try day("1701"))...(try day("1702"))) == true)
        #expect(t["bach"]?.mayHaveDone(during: (try day("1745"))...(try day("1760"))) == false)
        #expect(t["bach"]?.mayHaveDone(during: (try day("1760"))...(try day("1761"))) == false)
        #expect(t["armstrong"]?.mayHaveDone(during: (try day("1890"))...(try day("1901-09"))) == false)
        #expect(t["armstrong"]?.mayHaveDone(during: (try day("1920"))...(try day("1921"))) == true)
        // Nobody dies twice: a death the deck puts at another time rules someone out of this one.
        let may = { (id: String, life: PersonTraits.LifeEvent, text: String) throws -> Bool? in
            let date = try DateValue.parse(text).get()
            return t[id]?.mayBe(life, during: date.days, eventYears: date.start.astronomicalYear...date.end.astronomicalYear)
        }
        #expect(try may("parker", .death, "1974-05-24") == false)
        #expect(try may("bach", .birth, "1750-07-28") == false)
        #expect(try may("dorsey", .death, "1956-11-26") == true)
        // Someone the deck shows at work in 1781 did not die in 1780.
        #expect(try may("mozart", .death, "1780") == false)
    }
}

import Facts
import Testing

@testable import Drafting

/// Figures with what they count, their qualifier and range; years, dates, names and list numbers are not figures.
@Suite struct FigureFinderTests {
    static func figures(_ paragraphs: String...) -> [String] {
        let sentences = Sentences.of(paragraphs)
        let dates = DateFinder.find(in: sentences)
        return FigureFinder.find(in: sentences, dates: dates).map { f in
            let value: String
            switch f.quantity.value {
            case .exact(let n): value = n.literal
            case .range(let a, let b): value = "[\(a.literal), \(b.literal)]"
            }
            return [f.quantity.qualifier?.rawValue, value, f.unit].compactMap { $0 }.joined(separator: " ")
        }
    }

    @Test(arguments: [
        ("It proved little match for the 1.5 million Soviet troops.", "1500000 Soviet troops"),
        ("An estimated 80,000 Japanese soldiers died in the fighting.", "approximately 80000 Japanese soldiers"),
        ("They took 3,705 carats of diamonds.", "3705 carats of diamonds"),
        ("They took 2,100 kilograms of gold bullion kept in Manchuria.", "2100 kilograms of gold bullion"),
        ("It was sometimes as low as minus 50 C.", "-50 degrees Celsius"),
        ("Researchers put the number of deaths between 62,000 and 92,000.", "[62000, 92000] deaths"),
        ("They were enslaved from anywhere between several and 14 years.", "up to 14 years"),
        ("Lists for 13,000 people who died have yet to be handed over.", "13000 people"),
        ("More than a million wounded soldiers were examined.", "more than 1000000 wounded soldiers"),
        ("She trained some 150 women as assistants.", "approximately 150 women"),
        ("The American project cost about $375 million.", "approximately 375000000 dollars"),
        ("At its peak the workforce numbered more than 40,000, many of them from Barbados.", "more than 40000 workforce"),
        ("Unemployment rose to 25% in a year.", "25 percent"),
        ("The canal is about 82 kilometres long.", "approximately 82 kilometres"),
        ("She died of anaemia, aged 66.", "66 years of age"),
        ("The couple bought one gram of radium.", "1 gram of radium"),
        ("Between 2 and 3 million people fled.", "[2000000, 3000000] people"),
        ("Today about 14,000 ships pass through it each year.", "approximately 14000 ships"),
        ("Twelve kilometres of track were laid.", "12 kilometres of track"),
    ])
    func findsTheFigure(sentence: String, expected: String) {
        #expect(Self.figures(sentence) == [expected])
    }

    @Test func aNumberWithoutAUnitCountsWhatTheFigureBeforeItCounts() {
        let found = Self.figures(
            "575,000 Japanese, including 14,000 transferred to Mongolia, were sent to camps. Of these, 55,000, including 2,000 in Mongolia, died."
        )
        #expect(found == ["575000 Japanese", "14000 Japanese", "55000 Japanese", "2000 Japanese"])
    }

    @Test func aConversionInBracketsIsTheSameFigure() {
        #expect(Self.figures("It fell to minus 50 C (minus 58 F) that winter.") == ["-50 degrees Celsius"])
        #expect(Self.figures("The cut ran for 13 kilometres (8 miles) through rock.") == ["13 kilometres"])
    }

    @Test(arguments: [
        "On August 23, 1945, Stalin issued Order Number 9898.",
        "Clause 9 of the declaration promised a return home.",
        "According to Volume 7, three political factors lay behind it.",
        "It was the 21st day of the siege.",
        "The meeting began at 9:30 in the morning.",
        "In 1991 the Soviet Union signed an agreement.",
        "Three days later they left.",
        "One of the soldiers fled.",
        "He came back 14 years later.",
        "Apollo 11 landed on the Moon.",
    ])
    func numbersThatAreNotFigures(sentence: String) {
        #expect(Self.figures(sentence).isEmpty, "\(sentence)")
    }

    /// "14 years later" is a date counted from another; "19 minutes later" is not, since no date in a deck is
    /// finer than a day: it is a figure.
    @Test func aDurationFinerThanADayAfterAnEventIsAFigure() {
        #expect(Self.figures("Aldrin joined him 19 minutes later.") == ["19 minutes"])
        #expect(Self.figures("The engine fired again 3 hours later.") == ["3 hours"])
        #expect(Self.figures("They spent about two and a half hours outside.") == ["approximately 2.5 hours"])
        #expect(Self.figures("They spent about two hours outside.") == ["approximately 2 hours"])
        #expect(Self.figures("They spent about 2.5 hours outside.") == ["approximately 2.5 hours"])
        #expect(Self.figures("They spent about 2 and a half hours outside.") == ["approximately 2.5 hours"])
    }

    @Test func listNumberingIsNotAFigure() {
        let article = ArticleReader.read("Title\n\n(a) 150,000 POWs to build the railway.\n\n1. reprisal against Japan;\n")
        #expect(article.paragraphs.map(\.text) == ["150,000 POWs to build the railway.", "reprisal against Japan;"])
    }
}

import Printing
import Testing

struct PageLayoutTests {
    let measurer = ApproximateTextMeasurer()

    /// A quiz long enough to need several pages.
    func longQuiz(versions: Int = 2) -> Quiz {
        let bank = (0..<30).map { i in
            QuizQuestion(
                id: "q\(i)", card: "d/events/e\(i)/date", fact: "events/e\(i)", kind: i % 3 == 0 ? .typed : .multipleChoice,
                prompt:
                    "Question number \(i), with a prompt long enough to wrap onto a second line of the page when set in ten-and-a-half point type?",
                options: i % 3 == 0 ? [] : ["first answer \(i)", "second answer \(i)", "third answer \(i)", "fourth answer \(i)"],
                answer: i % 3 == 0 ? .text(["answer \(i)"]) : .choice("first answer \(i)"), explanation: "Explanation \(i).")
        }
        var generator = SystemLikeGenerator()
        return QuizAssembly(
            title: "Long quiz", deck: "d", deckTitle: "d", selection: QuizSelection(count: 30), versions: versions, seed: 1,
            date: SampleQuiz.date
        ).assemble(from: bank, using: &generator)
    }

    @Test func noQuestionIsSplitAcrossPages() {
        let quiz = longQuiz()
        let layout = PageLayout(paper: .a4, measurer: measurer).layout(quiz)
        let paperPages = layout.pages.filter { !$0.isKey }
        #expect(paperPages.count > 4)
        for copy in quiz.copies.indices {
            var seen: [Int] = []
            for page in paperPages where page.copy == copy {
                for block in page.blocks {
                    guard case .question(let n) = block.kind else { continue }
                    seen.append(n)
                    // Whole on its page: inside the page's printable height.
                    #expect(block.top >= 54 && block.bottom <= PaperSize.a4.points.height - 54, "question \(n)")
                }
            }
            #expect(seen == Array(1...30), "each question once, in order, in copy \(copy)")
        }
    }

    @Test func everyPageCarriesTheTitleQuizIdVersionAndPageNumber() {
        let quiz = longQuiz()
        let layout = PageLayout(paper: .letter, measurer: measurer).layout(quiz)
        for page in layout.pages {
            let texts = page.blocks.first { $0.kind == .running }?.elements.compactMap(\.text) ?? []
            #expect(texts.contains("Long quiz"))
            #expect(texts.contains { $0.contains("Quiz \(quiz.id) · Version \(page.version)") })
            #expect(texts.contains { $0.hasPrefix("Page ") })
        }
    }

    @Test func theFirstPageHasTheHeaderWithFieldsVersionAndPoints() {
        let quiz = longQuiz().personalised(for: ["Ada Lovelace", "Иван Петров", "Ελένη"], className: "10B")
        let layout = PageLayout(paper: .a4, measurer: measurer).layout(quiz)
        let firstPages = layout.pages.filter { !$0.isKey && $0.blocks.contains { $0.kind == .header } }
        #expect(firstPages.count == 3)
        for (page, student) in zip(firstPages, ["Ada Lovelace", "Иван Петров", "Ελένη"]) {
            let texts = page.texts
            for field in ["Name:", "Class:", "Date:", student, "10B", "26 November 2026"] {
                #expect(texts.contains(field), "\(field) on \(student)'s paper")
            }
            #expect(texts.contains { $0.contains("Version \(page.version) · 30 questions · Total: 30 points") })
        }
        #expect(quiz.copies.map(\.version) == ["A", "B", "A"])
    }

    @Test func eachAnswerKeyStartsOnAPageOfItsOwn() {
        let quiz = longQuiz(versions: 3)
        let layout = PageLayout(paper: .a4, measurer: measurer).layout(quiz)
        let firstKey = layout.pages.firstIndex { $0.isKey }!
        let keysLast = layout.pages[firstKey...].allSatisfy { $0.isKey }
        #expect(keysLast, "keys follow every paper")
        for version in ["A", "B", "C"] {
            let pages = layout.pages.filter { $0.isKey && $0.version == version }
            #expect(pages.first?.blocks.dropFirst().first?.kind == .keyHeading)
            let answers = pages.flatMap(\.blocks).compactMap { if case .answer(let n) = $0.kind { n } else { nil } }
            #expect(answers == Array(1...30))
            let onlyKey = pages.allSatisfy { page in
                page.blocks.allSatisfy { block in
                    switch block.kind {
                    case .running, .keyHeading, .answer: true
                    case .header, .question: false
                    }
                }
            }
            #expect(onlyKey)
        }
        #expect(layout.pages.flatMap(\.texts).contains("Explanation 7."))
    }

    @Test func choicesGetBubblesMatchingTwoColumnsOrderingBoxes() {
        let quiz = SampleQuiz.make(versions: 1)
        let layout = PageLayout(paper: .a4, measurer: measurer).layout(quiz, includeKeys: false)
        let blocks = layout.pages.flatMap(\.blocks)
        for p in quiz.printed(quiz.versions[0]) {
            let block = blocks.first { $0.kind == .question(p.number) }!
            let circles = block.elements.filter { if case .circle = $0 { true } else { false } }.count
            let boxes = block.elements.filter { if case .box = $0 { true } else { false } }
            switch p.kind {
            case .multipleChoice, .trueFalse: #expect(circles == p.item.options.count)
            case .ordering: #expect(boxes.count == p.item.options.count)
            case .matching:
                #expect(boxes.count == p.matchLeft.count)
                let xs = Set(
                    block.elements.compactMap { e -> Double? in
                        if case .text(let t, let x, _, _, _, _) = e, t.hasPrefix("A. ") || t.hasPrefix("1. ") { return x }
                        return nil
                    })
                #expect(xs.count == 2, "left and right columns")
            default: #expect(circles == 0)
            }
        }
    }

    @Test func answerLinesAreSizedToTheAnswer() {
        func lineLength(_ answer: String) -> Double {
            let q = QuizQuestion(id: "t", card: "d/cards/t/back", fact: "cards/t", kind: .typed, prompt: "Q?", answer: .text([answer]))
            let quiz = Quiz(
                title: "t", deck: "d", deckTitle: "d", seed: 1, date: nil, questions: [q],
                versions: [
                    QuizVersion(name: "A", items: [QuizItem(number: 1, question: "t", options: [], key: .text([answer]), points: 1)])
                ])
            let block = PageLayout(paper: .a4, measurer: measurer).layout(quiz, includeKeys: false).pages[0].blocks.first {
                $0.kind == .question(1)
            }!
            return block.elements.reduce(0) { total, e in
                if case .line(let x1, _, let x2, _, _) = e { return total + (x2 - x1) }
                return total
            }
        }
        #expect(lineLength("1945") < lineLength("People’s Commissar for Internal Affairs"))
    }

    @Test func letterAndA4PagesHaveTheirOwnSizes() {
        let quiz = longQuiz()
        let a4 = PageLayout(paper: .a4, measurer: measurer).layout(quiz)
        let letter = PageLayout(paper: .letter, measurer: measurer).layout(quiz)
        for page in letter.pages {
            for element in page.elements {
                if case .text(_, let x, let y, let width, _, _) = element {
                    #expect(x >= 0 && x + (width ?? 0) <= 612 && y <= 792)
                }
            }
        }
        #expect(a4.paper == .a4 && letter.paper == .letter)
    }
}

import Foundation
import Printing
import Testing

struct HTMLRendererTests {
    static let hostile = #"<script>alert("x")</script> & 'quoted' "double" <b>bold</b> &amp;"#

    /// A quiz whose every piece of text is hostile.
    static func hostileQuiz() -> Quiz {
        let h = hostile
        let questions = [
            QuizQuestion(
                id: "mc", card: "d/events/a/date", fact: "events/a", kind: .multipleChoice, prompt: "MC \(h)?",
                options: ["right \(h)", "wrong <i>", "wrong & co", "wrong \"q\""], answer: .choice("right \(h)"),
                explanation: "Because \(h)"),
            QuizQuestion(
                id: "cloze", card: "d/events/b/date", fact: "events/b", kind: .cloze, prompt: "Cloze <u>\(QuizQuestion.blank)</u> & \(h)",
                answer: .text(["<answer> & \"it\"", "alt <x>"]), explanation: h),
            QuizQuestion(
                id: "match", card: "d/people/c/role", fact: "people/c", kind: .matching, prompt: "Match \(h)",
                answer: .pairs([
                    MatchPair(left: "<l1>", right: "&r1"), MatchPair(left: "\"l2\"", right: "'r2'"),
                    MatchPair(left: "<l3> & co", right: "<r3>"),
                ])),
            QuizQuestion(
                id: "order", card: "d/events/d/date", fact: "events/d", kind: .ordering, prompt: "Order \(h)",
                options: ["<first>", "& second", "\"third\""], answer: .sequence(["<first>", "& second", "\"third\""])),
            QuizQuestion(id: "tf", card: "d/events/e/date", fact: "events/e", kind: .trueFalse, prompt: "TF \(h)", answer: .truth(true)),
        ]
        var generator = SystemLikeGenerator()
        let quiz = QuizAssembly(
            title: "Title \(h)", deck: "d", deckTitle: "Deck \(h)", selection: QuizSelection(count: 10), versions: 2, seed: 1,
            date: SampleQuiz.date
        ).assemble(from: questions, using: &generator)
        return quiz.personalised(for: ["Student \(h)", "Ann"], className: "Class \(h)")
    }

    @Test func escapesEveryPieceOfDeckText() {
        let quiz = Self.hostileQuiz()
        #expect(quiz.questions.count == 5)
        let html = HTMLRenderer().render(quiz)
        // Only the renderer's own tags appear.
        let allowed: Set<String> = [
            "!doctype", "html", "head", "meta", "title", "style", "body", "section", "header", "h1", "h2", "div", "span",
            "p", "br", "ol", "ul", "li", "table", "tr", "td", "footer", "strong",
        ]
        var tags: Set<String> = []
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            let after = rest[rest.index(after: open)...]
            let name = after.prefix { $0.isLetter || $0.isNumber || $0 == "!" || $0 == "/" }.lowercased()
            tags.insert(name.hasPrefix("/") ? String(name.dropFirst()) : name)
            rest = after
        }
        #expect(tags.subtracting(allowed).isEmpty, "unexpected tags: \(tags.subtracting(allowed).sorted())")
        #expect(!html.contains("<script"))
        #expect(!html.contains("\"double\""))
        #expect(!html.contains("'quoted'"))
        #expect(
            html.contains(
                "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39; &quot;double&quot; &lt;b&gt;bold&lt;/b&gt; &amp;amp;"
            ))
        #expect(html.contains("Student &lt;script&gt;"))
        #expect(html.contains("Class &lt;script&gt;"))
        #expect(html.contains("&lt;answer&gt; &amp; &quot;it&quot;"), "the key's answers are escaped too")
    }

    @Test func printsEachCopyAndEachKeyOnItsOwnPage() {
        let quiz = Self.hostileQuiz()
        let html = HTMLRenderer(paper: .letter).render(quiz)
        #expect(html.contains("@page { size: letter;"))
        #expect(html.components(separatedBy: "<section class=\"paper\"").count - 1 == 2)
        #expect(html.components(separatedBy: "<section class=\"key\"").count - 1 == 2)
        #expect(html.contains("section.paper + section.paper, section.key { break-before: page;"))
        #expect(html.contains("li.question { break-inside: avoid;"))
    }
}

/// A fixed generator for tests that do not care about the draw.
struct SystemLikeGenerator: RandomNumberGenerator {
    var state: UInt64 = 0x1234_5678
    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state
    }
}

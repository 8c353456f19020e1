import Printing

/// A small hand-made question bank holding every kind, with text in Latin, Greek and Cyrillic script and the
/// characters each format must escape.
enum SampleBank {
    static let questions: [QuizQuestion] = [
        QuizQuestion(
            id: "order-9898-date-mc", card: "sample/events/order-9898/date", fact: "events/order-9898", kind: .multipleChoice,
            prompt: "When did Stalin issue Order No. 9898?",
            options: ["23 August 1945", "9 August 1945", "1 September 1945", "15 August 1945"],
            answer: .choice("23 August 1945"),
            explanation: "On 23 August 1945, Stalin issued Order No. 9898 to transfer Japanese prisoners to the Soviet Union.",
            difficulty: 0.5),
        QuizQuestion(
            id: "detainees-value-typed", card: "sample/figures/detainees/value", fact: "figures/detainees", kind: .typed,
            prompt: "About how many Japanese were detained in the Soviet Union?",
            answer: .text(["575,000", "575000"]),
            explanation: "About 575,000 Japanese were detained.", difficulty: 0.7,
            numeric: .value(575_000, tolerance: 28_750)),
        QuizQuestion(
            id: "surrender-cloze", card: "sample/events/surrender/date", fact: "events/surrender", kind: .cloze,
            prompt: "Japan signed an instrument of surrender on \(QuizQuestion.blank).",
            answer: .text(["2 September 1945"]),
            explanation: "Japan signed an instrument of surrender on 2 September 1945.", difficulty: 0.4),
        QuizQuestion(
            id: "beria-tf", card: "sample/people/beria/role", fact: "people/beria", kind: .trueFalse,
            prompt: "Lavrentiy Beria was People’s Commissar for Internal Affairs.", options: ["True", "False"],
            answer: .truth(true), explanation: "Beria was People’s Commissar for Internal Affairs.", difficulty: 0.2),
        QuizQuestion(
            id: "roles-matching", card: "sample/people/stalin/role", fact: "people/stalin", kind: .matching,
            prompt: "Match each person to their role.",
            answer: .pairs([
                MatchPair(left: "Josef Stalin", right: "Soviet leader"),
                MatchPair(left: "Boris Yeltsin", right: "Russian President"),
                MatchPair(left: "Emperor Showa", right: "Emperor of Japan"),
            ]),
            explanation: "Stalin led the Soviet Union; Yeltsin was Russian President; Showa was Emperor of Japan.", difficulty: 0.3),
        QuizQuestion(
            id: "war-ordering", card: "sample/events/offensive/order", fact: "events/offensive", kind: .ordering,
            prompt: "Put these events in chronological order.",
            options: ["Soviet offensive in Manchuria", "Japan accepts the Potsdam Declaration", "Order No. 9898"],
            answer: .sequence(["Soviet offensive in Manchuria", "Japan accepts the Potsdam Declaration", "Order No. 9898"]),
            explanation: "9 August, 14 August, 23 August 1945.", difficulty: 0.6),
        QuizQuestion(
            id: "greek-term", card: "sample/terms/entropy/definition", fact: "terms/entropy", kind: .flashcard,
            prompt: "What does the Greek word ἐντροπία (entropía) mean?",
            answer: .text(["a turning toward"]), explanation: "Clausius coined “entropy” from ἐντροπία, a turning toward.", difficulty: 0.8),
        QuizQuestion(
            id: "cyrillic-mc", card: "sample/quotes/rodina/who", fact: "quotes/rodina", kind: .multipleChoice,
            prompt: "Who is credited with “Родина-мать зовёт!”?",
            options: ["Ираклий Тоидзе", "Александр Дейнека", "Дмитрий Моор"],
            answer: .choice("Ираклий Тоидзе"), explanation: "Irakli Toidze drew the 1941 poster «Родина-мать зовёт!».", difficulty: 0.9),
        QuizQuestion(
            id: "escapes-mc", card: "sample/terms/gift/definition", fact: "terms/gift", kind: .multipleChoice,
            prompt: "Which line is <b>valid</b> GIFT & \"escaped\": {a = b} #1 ~ ok?",
            options: ["a\\{b\\}", "x = y -> z", "50% & <none>", "it's: ~tilde~"],
            answer: .choice("50% & <none>"), explanation: "Quotes \" and ' and < > & must survive: {=~#:}.", difficulty: 0.5),
        QuizQuestion(
            id: "range-typed", card: "sample/figures/deaths/value", fact: "figures/deaths", kind: .typed,
            prompt: "How many detainees died, by the estimates of historians?",
            answer: .text(["62,000–92,000"]), explanation: "Between 62,000 and 92,000 died.", difficulty: 0.75,
            numeric: .range(62_000, 92_000)),
    ]
}

import Foundation
import Scheduling

/// Line mode: the session as a plain transcript, one answer read per line — for pipes, scripts and tests.
///
/// Each question is printed with its card id and options and ends with a line in brackets saying how to
/// answer (so a script knows the question is complete); a line answers it: an option's number (or
/// letter), typed text, numbers in order, letters for matching. A line holding only `u`, `s`, `q` or `?`
/// undoes, buries, quits or prints help; `=1`…`=4` (or `=again`, `=hard`, `=good`, `=easy`) changes the
/// rating of the last answer. The session ends at the end of input.
struct LineFront {
    let session: StudySession
    let terminal: any Terminal

    init(session: StudySession, terminal: any Terminal) {
        self.session = session
        self.terminal = terminal
    }

    private func say(_ lines: [String]) {
        terminal.write(lines.map { $0 + "\n" }.joined())
    }

    private func say(_ line: String) {
        say([line])
    }

    mutating func run() throws -> StudySummary {
        try session.start()
        let counts = session.counts
        let mode = session.isCramming ? "cramming" : "studying"
        say(
            "Recall: \(mode) \(session.options.title) as \(session.options.learner): \(counts.new) new, \(counts.learning) learning, \(counts.review) review."
        )
        say("Answer with an option's number or by typing. A line with only u undoes, s buries, q quits, ? helps.")
        var shownQuestion = false
        while true {
            switch session.phase {
            case .finished(let summary):
                say("")
                say(StudyRunner.summaryLines(summary, timeZone: session.options.timeZone).map(\.plainText))
                return summary
            case .feedback(let feedback):
                printFeedback(feedback)
                try session.proceed()
                shownQuestion = false
                continue
            case .nothingDue(let nothing):
                say(
                    ["", "Nothing is due now."]
                        + StudyScreens.outlookText(
                            nothing.outlook, learningDue: nothing.learningDue, now: nothing.now, timeZone: session.options.timeZone))
                say("Type c to cram (practise ahead without changing the schedule), or anything else to stop.")
                guard case .line(let line) = terminal.nextEvent(), line.trimmingCharacters(in: .whitespaces).lowercased() == "c" else {
                    try session.finish()
                    continue
                }
                try session.startCram()
                shownQuestion = false
                continue
            case .asking(let asked):
                if !shownQuestion {
                    printQuestion(asked)
                    shownQuestion = true
                }
                let event = terminal.nextEvent()
                guard case .line(let raw) = event else {
                    try session.finish()
                    continue
                }
                shownQuestion = try handle(raw, asked)
            }
        }
    }

    /// Handles one line while a question is shown; returns whether the same question is still shown
    /// (and so need not be printed again).
    private mutating func handle(_ raw: String, _ asked: AskedQuestion) throws -> Bool {
        let line = raw.trimmingCharacters(in: .whitespaces)
        switch line.lowercased() {
        case "q":
            try session.finish()
            return false
        case "s":
            try session.bury()
            say(session.notice ?? "Buried.")
            return false
        case "u":
            try session.undo()
            say(session.notice ?? "")
            return false
        case "?":
            say(Self.help)
            return true
        default:
            break
        }
        if line.hasPrefix("="), let rating = Self.rating(String(line.dropFirst())) {
            try session.rate(rating)
            if let feedback = session.lastFeedback {
                say("  Changed to \(feedback.rating.title) · " + session.comesBack(feedback))
            }
            return true
        }
        switch asked.question.input {
        case .choice(let options):
            guard let index = Self.choiceIndex(line, options: options) else {
                say("Answer with a number from 1 to \(options.count) (or u, s, q, ?).")
                return true
            }
            try session.answer(.choice(index))
        case .typed:
            try session.answer(.typed(raw.trimmingCharacters(in: .whitespaces)))
        case .ordering(let items):
            let numbers = line.compactMap(\.wholeNumberValue).map { $0 - 1 }
            guard numbers.count == items.count, Set(numbers) == Set(0..<items.count) else {
                say(
                    "Give each number from 1 to \(items.count) once, earliest first (for example: \((1...items.count).reversed().map(String.init).joined(separator: " ")))."
                )
                return true
            }
            try session.answer(.ordering(numbers))
        case .matching(let left, let right):
            let letters = line.lowercased().filter { $0.isLetter }
            let picks = letters.compactMap { StudyScreens.optionLetters.firstIndex(of: $0) }
            guard picks.count == left.count, picks.allSatisfy({ $0 < right.count }) else {
                say("Give one letter (a–\(StudyScreens.optionLetters[right.count - 1])) for each of the \(left.count) items, in order.")
                return true
            }
            try session.answer(.matching(picks))
        case .reveal(let back):
            if !asked.revealed {
                session.reveal()
                say("Answer: \(back)")
                if !asked.question.explanation.isEmpty && asked.question.explanation != back {
                    say("  \(asked.question.explanation)")
                }
                say([Self.buttons(asked), "(grade yourself: 1–4)"])
                return true
            }
            guard let rating = Self.rating(line) ?? (line.isEmpty ? .good : nil) else {
                say("Grade yourself with 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy).")
                return true
            }
            try session.answer(.selfGraded(rating))
            if let notice = session.notice { say(notice) }
        }
        return false
    }

    private func printQuestion(_ asked: AskedQuestion) {
        let counts = session.counts
        let status: String
        if asked.isCram {
            status = "cram"
        } else if let state = asked.state {
            status = state.phase.rawValue
        } else {
            status = "new card"
        }
        var lines = [
            "", "[\(counts.done + 1)/\(counts.done + counts.left)] \(asked.question.form.title) · \(status) · \(asked.question.card)",
            asked.question.prompt,
        ]
        switch asked.question.input {
        case .choice(let options):
            lines += options.enumerated().map { "  \($0.offset + 1)) \($0.element)" }
            lines.append("(answer with a number from 1 to \(options.count))")
        case .typed:
            lines.append("(type the answer)")
        case .ordering(let items):
            lines += items.enumerated().map { "  \($0.offset + 1)) \($0.element)" }
            lines.append("(give the numbers, earliest first)")
        case .matching(let left, let right):
            lines += left.enumerated().map { "  \($0.offset + 1)) \($0.element)" }
            lines += right.enumerated().map { "  \(StudyScreens.optionLetters[$0.offset])) \($0.element)" }
            lines.append("(give a letter for each numbered item, in order)")
        case .reveal:
            lines.append("(press Enter to see the answer)")
        }
        say(lines)
    }

    private func printFeedback(_ feedback: Feedback) {
        var lines: [String] = []
        if let verdict = feedback.verdict {
            let note = verdict.note.map { " — \($0)" } ?? ""
            switch verdict.outcome {
            case .correct: lines.append("Right: \(verdict.canonical)")
            case .nearMiss: lines.append("Nearly right: \(verdict.canonical) (you answered: \(verdict.given ?? "")\(note))")
            case .wrong:
                let given = verdict.given.map { $0.isEmpty ? "nothing" : $0 } ?? "nothing"
                lines.append("Wrong. The answer: \(verdict.canonical) (you answered: \(given)\(note))")
            }
        }
        if !feedback.question.explanation.isEmpty {
            lines.append("  \(feedback.question.explanation)")
        }
        lines.append("  \(StudyScreens.ratingText(feedback)) · \(session.comesBack(feedback))")
        say(lines)
    }

    static func buttons(_ asked: AskedQuestion) -> String {
        Rating.allCases.map { rating in
            var text = "\(rating.rawValue) \(rating.title)"
            if let state = asked.previews[rating] {
                text += " (\(TimeText.short(state.due.timeIntervalSince(asked.shownAt))))"
            }
            return text
        }.joined(separator: " · ")
    }

    static func rating(_ text: String) -> Rating? {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "1", "again": .again
        case "2", "hard": .hard
        case "3", "good": .good
        case "4", "easy": .easy
        default: nil
        }
    }

    static func choiceIndex(_ line: String, options: [String]) -> Int? {
        if let number = Int(line), (1...options.count).contains(number) { return number - 1 }
        if line.count == 1, let c = line.first { return InteractiveFront.choiceIndex(c, options: options) }
        let lower = line.lowercased()
        return options.firstIndex { $0.lowercased() == lower }
    }

    static let help = [
        "Answer a choice with its number (or letter: a for the first; t or f for true or false), or type the option.",
        "Type a typed answer and press Enter. Order: the numbers earliest first. Matching: a letter per item.",
        "A line with only u undoes the last answer, s buries this card for the rest of the session, q ends the session.",
        "=1 to =4 (or =again, =hard, =good, =easy) changes the last answer's rating.",
        "Ratings: wrong is Again; nearly right, or right but slow, is Hard; right is Good; right and fast when typed is Easy.",
    ]
}

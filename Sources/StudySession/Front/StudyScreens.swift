import Foundation
import Scheduling
import TextFormats

/// What the interactive front is doing besides the session's phase: the typed answer being edited, the
/// picks of an ordering or matching answer so far, the highlighted option, help, and a pending Escape.
struct InputState {
    var editor = LineEditor()
    var picks: [Int] = []
    var highlight: Int?
    var showingHelp = false
    var commandPending = false
    var message: String?

    mutating func reset() {
        self = InputState()
    }
}

/// The interactive screens, one per phase, built as styled lines (and a cursor for a typed answer).
struct StudyScreens {
    let session: StudySession
    let columns: Int

    static let optionLetters = Array("abcdefghijklmnop")

    func screen(_ input: InputState) -> Screen {
        if input.showingHelp { return help() }
        switch session.phase {
        case .asking(let asked): return asking(asked, input)
        case .feedback(let feedback): return self.feedback(feedback, input)
        case .nothingDue(let nothing): return nothingDue(nothing)
        case .finished: return Screen(lines: header())
        }
    }

    // MARK: - Header

    func header() -> [StyledLine] {
        let options = session.options
        var title: [Span] = [Span("Recall", .bold), Span(" · \(options.title) · \(options.learner)")]
        if session.isCramming { title.append(Span(" · cram (schedule unchanged)", .accent)) }
        let counts = session.counts
        let total = counts.done + counts.left
        let barWidth = max(10, min(30, columns / 4))
        let filled = total == 0 ? barWidth : Int((Double(barWidth) * Double(counts.done) / Double(total)).rounded())
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled)
        let progress: [Span] = [
            Span(bar, .accent), Span(" \(counts.done)/\(total)   "),
            Span("new \(counts.new)", .newCount), Span(" · "),
            Span("learning \(counts.learning)", .learningCount), Span(" · "),
            Span("review \(counts.review)", .reviewCount),
        ]
        var lines = [StyledLine(title), StyledLine(progress), StyledLine(String(repeating: "─", count: max(1, min(columns, 72))), .dim)]
        if let notice = session.notice { lines.append(StyledLine(notice, .dim)) }
        return lines
    }

    // MARK: - Asking

    private func status(of asked: AskedQuestion) -> String {
        if asked.isCram { return "cram" }
        guard let state = asked.state else { return "new card" }
        switch state.phase {
        case .new: return "new card"
        case .learning: return "learning"
        case .relearning: return "relearning"
        case .review: return "review"
        }
    }

    private func asking(_ asked: AskedQuestion, _ input: InputState) -> Screen {
        let question = asked.question
        var lines = header()
        lines.append(.blank)
        lines.append(StyledLine([Span(question.form.title, .accent), Span(" · \(status(of: asked))", .dim)]))
        lines.append(StyledLine(question.prompt, .bold))
        lines.append(.blank)
        var cursor: (row: Int, column: Int)?
        var keys: String
        switch question.input {
        case .choice(let options):
            for (index, option) in options.enumerated() {
                let marker = input.highlight == index ? "›" : " "
                lines.append(StyledLine([Span(" \(marker)"), Span(" \(index + 1) ", .key), Span(" \(option)")], hangingIndent: 6))
            }
            keys = "1–\(options.count) choose · ↑↓ Enter · s bury · u undo · ? help · q quit"
        case .typed:
            let prompt = "> "
            let shown = input.editor.visible(columns: max(4, columns - prompt.count - 1))
            lines.append(StyledLine([Span(prompt, .accent), Span(shown.text)]))
            cursor = (Screen(lines: lines).wrappedRow(ofLine: lines.count - 1, columns: columns), prompt.count + shown.cursorColumn)
            keys =
                input.commandPending
                ? "Command: u undo · s bury · ? help · q quit · Esc back to the answer"
                : "Enter answer · Esc then u undo, s bury, ? help, q quit · Ctrl-C quit"
        case .ordering(let items):
            for (index, item) in items.enumerated() {
                lines.append(StyledLine([Span("  "), Span(" \(index + 1) ", .key), Span(" \(item)")], hangingIndent: 6))
            }
            lines.append(.blank)
            let slots = (0..<items.count).map { $0 < input.picks.count ? String(input.picks[$0] + 1) : "_" }
            lines.append(StyledLine([Span("Earliest first: ", .dim), Span(slots.joined(separator: " "), .bold)]))
            keys = "digits in order · Backspace take back · s bury · u undo · ? help · q quit"
        case .matching(let left, let right):
            for (index, item) in left.enumerated() {
                let pick =
                    index < input.picks.count ? String(Self.optionLetters[input.picks[index]]) : (index == input.picks.count ? "?" : "_")
                lines.append(StyledLine([Span("  \(index + 1) "), Span(item), Span("  → ", .dim), Span(pick, .bold)], hangingIndent: 4))
            }
            lines.append(.blank)
            for (index, item) in right.enumerated() {
                lines.append(StyledLine([Span("  "), Span(" \(Self.optionLetters[index]) ", .key), Span(" \(item)")], hangingIndent: 6))
            }
            keys = "a letter for each numbered item · Backspace take back · u undo · ? help · q quit"
        case .reveal(let back):
            if asked.revealed {
                lines.append(StyledLine(String(repeating: "─", count: max(1, min(columns, 40))), .dim))
                lines.append(StyledLine(back, .bold))
                if !question.explanation.isEmpty && question.explanation != back {
                    lines.append(StyledLine(question.explanation, .dim))
                }
                lines.append(.blank)
                lines += buttons(asked)
                keys = "1 Again · 2 Hard · 3 Good · 4 Easy · Space Good · u undo · q quit"
            } else {
                keys = "Space or Enter show the answer · s bury · u undo · ? help · q quit"
            }
        }
        if let message = input.message {
            lines.append(.blank)
            lines.append(StyledLine(message, .nearMiss))
        }
        lines.append(.blank)
        lines.append(StyledLine(keys, .dim))
        var screen = Screen(lines: lines)
        screen.cursor = cursor
        return screen
    }

    /// Anki's four buttons with the interval each would give.
    private func buttons(_ asked: AskedQuestion) -> [StyledLine] {
        var names: [Span] = []
        var intervals: [Span] = []
        for rating in Rating.allCases {
            let name = " \(rating.rawValue) \(rating.title) "
            var interval = asked.isCram ? "" : "–"
            if let state = asked.previews[rating] {
                interval = TimeText.short(state.due.timeIntervalSince(asked.shownAt))
            }
            let width = max(DisplayWidth.of(name), DisplayWidth.of(interval)) + 3
            names.append(Span(DisplayWidth.pad(name, to: width), .key))
            intervals.append(Span(DisplayWidth.pad("  " + interval, to: width), .dim))
        }
        return [StyledLine([Span("  ")] + names), StyledLine([Span("  ")] + intervals)]
    }

    // MARK: - Feedback

    private func feedback(_ feedback: Feedback, _ input: InputState) -> Screen {
        var lines = header()
        lines.append(.blank)
        lines.append(StyledLine(feedback.question.prompt, .dim))
        lines.append(.blank)
        lines += Self.verdictLines(feedback)
        if !feedback.question.explanation.isEmpty {
            lines.append(.blank)
            lines.append(StyledLine(feedback.question.explanation))
        }
        lines.append(.blank)
        lines.append(StyledLine([Span(Self.ratingText(feedback), .bold), Span(" · " + session.comesBack(feedback))]))
        lines.append(.blank)
        lines.append(StyledLine("Enter next · 1 Again 2 Hard 3 Good 4 Easy to change the rating · u undo · ? help · q quit", .dim))
        return Screen(lines: lines)
    }

    static func verdictLines(_ feedback: Feedback) -> [StyledLine] {
        guard let verdict = feedback.verdict else {
            return [StyledLine([Span("Answer: ", .dim), Span(feedback.question.answer, .bold)])]
        }
        var lines: [StyledLine] = []
        switch verdict.outcome {
        case .correct:
            lines.append(StyledLine([Span("✓ Right: ", .right), Span(verdict.canonical, .bold)]))
        case .nearMiss:
            lines.append(StyledLine([Span("≈ Nearly right: ", .nearMiss), Span(verdict.canonical, .bold)]))
            lines.append(StyledLine([Span("  you answered ", .dim), Span(verdict.given ?? "")] + noteSpans(verdict)))
        case .wrong:
            lines.append(StyledLine([Span("✗ Wrong. ", .wrong), Span("The answer: "), Span(verdict.canonical, .bold)]))
            if let given = verdict.given {
                lines.append(StyledLine([Span("  you answered ", .dim), Span(given.isEmpty ? "nothing" : given)] + noteSpans(verdict)))
            }
        }
        return lines
    }

    private static func noteSpans(_ verdict: Verdict) -> [Span] {
        guard let note = verdict.note, !note.isEmpty else { return [] }
        return [Span(" — \(note)", .dim)]
    }

    /// "Good, answered in 4.2 s (fast)" or "Hard (changed from Good)".
    static func ratingText(_ feedback: Feedback) -> String {
        var text = feedback.rating.title
        if feedback.rating != feedback.gradedRating {
            text += " (changed from \(feedback.gradedRating.title))"
        } else {
            text += ", answered in \(TimeText.responseTime(feedback.duration))"
            // Say so when the pace decided the rating.
            if feedback.verdict?.outcome == .correct, let pace = feedback.pace,
                (pace == .fast && feedback.rating == .easy) || (pace == .slow && feedback.rating == .hard)
            {
                text += " (\(pace.rawValue))"
            }
        }
        return text
    }

    // MARK: - Other screens

    private func nothingDue(_ nothing: NothingDue) -> Screen {
        var lines = header()
        lines.append(.blank)
        lines.append(StyledLine("Nothing is due now.", .bold))
        for line in Self.outlookText(
            nothing.outlook, learningDue: nothing.learningDue, now: nothing.now, timeZone: session.options.timeZone)
        {
            lines.append(StyledLine(line))
        }
        lines.append(.blank)
        lines.append(StyledLine([Span(" c ", .key), Span(" cram: practise ahead without changing the schedule")]))
        lines.append(StyledLine([Span(" q ", .key), Span(" quit")]))
        return Screen(lines: lines)
    }

    /// What is coming, in sentences: a learning card later today or the next due card, then how many cards
    /// fall due today, tomorrow and later this week.
    static func outlookText(_ outlook: StudyOutlook, learningDue: Date?, now: Date, timeZone: TimeZone) -> [String] {
        var lines: [String] = []
        if let learningDue {
            lines.append("A card you are learning comes back \(TimeText.relative(learningDue, from: now, timeZone: timeZone)).")
        } else if let next = outlook.nextDue, next > now {
            lines.append("The next card is due \(TimeText.relative(next, from: now, timeZone: timeZone)).")
        }
        func cards(_ n: Int) -> String { n == 1 ? "1 card" : "\(n) cards" }
        var counts: [String] = []
        if outlook.dueToday > 0 { counts.append("\(cards(outlook.dueToday)) still today") }
        if outlook.dueTomorrow > 0 {
            counts.append(
                "\(cards(outlook.dueTomorrow)) tomorrow (\(TimeText.day(now.addingTimeInterval(86_400), reference: now, timeZone: timeZone)))"
            )
        }
        let later = outlook.dueThisWeek - outlook.dueToday - outlook.dueTomorrow
        if later > 0 { counts.append("\(cards(later)) later this week") }
        if !counts.isEmpty {
            lines.append("Due: " + counts.joined(separator: ", ") + ".")
        } else if lines.isEmpty {
            lines.append("Nothing is due in the next 7 days.")
        }
        return lines
    }

    static let helpLines: [StyledLine] = [
        StyledLine("Keys", .bold),
        "",
        StyledLine("  1–9 or a–f   choose an option (t or f for true or false)", hangingIndent: 15),
        StyledLine("  ↑ ↓ Enter    move to an option and choose it", hangingIndent: 15),
        StyledLine("  Enter        submit a typed answer; while typing, press Esc and then a command key", hangingIndent: 15),
        StyledLine("  Space        show a flashcard's answer, then 1–4 to grade it", hangingIndent: 15),
        StyledLine("  1 2 3 4      after the feedback: change the rating to Again, Hard, Good or Easy", hangingIndent: 15),
        StyledLine("  u            undo the last answer (its card is asked again)", hangingIndent: 15),
        StyledLine("  s            bury this card for the rest of the session", hangingIndent: 15),
        StyledLine("  q Ctrl-C Ctrl-D   end the session: every answer is already saved", hangingIndent: 15),
        StyledLine("  ?            this help", hangingIndent: 15),
        "",
        StyledLine(
            "Answers are graded for you: wrong is Again; nearly right, or right but slow, is Hard; right is Good;", hangingIndent: 0),
        StyledLine("right and fast on a typed or fill-in answer is Easy. See docs/studying.md."),
    ]

    private func help() -> Screen {
        Screen(lines: header() + [.blank] + Self.helpLines + [.blank, StyledLine("Press any key to go back.", .dim)])
    }
}

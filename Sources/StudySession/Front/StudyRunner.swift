import Foundation
import Scheduling

/// Runs a session on a terminal until the learner stops or nothing is left, and returns the summary.
///
/// Interactive terminals get full screens driven by single keys; line-mode terminals get a transcript,
/// one answer per line. Either way the terminal is given back as it was on every way out, including an
/// error from the store (which is rethrown after the terminal is restored).
public enum StudyRunner {
    @discardableResult
    public static func run(_ session: StudySession, on terminal: any Terminal, palette: Palette) throws -> StudySummary {
        switch terminal.mode {
        case .interactive:
            var front = InteractiveFront(session: session, terminal: terminal, palette: palette)
            return try front.run()
        case .lines:
            var front = LineFront(session: session, terminal: terminal)
            return try front.run()
        }
    }

    /// The interactive screen for the session's current phase, as `run` draws it: escape sequences and all.
    public static func screen(of session: StudySession, size: TerminalSize, palette: Palette) -> String {
        StudyScreens(session: session, columns: size.columns).screen(InputState()).render(size: size, palette: palette)
    }

    /// The summary as printed at the end of both modes.
    public static func summaryLines(_ summary: StudySummary, timeZone: TimeZone) -> [StyledLine] {
        var lines: [StyledLine] = []
        let cards = summary.answered == 1 ? "1 card" : "\(summary.answered) cards"
        var first = [
            Span(summary.cram ? "Crammed " : "Studied ", .bold), Span(cards, .bold), Span(" in \(TimeText.duration(summary.duration))"),
        ]
        if summary.answered > 0 {
            first.append(Span(": \(summary.right) right (\(summary.rightPercent)%)"))
        }
        if summary.buried > 0 {
            first.append(Span(", \(summary.buried) \(summary.cram ? "skipped" : "buried")"))
        }
        first.append(Span("."))
        lines.append(StyledLine(first))
        for line in StudyScreens.outlookText(summary.outlook, learningDue: summary.learningDue, now: summary.endedAt, timeZone: timeZone) {
            lines.append(StyledLine(line))
        }
        let streak = summary.outlook.streak
        if streak > 0 {
            let count = summary.outlook.streakAtLeast ? "\(streak)+" : "\(streak)"
            lines.append(StyledLine("Streak: \(count) study day\(streak == 1 ? "" : "s") in a row."))
        }
        if summary.cram {
            lines.append(StyledLine("Cram answers are saved in the review log; the schedule is unchanged.", .dim))
        }
        return lines
    }
}

// MARK: - Interactive

struct InteractiveFront {
    let session: StudySession
    let terminal: any Terminal
    let palette: Palette
    var input = InputState()

    init(session: StudySession, terminal: any Terminal, palette: Palette) {
        self.session = session
        self.terminal = terminal
        self.palette = palette
    }

    mutating func run() throws -> StudySummary {
        terminal.begin()
        var ended = false
        defer { if !ended { terminal.end() } }
        try session.start()
        draw()
        while true {
            if case .finished(let summary) = session.phase {
                terminal.end()
                ended = true
                let text = StudyRunner.summaryLines(summary, timeZone: session.options.timeZone)
                    .flatMap { $0.wrapped(to: terminal.size.columns) }
                    .map { palette.paint($0) + "\n" }.joined()
                terminal.write(text)
                return summary
            }
            let event = terminal.nextEvent()
            switch event {
            case .end, .key(.control("c")), .key(.control("d")):
                try session.finish()
            case .resize:
                break
            case .line:
                break
            case .key(let key):
                try handle(key)
            }
            draw()
        }
    }

    private func draw() {
        let screen = StudyScreens(session: session, columns: terminal.size.columns).screen(input)
        terminal.write(screen.render(size: terminal.size, palette: palette))
    }

    private mutating func handle(_ key: Key) throws {
        if input.showingHelp {
            input.showingHelp = false
            return
        }
        input.message = nil
        switch session.phase {
        case .asking(let asked):
            try handleAsking(key, asked)
        case .feedback:
            switch key {
            case .enter, .character(" "), .character("n"), .right:
                try session.proceed()
                input.reset()
            case .character(let c) where ("1"..."4").contains(c):
                if let value = c.wholeNumberValue, let rating = Rating(rawValue: value) { try session.rate(rating) }
            default:
                try command(key)
            }
        case .nothingDue:
            switch key {
            case .character("c"):
                try session.startCram()
                input.reset()
            case .character("q"), .enter, .escape:
                try session.finish()
            default:
                try command(key)
            }
        case .finished:
            break
        }
    }

    /// The keys that work the same on every question: q, s, u, ?. Returns false for any other key.
    @discardableResult
    private mutating func command(_ key: Key) throws -> Bool {
        switch key {
        case .character("q"), .meta("q"):
            try session.finish()
        case .character("s"), .meta("s"):
            try session.bury()
            input.reset()
        case .character("u"), .meta("u"):
            // With nothing to undo, a half-typed answer stays as it is.
            if try session.undo() { input.reset() }
        case .character("?"), .meta("?"):
            input.showingHelp = true
        default:
            return false
        }
        return true
    }

    private mutating func handleAsking(_ key: Key, _ asked: AskedQuestion) throws {
        switch asked.question.input {
        case .choice(let options):
            if case .character(let c) = key, let index = Self.choiceIndex(c, options: options) {
                try session.answer(.choice(index))
                input.reset()
                return
            }
            switch key {
            case .up:
                input.highlight = max(0, (input.highlight ?? options.count) - 1)
            case .down:
                input.highlight = min(options.count - 1, (input.highlight ?? -1) + 1)
            case .enter:
                if let index = input.highlight {
                    try session.answer(.choice(index))
                    input.reset()
                } else {
                    input.message = "Choose with 1–\(options.count), or move with ↑ ↓ and press Enter."
                }
            default:
                if try !command(key), case .character = key {
                    input.message = "Choose with 1–\(options.count); ? shows every key."
                }
            }
        case .typed:
            if input.commandPending {
                input.commandPending = false
                if key == .escape { return }
                if case .character(let c) = key { try command(.meta(c)) }
                return
            }
            switch key {
            case .escape:
                input.commandPending = true
            case .meta:
                try command(key)
            default:
                if case .submitted(let text) = input.editor.handle(key) {
                    try session.answer(.typed(text))
                    input.reset()
                }
            }
        case .ordering(let items):
            if case .character(let c) = key, let digit = c.wholeNumberValue, (1...items.count).contains(digit) {
                if !input.picks.contains(digit - 1) { input.picks.append(digit - 1) }
                if input.picks.count == items.count {
                    try session.answer(.ordering(input.picks))
                    input.reset()
                }
            } else if key == .backspace {
                _ = input.picks.popLast()
            } else {
                try command(key)
            }
        case .matching(let left, let right):
            if case .character(let c) = key, let index = StudyScreens.optionLetters.firstIndex(of: c), index < right.count {
                input.picks.append(index)
                if input.picks.count == left.count {
                    try session.answer(.matching(input.picks))
                    input.reset()
                }
            } else if key == .backspace {
                _ = input.picks.popLast()
            } else {
                try command(key)
            }
        case .reveal:
            if !asked.revealed {
                if key == .enter || key == .character(" ") {
                    session.reveal()
                } else {
                    try command(key)
                }
                return
            }
            if case .character(let c) = key, let value = c.wholeNumberValue, let rating = Rating(rawValue: value) {
                try session.answer(.selfGraded(rating))
                input.reset()
            } else if key == .enter || key == .character(" ") {
                try session.answer(.selfGraded(.good))
                input.reset()
            } else {
                try command(key)
            }
        }
    }

    /// The option a key picks: its number, its letter (a for the first), or t/f for true or false.
    static func choiceIndex(_ c: Character, options: [String]) -> Int? {
        if let digit = c.wholeNumberValue, (1...options.count).contains(digit) { return digit - 1 }
        let lower = Character(c.lowercased())
        if options.count == 2, lower == "t" || lower == "f" {
            let wanted = lower == "t" ? "true" : "false"
            if let index = options.firstIndex(where: { $0.lowercased() == wanted }) { return index }
        }
        if ["q", "s", "u"].contains(lower) { return nil }
        if let index = StudyScreens.optionLetters.firstIndex(of: lower), index < options.count { return index }
        return nil
    }
}

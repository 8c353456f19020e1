import Foundation
import StudySession
import StudySessionTestSupport
import Testing
import TextFormats

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `recall study` on a pseudo-terminal: raw keys in, escape sequences out, read back as a screen.
@Suite struct StudyTerminalTests {
    let folder: URL
    let progress: String

    init() throws {
        folder = try RecallBinary.temporaryDirectory()
        progress = folder.appendingPathComponent("progress.sqlite").path
    }

    /// A session on a pty, and the screen its output draws.
    final class Session {
        let process: StudyProcess
        var screen: VirtualScreen
        private var applied = 0

        init(_ arguments: [String], columns: Int = 80, rows: Int = 24, environment: [String: String] = [:]) throws {
            process = try StudyProcess(arguments, environment: environment, pty: (columns, rows))
            screen = VirtualScreen(size: TerminalSize(columns: columns, rows: rows))
        }

        /// The screen's text once it shows `text` (or after 20 s, for the failure message).
        @discardableResult
        func waitFor(_ text: String) -> String {
            process.read(until: { _ in self.update().contains(text) })
            return update()
        }

        /// Sends keys and waits for the screen to show `text`.
        @discardableResult
        func press(_ keys: String, until text: String) -> String {
            process.send(keys)
            return waitFor(text)
        }

        @discardableResult
        func update() -> String {
            let bytes = process.output
            if bytes.count > applied {
                screen.apply(bytes: Array(bytes[applied...]))
                applied = bytes.count
            }
            return screen.text
        }

        func resize(columns: Int, rows: Int) {
            update()
            screen.resize(to: TerminalSize(columns: columns, rows: rows))
            process.resize(columns: columns, rows: rows)
        }

        /// The pty's settings now (the child's are restored when these are canonical with echo).
        var restored: Bool {
            guard let slave = process.slaveFD else { return false }
            var settings = termios()
            guard tcgetattr(slave, &settings) == 0 else { return false }
            return settings.c_lflag & tcflag_t(ICANON) != 0 && settings.c_lflag & tcflag_t(ECHO) != 0
                && settings.c_lflag & tcflag_t(ISIG) != 0
        }
    }

    /// Gives `learner` one card strong enough to be asked by recall, due now: Easy on first sight a month ago.
    private func strongCard(_ card: String, for learner: String) throws {
        let formatter = ISO8601DateFormatter()
        let past = formatter.string(from: Date().addingTimeInterval(-30 * 86_400))
        let file = folder.appendingPathComponent("history.csv")
        try "learner,card,reviewed_at,rating\n\(learner),\(card),\(past),easy\n".write(to: file, atomically: true, encoding: .utf8)
        let imported = try RecallBinary.run(["progress", "import", file.path, "--progress", progress])
        #expect(imported.status == 0, "\(imported.stderr)")
    }

    @Test func choicesUndoBuryHelpResizeAndQuit() throws {
        let session = try Session(["study", "siberian-internment", "--learner", "pia", "--seed", "4", "--progress", progress])
        // The first question: a header, the question, numbered options, the keys.
        var screen = session.waitFor("q quit")
        #expect(screen.hasPrefix("Recall · siberian-internment · pia\n"))
        #expect(screen.contains("0/20   new 20 · learning 0 · review 0"))
        #expect(screen.contains("   1  "))
        // Choosing: feedback with the rating and when the card comes back.
        screen = session.press("1", until: "Enter next")
        #expect(screen.contains("✓ Right") || screen.contains("✗ Wrong"))
        #expect(screen.contains("back in"))
        #expect(screen.contains("1/"))
        // Undo: the same question again, nothing answered.
        screen = session.press("u", until: "Undone")
        #expect(screen.contains("0/20"))
        // Answer again (with the arrow keys and Enter this time), go on, bury the next card.
        session.press("\u{1B}[B", until: " › 1 ")
        session.press("\r", until: "Enter next")
        screen = session.press("\r", until: "q quit")
        screen = session.press("s", until: "Buried for the rest of this session.")
        // Help, and back.
        screen = session.press("?", until: "bury this card for the rest of the session")
        session.process.send("x")
        screen = session.waitFor("q quit")
        #expect(!screen.contains("Press any key to go back."))
        // A narrower window: the screen is drawn again to fit.
        // Waits for what the redrawn screen must show rather than for a pause in the output: the keys line
        // again, below a question whose every line fits the new width.
        let before = session.process.output.count
        session.resize(columns: 50, rows: 20)
        func redrawn(_ screen: String) -> Bool {
            session.process.output.count > before && screen.contains("q quit") && screen.contains("1/")
                && screen.split(separator: "\n").allSatisfy { DisplayWidth.of($0) <= 50 }
        }
        session.process.read(until: { _ in redrawn(session.update()) })
        screen = session.update()
        #expect(redrawn(screen), "\(screen)")
        #expect(screen.contains("1/"))
        // Quit: the summary on the normal screen, the terminal as it was.
        session.process.send("q")
        let status = session.process.wait()
        #expect(StudyProcess.exitCode(status) == 0)
        screen = session.update()
        #expect(!session.screen.alternate)
        #expect(screen.contains("Studied 1 card in "))
        #expect(screen.contains("1 buried"))
        #expect(session.restored)
    }

    @Test func typingAnAnswerWithCursorKeysBackspaceAndUnicode() throws {
        let card = "siberian-internment/events/soviet-offensive/date"
        try strongCard(card, for: "ryo")
        let session = try Session(["study", "siberian-internment", "--learner", "ryo", "--new", "0", "--progress", progress])
        var screen = session.waitFor("Enter answer")
        #expect(screen.contains("Fill in the blank") || screen.contains("Type the answer"))
        // Type "Берия", step back over "я", delete "и" before it, type "x", go Home, Delete the "Б".
        screen = session.press("Берия", until: "> Берия")
        session.process.send("\u{1B}[D\u{7F}x")
        screen = session.waitFor("> Берxя")
        session.process.send("\u{1B}[H\u{1B}[3~")
        screen = session.waitFor("> ерxя")
        // Wide characters move the cursor two columns each.
        session.process.send("\u{1B}[F東京")
        screen = session.waitFor("> ерxя東京")
        #expect(session.screen.column == 2 + 4 + 4)
        // Escape then u is undo, with nothing to undo; Enter submits.
        session.process.send("\u{1B}")
        screen = session.waitFor("Command:")
        session.process.send("u")
        screen = session.waitFor("Nothing to undo.")
        screen = session.press("\r", until: "✗ Wrong")
        #expect(screen.contains("you answered ерxя東京"))
        #expect(screen.contains("1945"))
        #expect(screen.contains("Again"))
        session.process.send("q")
        #expect(StudyProcess.exitCode(session.process.wait()) == 0)
        let history = try RecallBinary.run(["card", card, "--learner", "ryo", "--json", "--progress", progress])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as? [String: Any])
        #expect((json["history"] as? [Any])?.count == 2)
        #expect(session.restored)
    }

    @Test func ctrlCAndCtrlDEndTheSessionWithTheTerminalRestored() throws {
        for key in ["\u{3}", "\u{4}"] {
            let session = try Session(["study", "--learner", "sam", "--progress", progress])
            session.waitFor("q quit")
            session.process.send(key)
            let status = session.process.wait()
            #expect(StudyProcess.exitCode(status) == 0)
            #expect(session.update().contains("Studied 0 cards"))
            #expect(session.restored)
            #expect(session.process.text.contains(ScreenControl.leave))
        }
    }

    @Test func aSignalStillRestoresTheTerminal() throws {
        let session = try Session(["study", "--learner", "tom", "--progress", progress])
        session.waitFor("q quit")
        session.process.send(signal: SIGTERM)
        let status = session.process.wait()
        #expect(StudyProcess.terminatingSignal(status) == SIGTERM)
        #expect(session.restored)
        session.update()
        #expect(!session.screen.alternate)
    }

    @Test func coloursOnlyWhenNoColorIsUnset() throws {
        let sgr = /\x1B\[[0-9;]*m/
        let plain = try Session(["study", "--learner", "uma", "--progress", progress])
        plain.waitFor("q quit")
        plain.process.send("q")
        plain.process.wait()
        #expect(!plain.process.text.contains(sgr))

        let coloured = try Session(
            ["study", "--learner", "uma", "--progress", progress], environment: ["NO_COLOR": "", "TERM": "xterm-256color"])
        coloured.waitFor("q quit")
        coloured.process.send("q")
        coloured.process.wait()
        #expect(coloured.process.text.contains(sgr))
    }

    @Test func aDumbTerminalGetsLineMode() throws {
        let session = try Session(["study", "--learner", "vic", "--progress", progress], environment: ["TERM": "dumb"])
        session.process.read(until: StudyProcess.questionComplete)
        #expect(session.process.text.contains("Recall: studying physics + siberian-internment as vic"))
        #expect(!session.process.text.contains("\u{1B}[?1049h"))
        session.process.send("q\n")
        #expect(StudyProcess.exitCode(session.process.wait()) == 0)
    }
}

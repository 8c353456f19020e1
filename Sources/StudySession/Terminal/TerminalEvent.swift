/// A key the learner pressed, decoded from the bytes a terminal sends.
public enum Key: Hashable, Sendable {
    /// A printable character, already assembled from its UTF-8 bytes.
    case character(Character)
    case enter
    case tab
    case backspace
    case delete
    case escape
    case up
    case down
    case left
    case right
    case home
    case end
    case pageUp
    case pageDown
    /// A control key, Ctrl-A to Ctrl-Z, named by its lowercase letter: `.control("c")` is Ctrl-C.
    case control(Character)
    /// Alt (Meta) with a character, which terminals send as Escape followed by the character.
    case meta(Character)
}

/// A terminal's size in character cells.
public struct TerminalSize: Hashable, Sendable {
    public var columns: Int
    public var rows: Int

    public init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
    }

    /// What to assume when the terminal does not say (and for line mode).
    public static let fallback = TerminalSize(columns: 80, rows: 24)
}

/// What a terminal hands the session: a key (interactive mode), a whole line (line mode), a new size,
/// or the end of input.
public enum TerminalEvent: Hashable, Sendable {
    case key(Key)
    /// One line of input without its line ending, in line mode.
    case line(String)
    /// The window changed size, or the screen must be drawn again (after a suspend).
    case resize(TerminalSize)
    /// No more input: end of file in line mode, a closed terminal in interactive mode.
    case end
}

/// How a terminal is driven.
public enum TerminalMode: Hashable, Sendable {
    /// Raw keys and a redrawn screen.
    case interactive
    /// One answer per line of input, output printed as a transcript: for pipes, scripts and tests.
    case lines
}

/// Where a study session reads keys and writes its screen: a live TTY, a plain pipe, or a script in tests.
public protocol Terminal: AnyObject {
    /// Interactive keys and screens, or plain lines.
    var mode: TerminalMode { get }
    /// The current size (the fallback in line mode).
    var size: TerminalSize { get }
    /// The next event, waiting for it; `.end` once input is over, and from then on.
    func nextEvent() -> TerminalEvent
    /// Writes text (and, in interactive mode, escape sequences) at once, unbuffered.
    func write(_ text: String)
    /// Takes the terminal over for a full-screen session (raw mode, alternate screen); nothing in line mode.
    func begin()
    /// Gives it back as it was; safe to call more than once.
    func end()
}

extension Terminal {
    public func begin() {}
    public func end() {}
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The learner's real terminal: raw-mode keys, a full screen on the alternate buffer, resize events.
///
/// `begin()` saves the terminal's settings and switches to raw mode; `end()` puts everything back. They
/// are also put back on every other way out: `exit`, a fatal signal (the handler restores, then re-raises
/// the signal with its default action), and Ctrl-Z (restored while suspended, raw again on return).
/// Window size changes arrive through SIGWINCH, whose handler writes a byte to a pipe that `nextEvent`
/// waits on together with standard input.
public final class LiveTerminal: Terminal {
    public let mode = TerminalMode.interactive
    private let input: Int32
    private let output: Int32
    private var decoder = KeyDecoder()
    private var queued: [TerminalEvent] = []
    private var ended = false
    private var started = false
    /// How long to wait for the rest of an escape sequence before taking Escape as a key of its own.
    private let escapeTimeoutMilliseconds: Int32 = 40

    /// A terminal on standard input and output, or nil when either is not a TTY (use line mode then).
    public init?(input: Int32 = 0, output: Int32 = 1) {
        guard isatty(input) == 1, isatty(output) == 1 else { return nil }
        self.input = input
        self.output = output
    }

    deinit {
        end()
    }

    public var size: TerminalSize {
        var window = winsize()
        guard ioctl(output, UInt(TIOCGWINSZ), &window) == 0, window.ws_col > 0, window.ws_row > 0 else {
            return .fallback
        }
        return TerminalSize(columns: Int(window.ws_col), rows: Int(window.ws_row))
    }

    /// Raw mode, the alternate screen, and the signal handlers that undo both.
    public func begin() {
        guard !started else { return }
        started = true
        TerminalRestoration.install(input: input, output: output)
        TerminalRestoration.enterRawMode()
        write(ScreenControl.enter)
    }

    /// Leaves the alternate screen and restores the terminal's settings; safe to call more than once.
    public func end() {
        guard started else { return }
        started = false
        write(ScreenControl.leave)
        TerminalRestoration.restore()
        TerminalRestoration.uninstall()
    }

    public func write(_ text: String) {
        TerminalRestoration.writeAll(output, Array(text.utf8))
    }

    public func nextEvent() -> TerminalEvent {
        while queued.isEmpty {
            if ended { return .end }
            readMore()
        }
        return queued.removeFirst()
    }

    private func readMore() {
        var fds = [
            pollfd(fd: input, events: Int16(POLLIN), revents: 0),
            pollfd(fd: TerminalRestoration.wakeReadFD, events: Int16(POLLIN), revents: 0),
        ]
        let timeout = decoder.hasPending ? escapeTimeoutMilliseconds : -1
        let ready = poll(&fds, nfds_t(fds.count), timeout)
        if ready < 0 { return }  // EINTR: a signal arrived; its byte is waiting in the pipe
        if ready == 0 {
            enqueue(decoder.flush())
            return
        }
        if fds[1].revents & Int16(POLLIN) != 0 {
            var drain = [UInt8](repeating: 0, count: 64)
            _ = read(TerminalRestoration.wakeReadFD, &drain, drain.count)
            queued.append(.resize(size))
        }
        if fds[0].revents & Int16(POLLIN | POLLHUP | POLLERR) != 0 {
            var buffer = [UInt8](repeating: 0, count: 1024)
            let count = read(input, &buffer, buffer.count)
            if count < 0 && errno == EINTR { return }
            if count <= 0 {
                enqueue(decoder.flush())
                ended = true
                queued.append(.end)
                return
            }
            enqueue(decoder.feed(buffer[0..<count]))
        }
    }

    private func enqueue(_ keys: [Key]) {
        for key in keys {
            if key == .control("z") {
                suspend()
                continue
            }
            queued.append(.key(key))
        }
    }

    /// Ctrl-Z: hand the terminal back to the shell, stop, and on return take it again and redraw.
    private func suspend() {
        write(ScreenControl.leave)
        TerminalRestoration.restore()
        signal(SIGTSTP, SIG_DFL)
        raise(SIGTSTP)
        // Continued.
        TerminalRestoration.enterRawMode()
        write(ScreenControl.enter)
        queued.append(.resize(size))
    }
}

/// The process-wide state that signal handlers need: the saved terminal settings and the wake-up pipe.
///
/// Signal handlers may only touch this, and only with async-signal-safe calls (`tcsetattr`, `write`,
/// `signal`, `raise`).
enum TerminalRestoration {
    nonisolated(unsafe) private static var saved = termios()
    nonisolated(unsafe) private static var haveSaved = false
    nonisolated(unsafe) private static var rawActive = false
    nonisolated(unsafe) private static var inputFD: Int32 = 0
    nonisolated(unsafe) private static var outputFD: Int32 = 1
    nonisolated(unsafe) private(set) static var wakeReadFD: Int32 = -1
    nonisolated(unsafe) private static var wakeWriteFD: Int32 = -1
    nonisolated(unsafe) private static var atExitRegistered = false
    /// `ScreenControl.leave` as bytes allocated up front, for writing from a signal handler.
    nonisolated(unsafe) private static var leaveBytes: UnsafeMutableBufferPointer<UInt8> = {
        let bytes = Array(ScreenControl.leave.utf8)
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
        _ = buffer.initialize(from: bytes)
        return buffer
    }()

    static let fatalSignals: [Int32] = [SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGABRT, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP]

    static func install(input: Int32, output: Int32) {
        inputFD = input
        outputFD = output
        _ = leaveBytes
        if tcgetattr(input, &saved) == 0 { haveSaved = true }
        if wakeReadFD < 0 {
            var fds: [Int32] = [0, 0]
            if pipe(&fds) == 0 {
                wakeReadFD = fds[0]
                wakeWriteFD = fds[1]
                _ = fcntl(wakeWriteFD, F_SETFL, fcntl(wakeWriteFD, F_GETFL) | O_NONBLOCK)
                _ = fcntl(wakeReadFD, F_SETFL, fcntl(wakeReadFD, F_GETFL) | O_NONBLOCK)
            }
        }
        for number in fatalSignals {
            signal(number) { received in
                TerminalRestoration.restoreFromSignal()
                signal(received, SIG_DFL)
                raise(received)
            }
        }
        signal(SIGWINCH) { _ in
            TerminalRestoration.wake()
        }
        if !atExitRegistered {
            atExitRegistered = true
            atexit {
                TerminalRestoration.restoreFromSignal()
            }
        }
    }

    static func uninstall() {
        for number in fatalSignals {
            signal(number, SIG_DFL)
        }
        signal(SIGWINCH, SIG_DFL)
    }

    static func enterRawMode() {
        guard haveSaved else { return }
        var raw = saved
        raw.c_iflag &= ~tcflag_t(BRKINT | ICRNL | INPCK | ISTRIP | IXON)
        raw.c_cflag |= tcflag_t(CS8)
        raw.c_lflag &= ~tcflag_t(ECHO | ICANON | IEXTEN | ISIG)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        if tcsetattr(inputFD, TCSAFLUSH, &raw) == 0 { rawActive = true }
    }

    static func restore() {
        guard rawActive, haveSaved else { return }
        _ = tcsetattr(inputFD, TCSAFLUSH, &saved)
        rawActive = false
    }

    /// Async-signal-safe: leave the alternate screen and restore the settings, if raw mode is on.
    static func restoreFromSignal() {
        guard rawActive, haveSaved else { return }
        _ = write(outputFD, leaveBytes.baseAddress, leaveBytes.count)
        _ = tcsetattr(inputFD, TCSANOW, &saved)
        rawActive = false
    }

    static func wake() {
        var byte: UInt8 = 1
        _ = write(wakeWriteFD, &byte, 1)
    }

    /// Writes every byte, retrying after interruptions and short writes.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) {
        bytes.withUnsafeBytes { buffer in
            // No bytes, no address.
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = write(fd, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR || errno == EAGAIN { continue }
                    return
                }
                offset += written
            }
        }
    }
}

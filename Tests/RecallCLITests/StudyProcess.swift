import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(fd, buffer, count)
}

private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(fd, buffer, count)
}

/// The C library's pseudo-terminal and spawn calls that Swift's Glibc module leaves out (they sit behind
/// feature macros), looked up by name.
private enum LibC {
    static func function<T>(_ name: String, as type: T.Type) -> T {
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, name) else {
            fatalError("the C library has no \(name)")
        }
        return unsafeBitCast(symbol, to: type)
    }

    static var posixOpenpt: @convention(c) (Int32) -> Int32 { function("posix_openpt", as: (@convention(c) (Int32) -> Int32).self) }
    static var grantpt: @convention(c) (Int32) -> Int32 { function("grantpt", as: (@convention(c) (Int32) -> Int32).self) }
    static var unlockpt: @convention(c) (Int32) -> Int32 { function("unlockpt", as: (@convention(c) (Int32) -> Int32).self) }
    static var ptsname: @convention(c) (Int32) -> UnsafeMutablePointer<CChar>? {
        function("ptsname", as: (@convention(c) (Int32) -> UnsafeMutablePointer<CChar>?).self)
    }
    static var addChdir: @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32 {
        function(
            "posix_spawn_file_actions_addchdir_np",
            as: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32).self)
    }
    /// glibc's POSIX_SPAWN_SETSID.
    static let spawnSetSID: Int32 = 0x80
}

/// The built `recall` running as a learner would run it — on pipes, or on a pseudo-terminal — with its
/// output read as it comes and input written at any moment; for the study tests.
final class StudyProcess {
    let pid: pid_t
    /// Where the test writes the child's input (the pty master, or the pipe to its standard input).
    private(set) var inputFD: Int32
    /// Where the test reads the child's output (the pty master, or the pipe from its standard output).
    let outputFD: Int32
    /// The slave side of the pty, kept open so its settings can be read after the child exits.
    let slaveFD: Int32?
    /// Everything read so far.
    private(set) var output: [UInt8] = []
    private var exitStatus: Int32?

    var text: String { String(decoding: output, as: UTF8.self) }

    /// Starts `recall arguments…` in the repository with `environment` added (NO_COLOR set unless given).
    /// With `pty`, standard input, output and error are a new pseudo-terminal of that size whose slave is
    /// the child's controlling terminal; otherwise stdin and stdout are pipes and stderr goes to stdout.
    init(_ arguments: [String], environment: [String: String] = [:], pty size: (columns: Int, rows: Int)? = nil) throws {
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env.removeValue(forKey: "RECALL_PROGRESS")
        env.removeValue(forKey: "RECALL_DECKS")
        for (key, value) in environment { env[key] = value }
        if env["NO_COLOR"] == "" { env.removeValue(forKey: "NO_COLOR") }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Default signal handling in the child, whatever the test runner set.
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigdefault(&attributes, &all)
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var flags = Int32(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK)

        let childEnds: [Int32]
        if let size {
            let master = LibC.posixOpenpt(O_RDWR | O_NOCTTY)
            guard master >= 0, LibC.grantpt(master) == 0, LibC.unlockpt(master) == 0, let name = LibC.ptsname(master) else {
                throw POSIXError(.ENOTTY)
            }
            let slavePath = String(cString: name)
            var window = winsize(ws_row: UInt16(size.rows), ws_col: UInt16(size.columns), ws_xpixel: 0, ws_ypixel: 0)
            _ = ioctl(master, UInt(TIOCSWINSZ), &window)
            let slave = open(slavePath, O_RDWR | O_NOCTTY)
            guard slave >= 0 else { throw POSIXError(.ENOTTY) }
            // A new session whose controlling terminal is the pty: opened again after setsid, without O_NOCTTY.
            flags |= LibC.spawnSetSID
            posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
            posix_spawn_file_actions_adddup2(&actions, 0, 1)
            posix_spawn_file_actions_adddup2(&actions, 0, 2)
            posix_spawn_file_actions_addclose(&actions, master)
            posix_spawn_file_actions_addclose(&actions, slave)
            inputFD = master
            outputFD = master
            slaveFD = slave
            childEnds = []
            env["TERM"] = env["TERM"] ?? "xterm-256color"
        } else {
            var stdinPipe: [Int32] = [0, 0]
            var stdoutPipe: [Int32] = [0, 0]
            guard pipe(&stdinPipe) == 0, pipe(&stdoutPipe) == 0 else { throw POSIXError(.EMFILE) }
            posix_spawn_file_actions_adddup2(&actions, stdinPipe[0], 0)
            posix_spawn_file_actions_adddup2(&actions, stdoutPipe[1], 1)
            posix_spawn_file_actions_adddup2(&actions, stdoutPipe[1], 2)
            for fd in stdinPipe + stdoutPipe { posix_spawn_file_actions_addclose(&actions, fd) }
            inputFD = stdinPipe[1]
            outputFD = stdoutPipe[0]
            slaveFD = nil
            childEnds = [stdinPipe[0], stdoutPipe[1]]
            // The test must not die writing to a child that was killed.
            _ = signal(SIGPIPE, SIG_IGN)
        }
        posix_spawnattr_setflags(&attributes, Int16(flags))
        _ = LibC.addChdir(&actions, RecallBinary.repository.path)

        let path = RecallBinary.url.path
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var child: pid_t = 0
        let result = posix_spawn(&child, path, &actions, &attributes, argv, envp)
        for fd in childEnds { close(fd) }
        guard result == 0 else { throw POSIXError(POSIXErrorCode(rawValue: result) ?? .ENOENT) }
        pid = child
    }

    deinit {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            _ = wait()
        }
        close(outputFD)
        if inputFD != outputFD, inputFD >= 0 { close(inputFD) }
        if let slaveFD { close(slaveFD) }
    }

    /// Writes to the child's input.
    func send(_ text: String) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { systemWrite(inputFD, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
    }

    /// Closes the child's input (end of file, in line mode).
    func closeInput() {
        if inputFD != outputFD, inputFD >= 0 {
            close(inputFD)
            inputFD = -1
        }
    }

    /// Reads whatever output arrives within `timeout` seconds; false when the output ended.
    @discardableResult
    func pump(timeout: TimeInterval) -> Bool {
        var descriptor = pollfd(fd: outputFD, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, Int32(timeout * 1000))
        guard ready > 0 else { return true }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let count = systemRead(outputFD, &buffer, buffer.count)
        if count <= 0 { return false }
        output += buffer[0..<count]
        return true
    }

    /// Reads until `condition` holds for the output so far, the output ends, or `timeout` passes.
    @discardableResult
    func read(until condition: (String) -> Bool, timeout: TimeInterval = 20) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while !condition(text) {
            guard Date() < deadline, pump(timeout: 0.05) else { return condition(text) }
        }
        return true
    }

    /// A new window size: set on the pty (the kernel signals the foreground group) and SIGWINCH sent too.
    func resize(columns: Int, rows: Int) {
        var window = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(outputFD, UInt(TIOCSWINSZ), &window)
        kill(pid, SIGWINCH)
    }

    func send(signal number: Int32) {
        kill(pid, number)
    }

    /// Waits for the child to end, reading its output meanwhile; the wait status (see `exited`).
    @discardableResult
    func wait(timeout: TimeInterval = 30) -> Int32 {
        if let exitStatus { return exitStatus }
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        while true {
            let done = waitpid(pid, &status, WNOHANG)
            if done == pid { break }
            if Date() > deadline {
                kill(pid, SIGKILL)
                waitpid(pid, &status, 0)
                break
            }
            if !pump(timeout: 0.02) { usleep(5_000) }
        }
        // Whatever was written before the end.
        while pump(timeout: 0.01), output.count < 50_000_000 {
            var descriptor = pollfd(fd: outputFD, events: Int16(POLLIN), revents: 0)
            if poll(&descriptor, 1, 0) <= 0 { break }
        }
        exitStatus = status
        return status
    }

    /// The exit code when the child exited normally; nil when a signal ended it.
    static func exitCode(_ status: Int32) -> Int32? {
        status & 0x7F == 0 ? (status >> 8) & 0xFF : nil
    }

    /// The signal that ended the child, if one did.
    static func terminatingSignal(_ status: Int32) -> Int32? {
        let signal = status & 0x7F
        return signal != 0 && signal != 0x7F ? signal : nil
    }

    // MARK: - Line mode

    /// True when line mode has printed a whole question: its last line says, in brackets, how to answer.
    static func questionComplete(_ transcript: String) -> Bool {
        let text = transcript.replacingOccurrences(of: "\r\n", with: "\n")
        guard let last = text.split(separator: "\n").last else { return false }
        return text.hasSuffix("\n") && last.hasPrefix("(") && last.hasSuffix(")")
    }

    /// Answers line mode's last question the way a script that knows nothing would: a letter per item for
    /// matching, the numbers in order for ordering, a word for a typed answer, Enter then Good for a
    /// flashcard, the first option otherwise.
    static func answer(after transcript: String) -> String {
        let lines = transcript.split(separator: "\n", omittingEmptySubsequences: false)
        guard let last = lines.last(where: { !$0.isEmpty }) else { return "1" }
        let block = lines.reversed().prefix { !$0.hasPrefix("[") }
        let numbered = block.filter { $0.hasPrefix("  ") && $0.dropFirst(2).first?.isNumber == true }.count
        if last.hasPrefix("(give a letter") { return String("abcdefghij".prefix(numbered)) }
        if last.hasPrefix("(give the numbers") { return (1...max(1, numbered)).map(String.init).joined(separator: " ") }
        if last.hasPrefix("(type the answer") { return "Tokyo" }
        if last.hasPrefix("(press Enter") { return "" }
        if last.hasPrefix("(grade yourself") { return "3" }
        return "1"
    }

    /// The card ids whose feedback line mode printed, in order: a question's header names its card, and a
    /// feedback line ("Right: …", "Wrong. …", "Nearly right: …", or a self-graded "Good: back …") follows.
    static func answeredCards(_ transcript: String) -> [String] {
        var cards: [String] = []
        var current: String?
        for line in transcript.split(separator: "\n") {
            if line.hasPrefix("["), let id = line.split(separator: "·").last?.trimmingCharacters(in: .whitespaces) {
                current = id
            } else if let card = current,
                line.hasPrefix("Right: ") || line.hasPrefix("Wrong. ") || line.hasPrefix("Nearly right: ")
                    || ["Again: ", "Hard: ", "Good: ", "Easy: "].contains(where: { line.hasPrefix($0) })
            {
                cards.append(card)
                current = nil
            }
        }
        return cards
    }
}

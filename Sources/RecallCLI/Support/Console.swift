import Foundation

/// Writing to standard output and standard error, with colour only where a reader will see it.
///
/// Every write is checked: when standard output cannot be written (a full disk, a closed pipe), Recall says
/// so on standard error as `recall: …` and exits with status 1, rather than dying inside Foundation or
/// going on as if the output had been read. (`recall` ignores SIGPIPE for this, see `main.swift`.)
enum Console {
    /// Colour is used only on a terminal, when `TERM` is not `dumb` and `NO_COLOR` is unset.
    static func usesColor(fileDescriptor: Int32) -> Bool {
        let environment = ProcessInfo.processInfo.environment
        if environment["NO_COLOR"] != nil { return false }
        guard let term = environment["TERM"], !term.isEmpty, term != "dumb" else { return false }
        return isatty(fileDescriptor) == 1
    }

    /// A line on standard output.
    static func out(_ text: String) {
        write(text + "\n", to: STDOUT_FILENO)
    }

    /// A line on standard error.
    static func err(_ text: String) {
        write(text + "\n", to: STDERR_FILENO)
    }

    /// `recall: <message>` on standard error.
    static func fail(_ message: String) {
        err("recall: \(message)")
    }

    /// Text as it is (no line added) on standard output.
    static func print(_ text: String) {
        write(text, to: STDOUT_FILENO)
    }

    /// Writes every byte of `text` to `fd`, or ends the process with status 1 after saying why.
    static func write(_ text: String, to fd: Int32) {
        if let problem = writeAll(Array(text.utf8), to: fd) {
            let name = fd == STDOUT_FILENO ? "standard output" : fd == STDERR_FILENO ? "standard error" : "the output"
            if fd != STDERR_FILENO {
                _ = writeAll(Array("recall: cannot write to \(name): \(problem)\n".utf8), to: STDERR_FILENO)
            }
            exit(EXIT_FAILURE)
        }
    }

    /// Writes every byte, retrying after interruptions and short writes; the system's reason when it cannot.
    static func writeAll(_ bytes: [UInt8], to fd: Int32) -> String? {
        bytes.withUnsafeBytes { buffer -> String? in
            guard let base = buffer.baseAddress else { return nil }
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(fd, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR || errno == EAGAIN { continue }
                    return String(cString: strerror(errno))
                }
                offset += written
            }
            return nil
        }
    }

    /// Pretty, stable JSON for scripts: sorted keys, no escaped slashes.
    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

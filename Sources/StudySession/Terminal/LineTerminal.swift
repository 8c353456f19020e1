#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Line mode on plain file descriptors: used when standard input or output is not a terminal. Reads one
/// line per event and writes text straight through, unbuffered, so whatever was printed has really been
/// printed (a script, or a test that kills the process, sees exactly that).
public final class LineTerminal: Terminal {
    public let mode = TerminalMode.lines
    public let size = TerminalSize.fallback
    private let input: Int32
    private let output: Int32
    private var buffer: [UInt8] = []
    private var atEnd = false

    public init(input: Int32 = 0, output: Int32 = 1) {
        self.input = input
        self.output = output
    }

    public func nextEvent() -> TerminalEvent {
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                var line = Array(buffer[..<newline])
                buffer.removeFirst(newline + 1)
                if line.last == 0x0D { line.removeLast() }
                return .line(String(decoding: line, as: UTF8.self))
            }
            if atEnd {
                guard !buffer.isEmpty else { return .end }
                let line = buffer
                buffer.removeAll()
                return .line(String(decoding: line, as: UTF8.self))
            }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = read(input, &chunk, chunk.count)
            if count < 0 {
                if errno == EINTR { continue }
                atEnd = true
            } else if count == 0 {
                atEnd = true
            } else {
                buffer += chunk[0..<count]
            }
        }
    }

    public func write(_ text: String) {
        TerminalRestoration.writeAll(output, Array(text.utf8))
    }
}

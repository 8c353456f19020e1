import Foundation

/// Runs another program to the end, feeding its standard input while collecting its standard output and standard
/// error at the same time.
///
/// Reading one pipe to its end before the other deadlocks as soon as the child fills the pipe that is not being
/// read (about 64 KB on Linux) — a long error report, or a large input it has not consumed yet. Here the input
/// is written and each output pipe is drained on threads of their own, and only then is the exit awaited.
/// (swift-subprocess does this too, but only through `async` calls, and the commands that run children are
/// synchronous.)
public enum ChildProcess {
    /// What a finished program left behind.
    public struct Result: Sendable {
        public var status: Int32
        public var standardOutput: Data
        public var standardError: Data
    }

    /// Starts `process` (its executable, arguments, environment and folder already set) with fresh pipes, writes
    /// `input` to its standard input and closes it, and waits until it exits.
    public static func run(_ process: Process, input: Data? = nil) throws -> Result {
        let inputPipe = Pipe()
        let outputPipe = Pipe()
        let errorPipe = Pipe()
        process.standardInput = inputPipe
        process.standardOutput = outputPipe
        process.standardError = errorPipe
        try process.run()

        let output = Drain(outputPipe.fileHandleForReading)
        let error = Drain(errorPipe.fileHandleForReading)
        // A child that stops reading early (it failed, and says why on standard error) must not end this
        // process with SIGPIPE: the write then fails quietly and its error message is what is reported.
        signal(SIGPIPE, SIG_IGN)
        let writer = inputPipe.fileHandleForWriting
        let fed = DispatchSemaphore(value: 0)
        Thread {
            if let input { try? writer.write(contentsOf: input) }
            try? writer.close()
            fed.signal()
        }.start()
        let standardOutput = output.wait()
        let standardError = error.wait()
        fed.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, standardOutput: standardOutput, standardError: standardError)
    }

    /// Reads one pipe to its end on a thread of its own.
    private final class Drain: @unchecked Sendable {
        private var data = Data()
        private let done = DispatchSemaphore(value: 0)

        init(_ handle: FileHandle) {
            let thread = Thread { [self] in
                data = handle.readDataToEndOfFile()
                done.signal()
            }
            thread.start()
        }

        /// Everything the pipe carried, once it has closed. The semaphore orders the thread's write before this read.
        func wait() -> Data {
            done.wait()
            return data
        }
    }
}

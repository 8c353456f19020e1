import Foundation

/// Decompresses zstd by running `recall-zstd -d` (or any program that filters standard input to standard
/// output the same way), which is built apart from `recall` because it needs libzstd.
public struct ZstdProgram: ZstdDecoder {
    public let url: URL

    public init(url: URL) {
        self.url = url
    }

    public func decompress(_ data: Data) throws(ZstdFailure) -> Data {
        let process = Process()
        process.executableURL = url
        process.arguments = ["-d"]
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        do {
            try process.run()
        } catch {
            throw ZstdFailure(isUnavailable: true, message: "could not run \(url.path): \(error.localizedDescription)")
        }
        // A program that stops early must not end this one with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        // Feed on other threads while this one reads, so that no pipe fills up and stalls the others.
        let input = stdin.fileHandleForWriting
        Thread {
            try? input.write(contentsOf: data)
            try? input.close()
        }.start()
        let errors = Drain(stderr.fileHandleForReading)
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = errors.text().replacingOccurrences(of: "recall-zstd: ", with: "")
            throw ZstdFailure(isUnavailable: false, message: message.isEmpty ? "\(url.lastPathComponent) failed" : message)
        }
        return output
    }

    /// Reads a pipe to its end on another thread.
    final class Drain: @unchecked Sendable {
        private var data = Data()
        private let done = DispatchSemaphore(value: 0)

        init(_ handle: FileHandle) {
            Thread {
                self.data = handle.readDataToEndOfFile()
                self.done.signal()
            }.start()
        }

        func text() -> String {
            done.wait()
            return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }
}

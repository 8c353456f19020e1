import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A `recall-server serve` process on loopback, started for a test and stopped (or killed) by it.
final class ServerProcess {
    let process = Process()
    let port: Int
    private let output = Pipe()
    private let errors = Pipe()
    /// What the server logged on standard error, drained as it comes so that the server never blocks on it.
    private let log = LogBuffer()

    var url: String { "http://127.0.0.1:\(port)" }

    /// Starts a server on `database` and waits until it serves; `port` 0 picks a free one.
    init(database: String, port: Int = 0, decks: String = Binaries.decks, timeout: TimeInterval = 60) throws {
        process.executableURL = Binaries.url("recall-server")
        process.arguments = ["serve", "--database", database, "--port", "\(port)", "--decks", decks, "--connections", "8"]
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let log = self.log
        errors.fileHandleForReading.readabilityHandler = { handle in
            let data = handle.availableData
            if !data.isEmpty { log.append(data) }
        }
        // The server prints "recall-server: serving http://127.0.0.1:PORT …" once it listens.
        var text = ""
        let deadline = Date().addingTimeInterval(timeout)
        let handle = output.fileHandleForReading
        while !text.contains("\n"), Date() < deadline, process.isRunning {
            let chunk = handle.availableData
            if chunk.isEmpty { usleep(10_000) } else { text += String(decoding: chunk, as: UTF8.self) }
        }
        guard let range = text.range(of: #"serving http://127\.0\.0\.1:(\d+)"#, options: .regularExpression),
            let bound = Int(text[range].split(separator: ":").last ?? "")
        else {
            process.terminate()
            process.waitUntilExit()
            usleep(100_000)
            throw ServerFailed(message: "recall-server did not start: \(text) \(log.text)")
        }
        self.port = bound
    }

    /// Everything the server has logged so far.
    var logged: String { log.text }

    /// SIGKILL: the process dies wherever it is, as in a power cut.
    func kill() {
        guard process.isRunning else { return }
        Glibc.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// SIGTERM, then wait: a clean stop.
    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }

    deinit {
        kill()
    }

    /// A TCP port nothing listens on now (for a server that must come back on the same address).
    static func freePort() -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) } }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

/// Bytes gathered from another thread.
final class LogBuffer: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    func append(_ more: Data) {
        lock.lock()
        data.append(more)
        lock.unlock()
    }

    var text: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: data, as: UTF8.self)
    }
}

struct ServerFailed: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

import Foundation
import SeededRandom

#if canImport(Glibc)
    import Glibc
#endif

/// A TCP relay on loopback between `recall` and a server that drops connections part way, the way a
/// school's Wi-Fi does: each connection is cut (both ends closed at once) after a seeded number of bytes has
/// gone through, in either direction, or is let through whole. `cutting` turns the cuts on and off.
final class DroppingProxy: @unchecked Sendable {
    let port: Int
    private let upstream: Int
    private let listener: Int32
    private let lock = NSLock()
    private var generator: SeededGenerator
    private var cuttingNow = true
    private(set) var cuts = 0

    var url: String { "http://127.0.0.1:\(port)" }

    var cutting: Bool {
        get { lock.withLock { cuttingNow } }
        set { lock.withLock { cuttingNow = newValue } }
    }

    init(to upstream: Int, seed: UInt64) throws {
        self.upstream = upstream
        generator = SeededGenerator(seed: seed)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw RawHTTPError("no socket: errno \(errno)") }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = Self.loopback(port: 0)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 64) == 0 else { throw RawHTTPError("cannot listen: errno \(errno)") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        listener = fd
        port = Int(UInt16(bigEndian: address.sin_port))
        Thread.detachNewThread { [self] in acceptLoop() }
    }

    deinit { close(listener) }

    private static func loopback(port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return address
    }

    private func acceptLoop() {
        while true {
            let client = accept(listener, nil, nil)
            guard client >= 0 else { return }
            let server = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = Self.loopback(port: upstream)
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(server, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            guard connected == 0 else {
                close(client)
                close(server)
                continue
            }
            // The byte, counted over both directions, after which this connection is cut; nil lets it through.
            let budget: Int? = lock.withLock {
                guard cuttingNow, Int.random(in: 0..<4, using: &generator) != 0 else { return nil }
                return Int.random(in: 0..<6_000, using: &generator)
            }
            let connection = Connection(client: client, server: server, budget: budget) { [self] in lock.withLock { cuts += 1 } }
            Thread.detachNewThread { connection.pump(from: client, to: server) }
            Thread.detachNewThread { connection.pump(from: server, to: client) }
        }
    }

    /// One relayed connection: two pumps share its byte budget, and the first to spend it closes both ends.
    final class Connection: @unchecked Sendable {
        let client: Int32
        let server: Int32
        private let lock = NSLock()
        private var left: Int?
        private var closed = 0
        private let onCut: () -> Void

        init(client: Int32, server: Int32, budget: Int?, onCut: @escaping () -> Void) {
            self.client = client
            self.server = server
            left = budget
            self.onCut = onCut
        }

        func pump(from source: Int32, to target: Int32) {
            var buffer = [UInt8](repeating: 0, count: 16_384)
            while true {
                let n = buffer.withUnsafeMutableBytes { recv(source, $0.baseAddress, $0.count, 0) }
                guard n > 0 else { break }
                // How much of this read may go through before the cut.
                let allowed: Int = lock.withLock {
                    guard let budget = left else { return n }
                    let through = min(n, budget)
                    left = budget - through
                    return through
                }
                var sent = 0
                while sent < allowed {
                    let m = buffer[sent..<allowed].withUnsafeBytes { send(target, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                    guard m > 0 else { break }
                    sent += m
                }
                if allowed < n {
                    onCut()
                    break
                }
            }
            // Either side ending, or the cut, ends the connection for both.
            shutdown(client, Int32(SHUT_RDWR))
            shutdown(server, Int32(SHUT_RDWR))
            let last = lock.withLock {
                closed += 1
                return closed == 2
            }
            if last {
                close(client)
                close(server)
            }
        }
    }
}

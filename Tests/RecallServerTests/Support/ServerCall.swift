import Foundation
import SyncClient

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Raw HTTP calls to a server, for tests that send what no well-behaved client would.
struct ServerCall {
    let base: String
    var token: String?
    let transport = URLSessionTransport(timeout: 20)

    init(_ base: String, token: String?) {
        self.base = base
        self.token = token
    }

    struct Answer {
        var status: Int
        var text: String
        /// The error sentence of a refusal's JSON body.
        var error: String? {
            (try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])?["error"] as? String
        }
    }

    func send(_ method: String, _ path: String, body: Data? = nil, headers: [String: String] = [:]) throws -> Answer {
        let response = try transport.send(.init(method: method, url: URL(string: base + path)!, token: token, body: body))
        return Answer(status: response.status, text: String(decoding: response.body, as: UTF8.self))
    }

    func get(_ path: String) throws -> Answer { try send("GET", path) }

    /// A GET with the headers given and no others (no bearer token), as a browser sends it: over a plain
    /// socket, because Foundation's URLSession on Linux would wait for ever on the password challenge that
    /// is the point of the call.
    func get(_ path: String, headers: [String: String]) throws -> (answer: Answer, headers: [String: String]) {
        guard let url = URL(string: base), let host = url.host, let port = url.port else {
            throw RawHTTPError("not a server address: \(base)")
        }
        var request = "GET \(path) HTTP/1.1\r\nHost: \(host):\(port)\r\nAccept: text/html\r\nConnection: close\r\n"
        for (name, value) in headers { request += "\(name): \(value)\r\n" }
        let raw = try RawHTTP.exchange(host: host, port: port, request: request + "\r\n")
        let parts = raw.components(separatedBy: "\r\n\r\n")
        let head = parts[0].components(separatedBy: "\r\n")
        let status = head.first.flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") } ?? 0
        var fields: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return (Answer(status: status, text: parts.dropFirst().joined(separator: "\r\n\r\n")), fields)
    }

    func post(_ path: String, _ json: String) throws -> Answer { try send("POST", path, body: Data(json.utf8)) }

    func post<T: Encodable>(_ path: String, _ value: T) throws -> Answer { try send("POST", path, body: try JSONEncoder().encode(value)) }
}

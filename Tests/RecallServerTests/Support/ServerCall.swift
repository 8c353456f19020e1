import Foundation
import SyncClient

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

    func post(_ path: String, _ json: String) throws -> Answer { try send("POST", path, body: Data(json.utf8)) }

    func post<T: Encodable>(_ path: String, _ value: T) throws -> Answer { try send("POST", path, body: try JSONEncoder().encode(value)) }
}

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

    /// A GET with the headers given and no others (no bearer token): what a browser sends.
    func get(_ path: String, headers: [String: String]) -> (answer: Answer, headers: [String: String]) {
        var request = URLRequest(url: URL(string: base + path)!)
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        nonisolated(unsafe) var result: (Answer, [String: String]) = (Answer(status: 0, text: ""), [:])
        let done = DispatchSemaphore(value: 0)
        URLSession(configuration: .ephemeral).dataTask(with: request) { data, response, _ in
            let http = response as? HTTPURLResponse
            var fields: [String: String] = [:]
            for (key, value) in http?.allHeaderFields ?? [:] { fields["\(key)".lowercased()] = "\(value)" }
            result = (Answer(status: http?.statusCode ?? 0, text: String(decoding: data ?? Data(), as: UTF8.self)), fields)
            done.signal()
        }.resume()
        done.wait()
        return result
    }

    func post(_ path: String, _ json: String) throws -> Answer { try send("POST", path, body: Data(json.utf8)) }

    func post<T: Encodable>(_ path: String, _ value: T) throws -> Answer { try send("POST", path, body: try JSONEncoder().encode(value)) }
}

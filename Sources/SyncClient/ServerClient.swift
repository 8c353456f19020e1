import Foundation
import SyncWire

/// The school server's API, call by call, for one token.
public struct ServerClient: Sendable {
    /// The server's address, such as `http://school.example:8080`.
    public let server: URL
    public let token: String
    public let transport: any HTTPTransport

    public init(server: URL, token: String, transport: any HTTPTransport = URLSessionTransport()) {
        self.server = server
        self.token = token
        self.transport = transport
    }

    /// Whose token this is.
    public func identity() throws(SyncError) -> Identity {
        try call("GET", "v1/me")
    }

    /// Pushes reviews and pulls the learner's others (one transaction on the server).
    public func sync(_ request: SyncRequest) throws(SyncError) -> SyncResponse {
        try call("POST", "v1/sync", body: request)
    }

    // MARK: - Teachers

    public func classes() throws(SyncError) -> [WireClass] {
        try call("GET", "v1/classes")
    }

    public func schoolClass(_ name: String) throws(SyncError) -> WireClass {
        try call("GET", Self.classPath(name))
    }

    public func createClass(_ name: String) throws(SyncError) -> WireClass {
        try call("POST", "v1/classes", body: CreateClassRequest(name: name))
    }

    /// Enrols students; each one new to the class gets a token, shown in this answer only.
    public func enrol(_ students: [String], in className: String) throws(SyncError) -> EnrolmentResponse {
        try call("POST", Self.classPath(className) + "/students", body: StudentsRequest(students: students))
    }

    /// Takes students out of a class (their history stays on the server).
    public func remove(_ students: [String], from className: String) throws(SyncError) -> WireClass {
        try call("POST", Self.classPath(className) + "/removals", body: StudentsRequest(students: students))
    }

    /// New tokens for students of the class (a lost one, a new device); earlier tokens keep working.
    public func issueTokens(for students: [String], in className: String) throws(SyncError) -> [StudentToken] {
        try call("POST", Self.classPath(className) + "/tokens", body: StudentsRequest(students: students))
    }

    /// Stops every token of these students of the class from working.
    public func revokeTokens(of students: [String], in className: String) throws(SyncError) -> RevocationResponse {
        try call("POST", Self.classPath(className) + "/revocations", body: StudentsRequest(students: students))
    }

    /// Sets (or, with nil, removes) the class's own settings; they reach the students at their next sync.
    public func setSettings(_ settings: [String: String?], of className: String) throws(SyncError) -> WireClass {
        try call("PUT", Self.classPath(className) + "/settings", body: SettingsRequest(settings: settings))
    }

    /// Keeps a printed quiz's manifest on the server, so that it can be graded on any machine.
    public func keepQuiz(_ quiz: WireQuiz, for className: String) throws(SyncError) {
        let _: WireQuiz = try call("POST", Self.classPath(className) + "/quizzes", body: quiz)
    }

    /// A quiz printed for one of the teacher's classes; nil when the server has none with this id.
    public func quiz(_ id: String) throws(SyncError) -> WireQuiz? {
        do {
            return try call("GET", "v1/quizzes/" + Self.segment(id))
        } catch .refused(404, _) {
            return nil
        }
    }

    /// Records a graded paper into the student's log on the server.
    public func recordPaper(_ paper: WirePaper, in className: String) throws(SyncError) -> PaperResponse {
        try call("POST", Self.classPath(className) + "/papers", body: paper)
    }

    /// Everything a report on the class needs.
    public func snapshot(of className: String) throws(SyncError) -> ClassSnapshot {
        try call("GET", Self.classPath(className) + "/snapshot")
    }

    // MARK: - Plumbing

    static func classPath(_ name: String) -> String { "v1/classes/" + segment(name) }

    /// A name as one path segment, percent-encoded.
    static func segment(_ text: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "/?#%")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }

    func call<Answer: Decodable>(_ method: String, _ path: String) throws(SyncError) -> Answer {
        try exchange(method, path, body: nil)
    }

    func call<Answer: Decodable, Body: Encodable>(_ method: String, _ path: String, body: Body) throws(SyncError) -> Answer {
        let data: Data
        do {
            data = try JSONEncoder().encode(body)
        } catch {
            throw .badResponse(server: server.absoluteString, detail: "the request could not be encoded: \(error)")
        }
        return try exchange(method, path, body: data)
    }

    private func exchange<Answer: Decodable>(_ method: String, _ path: String, body: Data?) throws(SyncError) -> Answer {
        let base = server.absoluteString.hasSuffix("/") ? server.absoluteString : server.absoluteString + "/"
        guard let url = URL(string: base + path) else {
            throw .badResponse(server: server.absoluteString, detail: "cannot make an address of '\(path)'")
        }
        let response = try transport.send(.init(method: method, url: url, token: token, body: body))
        guard (200..<300).contains(response.status) else {
            let message =
                (try? JSONDecoder().decode(ErrorBody.self, from: response.body))?.error
                ?? (String(data: response.body.prefix(300), encoding: .utf8).flatMap { $0.isEmpty ? nil : $0 } ?? "no reason given")
            throw .refused(status: response.status, message: message)
        }
        do {
            return try JSONDecoder().decode(Answer.self, from: response.body)
        } catch {
            throw .badResponse(server: server.absoluteString, detail: "\(error)")
        }
    }
}

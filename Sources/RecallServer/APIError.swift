/// A refused request: the HTTP status and one sentence saying why, sent as `{"error": "…"}`.
struct APIError: Error, Sendable, CustomStringConvertible {
    var status: Int
    var message: String

    init(_ status: Int, _ message: String) {
        self.status = status
        self.message = message
    }

    var description: String { "\(status): \(message)" }

    static func badRequest(_ message: String) -> APIError { APIError(400, message) }
    static func unauthorized(_ message: String) -> APIError { APIError(401, message) }
    static func forbidden(_ message: String) -> APIError { APIError(403, message) }
    static func notFound(_ message: String) -> APIError { APIError(404, message) }
    static func conflict(_ message: String) -> APIError { APIError(409, message) }
    static func tooLarge(_ message: String) -> APIError { APIError(413, message) }
    static func unprocessable(_ message: String) -> APIError { APIError(422, message) }
}

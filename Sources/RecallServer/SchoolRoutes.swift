import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import PostgresNIO
import SyncStore
import SyncWire

/// The HTTP API (docs/server.md): every route authenticates its token, checks its body, and answers JSON;
/// a refusal is `{"error": "…"}` with a 4xx status, logged with the route, the caller and the reason —
/// never the token.
public enum SchoolRoutes {
    public static func router(for school: School) -> Router<BasicRequestContext> {
        let router = Router()
        router.get("v1/health") { _, _ in
            try json(["status": "ok"])
        }
        router.get("v1/me") { request, context in
            try await handle(request, context, school) { caller, _ in
                try json(Identity(role: caller.role, name: caller.name))
            }
        }
        router.post("v1/sync") { request, context in
            try await handle(request, context, school) { caller, body in
                let student = try caller.student()
                let sync = try decode(SyncRequest.self, from: body)
                return try json(try await school.sync(sync, learnerId: student.id, learner: student.name))
            }
        }
        router.get("v1/classes") { request, context in
            try await handle(request, context, school) { caller, _ in
                try json(try await school.classes(teacherId: try caller.teacher()))
            }
        }
        router.post("v1/classes") { request, context in
            try await handle(request, context, school) { caller, body in
                let teacher = try caller.teacher()
                return try json(try await school.createClass(try decode(CreateClassRequest.self, from: body).name, teacherId: teacher))
            }
        }
        router.get("v1/classes/:class") { request, context in
            try await handle(request, context, school) { caller, _ in
                try json(try await school.schoolClass(try className(context), teacherId: try caller.teacher()))
            }
        }
        router.post("v1/classes/:class/students") { request, context in
            try await handle(request, context, school) { caller, body in
                let teacher = try caller.teacher()
                let students = try decode(StudentsRequest.self, from: body).students
                return try json(try await school.enrol(students, in: try className(context), teacherId: teacher))
            }
        }
        router.post("v1/classes/:class/removals") { request, context in
            try await handle(request, context, school) { caller, body in
                let teacher = try caller.teacher()
                let students = try decode(StudentsRequest.self, from: body).students
                return try json(try await school.remove(students, from: try className(context), teacherId: teacher))
            }
        }
        router.post("v1/classes/:class/tokens") { request, context in
            try await handle(request, context, school) { caller, body in
                let teacher = try caller.teacher()
                let students = try decode(StudentsRequest.self, from: body).students
                return try json(try await school.issueTokens(for: students, in: try className(context), teacherId: teacher))
            }
        }
        router.post("v1/classes/:class/revocations") { request, context in
            try await handle(request, context, school) { caller, body in
                let teacher = try caller.teacher()
                let students = try decode(StudentsRequest.self, from: body).students
                return try json(try await school.revokeTokens(of: students, in: try className(context), teacherId: teacher))
            }
        }
        router.put("v1/classes/:class/settings") { request, context in
            try await handle(request, context, school) { caller, body in
                let teacher = try caller.teacher()
                let settings = try decode(SettingsRequest.self, from: body)
                return try json(try await school.setSettings(settings, of: try className(context), teacherId: teacher))
            }
        }
        router.post("v1/classes/:class/quizzes") { request, context in
            try await handle(request, context, school) { caller, body in
                let teacher = try caller.teacher()
                return try json(
                    try await school.keepQuiz(try decode(WireQuiz.self, from: body), for: try className(context), teacherId: teacher))
            }
        }
        router.get("v1/quizzes/:quiz") { request, context in
            try await handle(request, context, school) { caller, _ in
                let id = try parameter("quiz", context)
                return try json(try await school.quiz(id, teacherId: try caller.teacher()))
            }
        }
        router.post("v1/classes/:class/papers") { request, context in
            try await handle(request, context, school) { caller, body in
                let teacher = try caller.teacher()
                let paper = try decode(WirePaper.self, from: body)
                return try json(try await school.recordPaper(paper, in: try className(context), teacherId: teacher))
            }
        }
        router.get("v1/classes/:class/snapshot") { request, context in
            try await handle(request, context, school) { caller, _ in
                try json(try await school.snapshot(of: try className(context), teacherId: try caller.teacher()))
            }
        }
        router.get("v1/classes/:class/report.html") { request, context in
            try await handle(request, context, school) { caller, _ in
                let teacher = try caller.teacher()
                let query = request.uri.queryParameters
                let decks = query.getAll("deck").map { String($0).removingPercentEncoding ?? String($0) }
                let since = query.get("since")
                let html = try await school.reportHTML(of: try className(context), teacherId: teacher, decks: decks, since: since)
                var headers = HTTPFields()
                headers[.contentType] = "text/html; charset=utf-8"
                headers[.cacheControl] = "no-store"
                return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
            }
        }
        return router
    }

    /// Authenticates, reads the body (within the limit), runs `body`, and turns every refusal into a JSON
    /// answer that is logged.
    static func handle(
        _ request: Request, _ context: BasicRequestContext, _ school: School,
        _ body: (Caller, ByteBuffer) async throws -> Response
    ) async throws -> Response {
        var request = request
        let route = "\(request.method) \(request.uri.path)"
        var caller: Caller?
        do {
            let authenticated = try await Caller.authenticate(request.headers[.authorization], in: school.database)
            caller = authenticated
            let bytes: ByteBuffer
            do {
                bytes = try await request.collectBody(upTo: SyncLimits.maximumBodyBytes)
            } catch is NIOTooManyBytesError {
                throw APIError.tooLarge("the body is larger than \(SyncLimits.maximumBodyBytes >> 20) MiB; nothing was stored")
            }
            return try await body(authenticated, bytes)
        } catch let error as APIError {
            var metadata: Logger.Metadata = ["route": "\(route)", "status": "\(error.status)", "reason": "\(error.message)"]
            if let caller { metadata["caller"] = "\(caller.role) \(caller.name)" }
            context.logger.log(level: error.status == 401 || error.status == 403 ? .warning : .notice, "refused", metadata: metadata)
            var response = try refusal(error)
            if error.status == 401, request.uri.path.hasSuffix("/report.html"),
                !(request.headers[.accept] ?? "").contains("application/json")
            {
                // A browser then asks for a name and password: any name, the teacher's token as the password.
                // Clients that ask for JSON (recall itself) get the refusal alone: a challenge would make some
                // HTTP libraries wait for a password no one will type.
                response.headers[.wwwAuthenticate] = "Basic realm=\"Recall class report: the password is your teacher token\""
            }
            return response
        } catch let error as PSQLError {
            context.logger.error("database error", metadata: ["route": "\(route)", "detail": "\(error.serverMessage)"])
            return try refusal(APIError(503, "the school's database could not complete the request; nothing was stored; try again"))
        } catch let error as WireReviewProblem {
            return try refusal(APIError.unprocessable(error.description))
        } catch {
            context.logger.error("failed", metadata: ["route": "\(route)", "detail": "\(error)"])
            return try refusal(APIError(500, "the server failed to complete the request; nothing was stored"))
        }
    }

    static func refusal(_ error: APIError) throws -> Response {
        var response = try json(ErrorBody(error: error.message))
        response.status = HTTPResponse.Status(code: error.status)
        if error.status == 401 { response.headers[.wwwAuthenticate] = "Bearer realm=\"recall\"" }
        return response
    }

    static func json<T: Encodable>(_ value: T) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(value))))
    }

    /// The body as `T`; 400 with the decoder's reason when it is not.
    static func decode<T: Decodable>(_ type: T.Type, from body: ByteBuffer) throws -> T {
        guard body.readableBytes > 0 else { throw APIError.badRequest("the request has no body: send JSON") }
        do {
            return try JSONDecoder().decode(T.self, from: Data(buffer: body))
        } catch let error as DecodingError {
            throw APIError.badRequest("the body is not the JSON this request takes: \(explain(error)); nothing was stored")
        } catch {
            throw APIError.badRequest("the body is not JSON; nothing was stored")
        }
    }

    static func explain(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
            return keys.isEmpty ? "the top level" : keys
        }
        switch error {
        case .keyNotFound(let key, let context): return "\(path(context)) lacks '\(key.stringValue)'"
        case .typeMismatch(_, let context), .valueNotFound(_, let context): return "\(path(context)) has the wrong type"
        case .dataCorrupted(let context): return "\(path(context)): \(context.debugDescription)"
        @unknown default: return "\(error)"
        }
    }

    static func parameter(_ name: String, _ context: BasicRequestContext) throws -> String {
        guard let raw = context.parameters.get(name), let text = raw.removingPercentEncoding, !text.isEmpty else {
            throw APIError.badRequest("the address lacks the \(name)")
        }
        return text
    }

    static func className(_ context: BasicRequestContext) throws -> String {
        try parameter("class", context)
    }
}

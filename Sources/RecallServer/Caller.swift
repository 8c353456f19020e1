import Foundation
import Logging
import PostgresNIO

/// Who made a request, as their token says.
enum Caller: Sendable {
    case student(learnerId: Int64, name: String)
    case teacher(teacherId: Int64, name: String)

    var name: String {
        switch self {
        case .student(_, let name), .teacher(_, let name): name
        }
    }

    var role: String {
        switch self {
        case .student: "student"
        case .teacher: "teacher"
        }
    }

    /// The caller behind an `Authorization: Bearer …` header — or a Basic one whose password is the token,
    /// which is what a browser sends for the report page — ; 401 without one, or for a token that is unknown
    /// or revoked (which of the two is not said).
    static func authenticate(_ header: String?, in database: SchoolDatabase) async throws -> Caller {
        guard let token = header.flatMap(Self.token(in:)) else {
            throw APIError.unauthorized("no token: send Authorization: Bearer TOKEN (recall sync login stores it)")
        }
        guard Token.looksValid(token) else {
            throw APIError.unauthorized("the token is not valid (it may have been mistyped)")
        }
        let rows = try await database.client.query(
            """
            SELECT token.learner_id, learner.name, token.teacher_id, teacher.name
            FROM token
            LEFT JOIN learner ON learner.id = token.learner_id
            LEFT JOIN teacher ON teacher.id = token.teacher_id
            WHERE token.hash = \(Token.hash(token)) AND token.revoked_at IS NULL
            """, logger: database.logger
        ).collect()
        guard let row = rows.first else {
            throw APIError.unauthorized("the token is not valid: it was revoked or never issued; ask your teacher for a new one")
        }
        let (learnerId, learnerName, teacherId, teacherName) = try row.decode((Int64?, String?, Int64?, String?).self)
        if let learnerId, let learnerName { return .student(learnerId: learnerId, name: learnerName) }
        if let teacherId, let teacherName { return .teacher(teacherId: teacherId, name: teacherName) }
        throw APIError.unauthorized("the token is not valid")
    }

    /// The token an `Authorization` header carries: after `Bearer `, or as the password of `Basic `.
    static func token(in header: String) -> String? {
        if header.hasPrefix("Bearer ") {
            return String(header.dropFirst("Bearer ".count)).trimmingCharacters(in: .whitespaces)
        }
        guard header.hasPrefix("Basic "), let data = Data(base64Encoded: String(header.dropFirst("Basic ".count))),
            let pair = String(data: data, encoding: .utf8), let colon = pair.firstIndex(of: ":")
        else { return nil }
        return String(pair[pair.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
    }

    /// The teacher's id; 403 for a student's token.
    func teacher() throws -> Int64 {
        guard case .teacher(let id, _) = self else {
            throw APIError.forbidden("this needs a teacher's token; a student's token reaches only that student's own history")
        }
        return id
    }

    /// The student's learner id; 403 for a teacher's token.
    func student() throws -> (id: Int64, name: String) {
        guard case .student(let id, let name) = self else {
            throw APIError.forbidden("this needs a student's token: a teacher records students' answers with recall grade")
        }
        return (id, name)
    }
}

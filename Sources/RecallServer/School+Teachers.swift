import PostgresNIO
import ProgressStore
import SyncWire

/// A teacher as the administrator's commands list them.
public struct TeacherInfo: Sendable, Hashable, Codable {
    public var name: String
    public var classes: [String]
    /// Tokens that still work.
    public var activeTokens: Int
}

extension School {
    /// Creates a teacher and returns their first token (shown once).
    public func createTeacher(_ name: String) async throws -> String {
        if let problem = Self.teacherNameProblem(name) { throw APIError.unprocessable(problem) }
        return try await database.transaction { connection in
            let rows = try await connection.query(
                "INSERT INTO teacher (name) VALUES (\(name)) ON CONFLICT (name) DO NOTHING RETURNING id", logger: logger
            ).collect()
            guard let id = try rows.first?.decode(Int64.self) else {
                throw APIError.conflict(
                    "there is already a teacher named '\(name)': give them a new token with recall-server teacher token")
            }
            return try await issueTeacherToken(id, on: connection)
        }
    }

    /// A new token for a teacher (a lost one, a new machine); earlier ones keep working until revoked.
    public func newTeacherToken(_ name: String) async throws -> String {
        try await database.transaction { connection in
            try await issueTeacherToken(try await teacherID(name, on: connection), on: connection)
        }
    }

    /// Revokes every token of the teacher; returns how many stopped working.
    public func revokeTeacher(_ name: String) async throws -> Int {
        try await database.transaction { connection in
            let id = try await teacherID(name, on: connection)
            return try await connection.query(
                "UPDATE token SET revoked_at = now() WHERE teacher_id = \(id) AND revoked_at IS NULL RETURNING id", logger: logger
            ).collect().count
        }
    }

    public func teachers() async throws -> [TeacherInfo] {
        var teachers: [TeacherInfo] = []
        let rows = try await database.client.query(
            """
            SELECT teacher.name,
                   coalesce((SELECT string_agg(name, E'\\n' ORDER BY name) FROM school_class WHERE teacher_id = teacher.id), ''),
                   (SELECT count(*) FROM token WHERE teacher_id = teacher.id AND revoked_at IS NULL)
            FROM teacher ORDER BY teacher.name
            """, logger: logger)
        for try await (name, classes, tokens) in rows.decode((String, String, Int).self) {
            teachers.append(TeacherInfo(name: name, classes: classes.split(separator: "\n").map(String.init), activeTokens: tokens))
        }
        return teachers
    }

    private func teacherID(_ name: String, on connection: PostgresConnection) async throws -> Int64 {
        let rows = try await connection.query("SELECT id FROM teacher WHERE name = \(name)", logger: logger).collect()
        guard let id = try rows.first?.decode(Int64.self) else { throw APIError.notFound("there is no teacher named '\(name)'") }
        return id
    }

    private func issueTeacherToken(_ teacherId: Int64, on connection: PostgresConnection) async throws -> String {
        let token = Token.make(.teacher)
        try await connection.query("INSERT INTO token (hash, teacher_id) VALUES (\(Token.hash(token)), \(teacherId))", logger: logger)
        return token
    }

    /// A teacher's name follows a learner's rules (1–100 characters, no control characters, no spaces at
    /// either end).
    static func teacherNameProblem(_ name: String) -> String? {
        LearnerName.problem(with: name).map { $0.replacingOccurrences(of: "learner", with: "teacher") }
    }
}

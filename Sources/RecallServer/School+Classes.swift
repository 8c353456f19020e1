import PostgresNIO
import ProgressStore
import SyncWire

extension School {
    /// The class's id when it is the teacher's; 404 when no class has the name, 403 when another teacher's.
    func ownedClass(_ name: String, teacherId: Int64, on connection: PostgresConnection, lock: Bool = false) async throws -> Int64 {
        let rows = try await connection.query(
            "SELECT id, teacher_id FROM school_class WHERE name = \(name) \(unescaped: lock ? "FOR UPDATE" : "")", logger: logger
        ).collect()
        guard let (id, owner) = try rows.first?.decode((Int64, Int64).self) else {
            throw APIError.notFound("there is no class named '\(name.prefix(SyncLimits.maximumNameLength))' on this server")
        }
        guard owner == teacherId else { throw APIError.forbidden("the class '\(name)' is another teacher's") }
        return id
    }

    /// The class as its teacher sees it.
    func classInfo(_ classId: Int64, on connection: PostgresConnection) async throws -> WireClass {
        let head = try await connection.query(
            "SELECT school_class.name, teacher.name FROM school_class JOIN teacher ON teacher.id = school_class.teacher_id WHERE school_class.id = \(classId)",
            logger: logger
        ).collect()
        let (name, teacher) = try head[0].decode((String, String).self)
        var students: [String] = []
        for try await student in try await connection.query(
            "SELECT learner.name FROM membership JOIN learner ON learner.id = membership.learner_id WHERE membership.class_id = \(classId) ORDER BY learner.name",
            logger: logger
        ).decode(String.self) {
            students.append(student)
        }
        var settings: [String: String] = [:]
        for try await (key, value) in try await connection.query(
            "SELECT key, value FROM class_setting WHERE class_id = \(classId)", logger: logger
        ).decode((String, String).self) {
            settings[key] = value
        }
        return WireClass(name: name, teacher: teacher, students: students.sorted(), settings: settings)
    }

    func classes(teacherId: Int64) async throws -> [WireClass] {
        try await database.transaction { connection in
            var ids: [Int64] = []
            for try await id in try await connection.query(
                "SELECT id FROM school_class WHERE teacher_id = \(teacherId) ORDER BY name", logger: logger
            ).decode(Int64.self) {
                ids.append(id)
            }
            var classes: [WireClass] = []
            for id in ids { classes.append(try await classInfo(id, on: connection)) }
            return classes
        }
    }

    func schoolClass(_ name: String, teacherId: Int64) async throws -> WireClass {
        try await database.transaction { connection in
            try await classInfo(try await ownedClass(name, teacherId: teacherId, on: connection), on: connection)
        }
    }

    func createClass(_ name: String, teacherId: Int64) async throws -> WireClass {
        // The progress file's rules for a class's name, so that every student's device can mirror the class.
        if let problem = SchoolClassError.problem(withName: name) { throw APIError.unprocessable(problem) }
        return try await database.transaction { connection in
            let rows = try await connection.query(
                "INSERT INTO school_class (name, teacher_id) VALUES (\(name), \(teacherId)) ON CONFLICT (name) DO NOTHING RETURNING id",
                logger: logger
            ).collect()
            guard let id = try rows.first?.decode(Int64.self) else {
                throw APIError.conflict("there is already a class named '\(name)' on this server: choose another name")
            }
            return try await classInfo(id, on: connection)
        }
    }

    /// Students named in a request, each checked by the progress file's rules; a repeat is refused.
    static func students(_ names: [String]) throws -> [String] {
        guard !names.isEmpty else { throw APIError.unprocessable("name at least one student") }
        guard names.count <= SyncLimits.maximumEnrolment else {
            throw APIError.tooLarge("\(names.count) students in one request; send at most \(SyncLimits.maximumEnrolment)")
        }
        var seen: Set<String> = []
        for name in names {
            if let problem = LearnerName.problem(with: name) {
                throw APIError.unprocessable("student '\(name.prefix(SyncLimits.maximumNameLength))': \(problem); nothing was changed")
            }
            guard seen.insert(name).inserted else { throw APIError.unprocessable("student '\(name)' is named twice; nothing was changed") }
        }
        return names
    }

    /// Enrols students, creating learners new to the school; each one new to the class gets a token.
    func enrol(_ names: [String], in className: String, teacherId: Int64) async throws -> EnrolmentResponse {
        let names = try Self.students(names)
        return try await database.transaction { connection in
            let classId = try await ownedClass(className, teacherId: teacherId, on: connection, lock: true)
            var added: [StudentToken] = []
            var already: [String] = []
            for name in names {
                guard let learnerId = try await learnerID(name, create: true, on: connection) else {
                    throw APIError.conflict(
                        "student '\(name)' was changed by another request at the same time; nothing was changed, try again")
                }
                let joined = try await connection.query(
                    "INSERT INTO membership (learner_id, class_id) VALUES (\(learnerId), \(classId)) ON CONFLICT DO NOTHING RETURNING id",
                    logger: logger
                ).collect()
                if joined.isEmpty {
                    already.append(name)
                } else {
                    added.append(StudentToken(student: name, token: try await issueToken(learnerId: learnerId, on: connection)))
                }
            }
            return EnrolmentResponse(added: added, alreadyMembers: already)
        }
    }

    /// The learner ids of students who must all be in the class; 422 naming the first who is not.
    func members(_ names: [String], of classId: Int64, className: String, on connection: PostgresConnection) async throws -> [(
        String, Int64
    )] {
        var ids: [String: Int64] = [:]
        for try await (name, id) in try await connection.query(
            """
            SELECT learner.name, learner.id FROM membership JOIN learner ON learner.id = membership.learner_id
            WHERE membership.class_id = \(classId) AND learner.name = ANY(\(names))
            """, logger: logger
        ).decode((String, Int64).self) {
            ids[name] = id
        }
        return try names.map { name in
            guard let id = ids[name] else { throw APIError.unprocessable("\(name) is not in \(className); nothing was changed") }
            return (name, id)
        }
    }

    func remove(_ names: [String], from className: String, teacherId: Int64) async throws -> WireClass {
        let names = try Self.students(names)
        return try await database.transaction { connection in
            let classId = try await ownedClass(className, teacherId: teacherId, on: connection, lock: true)
            let members = try await members(names, of: classId, className: className, on: connection)
            try await connection.query(
                "DELETE FROM membership WHERE class_id = \(classId) AND learner_id = ANY(\(members.map(\.1)))", logger: logger)
            return try await classInfo(classId, on: connection)
        }
    }

    func issueTokens(for names: [String], in className: String, teacherId: Int64) async throws -> [StudentToken] {
        let names = try Self.students(names)
        return try await database.transaction { connection in
            let classId = try await ownedClass(className, teacherId: teacherId, on: connection)
            var tokens: [StudentToken] = []
            for (name, learnerId) in try await members(names, of: classId, className: className, on: connection) {
                tokens.append(StudentToken(student: name, token: try await issueToken(learnerId: learnerId, on: connection)))
            }
            return tokens
        }
    }

    func revokeTokens(of names: [String], in className: String, teacherId: Int64) async throws -> RevocationResponse {
        let names = try Self.students(names)
        return try await database.transaction { connection in
            let classId = try await ownedClass(className, teacherId: teacherId, on: connection)
            let ids = try await members(names, of: classId, className: className, on: connection).map(\.1)
            let rows = try await connection.query(
                "UPDATE token SET revoked_at = now() WHERE learner_id = ANY(\(ids)) AND revoked_at IS NULL RETURNING id", logger: logger
            ).collect()
            return RevocationResponse(revoked: rows.count)
        }
    }

    func setSettings(_ request: SettingsRequest, of className: String, teacherId: Int64) async throws -> WireClass {
        guard !request.settings.isEmpty else { throw APIError.unprocessable("name at least one setting") }
        // Every value checked by the progress file's own rules before anything is written.
        var changes: [(key: String, value: String?)] = []
        for (keyText, value) in request.settings.sorted(by: { $0.key < $1.key }) {
            guard let key = SettingKey(rawValue: keyText) else {
                throw APIError.unprocessable(
                    "unknown setting '\(keyText.prefix(40))': the settings are \(SettingKey.allCases.map(\.rawValue).joined(separator: ", "))"
                )
            }
            guard let value else {
                changes.append((key.rawValue, nil))
                continue
            }
            do {
                changes.append((key.rawValue, try key.canonical(value)))
            } catch {
                throw APIError.unprocessable("\(error.description); nothing was changed")
            }
        }
        return try await database.transaction { connection in
            let classId = try await ownedClass(className, teacherId: teacherId, on: connection, lock: true)
            for (key, value) in changes {
                if let value {
                    try await connection.query(
                        """
                        INSERT INTO class_setting (class_id, key, value) VALUES (\(classId), \(key), \(value))
                        ON CONFLICT (class_id, key) DO UPDATE SET value = excluded.value
                        """, logger: logger)
                } else {
                    try await connection.query("DELETE FROM class_setting WHERE class_id = \(classId) AND key = \(key)", logger: logger)
                }
            }
            return try await classInfo(classId, on: connection)
        }
    }

    /// The learner's id, creating the learner when asked; nil when absent and not created.
    func learnerID(_ name: String, create: Bool, on connection: PostgresConnection) async throws -> Int64? {
        if create {
            try await connection.query("INSERT INTO learner (name) VALUES (\(name)) ON CONFLICT (name) DO NOTHING", logger: logger)
        }
        let rows = try await connection.query("SELECT id FROM learner WHERE name = \(name)", logger: logger).collect()
        return try rows.first?.decode(Int64.self)
    }

    /// A new token for the learner; only its hash is kept.
    func issueToken(learnerId: Int64, on connection: PostgresConnection) async throws -> String {
        let token = Token.make(.student)
        try await connection.query("INSERT INTO token (hash, learner_id) VALUES (\(Token.hash(token)), \(learnerId))", logger: logger)
        return token
    }
}

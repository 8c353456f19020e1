import GRDB

/// A class as `recall class show` presents it.
public struct SchoolClassInfo: Sendable, Hashable, Codable {
    public var name: String
    /// The students' names, sorted.
    public var students: [String]
    /// The class's own settings (key → value), which apply to its students unless they have their own.
    public var settings: [String: String]

    public init(name: String, students: [String], settings: [String: String]) {
        self.name = name
        self.students = students
        self.settings = settings
    }
}

/// What adding students to a class did.
public struct EnrolmentChange: Sendable, Hashable, Codable {
    /// Students put in the class.
    public var added: [String]
    /// Students who were in it already.
    public var alreadyMembers: [String]
    /// Of those added, the ones new to the progress file.
    public var newLearners: [String]
}

extension ProgressStore {
    /// Creates an empty class; refuses a name in use or one that breaks the naming rules.
    @discardableResult
    public func createClass(_ name: String) throws -> SchoolClassInfo {
        if let problem = SchoolClassError.problem(withName: name) { throw SchoolClassError.invalidName(problem) }
        let outcome: Result<Void, SchoolClassError> = try write { db in
            if try Self.schoolClassID(name, in: db, create: false) != nil { return .failure(.classExists(name)) }
            _ = try Self.schoolClassID(name, in: db)
            return .success(())
        }
        try outcome.get()
        return SchoolClassInfo(name: name, students: [], settings: [:])
    }

    /// Every class with its students, by name.
    public func classes() throws -> [SchoolClassInfo] {
        try read { db in
            let names = try String.fetchAll(db, sql: "SELECT name FROM schoolClass ORDER BY name")
            return try names.compactMap { try Self.classInfo($0, in: db) }
        }
    }

    /// One class with its students and settings; refuses a name no class has.
    public func schoolClass(_ name: String) throws -> SchoolClassInfo {
        let info = try read { db in try Self.classInfo(name, in: db) }
        guard let info else { throw try unknownClass(name) }
        return info
    }

    /// Puts students in a class, creating learners new to the file; all of them or none.
    ///
    /// Refused before anything changes: a class that does not exist and a name given twice. Students already
    /// in the class are left as they are and reported.
    public func addStudents(_ names: [LearnerName], to className: String) throws -> EnrolmentChange {
        try Self.refuseRepeats(names)
        let outcome: Result<EnrolmentChange, SchoolClassError> = try write { db in
            guard let classId = try Self.schoolClassID(className, in: db, create: false) else {
                return .failure(.unknownClass(className, known: try Self.classNames(in: db)))
            }
            var change = EnrolmentChange(added: [], alreadyMembers: [], newLearners: [])
            for name in names {
                if try Self.learnerID(name, in: db, create: false) == nil { change.newLearners.append(name.rawValue) }
                let learnerId = try Self.learnerID(name, in: db)
                try db.execute(
                    sql: "INSERT INTO membership (learnerId, schoolClassId) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    arguments: [learnerId, classId])
                if db.changesCount > 0 { change.added.append(name.rawValue) } else { change.alreadyMembers.append(name.rawValue) }
            }
            return .success(change)
        }
        return try outcome.get()
    }

    /// Takes students out of a class (their progress stays); all of them or none: a student not in the class
    /// refuses the whole request.
    public func removeStudents(_ names: [LearnerName], from className: String) throws {
        try Self.refuseRepeats(names)
        let outcome: Result<Void, SchoolClassError> = try write { db in
            guard let classId = try Self.schoolClassID(className, in: db, create: false) else {
                return .failure(.unknownClass(className, known: try Self.classNames(in: db)))
            }
            let members = Set(try Self.members(ofClassID: classId, in: db).map(\.name))
            let strangers = names.map(\.rawValue).filter { !members.contains($0) }
            guard strangers.isEmpty else { return .failure(.notMembers(strangers, className: className)) }
            for name in names {
                try db.execute(
                    sql: """
                        DELETE FROM membership WHERE schoolClassId = ?
                          AND learnerId = (SELECT id FROM learner WHERE name = ?)
                        """,
                    arguments: [classId, name.rawValue])
            }
            return .success(())
        }
        try outcome.get()
    }

    // MARK: - Helpers

    static func refuseRepeats(_ names: [LearnerName]) throws {
        var seen = Set<LearnerName>()
        for name in names where !seen.insert(name).inserted {
            throw SchoolClassError.duplicateStudent(name.rawValue)
        }
    }

    func unknownClass(_ name: String) throws -> SchoolClassError {
        .unknownClass(name, known: try read { db in try Self.classNames(in: db) })
    }

    static func classNames(in db: Database) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT name FROM schoolClass ORDER BY name")
    }

    /// The members of a class: learner row ids and names, by name.
    static func members(ofClassID classId: Int64, in db: Database) throws -> [(id: Int64, name: String)] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT learner.id, learner.name FROM membership JOIN learner ON learner.id = membership.learnerId
                WHERE membership.schoolClassId = ? ORDER BY learner.name
                """,
            arguments: [classId]
        ).map { ($0[0], $0[1]) }
    }

    static func classInfo(_ name: String, in db: Database) throws -> SchoolClassInfo? {
        guard let classId = try schoolClassID(name, in: db, create: false) else { return nil }
        let students = try members(ofClassID: classId, in: db).map(\.name)
        let rows = try Row.fetchAll(
            db, sql: "SELECT \"key\", value FROM setting WHERE scope = 'class' AND schoolClassId = ?", arguments: [classId])
        var settings: [String: String] = [:]
        for row in rows { settings[row[0]] = row[1] }
        return SchoolClassInfo(name: name, students: students, settings: settings)
    }
}

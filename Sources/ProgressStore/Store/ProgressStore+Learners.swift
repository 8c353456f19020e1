import Foundation
import GRDB

extension ProgressStore {
    /// Every learner with progress or settings, by name.
    public func learners() throws(ProgressStoreError) -> [Learner] {
        try read { db in try Learner.order(Learner.Columns.name).fetchAll(db) }
    }

    /// Puts a learner in a class, creating either as needed; enrolling twice changes nothing.
    public func enroll(_ learner: LearnerName, in className: String) throws(ProgressStoreError) {
        let name = className.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw .invalidSetting("a class needs a name") }
        try write { db in
            let learnerId = try Self.learnerID(learner, in: db)
            let classId = try Self.schoolClassID(name, in: db)
            try db.execute(
                sql: "INSERT INTO membership (learnerId, schoolClassId) VALUES (?, ?) ON CONFLICT DO NOTHING",
                arguments: [learnerId, classId])
        }
    }

    /// The learner's row id, creating the learner when `create` is true; nil if absent and not created.
    static func learnerID(_ name: LearnerName, in db: Database, create: Bool = true) throws -> Int64? {
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM learner WHERE name = ?", arguments: [name.rawValue]) {
            return id
        }
        guard create else { return nil }
        var learner = Learner(name: name.rawValue)
        try learner.insert(db)
        return learner.id
    }

    static func learnerID(_ name: LearnerName, in db: Database) throws -> Int64 {
        guard let id = try learnerID(name, in: db, create: true) else {
            throw DatabaseError(resultCode: .SQLITE_INTERNAL, message: "learner \(name) was not created")
        }
        return id
    }

    /// The class's row id (its name composed, NFC, as learners' names are), creating the class when `create`.
    static func schoolClassID(_ name: String, in db: Database, create: Bool = true) throws -> Int64? {
        let name = name.precomposedStringWithCanonicalMapping
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM schoolClass WHERE name = ?", arguments: [name]) {
            return id
        }
        guard create else { return nil }
        var schoolClass = SchoolClass(name: name)
        try schoolClass.insert(db)
        return schoolClass.id
    }

    static func schoolClassID(_ name: String, in db: Database) throws -> Int64 {
        guard let id = try schoolClassID(name, in: db, create: true) else {
            throw DatabaseError(resultCode: .SQLITE_INTERNAL, message: "class \(name) was not created")
        }
        return id
    }
}

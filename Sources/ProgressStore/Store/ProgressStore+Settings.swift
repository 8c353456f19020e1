import GRDB

/// Whom a setting is set for.
public enum SettingTarget: Sendable, Hashable {
    case global
    case schoolClass(String)
    case learner(LearnerName)

    var className: String? {
        if case .schoolClass(let name) = self { name } else { nil }
    }
}

extension ProgressStore {
    /// The learner's settings: their own, else their class's (the class they joined first), else the
    /// global ones, else the defaults.
    public func settings(for learner: LearnerName) throws(ProgressStoreError) -> LearnerSettings {
        try read { db in
            try Self.settings(forLearnerID: Self.learnerID(learner, in: db, create: false), in: db)
        }
    }

    /// The settings at one level: a learner's as `settings(for:)` gives them, a class's (its own values over
    /// the global ones over the defaults), or the global ones over the defaults.
    public func settings(for target: SettingTarget) throws(ProgressStoreError) -> LearnerSettings {
        switch target {
        case .learner(let name):
            return try settings(for: name)
        case .global, .schoolClass:
            return try read { db in
                var classId: Int64?
                if case .schoolClass(let name) = target {
                    classId = try Self.schoolClassID(name, in: db, create: false)
                }
                return try Self.classSettings(classId, named: target.className ?? "?", in: db)
            }
        }
    }

    /// The global settings with a class's own over them (the global ones alone when `classId` is nil): what
    /// the class's students get where they have none of their own.
    static func classSettings(_ classId: Int64?, named className: String, in db: Database) throws -> LearnerSettings {
        var settings = LearnerSettings()
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT scope, "key", value FROM setting
                WHERE scope = 'global' OR (scope = 'class' AND schoolClassId = ?)
                ORDER BY CASE scope WHEN 'global' THEN 0 ELSE 1 END
                """,
            arguments: [classId])
        for row in rows {
            guard let key = SettingKey(rawValue: row[1]) else { continue }
            let scope: String = row[0]
            let origin: LearnerSettings.Origin = scope == "global" ? .global : .class(className)
            try Self.apply(key, value: row[2], origin: origin, to: &settings)
        }
        return settings
    }

    /// Checks `value` against `key`'s range and stores it for `target`; returns the value as stored.
    @discardableResult
    public func set(_ key: SettingKey, to value: String, for target: SettingTarget) throws(ProgressStoreError) -> String {
        let canonical = try key.canonical(value)
        try write { db in try Self.store(key, canonical: canonical, for: target, in: db) }
        return canonical
    }

    /// Stores a value already in canonical form, inside the caller's transaction.
    static func store(_ key: SettingKey, canonical: String, for target: SettingTarget, in db: Database) throws {
        let (scope, classId, learnerId) = try owner(of: target, in: db)
        try db.execute(
            sql: """
                INSERT INTO setting (scope, schoolClassId, learnerId, "key", value) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (scope, ifnull(schoolClassId, 0), ifnull(learnerId, 0), "key")
                DO UPDATE SET value = excluded.value
                """,
            arguments: [scope, classId, learnerId, key.rawValue, canonical])
    }

    /// Removes `target`'s own value for `key`, so the next level (class, global, default) applies again.
    public func reset(_ key: SettingKey, for target: SettingTarget) throws(ProgressStoreError) {
        try write { db in
            let (scope, classId, learnerId) = try Self.owner(of: target, in: db)
            try db.execute(
                sql: """
                    DELETE FROM setting
                    WHERE scope = ? AND ifnull(schoolClassId, 0) = ifnull(?, 0) AND ifnull(learnerId, 0) = ifnull(?, 0)
                      AND "key" = ?
                    """,
                arguments: [scope, classId, learnerId, key.rawValue])
        }
    }

    static func owner(of target: SettingTarget, in db: Database) throws -> (Setting.Scope, Int64?, Int64?) {
        switch target {
        case .global: return (.global, nil, nil)
        case .schoolClass(let name):
            // Settings never make a class by accident: a misspelt name would hold settings no student gets.
            guard let id = try schoolClassID(name, in: db, create: false) else {
                throw ProgressStoreError.invalidSetting("there is no class named '\(name)': make it with recall class create \(name)")
            }
            return (.class, id, nil)
        case .learner(let name): return (.learner, nil, try learnerID(name, in: db))
        }
    }

    /// The settings of the learner with row id `learnerId` (nil: a learner not yet in the file).
    static func settings(forLearnerID learnerId: Int64?, in db: Database) throws -> LearnerSettings {
        var settings = LearnerSettings()
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT setting.scope, setting."key", setting.value, schoolClass.name
                FROM setting
                LEFT JOIN schoolClass ON schoolClass.id = setting.schoolClassId
                LEFT JOIN membership ON membership.schoolClassId = setting.schoolClassId AND membership.learnerId = ?
                WHERE setting.scope = 'global'
                   OR (setting.scope = 'class' AND membership.id IS NOT NULL)
                   OR (setting.scope = 'learner' AND setting.learnerId = ?)
                ORDER BY CASE setting.scope WHEN 'global' THEN 0 WHEN 'class' THEN 1 ELSE 2 END,
                         membership.id DESC
                """,
            arguments: [learnerId, learnerId])
        // Later rows win: global, then classes from the latest joined to the first joined, then the learner's own.
        for row in rows {
            let keyText: String = row[1]
            guard let key = SettingKey(rawValue: keyText) else { continue }  // a newer Recall's setting
            let scope: String = row[0]
            let value: String = row[2]
            let origin: LearnerSettings.Origin =
                switch scope {
                case "global": .global
                case "class": .class(row[3] ?? "?")
                default: .learner
                }
            try apply(key, value: value, origin: origin, to: &settings)
        }
        return settings
    }

    /// Applies a stored value; one that no longer passes its checks is reported, not ignored.
    static func apply(_ key: SettingKey, value: String, origin: LearnerSettings.Origin, to settings: inout LearnerSettings) throws {
        do {
            try settings.set(key, to: value, origin: origin)
        } catch {
            throw ProgressStoreError.invalidSetting(
                "the progress file holds an invalid \(origin) value '\(value)' for \(key.rawValue): "
                    + "set it again with `recall settings \(key.rawValue) VALUE`")
        }
    }
}

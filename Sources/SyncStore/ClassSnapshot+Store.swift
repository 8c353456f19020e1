import ProgressStore
import SyncWire

extension ClassSnapshot {
    /// The class as a progress store in memory, built by the ordinary import: the store the report code
    /// reads, with every state replayed from the log exactly as on a student's device.
    public func progressStore() throws -> ProgressStore {
        let store = try ProgressStore.inMemory()
        let name = schoolClass.name
        try store.createClass(name)
        let students = try schoolClass.students.map { text in
            guard let student = LearnerName(text) else {
                throw WireReviewProblem(review: "-", message: "student '\(text)': \(LearnerName.problem(with: text) ?? "invalid name")")
            }
            return student
        }
        if !students.isEmpty {
            _ = try store.addStudents(students, to: name)
        }
        // Settings first, so the import replays with them.
        for (keyText, value) in schoolClass.settings {
            guard let key = SettingKey(rawValue: keyText) else { continue }  // a newer server's setting
            try store.set(key, to: value, for: .schoolClass(name))
        }
        try store.importReviews(reviews.map { try $0.logEntry() })
        return store
    }
}

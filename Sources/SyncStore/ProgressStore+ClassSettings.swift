import ProgressStore
import SyncWire

extension ProgressStore {
    /// Makes the learner's classes here carry the settings their teachers set on the server: each class is
    /// created and the learner enrolled when missing, and each class's own values become the server's.
    ///
    /// Returns true when the learner's scheduler changed, so that their cards must be replayed
    /// (`replayCards(of:)`) to equal what the server computes from the same log.
    @discardableResult
    public func adopt(_ classes: [ClassSettings], for learner: LearnerName) throws -> Bool {
        guard !classes.isEmpty else { return false }
        let before = try settings(for: learner).scheduler
        for schoolClass in classes {
            try enroll(learner, in: schoolClass.name)
            let own = try self.schoolClass(schoolClass.name).settings
            for key in SettingKey.allCases {
                if let value = schoolClass.settings[key.rawValue] {
                    if own[key.rawValue] != value {
                        try set(key, to: value, for: .schoolClass(schoolClass.name))
                    }
                } else if own[key.rawValue] != nil {
                    try reset(key, for: .schoolClass(schoolClass.name))
                }
            }
        }
        return try settings(for: learner).scheduler != before
    }
}

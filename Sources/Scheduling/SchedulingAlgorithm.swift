/// Which algorithm turns a rating into the next due date.
public enum SchedulingAlgorithm: String, Sendable, Hashable, Codable, CaseIterable {
    /// FSRS-6, exactly as the reference py-fsrs 6.3.2 schedules.
    case fsrs
    /// SM-2 as Anki's v3 scheduler applies it.
    case sm2
}

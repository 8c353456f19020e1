import Foundation
import Scheduling

/// What a student has waiting: cards due by the end of today's study day, and of those the ones that were
/// already due before today began (overdue). New cards never met are not counted: they are not due, only
/// available.
public struct Backlog: Sendable, Hashable, Codable {
    public var due: Int
    public var overdue: Int

    public init(due: Int = 0, overdue: Int = 0) {
        self.due = due
        self.overdue = overdue
    }

    /// Counts one card's state against `today`.
    public mutating func add(_ state: CardState, today: StudyDay) {
        guard Mastery.isSeen(state), state.due < today.end else { return }
        due += 1
        if state.due < today.start { overdue += 1 }
    }

    /// The backlog of `states` on `today`.
    public static func of(_ states: some Sequence<CardState>, today: StudyDay) -> Backlog {
        var backlog = Backlog()
        for state in states { backlog.add(state, today: today) }
        return backlog
    }
}

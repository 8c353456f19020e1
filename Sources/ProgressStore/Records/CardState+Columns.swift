import GRDB
import Scheduling

/// The ten columns that hold a `CardState`, in one fixed order: `cardState` stores them plain, `review`
/// twice with the suffixes `Before` and `After`.
enum CardStateColumns {
    static let names = [
        "phase", "step", "stability", "difficulty", "ease", "intervalDays", "due", "lastReview", "reps", "lapses",
    ]

    /// The column names with `suffix`, comma-separated, for SQL.
    static func list(suffix: String = "") -> String {
        names.map { $0 + suffix }.joined(separator: ", ")
    }

    /// The state's values in column order.
    static func values(_ state: CardState) -> [(any DatabaseValueConvertible)?] {
        [
            state.phase.rawValue, state.step, state.stability, state.difficulty, state.ease, state.intervalDays,
            Timestamp.microseconds(state.due), state.lastReview.map(Timestamp.microseconds), state.reps,
            state.lapses,
        ]
    }

    /// The state's values in column order, with its exact moments.
    static func values(_ exact: ExactState) -> [(any DatabaseValueConvertible)?] {
        let state = exact.state
        return [
            state.phase.rawValue, state.step, state.stability, state.difficulty, state.ease, state.intervalDays,
            exact.due, exact.lastReview, state.reps, state.lapses,
        ]
    }

    /// The exact state held in `row`'s columns named with `suffix` (`phaseAfter`, … for "After").
    static func exactState(from row: Row, suffix: String = "") throws -> ExactState {
        let state = try state(from: row, suffix: suffix)
        return ExactState(state: state, due: row["due" + suffix], lastReview: row["lastReview" + suffix])
    }

    /// The state held in `row`'s columns named with `suffix`: the one place a `CardState` is read from a row.
    static func state(from row: Row, suffix: String = "") throws -> CardState {
        let phaseText: String = row["phase" + suffix]
        guard let phase = CardPhase(rawValue: phaseText) else {
            throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "unknown card phase '\(phaseText)'")
        }
        let due: Int64 = row["due" + suffix]
        let lastReview: Int64? = row["lastReview" + suffix]
        return CardState(
            phase: phase,
            step: row["step" + suffix],
            stability: row["stability" + suffix],
            difficulty: row["difficulty" + suffix],
            ease: row["ease" + suffix],
            intervalDays: row["intervalDays" + suffix],
            due: Timestamp.date(due),
            lastReview: lastReview.map(Timestamp.date),
            reps: row["reps" + suffix],
            lapses: row["lapses" + suffix]
        )
    }
}

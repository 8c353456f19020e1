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

    /// The exact state held in `row` from column `index` on.
    static func exactState(from row: Row, at index: Int) throws -> ExactState {
        ExactState(state: try state(from: row, at: index), due: row[index + 6], lastReview: row[index + 7])
    }

    /// The state held in `row` from column `index` on.
    static func state(from row: Row, at index: Int) throws -> CardState {
        let phaseText: String = row[index]
        guard let phase = CardPhase(rawValue: phaseText) else {
            throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "unknown card phase '\(phaseText)'")
        }
        let due: Int64 = row[index + 6]
        let lastReview: Int64? = row[index + 7]
        return CardState(
            phase: phase,
            step: row[index + 1],
            stability: row[index + 2],
            difficulty: row[index + 3],
            ease: row[index + 4],
            intervalDays: row[index + 5],
            due: Timestamp.date(due),
            lastReview: lastReview.map(Timestamp.date),
            reps: row[index + 8],
            lapses: row[index + 9]
        )
    }
}

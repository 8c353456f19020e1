/// How well the learner recalled a card: the four answer buttons.
public enum Rating: Int, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    case again = 1
    case hard = 2
    case good = 3
    case easy = 4

    public var description: String {
        switch self {
        case .again: "again"
        case .hard: "hard"
        case .good: "good"
        case .easy: "easy"
        }
    }
}

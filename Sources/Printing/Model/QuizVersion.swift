/// One version of a quiz (A, B, C…): the same questions in its own order, options in its own order.
public struct QuizVersion: Codable, Hashable, Sendable {
    /// `A`, `B`, …
    public var name: String
    public var items: [QuizItem]

    public init(name: String, items: [QuizItem]) {
        self.name = name
        self.items = items
    }

    /// The name of the version at `index`: A…Z, then AA, AB, …
    public static func name(at index: Int) -> String {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return index < 26 ? String(letters[index]) : name(at: index / 26 - 1) + String(letters[index % 26])
    }

    public var totalPoints: Int { items.reduce(0) { $0 + $1.points } }
}

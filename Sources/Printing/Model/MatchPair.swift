/// One pair of a matching question: an item of the left column and its partner in the right.
public struct MatchPair: Codable, Hashable, Sendable {
    public var left: String
    public var right: String

    public init(left: String, right: String) {
        self.left = left
        self.right = right
    }
}

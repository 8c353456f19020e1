/// One card as the daily queue sees it: its id, its sibling group (the fact it was made from) and its state.
public struct DueCard: Sendable, Hashable {
    public var cardID: String
    /// Cards of the same fact share this key; at most one of them is studied per day.
    public var siblingGroup: String
    public var state: CardState

    public init(cardID: String, siblingGroup: String, state: CardState) {
        self.cardID = cardID
        self.siblingGroup = siblingGroup
        self.state = state
    }
}

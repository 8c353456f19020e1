/// A quantity: what is counted or measured, and how many or how much.
public struct Figure: Hashable, Sendable {
    public var id: FactID
    public var quantity: Quantity
    /// What is counted or measured, shown after the number ("Japanese detainees").
    public var unit: String
    public var text: TextTemplate?
    public var location: SourceLocation

    public init(id: FactID, quantity: Quantity, unit: String, text: TextTemplate? = nil, location: SourceLocation) {
        self.id = id
        self.quantity = quantity
        self.unit = unit
        self.text = text
        self.location = location
    }
}

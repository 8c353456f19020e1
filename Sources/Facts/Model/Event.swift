/// Something that happened on a date, perhaps by someone.
public struct Event: Hashable, Sendable {
    public var id: FactID
    public var date: DateValue
    /// A short label: "Stalin issues Order No. 9898".
    public var label: String
    /// The people credited, by person id (one or several).
    public var who: [FactID]
    public var text: TextTemplate?
    public var location: SourceLocation

    public init(id: FactID, date: DateValue, label: String, who: [FactID] = [], text: TextTemplate? = nil, location: SourceLocation) {
        self.id = id
        self.date = date
        self.label = label
        self.who = who
        self.text = text
        self.location = location
    }
}

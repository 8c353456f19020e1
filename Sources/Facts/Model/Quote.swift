/// An attributed quotation.
public struct Quote: Hashable, Sendable {
    public var id: FactID
    public var quote: String
    /// The speaker, by person id.
    public var who: FactID
    public var when: DateValue?
    public var context: String?
    public var location: SourceLocation

    public init(id: FactID, quote: String, who: FactID, when: DateValue? = nil, context: String? = nil, location: SourceLocation) {
        self.id = id
        self.quote = quote
        self.who = who
        self.when = when
        self.context = context
        self.location = location
    }
}

/// A student the teacher should look at, with the reasons and the facts they struggle with.
public struct NeedsHelp: Sendable, Hashable, Codable {
    /// One reason, as a kind for scripts and a sentence for people.
    public struct Reason: Sendable, Hashable, Codable {
        public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
            /// Many cards overdue.
            case backlog
            /// Mastery well below the class's median.
            case lowMastery = "low-mastery"
            /// No answers for a week or more, or never.
            case inactive
        }

        public var kind: Kind
        public var message: String

        public init(kind: Kind, message: String) {
            self.kind = kind
            self.message = message
        }
    }

    public var student: String
    public var reasons: [Reason]
    public var strugglingFacts: [StrugglingFact]

    public init(student: String, reasons: [Reason], strugglingFacts: [StrugglingFact]) {
        self.student = student
        self.reasons = reasons
        self.strugglingFacts = strugglingFacts
    }
}

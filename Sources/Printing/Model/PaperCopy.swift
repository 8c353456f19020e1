/// One printed copy: which version, and for whom when the copy is personalised.
public struct PaperCopy: Codable, Hashable, Sendable {
    public var version: String
    public var student: String?

    public init(version: String, student: String? = nil) {
        self.version = version
        self.student = student
    }
}

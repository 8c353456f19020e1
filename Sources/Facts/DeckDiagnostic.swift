/// One problem found in a deck, with where it is and what a deck author can do about it.
public struct DeckDiagnostic: Hashable, Sendable, CustomStringConvertible, Error {
    public enum Severity: String, Sendable {
        case error
        case warning
    }

    public var location: SourceLocation
    public var severity: Severity
    public var message: String

    public init(_ severity: Severity = .error, at location: SourceLocation, _ message: String) {
        self.location = location
        self.severity = severity
        self.message = message
    }

    /// `path:line:column: error: message`.
    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

/// A deck that could not be loaded, with every problem found in it.
public struct DeckLoadError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [DeckDiagnostic]

    public init(_ diagnostics: [DeckDiagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

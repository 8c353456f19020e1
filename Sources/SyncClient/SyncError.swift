/// Why talking to the school server failed; `description` is a sentence for the user.
public enum SyncError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The server could not be reached (down, wrong address, no network); nothing changed there.
    case unreachable(server: String, detail: String)
    /// The server answered with a refusal: the status and its sentence.
    case refused(status: Int, message: String)
    /// The server's answer was not what this version of Recall understands.
    case badResponse(server: String, detail: String)
    /// No login for this progress file, or the wrong kind of login.
    case notLoggedIn(String)
    /// The credentials file could not be read or written.
    case credentials(path: String, detail: String)

    public var description: String {
        switch self {
        case let .unreachable(server, detail):
            "cannot reach the server at \(server) (\(detail))"
        case let .refused(status, message):
            "the server refused the request (\(status)): \(message)"
        case let .badResponse(server, detail):
            "the server at \(server) answered with something this version of Recall cannot read (\(detail))"
        case let .notLoggedIn(message):
            message
        case let .credentials(path, detail):
            "the sync login file '\(path)' \(detail)"
        }
    }

    /// True when the server was simply out of reach, which a study session's closing sync shrugs off.
    public var isUnreachable: Bool {
        if case .unreachable = self { return true }
        return false
    }
}

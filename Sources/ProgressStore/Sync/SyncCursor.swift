/// How far a learner's progress file is in step with a school server.
public struct SyncCursor: Sendable, Hashable {
    /// The server's address, as the learner logged in to it.
    public var server: String
    /// The learner's sequence number on the server through which reviews have been pulled (0: none).
    public var pulledThrough: Int64
    /// Reviews made here that the server has not acknowledged yet.
    public var pending: Int

    public init(server: String, pulledThrough: Int64, pending: Int) {
        self.server = server
        self.pulledThrough = pulledThrough
        self.pending = pending
    }
}

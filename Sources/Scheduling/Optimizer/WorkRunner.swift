/// Runs a number of independent pieces of work: one after another, or — given by a caller that may use
/// threads — at once. The optimizer hands it the two halves of each batch; the results are combined in a fixed
/// order, so the weights come out the same either way.
public struct WorkRunner: Sendable {
    public let run: @Sendable (_ count: Int, _ piece: @Sendable (Int) -> Void) -> Void

    public init(_ run: @escaping @Sendable (_ count: Int, _ piece: @Sendable (Int) -> Void) -> Void) {
        self.run = run
    }

    /// One piece after another, on the calling thread.
    public static let serial = WorkRunner { count, piece in
        for index in 0..<count { piece(index) }
    }
}

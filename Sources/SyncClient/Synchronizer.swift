import Foundation
import ProgressStore
import SyncStore
import SyncWire

/// Brings one learner's progress file and the server into step: pushes the reviews made here, pulls the
/// ones made elsewhere, and replays them so that every card's state is what the whole log makes of it.
///
/// Offline-first and safe to cut anywhere: the server stores a push in one transaction and skips reviews
/// it has; the device forgets a review's place in the outbox only after the server has stored it, and
/// moves its pull cursor only after the pulled reviews are in the log. Whatever is interrupted is done
/// again by the next sync, and doing it again changes nothing.
public struct Synchronizer {
    /// The moments between the steps of a sync, where a test can stop the process.
    public enum Checkpoint: String, Sendable, CaseIterable {
        /// The request is about to be sent.
        case beforeRequest = "before-request"
        /// The server answered; nothing of the answer is stored here yet.
        case afterResponse = "after-response"
        /// The pushed reviews are marked as sent; the pulled ones are not in the log yet.
        case afterMarkingSent = "after-marking-sent"
        /// The pulled reviews are in the log and the cursor has moved.
        case afterPull = "after-pull"
    }

    public let store: ProgressStore
    public let client: ServerClient
    /// The learner here, whose progress the file holds.
    public let learner: LearnerName
    /// The learner's name on the server (the token's), which may differ from the name used here.
    public let remoteName: String
    /// Reviews sent per request (at most `SyncLimits.maximumPush`).
    public var pushBatch = SyncLimits.maximumPush
    /// Called at each checkpoint; the CLI stops the process there when a kill test asks it to.
    public var checkpoint: (Checkpoint) -> Void = { _ in }

    public init(store: ProgressStore, client: ServerClient, learner: LearnerName, remoteName: String) {
        self.store = store
        self.client = client
        self.learner = learner
        self.remoteName = remoteName
    }

    /// What a sync did.
    public struct Summary: Sendable, Hashable, Codable {
        public var learner: String
        public var server: String
        /// Reviews made here that the server stored now.
        public var sent: Int
        /// Reviews sent that the server had already (an earlier sync that was cut off).
        public var alreadyOnServer: Int
        /// Reviews from elsewhere added to the log here.
        public var received: Int
        /// Cards replayed because the class's settings changed or an older review arrived.
        public var replayedCards: Int
        /// Requests made.
        public var requests: Int
        /// Whether the class's settings changed here.
        public var settingsChanged: Bool
    }

    /// Runs the sync to the end; throws on the first failure, leaving everything done so far in place.
    public func run() throws -> Summary {
        let server = client.server.absoluteString
        var cursor = try store.beginSync(for: learner, server: server)
        var summary = Summary(
            learner: learner.rawValue, server: server, sent: 0, alreadyOnServer: 0, received: 0, replayedCards: 0,
            requests: 0, settingsChanged: false)
        var adopted = false
        while true {
            let pending = try store.pendingReviews(for: learner, limit: min(pushBatch, SyncLimits.maximumPush))
            checkpoint(.beforeRequest)
            let sent = pending.map { entry in
                var review = WireReview(entry)
                review.learner = remoteName
                return review
            }
            let response = try client.sync(SyncRequest(since: cursor.pulledThrough, reviews: sent))
            summary.requests += 1
            checkpoint(.afterResponse)
            guard response.learner == remoteName else {
                throw SyncError.notLoggedIn(
                    "the token is \(response.learner)'s, not \(remoteName)'s: log in again with recall sync login URL TOKEN")
            }
            try store.markSent(pending.map(\.storedID), for: learner)
            summary.sent += response.stored
            summary.alreadyOnServer += response.alreadyStored
            checkpoint(.afterMarkingSent)
            if !adopted {
                // Settings before the pulled reviews, so that the import replays with them.
                if try store.adopt(response.classes, for: learner) {
                    summary.settingsChanged = true
                    summary.replayedCards += try store.replayCards(of: learner)
                }
                adopted = true
            }
            let entries = try response.reviews.map { review throws -> ReviewLogEntry in
                guard review.learner == remoteName else {
                    throw SyncError.badResponse(server: server, detail: "it sent a review of \(review.learner), not \(remoteName)")
                }
                var entry = try review.logEntry()
                entry.learner = learner
                return entry
            }
            let imported = try store.recordPulled(entries, for: learner, through: response.through)
            summary.received += imported.added
            summary.replayedCards += imported.replayedCards
            checkpoint(.afterPull)
            cursor.pulledThrough = max(cursor.pulledThrough, response.through)
            if !response.more && pending.count < min(pushBatch, SyncLimits.maximumPush) {
                return summary
            }
        }
    }
}

extension Synchronizer.Summary {
    /// One line for the terminal: `Synced anna with http://…: sent 12 reviews, received 3.`
    public var line: String {
        func reviews(_ n: Int) -> String { "\(n) review\(n == 1 ? "" : "s")" }
        var parts = ["sent \(reviews(sent))", "received \(reviews(received))"]
        if alreadyOnServer > 0 { parts.append("\(alreadyOnServer) already there") }
        if settingsChanged { parts.append("class settings updated") }
        return "Synced \(learner) with \(server): " + parts.joined(separator: ", ") + "."
    }
}

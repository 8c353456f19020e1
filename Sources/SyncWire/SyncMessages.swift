/// `POST /v1/sync`: a student's device sends the reviews made there and asks for the ones made elsewhere.
///
/// One request pushes and pulls: the server stores `reviews` (those it already has are skipped), then
/// returns the learner's reviews with a sequence number above `since`, leaving out the ones just sent.
/// A request is one transaction: refused, it stores nothing.
public struct SyncRequest: Codable, Sendable, Hashable {
    /// The protocol's version; a server refuses one it does not speak.
    public var format: Int
    /// The learner's sequence number the device has pulled through (0: nothing yet).
    public var since: Int64
    /// Reviews made on the device that the server has not acknowledged, oldest first.
    public var reviews: [WireReview]
    /// At most this many reviews back (the server caps it at `SyncLimits.maximumPull`).
    public var limit: Int?

    public init(format: Int = SyncLimits.format, since: Int64, reviews: [WireReview], limit: Int? = nil) {
        self.format = format
        self.since = since
        self.reviews = reviews
        self.limit = limit
    }
}

/// The answer to `POST /v1/sync`.
public struct SyncResponse: Codable, Sendable, Hashable {
    public var learner: String
    /// Reviews of the request that were new to the server.
    public var stored: Int
    /// Reviews of the request that the server already had (a repeated or resumed sync).
    public var alreadyStored: Int
    /// The learner's reviews above `since` through `through`, oldest first, without those just sent.
    public var reviews: [WireReview]
    /// The highest sequence number this answer covers: the next request asks `since` it.
    public var through: Int64
    /// True when more reviews wait beyond `through` (ask again).
    public var more: Bool
    /// The learner's classes in the order they joined them, with the settings their teachers set.
    public var classes: [ClassSettings]

    public init(
        learner: String, stored: Int, alreadyStored: Int, reviews: [WireReview], through: Int64, more: Bool,
        classes: [ClassSettings]
    ) {
        self.learner = learner
        self.stored = stored
        self.alreadyStored = alreadyStored
        self.reviews = reviews
        self.through = through
        self.more = more
        self.classes = classes
    }
}

/// A class's name and the settings its teacher gave it (`SettingKey` raw values to canonical values).
public struct ClassSettings: Codable, Sendable, Hashable {
    public var name: String
    public var settings: [String: String]

    public init(name: String, settings: [String: String]) {
        self.name = name
        self.settings = settings
    }
}

/// `GET /v1/me`: whose token this is.
public struct Identity: Codable, Sendable, Hashable {
    /// `student` or `teacher`.
    public var role: String
    /// The student's learner name, or the teacher's name.
    public var name: String

    public init(role: String, name: String) {
        self.role = role
        self.name = name
    }
}

/// Every refusal's body: one sentence a teacher can act on.
public struct ErrorBody: Codable, Sendable, Hashable {
    public var error: String

    public init(error: String) {
        self.error = error
    }
}

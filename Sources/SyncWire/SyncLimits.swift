/// The limits both sides keep to; a request beyond them is refused whole (docs/server.md lists them).
public enum SyncLimits {
    /// The protocol version this build speaks.
    public static let format = 1
    /// The largest request body the server reads, in bytes.
    public static let maximumBodyBytes = 4 << 20
    /// Reviews in one push or one paper.
    public static let maximumPush = 1_000
    /// Reviews in one pull page.
    public static let maximumPull = 5_000
    /// Students enrolled by one request.
    public static let maximumEnrolment = 500
    /// Characters in a review id.
    public static let maximumIDLength = 100
    /// Characters in a card id.
    public static let maximumCardLength = 300
    /// Characters in a question form.
    public static let maximumQuestionFormLength = 200
    /// Characters in a recorded answer.
    public static let maximumAnswerLength = 2_000
    /// Characters in a class's or teacher's name.
    public static let maximumNameLength = 100
    /// A response time longer than this (a day, in milliseconds) is not a response time.
    public static let maximumDurationMs = 86_400_000
    /// How far ahead of the server's clock a review may be dated (a device's clock may run fast).
    public static let clockSkewMicroseconds: Int64 = 5 * 60 * 1_000_000
    /// Bytes in a printed quiz's manifest.
    public static let maximumManifestBytes = 1 << 20
}

/// SM-2's own knobs, named as in Anki's deck options; the defaults are Anki's.
///
/// Learning steps, relearning steps, the maximum interval and fuzz are shared with FSRS and live in
/// `SchedulerParameters`.
public struct SM2Settings: Sendable, Hashable, Codable {
    /// Ease a card starts with when it graduates.
    public var startingEase: Double
    /// Ease never drops below this.
    public var minimumEase: Double
    /// Ease change on Again in review.
    public var againEaseDelta: Double
    /// Ease change on Hard in review.
    public var hardEaseDelta: Double
    /// Ease change on Easy in review.
    public var easyEaseDelta: Double
    /// Hard in review multiplies the interval by this.
    public var hardMultiplier: Double
    /// Easy in review multiplies the Good interval by this.
    public var easyBonus: Double
    /// Every passing review interval is multiplied by this.
    public var intervalModifier: Double
    /// Days after the last learning step is passed with Good.
    public var graduatingInterval: Int
    /// Days after a learning card is answered Easy.
    public var easyInterval: Int
    /// A lapse keeps this fraction of the interval ("new interval" in Anki).
    public var lapseMultiplier: Double
    /// A lapse's interval is at least this many days.
    public var minimumLapseInterval: Int

    public init(
        startingEase: Double = 2.5,
        minimumEase: Double = 1.3,
        againEaseDelta: Double = -0.2,
        hardEaseDelta: Double = -0.15,
        easyEaseDelta: Double = 0.15,
        hardMultiplier: Double = 1.2,
        easyBonus: Double = 1.3,
        intervalModifier: Double = 1.0,
        graduatingInterval: Int = 1,
        easyInterval: Int = 4,
        lapseMultiplier: Double = 0.0,
        minimumLapseInterval: Int = 1
    ) {
        self.startingEase = startingEase
        self.minimumEase = minimumEase
        self.againEaseDelta = againEaseDelta
        self.hardEaseDelta = hardEaseDelta
        self.easyEaseDelta = easyEaseDelta
        self.hardMultiplier = hardMultiplier
        self.easyBonus = easyBonus
        self.intervalModifier = intervalModifier
        self.graduatingInterval = graduatingInterval
        self.easyInterval = easyInterval
        self.lapseMultiplier = lapseMultiplier
        self.minimumLapseInterval = minimumLapseInterval
    }

    /// Anki's defaults.
    public static let anki = SM2Settings()
}

import Foundation
import Scheduling

/// Everything that shapes one learner's schedule, after their own, their class's and the global settings
/// are combined (in that order of precedence) over the defaults.
public struct LearnerSettings: Sendable, Hashable {
    /// Where a setting's value came from.
    public enum Origin: Sendable, Hashable, CustomStringConvertible {
        case `default`
        case global
        case `class`(String)
        case learner

        public var description: String {
            switch self {
            case .default: "default"
            case .global: "global"
            case .class(let name): "class \(name)"
            case .learner: "learner"
            }
        }
    }

    public var algorithm: SchedulingAlgorithm = .fsrs
    public var desiredRetention = 0.9
    public var newPerDay = 20
    public var reviewsPerDay = 200
    public var learningSteps: [TimeInterval] = [60, 600]
    public var relearningSteps: [TimeInterval] = [600]
    public var fuzz = true
    /// The local hour (0–23) at which the study day begins; 4 a.m. by default, as in Anki.
    public var dayRolloverHour = 4
    public var maximumInterval = 36_500
    /// FSRS-6's weights: the defaults until `recall optimize --apply` (or a value set by hand) replaces them.
    public var weights = SchedulerParameters.defaultWeights
    /// Where each value came from; keys missing here are defaults.
    public var origins: [SettingKey: Origin] = [:]

    /// The defaults, which match py-fsrs 6.3.2 (with fuzz on) and Anki's daily limits.
    public init() {}

    /// The scheduler these settings describe (FSRS-6 default weights, Anki's SM-2 settings).
    public var scheduler: Scheduler {
        Scheduler(
            algorithm: algorithm,
            parameters: SchedulerParameters(
                weights: weights, desiredRetention: desiredRetention, learningSteps: learningSteps, relearningSteps: relearningSteps,
                maximumInterval: maximumInterval, enableFuzzing: fuzz))
    }

    /// The daily limits.
    public var limits: StudyLimits {
        StudyLimits(newPerDay: newPerDay, reviewsPerDay: reviewsPerDay)
    }

    /// Where `key`'s value came from.
    public func origin(of key: SettingKey) -> Origin {
        origins[key] ?? .default
    }

    /// The value of `key` in its canonical text form.
    public func value(of key: SettingKey) -> String {
        switch key {
        case .algorithm: algorithm.rawValue
        case .desiredRetention: String(desiredRetention)
        case .newPerDay: String(newPerDay)
        case .reviewsPerDay: String(reviewsPerDay)
        case .learningSteps: SettingKey.formatSteps(learningSteps)
        case .relearningSteps: SettingKey.formatSteps(relearningSteps)
        case .fuzz: fuzz ? "on" : "off"
        case .dayRollover: String(dayRolloverHour)
        case .maximumInterval: String(maximumInterval)
        case .fsrsParameters: SettingKey.formatWeights(weights)
        }
    }

    /// Sets `key` from text (checked and made canonical first).
    public mutating func set(_ key: SettingKey, to text: String, origin: Origin) throws(ProgressStoreError) {
        let value = try key.canonical(text)
        // The canonical text always reads back; a value that would not is refused like any bad value.
        func read<T>(_ parsed: T?) throws(ProgressStoreError) -> T {
            guard let parsed else { throw .invalidSetting("\(key.rawValue) must be \(key.allowed); got '\(text)'") }
            return parsed
        }
        switch key {
        case .algorithm: algorithm = try read(SchedulingAlgorithm(rawValue: value))
        case .desiredRetention: desiredRetention = try read(Double(value))
        case .newPerDay: newPerDay = try read(Int(value))
        case .reviewsPerDay: reviewsPerDay = try read(Int(value))
        case .learningSteps: learningSteps = try read(SettingKey.parseSteps(value))
        case .relearningSteps: relearningSteps = try read(SettingKey.parseSteps(value))
        case .fuzz: fuzz = value == "on"
        case .dayRollover: dayRolloverHour = try read(Int(value))
        case .maximumInterval: maximumInterval = try read(Int(value))
        case .fsrsParameters: weights = try read(SettingKey.parseWeights(value))
        }
        origins[key] = origin
    }
}

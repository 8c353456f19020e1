/// A way of answering without knowing the subject, by reading the options (and the prompt) alone.
///
/// Each strategy names the options it would choose between; the student picks one of them at random, so a
/// strategy that cannot tell the options apart scores exactly chance.
public enum Strategy: String, CaseIterable, Sendable, Codable, CustomStringConvertible {
    /// Dates: the option whose year, month and day recur most among the others (distractors made by moving
    /// one part of the key leave the key as the one whose parts all recur).
    case recurringParts = "recurring-parts"
    /// Numbers: the option the most others are a round multiple of (×0.75, ×1.25, ×2 of the key).
    case ratioHub = "ratio-hub"
    /// Numbers: the option sharing the most significant digits with the others (a repeated mantissa).
    case recurringDigits = "recurring-digits"
    /// The option written unlike all the others: decimals, notation, sign, era, brackets, trailing zeros.
    case oddShapeOut = "odd-shape-out"
    /// The longest option.
    case longest
    /// The option with the most qualifications: commas, brackets, "and", hedges.
    case mostSpecific = "most-specific"
    /// The option repeating the most words of the prompt.
    case sharedWords = "shared-words"
    /// The option sharing the most words with the other options.
    case convergence
    /// Always the first option shown.
    case first
    /// Always the last option shown.
    case last
    /// Dates and numbers: the option nearest the middle of the others.
    case middle
    /// Strike out what is impossible on its face, then guess among the rest: a percentage over 100, a
    /// temperature below absolute zero, a negative count, a future year, a figure beyond the bound the deck
    /// itself states, a person from another century or of the wrong pronoun, a description naming the
    /// person asked.
    case elimination
    /// True/false: always "True".
    case alwaysTrue = "always-true"
    /// True/false: always "False".
    case alwaysFalse = "always-false"

    public var description: String { rawValue }

    /// Whether the strategy plays true/false statements rather than multiple choice.
    public var isForStatements: Bool { self == .alwaysTrue || self == .alwaysFalse }
}

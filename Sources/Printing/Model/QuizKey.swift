/// The right answer as it is marked on one version's paper.
public enum QuizKey: Codable, Hashable, Sendable {
    /// The bubble to fill: `B` for multiple choice, `T` or `F` for true/false.
    case letter(String)
    /// A written answer: every accepted answer, the canonical one first.
    case text([String])
    /// Matching: the letter written beside each numbered left item, in order. Ordering: the letters of the
    /// items in their right order.
    case letters([String])

    private enum CodingKeys: String, CodingKey { case letter, text, letters }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        if let v = try c.decodeIfPresent(String.self, forKey: .letter) {
            self = .letter(v)
        } else if let v = try c.decodeIfPresent([String].self, forKey: .text) {
            self = .text(v)
        } else if let v = try c.decodeIfPresent([String].self, forKey: .letters) {
            self = .letters(v)
        } else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "a key needs one of letter, text or letters"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .letter(let v): try c.encode(v, forKey: .letter)
        case .text(let v): try c.encode(v, forKey: .text)
        case .letters(let v): try c.encode(v, forKey: .letters)
        }
    }

    /// The key as a grader reads it: `B`, `23 August 1945`, `1-C 2-A 3-B`, `C A B D`.
    public var display: String {
        switch self {
        case .letter(let letter): letter
        case .text(let accepted): accepted.first ?? ""
        case .letters(let letters): letters.joined(separator: " ")
        }
    }
}

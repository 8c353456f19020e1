/// The right answer to a question, in the shape its kind needs.
public enum QuizAnswer: Codable, Hashable, Sendable {
    /// Written answers: every accepted answer, the canonical one first.
    case text([String])
    /// Multiple choice: the text of the right option.
    case choice(String)
    /// True or false.
    case truth(Bool)
    /// Matching: the right pairs, in the order the left column lists them.
    case pairs([MatchPair])
    /// Ordering: the items in their right order.
    case sequence([String])

    private enum CodingKeys: String, CodingKey { case text, choice, truth, pairs, sequence }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        if let v = try c.decodeIfPresent([String].self, forKey: .text) {
            self = .text(v)
        } else if let v = try c.decodeIfPresent(String.self, forKey: .choice) {
            self = .choice(v)
        } else if let v = try c.decodeIfPresent(Bool.self, forKey: .truth) {
            self = .truth(v)
        } else if let v = try c.decodeIfPresent([MatchPair].self, forKey: .pairs) {
            self = .pairs(v)
        } else if let v = try c.decodeIfPresent([String].self, forKey: .sequence) {
            self = .sequence(v)
        } else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "an answer needs one of text, choice, truth, pairs or sequence"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .text(let v): try c.encode(v, forKey: .text)
        case .choice(let v): try c.encode(v, forKey: .choice)
        case .truth(let v): try c.encode(v, forKey: .truth)
        case .pairs(let v): try c.encode(v, forKey: .pairs)
        case .sequence(let v): try c.encode(v, forKey: .sequence)
        }
    }

    /// The answer as one line of text: "23 August 1945", "True", "Stalin → Soviet leader; …".
    public var summary: String {
        switch self {
        case .text(let accepted): accepted.first ?? ""
        case .choice(let option): option
        case .truth(let value): value ? "True" : "False"
        case .pairs(let pairs): pairs.map { "\($0.left) → \($0.right)" }.joined(separator: "; ")
        case .sequence(let items): items.joined(separator: " → ")
        }
    }
}

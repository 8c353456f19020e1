extension Deck {
    /// People by id.
    public var personIndex: [FactID: Person] {
        Dictionary(people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// A one-line count of facts by section: "7 people, 20 events, 25 figures".
    public var countsSummary: String {
        FactSection.allCases.compactMap { section in
            let n = counts[section] ?? 0
            guard n > 0 else { return nil }
            let noun = n == 1 ? section.singular : (section == .people ? "people" : section.rawValue)
            return "\(n) \(noun)"
        }.joined(separator: ", ")
    }
}

import Facts

extension CardSlot {
    /// The slots this fact has: its section's, except that a card has `back` and, reversed, `front`, and a
    /// cloze card one slot per cloze number.
    public static func slots(for fact: Fact) -> [CardSlot] {
        guard case .card(let card) = fact else { return slots(for: fact.id.section) }
        if let cloze = card.cloze { return cloze.numbers.map(CardSlot.cloze) }
        return card.reverse ? [.back, .front] : [.back]
    }
}

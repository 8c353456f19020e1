/// A free question and answer from a deck's `cards` section, for what fits no other kind of fact.
///
/// A card is either a front and a back (asked front to back, and back to front too when `reverse`), or a
/// sentence with cloze deletions (`cloze`), whose front is then the sentence filled in and whose back lists
/// the answers.
public struct Flashcard: Hashable, Sendable {
    public var id: FactID
    public var front: String
    public var back: String
    /// Also ask the back, for the front.
    public var reverse: Bool = false
    /// The sentence with deletions, for a cloze card.
    public var cloze: ClozeText?
    /// More to show once the card is answered.
    public var extra: String?
    /// The note's GUID in Anki, for a card that came from Anki: exporting the card back updates that note.
    public var ankiGUID: String?
    public var location: SourceLocation

    public init(id: FactID, front: String, back: String, location: SourceLocation) {
        self.id = id
        self.front = front
        self.back = back
        self.location = location
    }

    /// A cloze card: its front is the sentence filled in, its back the answers.
    public init(id: FactID, cloze: ClozeText, location: SourceLocation) {
        self.id = id
        self.cloze = cloze
        front = cloze.filled
        back = cloze.segments.compactMap {
            if case .deletion(_, let answer, _) = $0 { return answer }
            return nil
        }.joined(separator: "; ")
        self.location = location
    }
}

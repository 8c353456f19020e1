/// A note type: its fields and the card templates that turn a note into cards.
public struct AnkiNotetype: Sendable, Hashable, Identifiable {
    /// Standard note types make one card per template; cloze note types one per cloze number.
    public enum Kind: Int, Sendable, Hashable {
        case standard = 0
        case cloze = 1
    }

    /// A card template: the question and answer sides, in Anki's template language.
    public struct Template: Sendable, Hashable {
        public var name: String
        public var question: String
        public var answer: String

        public init(name: String, question: String, answer: String) {
            self.name = name
            self.question = question
            self.answer = answer
        }
    }

    public var id: Int64
    public var name: String
    public var kind: Kind
    /// Field names, in order.
    public var fields: [String]
    /// Templates, by ordinal.
    public var templates: [Template]
    public var css: String

    public init(id: Int64, name: String, kind: Kind, fields: [String], templates: [Template], css: String = "") {
        self.id = id
        self.name = name
        self.kind = kind
        self.fields = fields
        self.templates = templates
        self.css = css
    }
}

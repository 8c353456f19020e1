import Questions

/// The ways a card can be asked: the Questions target's kinds. The raw values are the kinds' names in
/// `recall questions --json` and in the review log's `questionForm` column.
public typealias QuestionForm = QuestionKind

extension QuestionKind {
    /// Forms where the answer is picked from what is shown: for new and weak cards.
    public var isRecognition: Bool {
        switch self {
        case .multipleChoice, .trueFalse, .matching, .ordering: true
        case .cloze, .typed, .flashcard: false
        }
    }

    /// Forms where the answer must come from memory: for stronger cards.
    public var isRecall: Bool { self == .cloze || self == .typed }

    /// How the form is named on screen.
    public var title: String {
        switch self {
        case .multipleChoice: "Multiple choice"
        case .trueFalse: "True or false"
        case .matching: "Match the pairs"
        case .ordering: "Put in order"
        case .cloze: "Fill in the blank"
        case .typed: "Type the answer"
        case .flashcard: "Flashcard"
        }
    }
}

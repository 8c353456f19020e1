/// How a learner answers, as the workload simulator needs it: the ratings they give and the time each answer
/// takes. `init(histories:days:learningSteps:relearningSteps:)` reads it from their log; the defaults are
/// fsrs-rs's, measured across many Anki users.
public struct StudyBehaviour: Sendable, Hashable, Codable {
    /// Probability of Again, Hard, Good and Easy as a new card's first answer.
    public var firstRating: [Double]
    /// Probability of Hard, Good and Easy when a review is recalled.
    public var recallRating: [Double]
    /// On a learning step, the probability of each next rating given the previous one (rows Again, Hard, Good).
    public var learningTransitions: [[Double]]
    /// The same on a relearning step.
    public var relearningTransitions: [[Double]]
    /// Seconds an answer takes, by phase (learning, review, relearning) and rating (Again…Easy).
    public var seconds: [[Double]]
    /// Passes a new card needs on the same day before it graduates (the learning steps).
    public var learningSteps: Int
    /// Passes a forgotten card needs on the same day (the relearning steps).
    public var relearningSteps: Int

    public init(
        firstRating: [Double], recallRating: [Double], learningTransitions: [[Double]], relearningTransitions: [[Double]],
        seconds: [[Double]], learningSteps: Int, relearningSteps: Int
    ) {
        self.firstRating = firstRating
        self.recallRating = recallRating
        self.learningTransitions = learningTransitions
        self.relearningTransitions = relearningTransitions
        self.seconds = seconds
        self.learningSteps = learningSteps
        self.relearningSteps = relearningSteps
    }

    /// fsrs-rs's `SimulatorConfig` defaults, with Recall's default two learning steps and one relearning step.
    public static let typical = StudyBehaviour(
        firstRating: [0.24, 0.094, 0.495, 0.171],
        recallRating: [0.224, 0.631, 0.145],
        learningTransitions: [
            [0.3686, 0.0628, 0.5108, 0.0577], [0.0442, 0.4553, 0.4457, 0.0549], [0.0519, 0.047, 0.8462, 0.055],
        ],
        relearningTransitions: [
            [0.2157, 0.0643, 0.6595, 0.0604], [0.05, 0.4638, 0.4475, 0.0387], [0.1057, 0.1434, 0.7266, 0.0244],
        ],
        seconds: [[19.58, 18.79, 13.78, 10.71], [19.38, 17.59, 12.38, 8.94], [16.44, 15.25, 12.32, 8.03]],
        learningSteps: 2, relearningSteps: 1)

    /// Phases as the rows of `seconds`.
    enum Row: Int {
        case learning = 0
        case review = 1
        case relearning = 2
    }
}

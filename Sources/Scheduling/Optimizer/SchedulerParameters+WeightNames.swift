extension SchedulerParameters {
    /// What each of FSRS-6's 21 weights does, in a few words, for tables of fitted parameters.
    public static let weightNames: [String] = [
        "initial stability after Again (days)",
        "initial stability after Hard (days)",
        "initial stability after Good (days)",
        "initial stability after Easy (days)",
        "initial difficulty",
        "initial difficulty's change per rating",
        "difficulty's change per rating",
        "difficulty's pull back towards the start",
        "stability growth after a recall",
        "growth's fall with stability",
        "growth's rise as recall gets harder",
        "stability after a lapse",
        "lapse: effect of difficulty",
        "lapse: effect of the stability before",
        "lapse: effect of how far it was forgotten",
        "Hard's penalty on growth",
        "Easy's bonus on growth",
        "same-day reviews: scale",
        "same-day reviews: offset",
        "same-day reviews: fall with stability",
        "forgetting curve's decay",
    ]
}

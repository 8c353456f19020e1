import ArgumentParser

/// The `recall` command: decks of structured facts, derived questions, spaced repetition.
public struct Recall: ParsableCommand {
    public static let version = "0.1.0"

    public static let configuration = CommandConfiguration(
        commandName: "recall",
        abstract: "Study structured facts with questions derived from them and spaced repetition.",
        discussion: """
            Decks are YAML files of facts in Decks/ (see docs/deck-format.md). \
            Progress is kept in Progress/recall.sqlite.
            """,
        version: "recall \(version)",
        subcommands: [
            Study.self,
            Check.self,
            Draft.self,
            Decks.self,
            QuestionsCommand.self,
            Progress.self,
            CardCommand.self,
            Stats.self,
            SettingsCommand.self,
            Optimize.self,
            Simulate.self,
            Print.self,
            Grade.self,
            ClassCommand.self,
            ReportCommand.self,
            AnkiCommand.self,
            Sync.self,
            Doctor.self,
        ]
    )

    public init() {}
}

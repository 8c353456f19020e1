import ArgumentParser

/// `recall anki import|export`: Anki packages in and out.
struct AnkiCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "anki",
        abstract: "Bring an Anki package's cards and reviews in, or take a deck and its schedule to Anki.",
        discussion: "See docs/anki.md for what comes across and how each kind of Anki review is treated.",
        subcommands: [AnkiImportCommand.self, AnkiExportCommand.self]
    )
}

import ArgumentParser
import Foundation

/// Where decks are found: `--decks DIR`, else `RECALL_DECKS`, else `Decks/` in the current directory.
struct DeckOptions: ParsableArguments {
    @Option(name: .customLong("decks"), help: ArgumentHelp("The folder of deck files.", valueName: "dir"))
    var directory: String?

    /// The deck folder to use, after the environment is consulted.
    var deckDirectory: String {
        Self.deckDirectory(directory)
    }

    /// `given`, else `RECALL_DECKS`, else `Decks`.
    static func deckDirectory(_ given: String?) -> String {
        given ?? ProcessInfo.processInfo.environment["RECALL_DECKS"].flatMap { $0.isEmpty ? nil : $0 } ?? "Decks"
    }
}

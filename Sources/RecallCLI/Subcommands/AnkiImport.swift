import AnkiConversion
import AnkiPackage
import ArgumentParser
import Facts
import Foundation
import HelperPrograms
import ProgressStore

/// `recall anki import FILE.apkg`: an Anki deck as a Recall deck, and with `--learner` its review history.
struct AnkiImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import an Anki package (.apkg) as a deck; with --learner, its review log too.",
        discussion: """
            Notes become cards of Decks/<deck>.yaml (Basic and reversed as front/back cards, Cloze as cloze \
            cards); what cannot come across (images, sounds, image occlusion) is counted in a warning. Card ids \
            follow Anki's note ids, so importing the package again updates the deck. With --learner, the review \
            log is replayed through that learner's scheduler. Anything wrong with the package writes nothing.
            """
    )

    @Argument(help: ArgumentHelp("The Anki package.", valueName: "file.apkg"))
    var file: String

    @Option(help: ArgumentHelp("The deck id to import as (default: from the Anki deck's name).", valueName: "id"))
    var deck: String?

    @Option(help: ArgumentHelp("Also import the review log, as this learner's reviews.", valueName: "name"))
    var learner: String?

    @Option(help: ArgumentHelp("The deck folder to write into (default: $RECALL_DECKS, else Decks).", valueName: "dir"))
    var into: String?

    @Option(help: ArgumentHelp("Refuse packages with more media files than this.", valueName: "n"))
    var mediaLimit = AnkiPackageReader.Limits().media

    @OptionGroup var progress: ProgressFileOptions

    @Flag(help: "Print what was imported as JSON.")
    var json = false

    func validate() throws {
        if let deck, !Identifier.isValid(deck) {
            throw ValidationError("--deck '\(deck)' is not a deck id: use lowercase letters, digits and '-' only")
        }
        guard mediaLimit >= 0 else { throw ValidationError("--media-limit must be 0 or more") }
    }

    func run() throws {
        let learnerName = try ProgressOptions.check(learner)
        let directory = DeckOptions.deckDirectory(into)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CLIError("no deck folder at '\(directory)': make it, or pass --into DIR")
        }
        let package: AnkiPackageReader.Package
        do {
            var limits = AnkiPackageReader.Limits()
            limits.media = mediaLimit
            package = try AnkiPackageReader(decoder: HelperZstdDecoder(), limits: limits).read(path: file)
        } catch {
            throw CLIError("\(error); nothing was imported", status: Self.status(of: error))
        }
        let name = (file as NSString).lastPathComponent
        // AnkiImport names the deck the same way when given no id; the id is needed here first, for the path.
        let deckID = deck ?? AnkiImport.slug(AnkiImport.title(package.collection, fallback: (name as NSString).deletingPathExtension))
        let path = (directory as NSString).appendingPathComponent("\(deckID).yaml")
        let imported: AnkiImport
        do {
            imported = try AnkiImport(package: package, packageName: name, deckID: deckID, path: path)
        } catch {
            throw CLIError(error.description)
        }
        let previous = try Self.previousImport(at: path)

        // Reviews first, in one transaction; the deck file only once they are in.
        var reviews: (RevlogConverter.Counts, ImportSummary)?
        var keptSchedules = 0
        if let learnerName {
            let converted = RevlogConverter(collection: package.collection, cardMap: imported.cardMap, learner: learnerName).convert()
            let store = try progress.openStore()
            do {
                reviews = (converted.counts, try store.importReviews(converted.entries))
            } catch {
                throw CLIError("\(error); nothing was imported")
            }
            // The reviews are in, so the deck they belong to is written whatever happens here: a failure
            // leaves Recall's own due dates, and importing the package again puts Anki's in.
            do {
                keptSchedules = try store.keep(converted.schedules, for: learnerName)
            } catch {
                Console.err(
                    "recall: warning: \(error); the reviews were imported, but the cards keep Recall's due dates, not Anki's "
                        + "(import the package again to keep Anki's)")
            }
        }
        try Self.write(imported.yaml, to: path)

        let summary = Summary(
            imported: imported, previous: previous, path: path, reviews: reviews, keptSchedules: keptSchedules, learner: learnerName)
        for warning in imported.report.warnings { Console.err("recall: warning: \(warning)") }
        Console.out(json ? try Console.json(summary) : summary.text)
    }

    /// The exit status for a package that could not be read: zstd missing, a file that could not be written, or
    /// refused input.
    static func status(of error: AnkiPackageError) -> ExitStatus {
        switch error {
        case .needsZstd: .unavailable
        case .cannotWrite: .output
        default: .failure
        }
    }

    /// The fact ids of an earlier import at `path`; refuses to replace a deck that did not come from Anki.
    static func previousImport(at path: String) throws(CLIError) -> Set<FactID>? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let loaded = DeckFiles.load(path)
        guard case .success(let deck) = loaded.result else {
            throw CLIError(
                "\(path) exists and does not load (run recall check \(path)): move it, or import with --deck ID; nothing was imported")
        }
        let ids = deck.facts.map(\.id)
        guard ids.allSatisfy({ $0.section == .cards && $0.local.hasPrefix("anki-") }) else {
            throw CLIError(
                "\(path) exists and holds facts that did not come from Anki: import with --deck ID to make another deck; nothing was imported"
            )
        }
        return Set(ids)
    }

    /// Writes the deck under a temporary name, then renames it into place.
    static func write(_ text: String, to path: String) throws(CLIError) {
        let temporary = path + ".\(ProcessInfo.processInfo.processIdentifier).partial"
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
        } catch {
            throw CLIError("cannot write \(path): \(error.localizedDescription)", status: .output)
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw CLIError("cannot write \(path): \(reason)", status: .output)
        }
    }

    struct Summary: Encodable {
        var deck: String
        var file: String
        var notes: Int
        var convertedNotes: Int
        var cards: Int
        var convertedCards: Int
        var added: Int?
        var updated: Int?
        var removed: Int?
        var learner: String?
        var reviews: Reviews?
        var warnings: [String]

        struct Reviews: Encodable {
            var imported: Int
            var alreadyPresent: Int
            var crammed: Int
            var beforeReset: Int
            var scheduleChanges: Int
            var deletedCards: Int
            var cardsLeftOut: Int
            var unknown: Int
            var ankiDueDates: Int

            enum CodingKeys: String, CodingKey {
                case imported
                case alreadyPresent = "already_present"
                case crammed
                case beforeReset = "before_reset"
                case scheduleChanges = "schedule_changes"
                case deletedCards = "deleted_cards"
                case cardsLeftOut = "cards_left_out"
                case unknown
                case ankiDueDates = "anki_due_dates"
            }
        }

        enum CodingKeys: String, CodingKey {
            case deck, file, notes
            case convertedNotes = "converted_notes"
            case cards
            case convertedCards = "converted_cards"
            case added, updated, removed, learner, reviews, warnings
        }

        init(
            imported: AnkiImport, previous: Set<FactID>?, path: String, reviews: (RevlogConverter.Counts, ImportSummary)?,
            keptSchedules: Int, learner: LearnerName?
        ) {
            deck = imported.deckID
            file = path
            notes = imported.report.notes
            convertedNotes = imported.report.convertedNotes
            cards = imported.report.cards
            convertedCards = imported.report.convertedCards
            if let previous {
                let now = Set(imported.deck.facts.map(\.id))
                added = now.subtracting(previous).count
                updated = now.intersection(previous).count
                removed = previous.subtracting(now).count
            }
            self.learner = learner?.rawValue
            if let (counts, summary) = reviews {
                self.reviews = Reviews(
                    imported: summary.added, alreadyPresent: summary.alreadyPresent, crammed: counts.crammed,
                    beforeReset: counts.beforeReset, scheduleChanges: counts.scheduleChanges,
                    deletedCards: counts.deletedCards, cardsLeftOut: counts.cardsLeftOut, unknown: counts.unknown,
                    ankiDueDates: keptSchedules)
            }
            warnings = imported.report.warnings
        }

        var text: String {
            func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
            var lines = [
                "Imported \(count(convertedNotes, "note")) of \(notes) as deck \(deck) (\(file)): \(count(convertedCards, "card")) of \(cards)."
            ]
            if let added, let updated, let removed {
                lines.append("Replaced the earlier import: \(added) added, \(updated) updated, \(removed) removed.")
            }
            if let reviews, let learner {
                var line = "Reviews for \(learner): \(reviews.imported) imported"
                if reviews.alreadyPresent > 0 { line += ", \(reviews.alreadyPresent) already there" }
                line += "."
                lines.append(line)
                if reviews.ankiDueDates > 0 {
                    lines.append("Due dates kept from Anki for \(count(reviews.ankiDueDates, "card")) in review.")
                }
                var left: [String] = []
                if reviews.crammed > 0 { left.append("\(reviews.crammed) crammed in filtered decks (kept as cram)") }
                if reviews.beforeReset > 0 { left.append("\(reviews.beforeReset) before a card was reset (kept as cram)") }
                if reviews.scheduleChanges > 0 { left.append("\(reviews.scheduleChanges) schedule changes (not answers)") }
                if reviews.deletedCards > 0 { left.append("\(reviews.deletedCards) of deleted cards") }
                if reviews.cardsLeftOut > 0 { left.append("\(reviews.cardsLeftOut) of cards left out") }
                if reviews.unknown > 0 { left.append("\(reviews.unknown) of a kind Recall does not know") }
                if !left.isEmpty { lines.append("Not replayed: " + left.joined(separator: ", ") + ".") }
            }
            return lines.joined(separator: "\n")
        }
    }
}

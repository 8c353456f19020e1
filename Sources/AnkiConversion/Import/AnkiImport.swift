import AnkiPackage
import Facts
import Foundation

/// An Anki package made into a Recall deck file: the text to write, the deck it loads as, and where each
/// Anki card went (for the review log).
public struct AnkiImport: Sendable {
    public var deckID: String
    public var title: String
    public var yaml: String
    public var deck: Deck
    public var cardMap: [Int64: CardID]
    public var report: ImportReport

    /// Why a package gives no deck.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Converts the package's notes; `deckID` nil names the deck after the Anki deck its cards are in.
    public init(package: AnkiPackageReader.Package, packageName: String, deckID: String?, path: String) throws(Failure) {
        let collection = package.collection
        title = Self.title(collection, fallback: (packageName as NSString).deletingPathExtension)
        let id = deckID ?? Self.slug(title)
        self.deckID = id
        let converted = NoteConverter(collection: collection, deckID: id).convert()
        report = converted.report
        cardMap = converted.cardMap
        guard !converted.cards.isEmpty else {
            let why = report.warnings.isEmpty ? "" : ": " + report.warnings.joined(separator: "; ")
            throw Failure(description: "\(packageName) has no notes Recall can turn into cards\(why); nothing was written")
        }
        let source = Deck.Source(title: "Anki deck “\(title)”", note: "Imported from \(packageName) by recall anki import")
        yaml = DeckYAML.text(
            id: id, title: title, source: source, cards: converted.cards,
            comment: [
                "Imported from the Anki package \(packageName) by `recall anki import`.",
                "Importing the package again replaces this file; the card ids follow Anki's note ids.",
            ])
        switch DeckLoader.load(bytes: Array(yaml.utf8), path: path) {
        case .success(let deck): self.deck = deck
        case .failure(let error):
            let first = error.diagnostics.first.map { "\($0)" } ?? "?"
            throw Failure(description: "the deck made from \(packageName) does not load (\(first)); nothing was written")
        }
    }

    /// The deck the cards are in: the deepest Anki deck holding all of them, else the package's name.
    public static func title(_ collection: AnkiCollection, fallback: String) -> String {
        let names = Dictionary(collection.decks.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let used = Set(collection.cards.map(\.homeDeckID)).compactMap { names[$0] }
        guard var common = used.first?.components(separatedBy: "::") else { return fallback }
        for name in used.dropFirst() {
            let parts = name.components(separatedBy: "::")
            common = Array(zip(common, parts).prefix { $0 == $1 }.map(\.0))
        }
        let title = common.joined(separator: "::")
        return title.isEmpty || title == "Default" && used.count > 1 ? fallback : title
    }

    /// A deck id from a name: lower case, accents dropped, runs of anything else as one `-`.
    public static func slug(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        var out = ""
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty, out.last != "-" {
                out.append("-")
            }
        }
        while out.last == "-" { out.removeLast() }
        if out.count > 60 {
            out = String(out.prefix(60))
            while out.last == "-" { out.removeLast() }
        }
        return out.isEmpty ? "anki" : out
    }
}

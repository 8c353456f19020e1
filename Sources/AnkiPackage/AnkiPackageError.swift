/// Why a package could not be read or written, in words for the person who gave it.
public enum AnkiPackageError: Error, Sendable, Hashable, CustomStringConvertible {
    case noSuchFile(String)
    case unreadable(String, String)
    case notAZip(String)
    case noCollection(String, entries: [String])
    case tooNew(String, version: Int)
    case unknownSchema(String, version: Int)
    case damaged(String, String)
    case tooManyMedia(String, count: Int, limit: Int)
    case tooLarge(String, bytes: Int64, limit: Int64)
    case needsZstd(String, String)
    case cannotWrite(String, String)

    public var description: String {
        switch self {
        case .noSuchFile(let path):
            return "\(path): no such file"
        case .unreadable(let path, let reason):
            return "\(path) cannot be read: \(reason)"
        case .notAZip(let path):
            return "\(path) is not an Anki package: an .apkg file is a zip archive, and this is not one"
        case .noCollection(let path, let entries):
            let shown = entries.prefix(6).joined(separator: ", ")
            let listed = entries.isEmpty ? "nothing" : shown + (entries.count > 6 ? ", …" : "")
            return "\(path) holds no Anki collection (collection.anki21b, collection.anki21 or collection.anki2), "
                + "only \(listed): export it again from Anki with File ▸ Export ▸ Anki Deck Package"
        case .tooNew(let path, let version):
            return "\(path) was written by a newer Anki than Recall reads (package version \(version)): "
                + "export it from Anki with “Support older Anki versions” ticked"
        case .unknownSchema(let path, let version):
            return "\(path) holds a collection of schema version \(version); Recall reads versions 11 to 18: "
                + "export it from Anki with “Support older Anki versions” ticked"
        case .damaged(let path, let reason):
            return "\(path) is damaged: \(reason); export it from Anki again"
        case .tooManyMedia(let path, let count, let limit):
            return "\(path) holds \(count) media files (images and sounds), more than the \(limit) Recall accepts: "
                + "Recall's decks are text, so a deck built on media would lose most of itself; "
                + "export the deck without media, or pass --media-limit \(count) to import its text anyway"
        case .tooLarge(let path, let bytes, let limit):
            return "\(path) unpacks to \(bytes / 1_048_576) MB, more than the \(limit / 1_048_576) MB Recall reads"
        case .needsZstd(let path, let reason):
            return "\(path) is in Anki's current format, which is compressed with zstd, and \(reason)"
        case .cannotWrite(let path, let reason):
            return "cannot write \(path): \(reason)"
        }
    }
}

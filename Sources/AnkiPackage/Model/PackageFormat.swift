/// The three layouts of an Anki package, numbered as the protobuf `meta` numbers them.
public enum PackageFormat: Int, Sendable, Hashable, CaseIterable {
    /// `collection.anki2`, before Anki 2.1.
    case legacy1 = 1
    /// `collection.anki21`, from Anki 2.1 until 2.1.50, and what “Support older Anki versions” writes.
    case legacy2 = 2
    /// `collection.anki21b`: the collection and media list compressed with zstd.
    case latest = 3

    /// The name of the collection inside the zip.
    public var collectionName: String {
        switch self {
        case .legacy1: "collection.anki2"
        case .legacy2: "collection.anki21"
        case .latest: "collection.anki21b"
        }
    }

    var isCompressed: Bool { self == .latest }
}

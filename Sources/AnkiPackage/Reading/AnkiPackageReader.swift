import Foundation
import ZIPFoundation

/// Reads an Anki package (`.apkg`, or a whole-collection `.colpkg`) in any of its three formats.
///
/// - current (Anki 2.1.50 and later): `collection.anki21b`, zstd-compressed, with a protobuf `meta` and a
///   zstd-compressed protobuf media list;
/// - older: `collection.anki21` or `collection.anki2`, uncompressed inside the zip, with a JSON media map.
///
/// Nothing is extracted but the collection, into a temporary file removed before `read` returns; media files
/// are counted and named, never unpacked.
public struct AnkiPackageReader: Sendable {
    /// Limits that keep a hostile or mistaken file from filling the disk or the memory.
    public struct Limits: Sendable, Hashable {
        /// Packages with more media files than this are refused.
        public var media: Int
        /// The largest collection, unpacked, that is read.
        public var collectionBytes: Int64

        public init(media: Int = 2_000, collectionBytes: Int64 = 2 << 30) {
            self.media = media
            self.collectionBytes = collectionBytes
        }
    }

    /// What a package holds.
    public struct Package: Sendable, Hashable {
        public var format: PackageFormat
        public var collection: AnkiCollection
        /// The media files' names, in the order of the package's media list.
        public var media: [String]

        public init(format: PackageFormat, collection: AnkiCollection, media: [String]) {
            self.format = format
            self.collection = collection
            self.media = media
        }
    }

    public let decoder: (any ZstdDecoder)?
    public let limits: Limits

    public init(decoder: (any ZstdDecoder)?, limits: Limits = Limits()) {
        self.decoder = decoder
        self.limits = limits
    }

    public func read(path: String) throws(AnkiPackageError) -> Package {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .noSuchFile(path) }
        guard !isDirectory.boolValue else { throw .unreadable(path, "it is a folder, not a package file") }
        guard FileManager.default.isReadableFile(atPath: path) else { throw .unreadable(path, "check its permissions") }
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw .notAZip(path)
        }
        let names = archive.map(\.path)
        let format = try Self.format(of: archive, names: names, path: path)
        guard let entry = archive[format.collectionName] else {
            throw .noCollection(path, entries: names.sorted())
        }
        let media = try mediaNames(archive, format: format, path: path)
        if media.count > limits.media { throw .tooManyMedia(path, count: media.count, limit: limits.media) }

        guard Int64(clamping: entry.uncompressedSize) <= limits.collectionBytes else {
            throw .tooLarge(path, bytes: Int64(clamping: entry.uncompressedSize), limit: limits.collectionBytes)
        }
        var bytes = try Self.contents(of: entry, in: archive, path: path, limit: limits.collectionBytes)
        if format.isCompressed {
            bytes = try decompress(bytes, path: path, what: "the collection")
        }
        let collection = try CollectionReader.read(bytes, path: path)
        return Package(format: format, collection: collection, media: media)
    }

    // MARK: Parts

    /// The format, from `meta` when there is one, else from the collection's file name.
    static func format(of archive: Archive, names: [String], path: String) throws(AnkiPackageError) -> PackageFormat {
        guard let meta = archive["meta"] else {
            if names.contains(PackageFormat.legacy2.collectionName) { return .legacy2 }
            if names.contains(PackageFormat.legacy1.collectionName) { return .legacy1 }
            throw .noCollection(path, entries: names.sorted())
        }
        let bytes = try contents(of: meta, in: archive, path: path, limit: 1 << 16)
        let version: UInt64
        do {
            version = try ProtobufReader.fields(of: [UInt8](bytes)[...]).last { $0.0 == 1 }?.1.integer ?? 0
        } catch {
            throw .damaged(path, "its metadata (meta) is not readable")
        }
        guard let format = PackageFormat(rawValue: Int(clamping: version)) else {
            throw .tooNew(path, version: Int(clamping: version))
        }
        return format
    }

    /// The media files' names: from the protobuf list (current format) or the JSON map (older ones).
    func mediaNames(_ archive: Archive, format: PackageFormat, path: String) throws(AnkiPackageError) -> [String] {
        guard let entry = archive["media"] else { return [] }
        // A media list larger than this names far more files than the limit allows.
        let listLimit = Int64(max(limits.media, 1)) * 4096 + 65536
        var bytes = try Self.contents(of: entry, in: archive, path: path, limit: listLimit, refuse: false)
        if format.isCompressed {
            bytes = try decompress(bytes, path: path, what: "the media list")
            var names: [String] = []
            do {
                for (number, value) in try ProtobufReader.fields(of: [UInt8](bytes)[...]) where number == 1 {
                    guard let message = value.data else { continue }
                    let name = try ProtobufReader.fields(of: message).last { $0.0 == 1 }?.1.string
                    names.append(name ?? "")
                }
            } catch {
                throw .damaged(path, "its media list is not readable")
            }
            return names
        }
        guard let object = try? JSONSerialization.jsonObject(with: bytes) as? [String: Any] else {
            // A list cut short at the limit, or not JSON: count the numbered files instead.
            return archive.map(\.path).filter { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
        }
        return object.sorted { (Int($0.key) ?? 0, $0.key) < (Int($1.key) ?? 0, $1.key) }.map { ($0.value as? String) ?? "" }
    }

    func decompress(_ data: Data, path: String, what: String) throws(AnkiPackageError) -> Data {
        guard let decoder else {
            throw .needsZstd(path, "this build of Recall was given no way to decompress it")
        }
        do {
            return try decoder.decompress(data)
        } catch {
            if error.isUnavailable { throw .needsZstd(path, error.message) }
            throw .damaged(path, "\(what) does not decompress (\(error.message))")
        }
    }

    /// An entry's bytes, refusing (or, with `refuse` false, cutting short) more than `limit`.
    static func contents(
        of entry: Entry, in archive: Archive, path: String, limit: Int64, refuse: Bool = true
    ) throws(AnkiPackageError) -> Data {
        var data = Data()
        struct Enough: Error {}
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                data.append(chunk)
                if Int64(data.count) > limit { throw Enough() }
            }
        } catch is Enough {
            if refuse { throw .tooLarge(path, bytes: Int64(data.count), limit: limit) }
        } catch {
            throw .damaged(path, "'\(entry.path)' cannot be unpacked (\(error))")
        }
        return data
    }
}

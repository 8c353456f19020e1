import Foundation
import GRDB
import ZIPFoundation

/// Writes a collection as an Anki package in the format every Anki since 2.1 imports (`collection.anki21`,
/// schema 11, inside a zip), to a temporary name that is renamed over `path` only once it is complete.
///
/// The older format needs no zstd, and Anki (desktop, AnkiMobile, AnkiDroid) imports it as it imports its
/// own exports made with “Support older Anki versions”.
public struct AnkiPackageWriter: Sendable {
    /// The moment written as the notes', cards' and collection's modification time.
    public var now: Date

    public init(now: Date) {
        self.now = now
    }

    public func write(_ collection: AnkiCollection, to path: String) throws(AnkiPackageError) {
        let target = URL(fileURLWithPath: path)
        let directory = target.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .cannotWrite(path, "the folder '\(directory.path)' does not exist")
        }
        let stem = ".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)"
        let database = directory.appendingPathComponent(stem + ".anki21")
        let partial = directory.appendingPathComponent(stem + ".partial")
        defer {
            try? FileManager.default.removeItem(at: database)
            try? FileManager.default.removeItem(at: partial)
        }
        do {
            try CollectionWriter(now: now).write(collection, to: database.path)
        } catch let error as AnkiPackageError {
            throw error
        } catch {
            throw .cannotWrite(path, "\(error)")
        }
        do {
            let archive = try Archive(url: partial, accessMode: .create)
            try add("meta", Data(Self.meta), to: archive, compressed: false)
            try add(PackageFormat.legacy2.collectionName, Data(contentsOf: database), to: archive, compressed: true)
            try add("media", Data("{}".utf8), to: archive, compressed: false)
        } catch {
            throw .cannotWrite(path, "\(error)")
        }
        // rename(2) replaces the old package in one step: a reader sees the old file or the new one, never half.
        guard rename(partial.path, target.path) == 0 else {
            throw .cannotWrite(path, String(cString: strerror(errno)))
        }
    }

    /// `meta`: version 2, the format of `collection.anki21`.
    static var meta: [UInt8] {
        var writer = ProtobufWriter()
        writer.varint(1, UInt64(PackageFormat.legacy2.rawValue))
        return writer.bytes
    }

    private func add(_ name: String, _ data: Data, to archive: Archive, compressed: Bool) throws {
        try archive.addEntry(
            with: name, type: .file, uncompressedSize: Int64(data.count), modificationDate: now,
            compressionMethod: compressed ? .deflate : .none
        ) { position, size in
            data.subdata(in: Int(position)..<(Int(position) + size))
        }
    }
}

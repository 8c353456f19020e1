import Facts
import Foundation

/// Reads deck files from disk and hands their bytes to the pure loader.
enum DeckFiles {
    /// The outcome of loading one file.
    struct Loaded {
        var path: String
        var result: Result<Deck, DeckLoadError>
    }

    /// The `*.yaml` and `*.yml` files in a folder, sorted by name.
    static func deckPaths(in directory: String) throws(CLIError) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
            throw CLIError("no deck folder at '\(directory)': run recall from the folder that holds Decks/, or pass --decks DIR")
        }
        guard isDirectory.boolValue else { throw CLIError("'\(directory)' is a file, not a folder of decks") }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
            .map { directory.hasSuffix("/") ? directory + $0 : directory + "/" + $0 }
    }

    /// Expands the paths a user gave: folders become the decks in them, files stay as they are.
    static func expand(_ paths: [String]) throws(CLIError) -> [String] {
        var out: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                out += try deckPaths(in: path)
            } else {
                out.append(path)
            }
        }
        return out
    }

    /// Loads one deck file; a file that cannot be read becomes a diagnostic like any other problem.
    static func load(_ path: String) -> Loaded {
        let start = SourceLocation(path: path, line: 1, column: 1)
        func failure(_ message: String) -> Loaded {
            Loaded(path: path, result: .failure(DeckLoadError([DeckDiagnostic(at: start, message)])))
        }
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
            return failure("no such file")
        }
        guard attributes[.type] as? FileAttributeType == .typeRegular else {
            return failure("not a regular file: a deck is a YAML text file")
        }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        if size > DeckLoader.maximumSize {
            return failure(
                "the file is too large for a deck (\(size / 1_048_576) MB; the limit is \(DeckLoader.maximumSize / 1_048_576) MB)")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return failure("cannot open the file for reading (check its permissions)")
        }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: DeckLoader.maximumSize + 1)) ?? Data()
        return Loaded(path: path, result: DeckLoader.load(bytes: [UInt8](data), path: path))
    }

    /// Every deck in a folder that loads; the problems of those that do not.
    static func loadAll(in directory: String) throws(CLIError) -> [Loaded] {
        try deckPaths(in: directory).map(load)
    }
}

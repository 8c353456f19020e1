import Foundation

/// What the file system says about a progress file before SQLite opens it: each check here reads bytes only,
/// so that a file refused for any of these reasons is left exactly as it was, its `-wal` and `-shm` included.
struct FileInspection: Sendable {
    /// The file SQLite should open: the path with symbolic links resolved, so that the journal files sit beside
    /// the real file.
    var resolvedPath: String
    /// The file does not exist yet, or is empty: a new progress file.
    var isNew: Bool
    /// A write-ahead log with content lies beside the file (another process has it open, or one stopped
    /// without closing it): the newest data may be there, and it must never be deleted by a refusal.
    var hasWriteAheadLog: Bool
    /// `application_id` as the file's header holds it (0 for a new file).
    var applicationID: Int32
    /// The database page size the header gives.
    var pageSize: Int

    /// Checks `path` and the files beside it; throws the refusal when one applies.
    static func inspect(_ path: String) throws(ProgressStoreError) -> FileInspection {
        let manager = FileManager.default
        let folder = (path as NSString).deletingLastPathComponent
        let folderPath = folder.isEmpty ? "." : folder
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: folderPath, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .missingFolder(path: path, folder: folderPath)
        }
        var resolved = path
        var link = stat()
        if lstat(path, &link) == 0, link.st_mode & S_IFMT == S_IFLNK {
            // A link to a progress file is that file; a link to nowhere is refused rather than followed into
            // creating a file somewhere unexpected.
            guard let real = realpath(path, nil) else { throw .notAFile(path: path, detail: "it is a link to a file that does not exist") }
            resolved = String(cString: real)
            free(real)
        }
        var status = stat()
        guard stat(resolved, &status) == 0 else {
            // A new file: only its folder must be writable (SQLite keeps its journal files beside it).
            try checkFolderWritable(path: path, folder: (resolved as NSString).deletingLastPathComponent)
            try checkJournals(of: resolved, path: path, pageSize: nil, isEmpty: true)
            return FileInspection(resolvedPath: resolved, isNew: true, hasWriteAheadLog: false, applicationID: 0, pageSize: 0)
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw .notAFile(
                path: path,
                detail: status.st_mode & S_IFMT == S_IFDIR ? "it is a folder, not a file" : "it is a device or a pipe, not a file")
        }
        guard let handle = FileHandle(forReadingAtPath: resolved) else {
            throw .readOnly(path: path, detail: "it cannot even be read (check its permissions)")
        }
        let header = [UInt8]((try? handle.read(upToCount: 100)) ?? Data())
        try? handle.close()
        if !header.isEmpty && (header.count < 16 || header[0..<16] != ArraySlice(Array("SQLite format 3\0".utf8))) {
            throw .notSQLite(path: path)
        }
        if !header.isEmpty && header.count < 100 {
            throw .damaged(path: path, detail: "the file is shorter than an SQLite header")
        }
        // The write bits are honoured even for root, who could write anyway: a file someone marked read-only
        // is not to be changed.
        if access(resolved, W_OK) != 0 || status.st_mode & 0o222 == 0 {
            throw .readOnly(path: path, detail: "the file is read-only")
        }
        try checkFolderWritable(path: path, folder: (resolved as NSString).deletingLastPathComponent)
        var applicationID: Int32 = 0
        var pageSize = 0
        if header.count >= 100 {
            applicationID = Int32(bitPattern: header[68..<72].reduce(0) { $0 << 8 | UInt32($1) })
            let size = Int(header[16]) << 8 | Int(header[17])
            pageSize = size == 1 ? 65_536 : size
            if applicationID != 0 && applicationID != ProgressStore.applicationID {
                throw .notRecall(path: path)
            }
        }
        let hasLog = try checkJournals(of: resolved, path: path, pageSize: pageSize == 0 ? nil : pageSize, isEmpty: header.isEmpty)
        return FileInspection(
            resolvedPath: resolved, isNew: header.isEmpty, hasWriteAheadLog: hasLog, applicationID: applicationID,
            pageSize: pageSize)
    }

    private static func checkFolderWritable(path: String, folder: String) throws(ProgressStoreError) {
        let folderPath = folder.isEmpty ? "." : folder
        if access(folderPath, W_OK) != 0 {
            throw .readOnly(path: path, detail: "its folder '\(folderPath)' is read-only (SQLite keeps a journal beside the file)")
        }
    }

    /// Refuses `-wal` and `-shm` files SQLite would misread or delete; true when a write-ahead log with
    /// content is there.
    @discardableResult
    private static func checkJournals(of file: String, path: String, pageSize: Int?, isEmpty: Bool) throws(ProgressStoreError) -> Bool {
        for suffix in ["-shm", "-wal"] {
            var status = stat()
            if lstat(file + suffix, &status) == 0, status.st_mode & S_IFMT != S_IFREG {
                throw .foreignJournal(path: path, journal: path + suffix, detail: "it is not a regular file")
            }
        }
        guard let handle = FileHandle(forReadingAtPath: file + "-wal") else { return false }
        let header = [UInt8]((try? handle.read(upToCount: 32)) ?? Data())
        try? handle.close()
        guard !header.isEmpty else { return false }
        if isEmpty {
            // SQLite would delete the log of an empty database: whatever it holds belongs to some other file.
            throw .foreignJournal(path: path, journal: path + "-wal", detail: "the progress file is empty, so the log cannot be its own")
        }
        guard WriteAheadLogHeader(header)?.isValid == true else {
            throw .foreignJournal(path: path, journal: path + "-wal", detail: "it is not an SQLite write-ahead log, or it is damaged")
        }
        if let pageSize, let log = WriteAheadLogHeader(header), log.pageSize != pageSize {
            throw .foreignJournal(
                path: path, journal: path + "-wal",
                detail: "its pages are \(log.pageSize) bytes and the file's \(pageSize): it belongs to another database")
        }
        return true
    }
}

/// The 32-byte header of an SQLite write-ahead log (https://www.sqlite.org/fileformat.html#the_write_ahead_log).
struct WriteAheadLogHeader {
    var magic: UInt32
    var version: UInt32
    var pageSize: Int
    var checksum: (UInt32, UInt32)
    private var words: [UInt32]

    init?(_ bytes: [UInt8]) {
        guard bytes.count >= 32 else { return nil }
        words = stride(from: 0, to: 32, by: 4).map { i in bytes[i..<(i + 4)].reduce(0) { $0 << 8 | UInt32($1) } }
        magic = words[0]
        version = words[1]
        pageSize = words[2] == 1 ? 65_536 : Int(words[2])
        checksum = (words[6], words[7])
    }

    /// The magic number, the format version and the header's own checksum agree with SQLite's format.
    var isValid: Bool {
        guard magic == 0x377F_0682 || magic == 0x377F_0683, version == 3_007_000 else { return false }
        // The checksum runs over the first 24 bytes as 32-bit words in the byte order the magic names; the
        // words above were read big-endian.
        let bigEndian = magic == 0x377F_0683
        let values = words[0..<6].map { bigEndian ? $0 : $0.byteSwapped }
        var s0: UInt32 = 0
        var s1: UInt32 = 0
        for index in stride(from: 0, to: 6, by: 2) {
            s0 = s0 &+ values[index] &+ s1
            s1 = s1 &+ values[index + 1] &+ s0
        }
        // The checksum itself is stored big-endian whatever the order of the words it sums.
        return (s0, s1) == checksum
    }
}

import Foundation

/// A file written whole or not at all: to a temporary name in the same folder, flushed to disk, then renamed
/// into place. A failed write (a full disk, a quota) leaves the old file, or none, never a truncated one that
/// looks complete.
struct OutputFile {
    let path: String
    private let temporary: String
    private let fd: Int32

    /// Starts writing `path`.
    init(_ path: String) throws(CLIError) {
        self.path = path
        let url = URL(fileURLWithPath: path)
        temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).partial").path
        fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Self.failure(path, String(cString: strerror(errno))) }
    }

    /// Appends `text`; on failure the temporary file is removed.
    func write(_ text: String) throws(CLIError) {
        if let problem = Console.writeAll(Array(text.utf8), to: fd) {
            discard()
            throw Self.failure(path, problem)
        }
    }

    /// Flushes the file to disk and puts it in place.
    func commit() throws(CLIError) {
        if fsync(fd) != 0 {
            let problem = String(cString: strerror(errno))
            discard()
            throw Self.failure(path, problem)
        }
        guard close(fd) == 0 else {
            let problem = String(cString: strerror(errno))
            unlink(temporary)
            throw Self.failure(path, problem)
        }
        guard rename(temporary, path) == 0 else {
            let problem = String(cString: strerror(errno))
            unlink(temporary)
            throw Self.failure(path, problem)
        }
    }

    /// Gives up: the temporary file goes, the old file (if any) stays.
    func discard() {
        close(fd)
        unlink(temporary)
    }

    /// Writes `text` as the whole of `path`.
    static func write(_ text: String, to path: String) throws(CLIError) {
        let file = try OutputFile(path)
        try file.write(text)
        try file.commit()
    }

    private static func failure(_ path: String, _ problem: String) -> CLIError {
        CLIError("cannot write '\(path)': \(problem); nothing was written there")
    }
}

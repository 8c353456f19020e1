import Foundation

/// The logins kept beside a progress file (`Progress/recall.sqlite-sync` beside `Progress/recall.sqlite`):
/// each account's server and token, readable and writable by the file's owner only.
///
/// A classroom machine may hold several students' logins in one file; a teacher's machine holds the
/// teacher's. Tokens are secrets: the file is written with mode 0600 and refused when others can read it.
public struct SyncLogins: Codable, Sendable, Hashable {
    /// One account on one server.
    public struct Account: Codable, Sendable, Hashable {
        /// The server's address, such as `http://school.example:8080`.
        public var server: String
        public var token: String
        /// `student` or `teacher`.
        public var role: String
        /// The student's learner name on the server, or the teacher's name.
        public var name: String
        /// For a student: the learner here whose progress syncs (often the login name, not the server's).
        public var learner: String?

        public init(server: String, token: String, role: String, name: String, learner: String? = nil) {
            self.server = server
            self.token = token
            self.role = role
            self.name = name
            self.learner = learner
        }

        /// The learner here: `learner`, else the server's name.
        public var localLearner: String { learner ?? name }
    }

    public var format = 1
    public var accounts: [Account] = []
    /// Whether `recall study` syncs its learner when it ends.
    public var syncAfterStudy = true

    public init() {}

    /// The file that holds the logins for the progress file at `progressPath`.
    public static func path(besideProgress progressPath: String) -> String {
        progressPath + "-sync"
    }

    /// The logins at `path`; none when the file does not exist.
    public static func load(from path: String) throws(SyncError) -> SyncLogins {
        guard FileManager.default.fileExists(atPath: path) else { return SyncLogins() }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let permissions = (attributes?[.posixPermissions] as? NSNumber)?.intValue ?? 0
        if permissions & 0o077 != 0 {
            throw .credentials(
                path: path,
                detail: "can be read by others than its owner, and it holds tokens: run chmod 600 \(path), or log in again")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .credentials(path: path, detail: "cannot be read (check its permissions)")
        }
        do {
            let logins = try JSONDecoder().decode(SyncLogins.self, from: data)
            guard logins.format == 1 else {
                throw SyncError.credentials(path: path, detail: "was written by a newer version of Recall (format \(logins.format))")
            }
            return logins
        } catch let error as SyncError {
            throw error
        } catch {
            throw .credentials(path: path, detail: "is not a Recall login file (\(error.localizedDescription)); log in again")
        }
    }

    /// Writes the logins to `path` with mode 0600, replacing the file whole (never half-written).
    public func save(to path: String) throws(SyncError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data: Data
        do {
            data = try encoder.encode(self)
        } catch {
            throw .credentials(path: path, detail: "could not be encoded: \(error)")
        }
        let temporary = path + ".\(ProcessInfo.processInfo.processIdentifier).tmp"
        // Created 0600 from the start: the token is never readable by others, not even for a moment.
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard descriptor >= 0 else {
            throw .credentials(path: path, detail: "cannot be written: \(String(cString: strerror(errno)))")
        }
        let written = data.withUnsafeBytes { bytes in write(descriptor, bytes.baseAddress, bytes.count) }
        let synced = fsync(descriptor)
        close(descriptor)
        guard written == data.count, synced == 0, rename(temporary, path) == 0 else {
            unlink(temporary)
            throw .credentials(path: path, detail: "cannot be written: \(String(cString: strerror(errno)))")
        }
    }

    /// Adds an account, replacing one with the same server, role and name.
    public mutating func add(_ account: Account) {
        if account.role == "student" {
            // One login per learner here: a new token or server replaces the old one.
            accounts.removeAll { $0.role == "student" && $0.localLearner == account.localLearner }
        } else {
            accounts.removeAll { $0.role == account.role && $0.server == account.server }
        }
        accounts.append(account)
    }

    /// The student logins, or the one for the learner here named `learner`.
    public func students(_ learner: String? = nil) -> [Account] {
        accounts.filter { $0.role == "student" && (learner == nil || $0.localLearner == learner) }
    }

    /// The teacher's login (the latest one added, if there are several).
    public var teacher: Account? {
        accounts.last { $0.role == "teacher" }
    }
}

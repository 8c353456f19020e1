/// Why the progress store could not do what was asked; `description` is a sentence for the learner.
///
/// Every failing operation leaves the file as it was: each one is a single transaction.
public enum ProgressStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The folder meant to hold the progress file does not exist.
    case missingFolder(path: String, folder: String)
    /// The path names a folder or a device, not a file (or a link to nothing).
    case notAFile(path: String, detail: String)
    /// The file is not an SQLite database at all.
    case notSQLite(path: String)
    /// The file is an SQLite database, but another program's.
    case notRecall(path: String)
    /// A newer Recall has migrated the file further than this one knows how to read.
    case newerSchema(path: String, unknownMigrations: [String])
    /// SQLite found the file damaged.
    case damaged(path: String, detail: String)
    /// A `-wal` or `-shm` file beside the progress file is not its own.
    case foreignJournal(path: String, journal: String, detail: String)
    /// The file or its folder cannot be written.
    case readOnly(path: String, detail: String)
    /// Another program held the file locked for longer than the busy timeout.
    case locked(path: String)
    /// The disk or the file system quota is full.
    case diskFull(path: String)
    /// A learner's name breaks the naming rules.
    case invalidLearner(String)
    /// A setting's key is unknown or its value is out of range; the message says what is allowed.
    case invalidSetting(String)
    /// No review has this id.
    case unknownReview(id: String)
    /// A review of this card at this very moment is already in the log.
    case duplicateReview(id: String)
    /// An imported review log was refused; nothing was imported.
    case importRejected(ReviewLogProblem)
    /// An import stopped part way (`reason`: a full disk, a lock that lasted); running it again finishes it.
    case importStopped(path: String, written: Int, total: Int, reason: String)
    /// Any other SQLite failure.
    case database(path: String, detail: String)

    public var description: String {
        switch self {
        case let .missingFolder(path, folder):
            "cannot open the progress file '\(path)': the folder '\(folder)' does not exist"
        case let .notAFile(path, detail):
            "cannot open the progress file '\(path)': \(detail)"
        case let .notSQLite(path):
            "'\(path)' is not a Recall progress file (it is not an SQLite database); it was left untouched"
        case let .notRecall(path):
            "'\(path)' is an SQLite database, but not a Recall progress file; it was left untouched"
        case let .newerSchema(path, unknown):
            "'\(path)' was written by a newer version of Recall (it has \(unknown.joined(separator: ", ")), "
                + "which this version does not know); upgrade Recall to use it. The file was left untouched"
        case let .damaged(path, detail):
            "the progress file '\(path)' is damaged (\(detail)); nothing was written to it. "
                + "Save what can still be read with `recall progress export --progress \(path) --output backup.csv`, "
                + "let `recall doctor --repair --progress \(path)` rebuild the file from its review log, "
                + "or restore it from a backup (`sqlite3 \(path) .recover` salvages pages too)"
        case let .foreignJournal(path, journal, detail):
            "the progress file '\(path)' was left untouched: the journal '\(journal)' beside it is not its own (\(detail)). "
                + "If no Recall is running, move that file away and try again"
        case let .readOnly(path, detail):
            "the progress file '\(path)' cannot be written: \(detail); it was left untouched"
        case let .locked(path):
            "the progress file '\(path)' is locked by another program; nothing was changed. Try again in a moment"
        case let .diskFull(path):
            "the disk holding the progress file '\(path)' is full; nothing was changed"
        case let .invalidLearner(message):
            message
        case let .invalidSetting(message):
            message
        case let .unknownReview(id):
            "no review has the id '\(id)'"
        case let .duplicateReview(id):
            "a review of this card at this very moment is already recorded (id \(id))"
        case let .importRejected(problem):
            "\(problem); nothing was imported"
        case let .importStopped(path, written, total, reason):
            "the import into '\(path)' stopped after \(written) of \(total) reviews (\(reason)): "
                + "run the same import again to finish it; nothing will be imported twice"
        case let .database(path, detail):
            "the progress file '\(path)' could not be used: \(detail)"
        }
    }
}

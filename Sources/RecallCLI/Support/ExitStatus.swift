/// What `recall`'s exit status says, one status per kind of failure (docs/exit-status.md lists them).
public enum ExitStatus: Int32, Sendable, CaseIterable {
    /// It did what was asked.
    case success = 0
    /// What it was given could not be used, and nothing was changed: a deck with problems, a refused file, an
    /// unknown learner, class or deck, an answer it could not read.
    case failure = 1
    /// The command line is wrong: an unknown command or option, a missing or malformed argument.
    case usage = 2
    /// The progress file cannot be used: damaged, another program's, from a newer Recall, or locked too long.
    case progressFile = 3
    /// What it had to write could not be written: a full disk, a closed pipe, a folder it may not write to.
    case output = 4
    /// A program or server it needs is missing or cannot be reached.
    case unavailable = 5
}

import ArgumentParser
import Foundation
import ProgressStore

/// Where progress is kept and whose it is: `--progress PATH`, else `RECALL_PROGRESS`, else
/// `Progress/recall.sqlite` in the current directory; `--learner NAME`, else the login name.
struct ProgressOptions: ParsableArguments {
    @OptionGroup var file: ProgressFileOptions

    @Option(help: ArgumentHelp("Whose progress (default: your login name).", valueName: "name"))
    var learner: String?

    /// Opens the progress file (see `ProgressFileOptions.openStore`).
    func openStore(patience: TimeInterval = ProgressFileOptions.patience) throws(CLIError) -> ProgressStore {
        try file.openStore(patience: patience)
    }

    /// `--learner`, checked; nil when it was not given.
    func givenLearner() throws(CLIError) -> LearnerName? {
        try Self.check(learner)
    }

    /// `--learner`, else the login name.
    func learnerName() throws(CLIError) -> LearnerName {
        if let given = try givenLearner() { return given }
        let environment = ProcessInfo.processInfo.environment
        for candidate in [environment["USER"], environment["LOGNAME"], NSUserName()] {
            if let candidate, let name = LearnerName(candidate) { return name }
        }
        throw CLIError("cannot tell whose progress this is from the login name: pass --learner NAME")
    }

    /// A learner's name as given on the command line, checked.
    static func check(_ text: String?) throws(CLIError) -> LearnerName? {
        guard let text else { return nil }
        guard let name = LearnerName(text) else {
            throw CLIError("--learner '\(text)': \(LearnerName.problem(with: text) ?? "not a valid name")")
        }
        return name
    }
}

/// Only where progress is kept, for commands that are not about one learner.
struct ProgressFileOptions: ParsableArguments {
    @Option(
        name: .customLong("progress"),
        help: ArgumentHelp("The progress file (default: $RECALL_PROGRESS, else Progress/recall.sqlite).", valueName: "path"))
    var path: String?

    static let defaultPath = "Progress/recall.sqlite"

    /// The progress file to use, after the environment is consulted; and whether it is the default one.
    var progressPath: (path: String, isDefault: Bool) {
        if let path, !path.isEmpty { return (path, false) }
        if let path = ProcessInfo.processInfo.environment["RECALL_PROGRESS"], !path.isEmpty { return (path, false) }
        return (Self.defaultPath, true)
    }

    /// How long a command's write waits for other programs' writes before giving up, in seconds.
    static let patience: TimeInterval = 60

    /// Opens the progress file; the default file's folder is created when missing, no other folder is.
    ///
    /// A write that has to wait more than a second for another program's (a large import, a class of study
    /// sessions) says so once on standard error, and keeps waiting up to `patience` seconds.
    func openStore(patience: TimeInterval = Self.patience) throws(CLIError) -> ProgressStore {
        let (path, isDefault) = progressPath
        if isDefault {
            try? FileManager.default.createDirectory(atPath: "Progress", withIntermediateDirectories: true)
        }
        let options = ProgressStore.Options(busyTimeout: patience, busyNotice: 1) { _ in
            Console.err("recall: waiting for the progress file '\(path)': another program is writing to it…")
        }
        do {
            return try ProgressStore(path: path, options: options)
        } catch {
            throw CLIError(error.description)
        }
    }
}

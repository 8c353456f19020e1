/// A problem the command line reports as `recall: <message>` before exiting with its kind's status.
///
/// Commands throw it and never print it themselves: `Recall.run` shows every failure in one place.
struct CLIError: Error, CustomStringConvertible {
    var message: String
    var status: ExitStatus

    init(_ message: String, status: ExitStatus = .failure) {
        self.message = message
        self.status = status
    }

    var description: String { message }
}

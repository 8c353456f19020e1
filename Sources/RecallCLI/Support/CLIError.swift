/// A problem the command line reports as `recall: <message>` before exiting non-zero.
struct CLIError: Error, CustomStringConvertible {
    var message: String

    init(_ message: String) {
        self.message = message
    }

    var description: String { message }
}

/// A problem `recall-pdf` reports as `recall-pdf: <message>` before exiting non-zero.
struct PDFError: Error, CustomStringConvertible {
    var message: String

    init(_ message: String) {
        self.message = message
    }

    var description: String { message }
}

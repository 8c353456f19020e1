/// Deck text with position markers (1️⃣, 2️⃣, …) written where a diagnostic is expected, as swift-format's tests do.
///
/// The markers are removed; `location(of:)` gives the line and column where each one stood.
struct MarkedText {
    let text: String
    private let markers: [String: (line: Int, column: Int)]

    init(_ marked: String) {
        var clean = ""
        var found: [String: (Int, Int)] = [:]
        var line = 1
        var column = 1
        let scalars = Array(marked.unicodeScalars)
        var i = 0
        while i < scalars.count {
            if i + 2 < scalars.count, scalars[i + 1] == "\u{FE0F}", scalars[i + 2] == "\u{20E3}" {
                found[String(scalars[i])] = (line, column)
                i += 3
                continue
            }
            clean.unicodeScalars.append(scalars[i])
            if scalars[i] == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            i += 1
        }
        text = clean
        markers = found
    }

    /// The line and column of marker `n` (1 for 1️⃣).
    func location(of n: Int) -> (line: Int, column: Int) {
        guard let location = markers[String(n)] else { fatalError("no marker \(n) in the text") }
        return location
    }
}

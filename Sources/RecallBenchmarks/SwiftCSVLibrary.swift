import SwiftCSV

/// swiftcsv/SwiftCSV's parser, for the CSV comparison.
enum SwiftCSVLibrary {
    /// Every field of every row, read as text; the count.
    static func fields(in text: String) -> Int {
        guard let csv = try? EnumeratedCSV(string: text, delimiter: .comma, loadColumns: false) else {
            fatalError("SwiftCSV refused the log")
        }
        return csv.rows.reduce(csv.header.count) { $0 + $1.count }
    }
}

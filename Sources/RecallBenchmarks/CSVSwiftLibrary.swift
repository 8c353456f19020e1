import CSV

/// yaslab/CSV.swift's reader, for the CSV comparison (its own file: the module and a type share the name CSV).
enum CSVSwiftLibrary {
    /// Every field of every row, read as text; the count.
    static func fields(in text: String) -> Int {
        guard let reader = try? CSVReader(string: text, hasHeaderRow: false) else { fatalError("CSV.swift refused the log") }
        var count = 0
        while let row = reader.next() { count += row.count }
        return count
    }
}

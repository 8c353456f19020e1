@preconcurrency import Benchmark
import Foundation
import TextFormats

/// The one CSV reader against the CSV libraries on the local package list, side by side on the same review
/// log (the first 200,000 rows of the Progress suite's): each reads every field of every row as text.
///
/// `TextFormats.CSVReader` is kept only because it is the fastest here; its doc comment quotes the figures.
nonisolated(unsafe) let csvBenchmarks = BenchmarkSuite(name: "CSV") { suite in
    suite.benchmark("read 200,000 rows: TextFormats.CSVReader", settings: Iterations(5), WarmupIterations(1)) {
        let bytes = CSVBenchmarkData.bytes
        let fields = bytes.withUnsafeBufferPointer { buffer -> Int in
            var reader = TextFormats.CSVReader(buffer)
            var row: [TextFormats.CSVReader.Field] = []
            var count = 0
            while (try? reader.next(into: &row)) != nil {
                for field in row where reader.string(field) != nil { count += 1 }
            }
            return count
        }
        precondition(fields == CSVBenchmarkData.expectedFields, "read \(fields) fields")
    }

    suite.benchmark("read 200,000 rows: yaslab/CSV.swift 2.5.2", settings: Iterations(2), WarmupIterations(0)) {
        let count = CSVSwiftLibrary.fields(in: CSVBenchmarkData.text)
        precondition(count == CSVBenchmarkData.expectedFields, "read \(count) fields")
    }

    suite.benchmark("read 200,000 rows: swiftcsv/SwiftCSV 0.10.0", settings: Iterations(2), WarmupIterations(0)) {
        let count = SwiftCSVLibrary.fields(in: CSVBenchmarkData.text)
        precondition(count == CSVBenchmarkData.expectedFields, "read \(count) fields")
    }
}

enum CSVBenchmarkData {
    static let rows = 200_000
    /// The header and the first `rows` reviews of the Progress suite's log.
    static let text: String = {
        guard let whole = try? String(contentsOfFile: ProgressBenchmarkData.importCSV, encoding: .utf8) else {
            fatalError("no review log to read")
        }
        var end = whole.startIndex
        var lines = 0
        for index in whole.utf8.indices where whole.utf8[index] == 0x0A {
            lines += 1
            if lines == rows + 1 {
                end = whole.utf8.index(after: index)
                break
            }
        }
        return String(whole[..<end])
    }()
    static let bytes = Array(text.utf8)
    /// Five columns, header included.
    static let expectedFields = (rows + 1) * 5
}

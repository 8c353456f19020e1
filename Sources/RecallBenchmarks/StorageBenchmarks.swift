@preconcurrency import Benchmark
import Foundation
@_spi(Benchmarks) import ProgressStore

/// The store's hand-bound statements against GRDB's own `Statement` and cursors doing the same work, side by
/// side, on the Progress suite's 50,000-card file: the figures quoted in `RawStatement`'s comment.
nonisolated(unsafe) let storageBenchmarks = BenchmarkSuite(name: "Storage") { suite in
    for binding in StorageProbe.Binding.allCases {
        suite.benchmark("insert 200,000 reviews, \(binding.rawValue)", settings: Iterations(5), WarmupIterations(1)) {
            let written = try StorageProbe.insertReviews(200_000, binding: binding)
            precondition(written == 200_000)
        }
    }
    for binding in StorageProbe.Binding.allCases {
        suite.benchmark(
            "read the whole review log of the 50,000-card file, \(binding.rawValue)", settings: Iterations(10), WarmupIterations(1)
        ) {
            let (store, _) = ProgressBenchmarkData.queueFixture(.onSchedule)
            let rows = try StorageProbe.readLog(store, binding: binding)
            precondition(rows > 100_000)
        }
    }
    for binding in StorageProbe.Binding.allCases {
        suite.benchmark("scan a learner's 45,000 card states, \(binding.rawValue)", settings: Iterations(20), WarmupIterations(2)) {
            let (store, _) = ProgressBenchmarkData.queueFixture(.onSchedule)
            let states = try StorageProbe.scanStates(store, learner: ProgressBenchmarkData.learner, binding: binding)
            precondition(states == 45_000)
        }
    }
}

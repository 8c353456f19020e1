// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Recall",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "recall", targets: ["recall"]),
        .executable(name: "recall-bench", targets: ["RecallBenchmarks"]),
        .library(name: "Facts", targets: ["Facts"]),
        .library(name: "Scheduling", targets: ["Scheduling"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        .package(url: "https://github.com/google/swift-benchmark.git", from: "0.1.2"),
    ],
    targets: [
        // The deck model, YAML loading with source locations, validation.
        .target(name: "Facts", dependencies: ["Yams"]),
        // FSRS-6, SM-2, learning steps, fuzz and what is due: pure functions.
        .target(name: "Scheduling"),
        // The command-line front: the only place that reads the clock, the environment and the system RNG.
        .target(
            name: "RecallCLI",
            dependencies: [
                "Facts",
                "Scheduling",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "recall", dependencies: ["RecallCLI"]),
        // `swift run -c release recall-bench`: the speed and memory targets, measured.
        .executableTarget(
            name: "RecallBenchmarks",
            dependencies: ["Facts", "Scheduling", .product(name: "Benchmark", package: "swift-benchmark")]
        ),

        .testTarget(
            name: "FactsTests",
            dependencies: ["Facts", .product(name: "PropertyBased", package: "swift-property-based")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "SchedulingTests", dependencies: ["Scheduling"], resources: [.copy("Fixtures")]),
        .testTarget(name: "RecallCLITests", dependencies: ["RecallCLI", "recall"]),
    ]
)

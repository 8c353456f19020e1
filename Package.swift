// swift-tools-version: 6.1
import Foundation
import PackageDescription

/// PDF output draws with Pango and Cairo, whose headers come from Debian's libpango1.0-dev and libcairo2-dev
/// (`scripts/install-system-packages.sh` installs them; CI runs it). Without them everything else — `recall`
/// included — still builds and tests; `recall print --format pdf` then says how to get `recall-pdf`.
/// `RECALL_WITHOUT_PDF=1` builds as if they were missing.
let hasPango = ProcessInfo.processInfo.environment["RECALL_WITHOUT_PDF"] == nil && [
    "/usr/include/pango-1.0/pango/pangocairo.h",
    "/usr/local/include/pango-1.0/pango/pangocairo.h",
    "/opt/homebrew/include/pango-1.0/pango/pangocairo.h",
].contains { FileManager.default.fileExists(atPath: $0) }

let package = Package(
    name: "Recall",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "recall", targets: ["recall"]),
        .executable(name: "recall-bench", targets: ["RecallBenchmarks"]),
        .library(name: "Facts", targets: ["Facts"]),
        .library(name: "Questions", targets: ["Questions"]),
        .library(name: "Scheduling", targets: ["Scheduling"]),
        .library(name: "ProgressStore", targets: ["ProgressStore"]),
        .library(name: "Reports", targets: ["Reports"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/onevcat/Rainbow.git", from: "4.2.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        .package(url: "https://github.com/google/swift-benchmark.git", from: "0.1.2"),
        // Only for recall-bench's CSV comparison (TextFormats.CSVReader against the libraries).
        .package(url: "https://github.com/swiftcsv/SwiftCSV.git", from: "0.10.0"),
        .package(url: "https://github.com/yaslab/CSV.swift.git", from: "2.5.2"),
    ],
    targets: [
        // Text rules several targets share: CSV reading and writing, escaping for XML, HTML, Markdown and LaTeX,
        // control and invisible characters. No dependencies.
        .target(name: "TextFormats"),
        // The deck model, YAML loading with source locations, validation.
        .target(name: "Facts", dependencies: ["Yams", "TextFormats"]),
        // Deriving questions from facts, distractors, ambiguity rules, answer checking.
        .target(name: "Questions", dependencies: ["Facts"]),
        // FSRS-6, SM-2, learning steps, fuzz and what is due: pure functions.
        .target(name: "Scheduling"),
        // The learner's history in SQLite through GRDB.
        .target(
            name: "ProgressStore",
            dependencies: ["Facts", "Scheduling", "TextFormats", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // A study session as a state machine, driven through a Terminal (a live TTY or a scripted one).
        .target(
            name: "StudySession",
            dependencies: [
                "Facts", "Questions", "Scheduling", "ProgressStore",
                .product(name: "Rainbow", package: "Rainbow"),
            ]
        ),
        // Assembling quizzes (selection, versions, keys) and rendering them: HTML, Markdown, LaTeX, LMS formats, JSON,
        // and the page layout the PDF renderer draws.
        .target(name: "Printing", dependencies: ["Facts", "Questions", "TextFormats"]),
        // Learner and class statistics and their renderings: terminal, HTML with SVG charts, CSV, JSON.
        .target(name: "Reports", dependencies: ["Facts", "Scheduling", "ProgressStore", "TextFormats"]),
        // The command-line front: the only place that reads the clock, the environment and the system RNG.
        .target(
            name: "RecallCLI",
            dependencies: [
                "Facts",
                "Questions",
                "Scheduling",
                "ProgressStore",
                "StudySession",
                "Printing",
                "Reports",
                "TextFormats",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Rainbow", package: "Rainbow"),
            ]
        ),
        .executableTarget(name: "recall", dependencies: ["RecallCLI"]),
        // `swift run -c release recall-bench`: the speed and memory targets, measured.
        .executableTarget(
            name: "RecallBenchmarks",
            dependencies: [
                "Facts", "Questions", "Scheduling", "ProgressStore", "Printing", "StudySession", "Reports", "TextFormats",
                .product(name: "Benchmark", package: "swift-benchmark"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),

        .testTarget(
            name: "FactsTests",
            dependencies: ["Facts", .product(name: "PropertyBased", package: "swift-property-based")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "QuestionsTests",
            dependencies: ["Questions", "Facts", "Scheduling", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(
            name: "TextFormatsTests",
            dependencies: ["TextFormats", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(name: "SchedulingTests", dependencies: ["Scheduling"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ProgressStoreTests", dependencies: ["ProgressStore", "Scheduling", "Facts"]),
        .testTarget(name: "StudySessionTests", dependencies: ["StudySession", "Questions", "Scheduling", "ProgressStore", "Facts"]),
        .testTarget(name: "PrintingTests", dependencies: ["Printing", "Questions", "Facts", "Scheduling"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "ProgressStore", "Scheduling", "Facts", .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(name: "RecallCLITests", dependencies: ["RecallCLI", "recall"] + (hasPango ? ["RecallPDF"] : [])),
    ]
)

if hasPango {
    package.products.append(.executable(name: "recall-pdf", targets: ["RecallPDF"]))
    package.targets += [
        // Pango and Cairo from Debian's libpango1.0-dev and libcairo2-dev (scripts/install-system-packages.sh).
        .systemLibrary(
            name: "CPangoCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libpango1.0-dev", "libcairo2-dev"])]
        ),
        // `recall-pdf`: draws a laid-out quiz as PDF with Pango and Cairo. A separate executable so that `recall`
        // itself builds on a machine without the Pango headers.
        .executableTarget(name: "RecallPDF", dependencies: ["Printing", "CPangoCairo"]),
    ]
}

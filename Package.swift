// swift-tools-version: 6.1
import PackageDescription

// PDF output is drawn by `recall-pdf`, a package of its own in Packages/RecallPDF (it needs the Pango headers;
// `scripts/build-pdf.sh` builds it), and Anki's current package format is decompressed by `recall-zstd`, one in
// Packages/RecallZstd (it needs libzstd-dev; `scripts/build-zstd.sh` builds it). Nothing in this manifest depends
// on what the machine has installed.
let package = Package(
    name: "Recall",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "recall", targets: ["recall"]),
        .executable(name: "recall-bench", targets: ["RecallBenchmarks"]),
        .executable(name: "recall-server", targets: ["recall-server"]),
        .executable(name: "recall-server-load", targets: ["RecallServerLoad"]),
        .library(name: "Facts", targets: ["Facts"]),
        .library(name: "Questions", targets: ["Questions"]),
        .library(name: "Scheduling", targets: ["Scheduling"]),
        .library(name: "ProgressStore", targets: ["ProgressStore"]),
        .library(name: "Reports", targets: ["Reports"]),
        .library(name: "Printing", targets: ["Printing"]),
        .library(name: "Drafting", targets: ["Drafting"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/onevcat/Rainbow.git", from: "4.2.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        .package(url: "https://github.com/google/swift-benchmark.git", from: "0.1.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
        // The school server only (`recall-server`): HTTP, PostgreSQL, token hashes. `recall` builds without them.
        // No traits: swift-configuration is not needed and would only lengthen the build.
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1", traits: []),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.5.2"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        // Only for recall-bench's CSV comparison (TextFormats.CSVReader against the libraries).
        .package(url: "https://github.com/swiftcsv/SwiftCSV.git", from: "0.10.0"),
        .package(url: "https://github.com/yaslab/CSV.swift.git", from: "2.5.2"),
    ],
    targets: [
        // Text rules several targets share: display width, CSV reading and writing, escaping for XML, HTML,
        // Markdown and LaTeX, control and invisible characters. No dependencies.
        .target(name: "TextFormats"),
        // The proleptic Gregorian calendar in whole days, shared by deck dates, stored moments and typed dates.
        .target(name: "CivilCalendar"),
        // The deck model, YAML loading with source locations, validation.
        .target(name: "Facts", dependencies: ["CivilCalendar", "TextFormats", "Yams"]),
        // Deriving questions from facts, distractors, ambiguity rules, answer checking.
        .target(name: "Questions", dependencies: ["Facts"]),
        // A test-wise student who answers from the options alone: how far each guessing strategy beats chance.
        .target(name: "TestWise", dependencies: ["SeededRandom", "Facts", "Questions", "Scheduling"]),
        // Independent pieces of pure work spread over the machine's cores, their results in order.
        .target(name: "ParallelWork"),
        // A seeded random generator (SplitMix64), for every choice that must come out the same again.
        .target(name: "SeededRandom"),
        // FSRS-6, SM-2, learning steps, fuzz and what is due: pure functions.
        .target(name: "Scheduling", dependencies: ["SeededRandom"]),
        // The learner's history in SQLite through GRDB.
        .target(
            name: "ProgressStore",
            dependencies: ["CivilCalendar", "Facts", "Scheduling", "TextFormats", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // A study session as a state machine, driven through a Terminal (a live TTY or a scripted one).
        .target(
            name: "StudySession",
            dependencies: [
                "SeededRandom",
                "Facts", "Questions", "Scheduling", "TextFormats",
                .product(name: "Rainbow", package: "Rainbow"),
            ]
        ),
        // A study session's storage on the progress file: the edge between StudySession and ProgressStore.
        .target(name: "StudyStorage", dependencies: ["StudySession", "ProgressStore", "Reports", "ReportsStorage", "Facts", "Scheduling"]),
        // Test doubles for study sessions — a scripted terminal, the screen it draws, a manual clock — for the
        // tests and the benchmarks; never linked into recall.
        .target(name: "StudySessionTestSupport", dependencies: ["StudySession", "TextFormats"]),
        // Assembling quizzes (selection, versions, keys) and rendering them: HTML, Markdown, LaTeX, LMS formats, JSON,
        // and the page layout the PDF renderer draws.
        .target(name: "Printing", dependencies: ["Questions", "TextFormats"]),
        // Drafting a deck from an article: the dates, figures, people, quotes and terms it finds (pure).
        .target(name: "Drafting", dependencies: ["Facts"]),
        // Learner and class statistics and their renderings: terminal, HTML with SVG charts, CSV, JSON.
        .target(name: "Reports", dependencies: ["Facts", "ParallelWork", "Scheduling", "TextFormats"]),
        // Reports read from the progress file: the edge between Reports and ProgressStore.
        .target(name: "ReportsStorage", dependencies: ["Reports", "ParallelWork", "ProgressStore", "Scheduling"]),
        // Anki packages (.apkg): their zip, metadata, media list and collection database, read and written.
        .target(
            name: "AnkiPackage",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // Anki notes to Recall facts and review logs, and Recall's cards and schedules to Anki notes.
        .target(
            name: "AnkiConversion",
            dependencies: ["SeededRandom", "AnkiPackage", "Facts", "Questions", "Scheduling", "ProgressStore"]
        ),
        // Running Recall's helper programs (`recall-pdf`, `recall-zstd`), which are built apart for their C libraries.
        .target(name: "HelperPrograms", dependencies: ["AnkiPackage"]),
        // The command-line front: the only place that reads the clock, the environment and the system RNG.
        .target(
            name: "RecallCLI",
            dependencies: [
                "HelperPrograms",
                "SeededRandom",
                "CivilCalendar",
                "Facts",
                "Questions",
                "Scheduling",
                "ProgressStore",
                "StudySession",
                "StudyStorage",
                "ParallelWork",
                "Printing",
                "Reports",
                "ReportsStorage",
                "TextFormats",
                "Drafting",
                "AnkiPackage",
                "AnkiConversion",
                "SyncClient",
                "SyncStore",
                "SyncWire",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "recall", dependencies: ["RecallCLI"]),
        // The sync protocol's messages: plain Codable values both `recall` and `recall-server` speak.
        .target(name: "SyncWire"),
        // The protocol's reviews, settings and class snapshots in a progress store: the one replay both sides use.
        .target(name: "SyncStore", dependencies: ["SyncWire", "ProgressStore", "Scheduling"]),
        // `recall sync`: the client (Foundation's URLSession), the credentials file, push and pull.
        .target(name: "SyncClient", dependencies: ["SyncWire", "SyncStore", "ProgressStore"]),
        // The school server: HTTP routes, accounts and tokens, PostgreSQL storage and its migrations.
        .target(
            name: "RecallServer",
            dependencies: [
                "SyncWire", "SyncStore", "ProgressStore", "Facts", "Questions", "Reports", "ReportsStorage",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "recall-server",
            dependencies: ["RecallServer", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // `recall-server-load`: many students syncing at once against running servers, on loopback.
        .executableTarget(
            name: "RecallServerLoad",
            dependencies: [
                "SyncWire",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOFoundationCompat", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `swift run -c release recall-bench`: the speed and memory targets, measured.
        .executableTarget(
            name: "RecallBenchmarks",
            dependencies: [
                "SeededRandom",
                "Facts", "Questions", "Scheduling", "ProgressStore", "Printing", "StudySession", "StudySessionTestSupport",
                "StudyStorage", "Reports", "ReportsStorage", "Drafting", "TestWise", "AnkiPackage", "AnkiConversion", "TextFormats",
                "HelperPrograms",
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
            dependencies: [
                "SeededRandom", "Questions", "Facts", "Scheduling", "TestWise",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(name: "TestWiseTests", dependencies: ["TestWise", "Questions", "Facts"]),
        .testTarget(name: "SchedulingTests", dependencies: ["SeededRandom", "Scheduling"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ProgressStoreTests", dependencies: ["SeededRandom", "ProgressStore", "Scheduling", "Facts"]),
        .testTarget(
            name: "StudySessionTests",
            dependencies: [
                "SeededRandom", "StudySession", "StudyStorage", "StudySessionTestSupport", "Questions", "Scheduling", "ProgressStore",
                "Facts", "TextFormats",
            ]
        ),
        .testTarget(name: "PrintingTests", dependencies: ["SeededRandom", "Printing", "Questions", "Facts", "Scheduling"]),
        .testTarget(
            name: "DraftingTests",
            dependencies: ["Drafting", "Facts", .product(name: "PropertyBased", package: "swift-property-based")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "ReportsTests",
            dependencies: [
                "Reports", "ReportsStorage", "ProgressStore", "Scheduling", "Facts", "TextFormats",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]),
        .testTarget(
            name: "AnkiPackageTests",
            dependencies: [
                "AnkiPackage", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .testTarget(
            name: "AnkiConversionTests",
            dependencies: [
                "SeededRandom",
                "AnkiConversion", "AnkiPackage", "Facts", "Questions", "Scheduling", "ProgressStore",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "RecallCLITests",
            dependencies: [
                "SeededRandom",
                "RecallCLI", "recall", "Scheduling", "StudySession", "StudySessionTestSupport", "TextFormats", "AnkiPackage",
                "HelperPrograms",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .testTarget(
            name: "TextFormatsTests", dependencies: ["TextFormats", .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(name: "CivilCalendarTests", dependencies: ["CivilCalendar"]),
        .testTarget(name: "SeededRandomTests", dependencies: ["SeededRandom"]),
        .testTarget(name: "SyncWireTests", dependencies: ["SyncWire"]),
        .testTarget(
            name: "SyncClientTests", dependencies: ["SeededRandom", "SyncClient", "SyncStore", "SyncWire", "ProgressStore", "Scheduling"]),
        .testTarget(
            name: "RecallServerTests",
            dependencies: [
                "SeededRandom",
                "RecallServer", "SyncClient", "SyncStore", "SyncWire", "ProgressStore", "Scheduling", "recall", "recall-server",
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
    ]
)

// swift-tools-version: 6.1
import PackageDescription

/// `recall-pdf`, which draws printed quizzes as PDF with Pango and Cairo.
///
/// It is a package of its own, beside Recall's, so that Recall builds and tests on a machine without the Pango
/// headers, and so that nothing about this machine is baked into Recall's manifest: SwiftPM evaluates a manifest
/// once and keeps the result, so a product that depended on whether the headers were installed would stay missing
/// after they were. `scripts/build-pdf.sh` installs Debian's libpango1.0-dev and libcairo2-dev if they are missing,
/// builds this package, and puts `recall-pdf` next to `recall`, where `recall print --format pdf` looks for it.
let package = Package(
    name: "RecallPDF",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "recall-pdf", targets: ["RecallPDF"])
    ],
    dependencies: [
        .package(name: "Recall", path: "../..")
    ],
    targets: [
        // Pango and Cairo from Debian's libpango1.0-dev and libcairo2-dev.
        .systemLibrary(
            name: "CPangoCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libpango1.0-dev", "libcairo2-dev"])]
        ),
        // Reads a laid-out quiz (a `PaperJob`, as JSON) and draws it.
        .executableTarget(
            name: "RecallPDF",
            dependencies: [.product(name: "Printing", package: "Recall"), "CPangoCairo"]
        ),
    ]
)

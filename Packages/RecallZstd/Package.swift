// swift-tools-version: 6.1
import PackageDescription

/// `recall-zstd`, which decompresses (and compresses) zstd between standard input and output, for
/// `recall anki import` of packages in Anki's current format.
///
/// A package of its own, beside Recall's, so that Recall builds and tests on a machine without the zstd headers
/// and nothing about this machine is baked into Recall's manifest (SwiftPM keeps a manifest it evaluated, so a
/// product that depended on whether the headers were installed would stay missing after they were).
/// `scripts/build-zstd.sh` installs Debian's libzstd-dev if it is missing, builds this package, and puts
/// `recall-zstd` next to `recall`, where `recall anki import` looks for it.
let package = Package(
    name: "RecallZstd",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "recall-zstd", targets: ["RecallZstd"])
    ],
    targets: [
        // zstd from Debian's libzstd-dev.
        .systemLibrary(name: "CZstd", pkgConfig: "libzstd", providers: [.apt(["libzstd-dev"])]),
        .executableTarget(name: "RecallZstd", dependencies: ["CZstd"]),
    ]
)

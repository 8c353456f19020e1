import Foundation

/// Decompresses zstd, which Anki's current package format uses for its collection and media list.
///
/// A protocol so that the package reader builds without libzstd: the command line supplies one that runs
/// `recall-zstd`, and a reader given none still reads packages in the older formats.
public protocol ZstdDecoder: Sendable {
    /// The decompressed bytes; throws a message saying why not.
    func decompress(_ data: Data) throws(ZstdFailure) -> Data
}

/// Why zstd data could not be decompressed.
public struct ZstdFailure: Error, Sendable, Hashable {
    /// Whether the program that decompresses is missing, as opposed to the data being broken.
    public var isUnavailable: Bool
    public var message: String

    public init(isUnavailable: Bool, message: String) {
        self.isUnavailable = isUnavailable
        self.message = message
    }
}

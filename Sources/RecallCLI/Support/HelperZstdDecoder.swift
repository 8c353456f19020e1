import AnkiPackage
import Foundation

/// zstd for `recall anki import`: `recall-zstd` next to `recall` or on PATH, looked for only when a package
/// in Anki's current format needs it.
struct HelperZstdDecoder: ZstdDecoder {
    static let name = "recall-zstd"

    func decompress(_ data: Data) throws(ZstdFailure) -> Data {
        guard let program = HelperProgram.locate(Self.name) else {
            throw ZstdFailure(
                isUnavailable: true,
                message: "\(Self.name), which decompresses it, was not found next to recall or on PATH: \(ZstdHelp.install)")
        }
        return try ZstdProgram(url: program).decompress(data)
    }
}

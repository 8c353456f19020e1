import AnkiPackage
import Foundation

/// zstd for `recall anki import` (and the benchmark of it): `recall-zstd -d`, next to `recall` or on PATH, looked for only when a package
/// in Anki's current format needs it. It is built apart from `recall` (`scripts/build-zstd.sh`) because it
/// needs libzstd.
public struct HelperZstdDecoder: ZstdDecoder {
    public static let name = "recall-zstd"

    /// The command that builds `recall-zstd` for this build of `recall`.
    public static var buildCommand: String {
        #if DEBUG
            "scripts/build-zstd.sh"
        #else
            "scripts/build-zstd.sh -c release"
        #endif
    }

    public init() {}

    public func decompress(_ data: Data) throws(ZstdFailure) -> Data {
        guard let program = HelperProgram.locate(Self.name) else {
            throw ZstdFailure(
                isUnavailable: true,
                message: "\(Self.name), which decompresses it, was not found next to recall or on PATH: in Recall's folder, run "
                    + "\(Self.buildCommand) (it installs libzstd-dev from Debian's packages if it is missing and builds "
                    + "\(Self.name) next to recall); or export the deck from Anki with “Support older Anki versions” ticked")
        }
        let process = Process()
        process.executableURL = program
        process.arguments = ["-d"]
        let result: ChildProcess.Result
        do {
            result = try ChildProcess.run(process, input: data)
        } catch {
            throw ZstdFailure(isUnavailable: true, message: "could not run \(program.path): \(error.localizedDescription)")
        }
        guard result.status == 0 else {
            let message = String(decoding: result.standardError, as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "\(Self.name): ", with: "")
            throw ZstdFailure(isUnavailable: false, message: message.isEmpty ? "\(Self.name) failed (status \(result.status))" : message)
        }
        return result.standardOutput
    }
}

import Foundation

/// Recall's helper programs (`recall-pdf`, `recall-zstd`): built apart so that `recall` builds without their
/// system libraries, and looked for next to `recall`, else on PATH.
public enum HelperProgram {
    /// The program called `name` next to this one, else on PATH.
    public static func locate(_ name: String) -> URL? {
        var candidates: [URL] = []
        if let executable = Bundle.main.executableURL {
            candidates.append(executable.resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent(name))
        }
        let argument0 = CommandLine.arguments.first ?? ""
        if argument0.contains("/") {
            candidates.append(URL(fileURLWithPath: argument0).deletingLastPathComponent().appendingPathComponent(name))
        }
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") where !directory.isEmpty {
            candidates.append(URL(fileURLWithPath: String(directory)).appendingPathComponent(name))
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}

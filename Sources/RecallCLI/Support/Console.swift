import Foundation

/// Writing to standard output and standard error, with colour only where a reader will see it.
enum Console {
    /// Colour is used only on a terminal, when `TERM` is not `dumb` and `NO_COLOR` is unset.
    static func usesColor(fileDescriptor: Int32) -> Bool {
        let environment = ProcessInfo.processInfo.environment
        if environment["NO_COLOR"] != nil { return false }
        guard let term = environment["TERM"], !term.isEmpty, term != "dumb" else { return false }
        return isatty(fileDescriptor) == 1
    }

    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func err(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// `recall: <message>` on standard error.
    static func fail(_ message: String) {
        err("recall: \(message)")
    }

    /// Pretty, stable JSON for scripts: sorted keys, no escaped slashes.
    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

import ArgumentParser
import Foundation

extension Recall {
    /// Parses `arguments` (the process's own by default), runs the command, and exits — the one place every
    /// failure is shown: `recall: <message>` on standard error and the status of its kind (`ExitStatus`). Help
    /// and `--version` print as usual and exit 0.
    public static func run(_ arguments: [String]? = nil) -> Never {
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            Foundation.exit(ExitStatus.success.rawValue)
        } catch let error as CLIError {
            Console.fail(error.message)
            Foundation.exit(error.status.rawValue)
        } catch let code as ExitCode {
            // A command that printed its own diagnostics (deck problems at their lines) and chose the status.
            Foundation.exit(code.rawValue)
        } catch {
            let status = exitCode(for: error)
            guard status != .success else { Self.exit(withError: error) }  // help, --version
            // ArgumentParser's own errors: the message, then how the command is used.
            let message = Self.message(for: error)
            Console.fail(message.prefix(1).lowercased() + message.dropFirst())
            let usage = fullMessage(for: error)
                .split(separator: "\n", omittingEmptySubsequences: false)
                .drop { !$0.hasPrefix("Usage:") }
            if !usage.isEmpty { Console.err(usage.joined(separator: "\n")) }
            Foundation.exit(ExitStatus.usage.rawValue)
        }
    }
}

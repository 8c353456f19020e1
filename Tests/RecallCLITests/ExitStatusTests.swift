import Foundation
import Testing

@testable import RecallCLI

/// Every failure is shown one way — `recall: <message>` on standard error — with one status per kind.
@Suite struct ExitStatusTests {
    @Test func aBadCommandLineSaysWhatIsWrongAndHowTheCommandIsUsed() throws {
        for arguments in [["study", "--bogus"], ["nosuch"], ["report"], ["study", "--limit", "0"]] {
            let result = try RecallBinary.run(arguments)
            #expect(result.status == ExitStatus.usage.rawValue, "\(arguments)")
            #expect(result.stderr.hasPrefix("recall: "), "\(arguments): \(result.stderr)")
            #expect(!result.stderr.contains("Error:"), "\(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
        let bogus = try RecallBinary.run(["study", "--bogus"])
        #expect(bogus.stderr.hasPrefix("recall: unknown option '--bogus'\nUsage: recall study"))
    }

    @Test func aCommandThatCannotDoWhatWasAskedFailsWithOne() throws {
        let result = try RecallBinary.run(["print", "nope", "--format", "md"])
        #expect(result.status == ExitStatus.failure.rawValue)
        #expect(result.stderr == "recall: no deck 'nope' in Decks/ (decks: physics, siberian-internment)\n")
    }

    @Test func helpAndVersionAreNotFailures() throws {
        let help = try RecallBinary.run(["study", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: recall study"))
        let version = try RecallBinary.run(["--version"])
        #expect(version.status == 0 && version.stdout == "recall \(Recall.version)\n")
    }

    @Test func everyStatusIsDocumented() throws {
        let text = try String(contentsOf: RecallBinary.repository.appendingPathComponent("docs/exit-status.md"), encoding: .utf8)
        for status in ExitStatus.allCases {
            #expect(text.contains("| \(status.rawValue) |"), "status \(status.rawValue) is not in docs/exit-status.md")
        }
    }
}

import ArgumentParser
import Foundation
import ProgressStore

/// `recall doctor`: checks the progress file through and through, and repairs what can be repaired.
struct Doctor: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the progress file and repair what can be repaired.",
        discussion: """
            Runs SQLite's full integrity check and Recall's own: every card's state against the review that \
            last set it, rows that name a missing learner, learners' names, imports that stopped part way. \
            With --repair, card states are set again from the review log and orphan rows removed; a file \
            SQLite finds damaged is rebuilt from every row that can still be read, and the damaged file is \
            kept beside it as FILE.damaged. Run it when no one is studying. Exits 1 while a problem remains.
            """
    )

    @Flag(help: "Repair what can be repaired.")
    var repair = false

    @Flag(help: "Print the findings as JSON.")
    var json = false

    @OptionGroup var progress: ProgressFileOptions

    struct Report: Encodable {
        var file: String
        var checkup: Checkup
        var rebuilt: RebuildSummary?
        var damagedCopy: String?
    }

    func run() throws {
        let path = progress.progressPath.path
        var report = Report(file: path, checkup: Checkup())
        var damage: String?
        do {
            let store = try progress.openStore()
            report.checkup = try Self.checkup(store, repair: repair)
            if let finding = report.checkup.findings.first, finding.problem.hasPrefix("SQLite finds the file damaged") {
                damage = finding.problem
            }
        } catch let error as CLIError {
            // Damage SQLite meets before the file can even be read is repaired the same way.
            guard error.message.contains("is damaged") else { throw error }
            report.checkup.findings.append(
                .init(problem: error.message, repair: "rebuild the file from every row that can still be read", repaired: false))
            damage = error.message
        }
        if repair, damage != nil {
            (report.rebuilt, report.damagedCopy) = try Self.rebuild(path)
            for index in report.checkup.findings.indices { report.checkup.findings[index].repaired = true }
        }
        if json {
            Console.out(try Console.json(report))
        } else {
            Console.out(Self.describe(report, repairing: repair))
        }
        if !report.checkup.isSound { throw ExitCode.failure }
    }

    static func checkup(_ store: ProgressStore, repair: Bool) throws(CLIError) -> Checkup {
        do {
            return try store.checkup(repair: repair)
        } catch {
            throw CLIError(error.description)
        }
    }

    /// Rebuilds the damaged file at `path` beside it, then puts the new file in its place and keeps the
    /// damaged one (and its write-ahead log) as `path.damaged`.
    static func rebuild(_ path: String) throws(CLIError) -> (RebuildSummary, String) {
        let manager = FileManager.default
        let rebuilt = path + ".rebuilding"
        for suffix in ["", "-wal", "-shm"] { try? manager.removeItem(atPath: rebuilt + suffix) }
        let summary: RebuildSummary
        do {
            summary = try ProgressStore.rebuild(from: path, into: rebuilt)
        } catch {
            for suffix in ["", "-wal", "-shm"] { try? manager.removeItem(atPath: rebuilt + suffix) }
            throw CLIError("could not rebuild '\(path)': \(error.description)")
        }
        var kept = path + ".damaged"
        var number = 2
        while manager.fileExists(atPath: kept) {
            kept = path + ".damaged-\(number)"
            number += 1
        }
        guard rename(path, kept) == 0 else {
            throw CLIError("rebuilt '\(rebuilt)', but could not move the damaged file aside: \(String(cString: strerror(errno)))")
        }
        if manager.fileExists(atPath: path + "-wal") { _ = rename(path + "-wal", kept + "-wal") }
        try? manager.removeItem(atPath: path + "-shm")
        guard rename(rebuilt, path) == 0 else {
            throw CLIError(
                "rebuilt '\(rebuilt)' (the damaged file is now '\(kept)'), but could not put it in place: \(String(cString: strerror(errno)))"
            )
        }
        return (summary, kept)
    }

    static func describe(_ report: Report, repairing: Bool) -> String {
        func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
        let c = report.checkup
        var lines = [
            "Checked \(report.file): \(count(c.learners, "learner")), \(count(c.reviews, "review")), \(count(c.cardStates, "card state"))."
        ]
        for finding in c.findings {
            lines.append("problem: \(finding.problem)")
            if let repair = finding.repair {
                lines.append(finding.repaired ? "  repaired: \(repair)" : "  to repair: \(repair)")
            }
        }
        if let rebuilt = report.rebuilt, let kept = report.damagedCopy {
            let saved = rebuilt.saved["review"] ?? 0
            let lost = rebuilt.lost.values.reduce(0, +)
            lines.append(
                "Rebuilt \(report.file) from \(count(saved, "readable review"))\(lost > 0 ? "; \(count(lost, "row")) could not be read" : ""). The damaged file is kept as \(kept)."
            )
        }
        if c.findings.isEmpty {
            lines.append("No problems found.")
        } else if !c.isSound && !repairing && c.findings.contains(where: { $0.repair != nil }) {
            lines.append("Run `recall doctor --repair` to repair what can be repaired.")
        }
        return lines.joined(separator: "\n")
    }
}

import Foundation
import TextFormats

/// The report as plain text for a terminal: a summary, then tables that fit the window.
///
/// The full fact list is long; the text shows the facts that need attention and points to the CSV and JSON
/// formats for the rest.
public enum TextReport {
    /// Facts listed when none is flagged: the least well answered.
    static let weakestFactsShown = 10

    public static func render(_ report: ClassReport, width: Int = 80) -> String {
        let width = max(40, width)
        let zone = TimeZone(identifier: report.timeZone) ?? .gmt
        var out: [String] = []
        let summary = report.summary
        let deckNames = report.decks.map { "\($0.title) (\($0.id))" }.joined(separator: ", ")
        out.append(wrap("Class \(report.className) — \(deckNames.isEmpty ? "no decks" : deckNames)", width: width))
        out.append(
            wrap(
                "Period \(report.periodFrom) to \(report.periodThrough) · \(summary.students) student\(summary.students == 1 ? "" : "s"), "
                    + "\(summary.activeStudents) active · \(summary.reviews) reviews · true retention "
                    + "\(ReportFormat.percent(summary.trueRetention.all.rate)) · mastery: mean "
                    + "\(ReportFormat.percent(summary.meanMastery)), median \(ReportFormat.percent(summary.medianMastery))",
                width: width))
        out.append(
            wrap(
                "Due today \(summary.backlog.due) (overdue \(summary.backlog.overdue)) · \(report.factCount) facts, "
                    + "\(report.cardCount) cards · \(summary.mostlyMissedFacts) missed by nearly everyone · "
                    + "\(summary.nonDiscriminatingFacts) not discriminating",
                width: width))

        out.append("")
        out.append("STUDENTS")
        if report.students.isEmpty {
            out.append(
                wrap(
                    "No students in this class yet: add them with `recall class add \(shellWord(report.className)) NAME ...`.", width: width
                ))
        } else {
            var table = FittedTable([
                .init("STUDENT", right: false, minimumWidth: 12),
                .init("MASTERY"),
                .init("SEEN", priority: 3),
                .init("MATURE", priority: 5),
                .init("REVIEWS", priority: 2),
                .init("DAYS", priority: 4),
                .init("RETENTION", priority: 2),
                .init("DUE", priority: 3),
                .init("OVERDUE", priority: 1),
                .init("LAST ACTIVE", right: false, priority: 1),
                .init("PAPER", priority: 6),
            ])
            for s in report.students {
                table.append([
                    s.name, ReportFormat.percent(s.mastery), "\(s.cardsSeen)", "\(s.cardsMature)", "\(s.reviews)",
                    "\(s.studyDays)", ReportFormat.percent(s.trueRetention.all.rate), "\(s.backlog.due)",
                    "\(s.backlog.overdue)", ReportFormat.moment(s.lastActive, timeZone: zone),
                    ReportFormat.percent(s.meanPaperScore),
                ])
            }
            out += table.render(width: width)
        }

        out.append("")
        out.append("NEEDS HELP")
        if report.needsHelp.isEmpty {
            out.append(wrap("No one: every student is active, keeping up and near the class's mastery.", width: width))
        }
        for entry in report.needsHelp {
            out.append(wrap("\(entry.student): \(entry.reasons.map(\.message).joined(separator: "; "))", width: width, indent: "  "))
            if !entry.strugglingFacts.isEmpty {
                let facts = entry.strugglingFacts.map { fact in
                    "\(fact.label) (\(fact.answers.passed)/\(fact.answers.total) right, \(fact.lapses) lapse\(fact.lapses == 1 ? "" : "s"))"
                }
                out.append(wrap("  struggles with: " + facts.joined(separator: "; "), width: width, indent: "    "))
            }
        }

        out.append("")
        let flagged = report.facts.filter { !$0.flags.isEmpty }
        let shown: [FactStatistics]
        if flagged.isEmpty {
            shown = report.facts.filter { $0.facility != nil }.sorted { ($0.facility ?? 1, $0.id) < ($1.facility ?? 1, $1.id) }
                .prefix(weakestFactsShown).map { $0 }
            out.append(wrap("FACTS LEAST WELL ANSWERED (none flagged; \(report.factCount) in all)", width: width))
        } else {
            shown = flagged
            out.append(wrap("FACTS TO LOOK AT (\(flagged.count) flagged of \(report.factCount))", width: width))
        }
        if shown.isEmpty {
            out.append("No answers in the period yet.")
        } else {
            var table = FittedTable([
                .init("FACT", right: false, minimumWidth: 12),
                .init("SEEN", priority: 3),
                .init("RECALL", priority: 2),
                .init("FACILITY"),
                .init("DISCRIM.", priority: 1),
                .init("FLAGS", right: false, priority: 1),
            ])
            for fact in shown {
                table.append([
                    fact.label, "\(fact.studentsSeen)/\(report.summary.students)", ReportFormat.percent(fact.recallRate),
                    ReportFormat.percent(fact.facility), ReportFormat.index(fact.discrimination),
                    fact.flags.map(label).joined(separator: ", "),
                ])
            }
            out += table.render(width: width)
        }
        out.append(
            wrap("Every fact: recall report \(shellWord(report.className)) --format csv --output DIR (or --format json).", width: width))

        out.append("")
        out.append("WEEKS")
        var weeks = FittedTable([
            .init("WEEK", right: false),
            .init("REVIEWS"),
            .init("ACTIVE", priority: 2),
            .init("DAYS", priority: 3),
            .init("NEW", priority: 3),
            .init("RETENTION"),
            .init("MASTERY", priority: 1),
        ])
        for week in report.weeks {
            weeks.append([
                week.from == week.through ? week.from : "\(week.from) – \(week.through.suffix(5))", "\(week.reviews)",
                "\(week.activeStudents)", "\(week.studyDays)", "\(week.newCards)",
                ReportFormat.percent(week.trueRetention.all.rate), ReportFormat.percent(week.mastery),
            ])
        }
        out += weeks.render(width: width)

        out.append("")
        out.append("DUE FORECAST")
        let most = max(1, report.dueForecast.map(\.due).max() ?? 1)
        let numberWidth = String(most).count
        let note = report.dueForecast.first.map { $0.overdue > 0 ? "today, \($0.overdue) overdue" : "today" } ?? ""
        let barRoom = max(1, width - 10 - 2 - numberWidth - 2 - DisplayWidth.of(note) - 2)
        for (offset, day) in report.dueForecast.enumerated() {
            let bar = String(repeating: "█", count: Int((Double(day.due) / Double(most) * Double(barRoom)).rounded(.up)))
            var line = "\(day.date)  \(DisplayWidth.pad(String(day.due), to: numberWidth, alignRight: true))"
            if !bar.isEmpty { line += "  " + bar }
            if offset == 0 { line += "  " + note }
            out.append(line)
        }
        // A last guard: a line of text that still does not fit is cut rather than wrapped by the terminal.
        let lines = out.flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
        return lines.map { DisplayWidth.of($0) > width ? DisplayWidth.truncate($0, to: width) : $0 }.joined(separator: "\n") + "\n"
    }

    static func label(_ flag: FactStatistics.Flag) -> String {
        switch flag {
        case .mostlyMissed: "mostly missed"
        case .doesNotDiscriminate: "not discriminating"
        }
    }

    /// `text` as one shell word: as it is when it is plain, else in single quotes.
    static func shellWord(_ text: String) -> String {
        let plain =
            !text.isEmpty
            && text.unicodeScalars.allSatisfy {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "._-/".unicodeScalars.contains($0))
            }
        return plain ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Words folded to `width` columns, continuation lines indented.
    static func wrap(_ text: String, width: Int, indent: String = "") -> String {
        var lines: [String] = []
        let lead = String(text.prefix { $0 == " " })
        var line = lead
        for word in text.dropFirst(lead.count).split(separator: " ") {
            let candidate = line == lead ? line + word : line + " " + word
            if DisplayWidth.of(candidate) > width && line != lead && line != indent {
                lines.append(line)
                line = indent + word
            } else {
                line = candidate
            }
        }
        lines.append(line)
        return lines.map { DisplayWidth.of($0) > width ? DisplayWidth.truncate($0, to: width) : $0 }.joined(separator: "\n")
    }
}

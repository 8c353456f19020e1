import Foundation
import TextFormats

/// The report as CSV for a spreadsheet: one table per file, RFC 4180 (CRLF line ends, fields quoted when
/// they hold a comma, a quote or a line break, quotes doubled), UTF-8.
///
/// Shares are fractions (0.8734) and moments ISO 8601 in UTC, so a spreadsheet can compute with them.
/// A text cell that begins with `=`, `+`, `-` or `@` gets a leading `'`, so a learner's name cannot be
/// taken for a formula.
public enum CSVReport {
    /// One CSV file: a name (`students.csv`) and its text.
    public struct File: Sendable, Hashable {
        public var name: String
        public var text: String
    }

    /// Every table, in a fixed order.
    public static func files(_ report: ClassReport) -> [File] {
        [
            File(name: "summary.csv", text: summary(report)),
            File(name: "students.csv", text: students(report)),
            File(name: "facts.csv", text: facts(report)),
            File(name: "needs-help.csv", text: needsHelp(report)),
            File(name: "struggling-facts.csv", text: strugglingFacts(report)),
            File(name: "paper-quizzes.csv", text: paperQuizzes(report)),
            File(name: "weeks.csv", text: weeks(report)),
            File(name: "days.csv", text: days(report)),
            File(name: "due-forecast.csv", text: dueForecast(report)),
            File(name: "mastery.csv", text: mastery(report)),
        ]
    }

    /// Writes every file into `directory`, creating it if needed. Files are written whole to a temporary
    /// name and moved into place, so a reader never sees half a file.
    public static func write(_ report: ClassReport, to directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for file in files(report) {
            try Data(file.text.utf8).write(to: directory.appendingPathComponent(file.name), options: .atomic)
        }
    }

    // MARK: - Tables

    static func summary(_ r: ClassReport) -> String {
        let s = r.summary
        return table(
            ["key", "value"],
            [
                ["class", text(r.className)], ["generated_at", ReportFormat.iso(r.generatedAt)],
                ["period_from", r.periodFrom], ["period_through", r.periodThrough], ["time_zone", r.timeZone],
                ["decks", text(r.decks.map(\.id).joined(separator: " "))], ["facts", "\(r.factCount)"],
                ["cards", "\(r.cardCount)"], ["students", "\(s.students)"], ["active_students", "\(s.activeStudents)"],
                ["reviews", "\(s.reviews)"], ["true_retention", number(s.trueRetention.all.rate)],
                ["mean_mastery", number(s.meanMastery)], ["median_mastery", number(s.medianMastery)],
                ["due", "\(s.backlog.due)"], ["overdue", "\(s.backlog.overdue)"],
                ["mostly_missed_facts", "\(s.mostlyMissedFacts)"], ["non_discriminating_facts", "\(s.nonDiscriminatingFacts)"],
                ["students_needing_help", "\(s.studentsNeedingHelp)"],
                ["discrimination_upper_group", text(r.discriminationGroups.upper.joined(separator: "; "))],
                ["discrimination_lower_group", text(r.discriminationGroups.lower.joined(separator: "; "))],
            ])
    }

    static func students(_ r: ClassReport) -> String {
        table(
            [
                "student", "cards_seen", "cards_mature", "reviews", "study_days", "true_retention", "retention_passed",
                "retention_total", "young_retention", "mature_retention", "mastery", "due", "overdue", "last_active",
                "first_answers", "first_answers_right", "paper_quizzes", "mean_paper_score",
            ],
            r.students.map { s in
                [
                    text(s.name), "\(s.cardsSeen)", "\(s.cardsMature)", "\(s.reviews)", "\(s.studyDays)",
                    number(s.trueRetention.all.rate), "\(s.trueRetention.all.passed)", "\(s.trueRetention.all.total)",
                    number(s.trueRetention.young.rate), number(s.trueRetention.mature.rate), number(s.mastery),
                    "\(s.backlog.due)", "\(s.backlog.overdue)", ReportFormat.iso(s.lastActive), "\(s.firstAnswers.total)",
                    "\(s.firstAnswers.passed)", "\(s.paperQuizzes.count)", number(s.meanPaperScore),
                ]
            })
    }

    static func facts(_ r: ClassReport) -> String {
        table(
            [
                "fact", "label", "cards", "students_seen", "recall_rate", "mastery", "students_answered", "answers",
                "answers_right", "facility", "discrimination", "flags",
            ],
            r.facts.map { f in
                [
                    f.id, text(f.label), "\(f.cards)", "\(f.studentsSeen)", number(f.recallRate), number(f.mastery),
                    "\(f.studentsAnswered)", "\(f.answers.total)", "\(f.answers.passed)", number(f.facility),
                    number(f.discrimination), f.flags.map(\.rawValue).joined(separator: " "),
                ]
            })
    }

    static func needsHelp(_ r: ClassReport) -> String {
        table(
            ["student", "reasons", "details", "struggling_facts"],
            r.needsHelp.map { entry in
                [
                    text(entry.student), entry.reasons.map(\.kind.rawValue).joined(separator: " "),
                    text(entry.reasons.map(\.message).joined(separator: "; ")),
                    text(entry.strugglingFacts.map(\.label).joined(separator: "; ")),
                ]
            })
    }

    static func strugglingFacts(_ r: ClassReport) -> String {
        table(
            ["student", "fact", "label", "answers", "answers_right", "lapses"],
            r.students.flatMap { s in
                s.strugglingFacts.map { f in
                    [text(s.name), f.fact, text(f.label), "\(f.answers.total)", "\(f.answers.passed)", "\(f.lapses)"]
                }
            })
    }

    static func paperQuizzes(_ r: ClassReport) -> String {
        table(
            ["student", "date", "answered", "right", "score"],
            r.students.flatMap { s in
                s.paperQuizzes.map { q in [text(s.name), q.date, "\(q.answered)", "\(q.right)", number(q.score)] }
            })
    }

    static func weeks(_ r: ClassReport) -> String {
        table(
            ["from", "through", "reviews", "active_students", "study_days", "new_cards", "true_retention", "mastery"],
            r.weeks.map { w in
                [
                    w.from, w.through, "\(w.reviews)", "\(w.activeStudents)", "\(w.studyDays)", "\(w.newCards)",
                    number(w.trueRetention.all.rate), number(w.mastery),
                ]
            })
    }

    static func days(_ r: ClassReport) -> String {
        table(
            ["date", "reviews", "active_students", "true_retention"],
            r.days.map { d in [d.date, "\(d.reviews)", "\(d.activeStudents)", number(d.trueRetention.all.rate)] })
    }

    static func dueForecast(_ r: ClassReport) -> String {
        table(["date", "due", "overdue"], r.dueForecast.map { d in [d.date, "\(d.due)", "\(d.overdue)"] })
    }

    static func mastery(_ r: ClassReport) -> String {
        var rows: [[String]] = []
        rows.reserveCapacity(r.mastery.students.count * r.mastery.facts.count)
        for (s, student) in r.mastery.students.enumerated() {
            let name = text(student)
            for (f, fact) in r.mastery.facts.enumerated() {
                rows.append([name, fact, number(r.mastery.values[s][f])])
            }
        }
        return table(["student", "fact", "mastery"], rows)
    }

    // MARK: - Cells

    /// A header and rows as RFC 4180 text.
    static func table(_ header: [String], _ rows: [[String]]) -> String {
        CSVWriter.table(header, rows, lineEnding: .crlf)
    }

    /// Free text from a learner or a deck, kept from being read as a formula.
    static func text(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return value }
        return "'" + value
    }

    /// A number to 4 decimals without trailing zeros; empty for nil.
    static func number(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "" }
        var text = String(format: "%.4f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }
}

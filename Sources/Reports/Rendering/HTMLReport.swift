import Foundation
import TextFormats

/// The report as one self-contained HTML page: no scripts, fonts, images or links to fetch, charts as
/// inline SVG, and print rules so that it prints cleanly on A4 or Letter. All text is escaped.
public enum HTMLReport {
    public static func render(_ report: ClassReport) -> String {
        let zone = TimeZone(identifier: report.timeZone) ?? .gmt
        let e = HTMLText.escape
        let s = report.summary
        var html: [String] = []
        html.append("<!DOCTYPE html>")
        html.append("<html lang=\"en\">")
        html.append("<head>")
        html.append("<meta charset=\"utf-8\">")
        html.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        html.append("<title>\(e("Class \(report.className) — Recall report"))</title>")
        html.append("<style>\n\(style)\n</style>")
        html.append("</head>")
        html.append("<body>")
        html.append("<header>")
        html.append("<h1>\(e("Class \(report.className)"))</h1>")
        let decks = report.decks.map { "\($0.title) (\($0.id))" }.joined(separator: ", ")
        html.append(
            "<p class=\"meta\">\(e(decks.isEmpty ? "No decks" : decks)) · \(report.factCount) facts, \(report.cardCount) cards · "
                + "period \(e(report.periodFrom)) to \(e(report.periodThrough)) · made \(e(ReportFormat.moment(report.generatedAt, timeZone: zone))) "
                + "(\(e(report.timeZone)))</p>")
        html.append("</header>")

        html.append("<section class=\"tiles\">")
        for (value, caption) in [
            ("\(s.students)", "students"), ("\(s.activeStudents)", "active in the period"), ("\(s.reviews)", "reviews"),
            (ReportFormat.percent(s.trueRetention.all.rate), "true retention"),
            (ReportFormat.percent(s.meanMastery), "mean mastery (median \(ReportFormat.percent(s.medianMastery)))"),
            ("\(s.backlog.due)", "due today, \(s.backlog.overdue) overdue"), ("\(s.studentsNeedingHelp)", "need help"),
            ("\(s.mostlyMissedFacts + s.nonDiscriminatingFacts)", "facts flagged"),
        ] {
            html.append("<div class=\"tile\"><b>\(e(value))</b><span>\(e(caption))</span></div>")
        }
        html.append("</section>")

        html.append("<section class=\"chart-block\">")
        html.append("<h2>Mastery by student and fact</h2>")
        html.append(ReportCharts.heatMap(report))
        html.append(ReportCharts.heatLegend())
        html.append("</section>")
        html.append("<section class=\"pair\">")
        html.append("<figure class=\"chart-block\"><h2>Reviews per day</h2>\(ReportCharts.reviews(report))</figure>")
        html.append("<figure class=\"chart-block\"><h2>True retention and mastery by week</h2>\(ReportCharts.retention(report))</figure>")
        html.append("</section>")
        html.append("<section class=\"chart-block\">")
        html.append("<h2>Due forecast</h2>")
        html.append(ReportCharts.forecast(report))
        html.append("<p class=\"note\">Cards of every student coming due each day; today's bar includes the overdue cards (dark).</p>")
        html.append("</section>")

        html.append("<section>")
        html.append("<h2>Needs help</h2>")
        if report.needsHelp.isEmpty {
            html.append("<p>No one: every student is active, keeping up and near the class's mastery.</p>")
        } else {
            html.append("<ul class=\"help\">")
            for entry in report.needsHelp {
                var item = "<li><b>\(e(entry.student))</b>: \(e(entry.reasons.map(\.message).joined(separator: "; ")))"
                if !entry.strugglingFacts.isEmpty {
                    let facts = entry.strugglingFacts.map { f in
                        "\(e(f.label)) <span class=\"muted\">(\(f.answers.passed)/\(f.answers.total) right, \(f.lapses) lapse\(f.lapses == 1 ? "" : "s"))</span>"
                    }
                    item += "<br><span class=\"muted\">struggles with:</span> " + facts.joined(separator: "; ")
                }
                html.append(item + "</li>")
            }
            html.append("</ul>")
        }
        html.append("</section>")

        html.append("<section>")
        html.append("<h2>Students</h2>")
        html.append(
            table(
                [
                    "Student", "Mastery", "Seen", "Mature", "Reviews", "Study days", "True retention", "Due", "Overdue", "Last active",
                    "Paper quizzes",
                ],
                report.students.map { st in
                    [
                        e(st.name), ReportFormat.percent(st.mastery), "\(st.cardsSeen)", "\(st.cardsMature)", "\(st.reviews)",
                        "\(st.studyDays)", ReportFormat.percent(st.trueRetention.all.rate), "\(st.backlog.due)", "\(st.backlog.overdue)",
                        e(ReportFormat.moment(st.lastActive, timeZone: zone)),
                        st.paperQuizzes.isEmpty
                            ? "–"
                            : e(st.paperQuizzes.map { "\($0.date.suffix(5)) \(ReportFormat.percent($0.score))" }.joined(separator: ", ")),
                    ]
                }, text: [10]))
        html.append("</section>")

        let flagged = report.facts.filter { !$0.flags.isEmpty }
        html.append("<section>")
        html.append("<h2>Facts to look at</h2>")
        if flagged.isEmpty {
            html.append("<p>No fact is flagged.</p>")
        } else {
            html.append(factTable(flagged, students: s.students))
        }
        html.append("</section>")

        html.append("<section>")
        html.append("<h2>Week by week</h2>")
        html.append(
            table(
                ["Week", "Reviews", "Active students", "Study days", "New cards", "True retention", "Mastery at the end"],
                report.weeks.map { w in
                    [
                        e("\(w.from) – \(w.through)"), "\(w.reviews)", "\(w.activeStudents)", "\(w.studyDays)", "\(w.newCards)",
                        ReportFormat.percent(w.trueRetention.all.rate), ReportFormat.percent(w.mastery),
                    ]
                }))
        html.append("</section>")

        html.append("<details class=\"all-facts\">")
        html.append("<summary>All \(report.facts.count) facts</summary>")
        html.append(factTable(report.facts, students: s.students))
        html.append("</details>")

        html.append("<footer>")
        html.append(
            "<p><b>Mastery</b>: the mean chance of recalling each card now, cards never met counting 0. "
                + "<b>True retention</b>: share of answers to cards already in review not rated Again. "
                + "<b>Recall</b>: among students who have met a fact, their mean chance of recalling it now. "
                + "<b>Facility</b>: the mean over students of the share of their first answers each day that were right. "
                + "<b>Discrimination</b>: facility among the strongest \(Int((report.thresholds.discriminationGroupShare * 100).rounded()))% "
                + "of students minus among the weakest (by their share of first answers right). "
                + "Made by Recall; every definition is in docs/reports.md.</p>")
        html.append("</footer>")
        html.append("</body>")
        html.append("</html>")
        return html.joined(separator: "\n") + "\n"
    }

    /// A table whose cells are already escaped: the first column and those in `text` hold words, aligned
    /// left; the others numbers, aligned right.
    static func table(_ header: [String], _ rows: [[String]], text: Set<Int> = []) -> String {
        let left = text.union([0])
        func open(_ tag: String, _ column: Int) -> String { left.contains(column) ? "<\(tag) class=\"t\">" : "<\(tag)>" }
        var out = "<table>\n<thead><tr>"
        out += header.enumerated().map { open("th", $0) + HTMLText.escape($1) + "</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in rows {
            out += "<tr>" + row.enumerated().map { open("td", $0) + $1 + "</td>" }.joined() + "</tr>\n"
        }
        return out + "</tbody>\n</table>"
    }

    static func factTable(_ facts: [FactStatistics], students: Int) -> String {
        table(
            ["Fact", "Seen by", "Recall", "Facility", "Discrimination", "Answers", "Flags"],
            facts.map { f in
                [
                    "\(HTMLText.escape(f.label)) <span class=\"muted\">\(HTMLText.escape(f.id))</span>", "\(f.studentsSeen)/\(students)",
                    ReportFormat.percent(f.recallRate), ReportFormat.percent(f.facility), ReportFormat.index(f.discrimination),
                    "\(f.answers.passed)/\(f.answers.total)",
                    f.flags.map { "<span class=\"flag\">\(HTMLText.escape(TextReport.label($0)))</span>" }.joined(separator: " "),
                ]
            }, text: [6])
    }

    static let style = """
        :root { color-scheme: light; --fg: #1f2937; --muted: #6b7280; --line: #e5e7eb; --accent: #2563eb; }
        * { box-sizing: border-box; }
        body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", Arial, sans-serif; color: var(--fg);
          max-width: 1120px; margin: 24px auto; padding: 0 16px; background: #fff;
          -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        h1 { font-size: 24px; margin: 0 0 4px; }
        h2 { font-size: 17px; margin: 24px 0 8px; }
        .meta, .muted, .note { color: var(--muted); }
        .note { font-size: 12px; margin: 4px 0 0; }
        .tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(120px, 1fr)); gap: 8px; margin: 16px 0; }
        .tile { border: 1px solid var(--line); border-radius: 8px; padding: 8px 10px; }
        .tile b { display: block; font-size: 22px; }
        .tile span { color: var(--muted); font-size: 12px; }
        .pair { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
        figure { margin: 0; }
        svg.chart { width: 100%; height: auto; display: block; }
        #heat-legend { max-width: 420px; }
        svg .label { font-size: 12px; fill: var(--fg); }
        svg .tiny { font-size: 10px; fill: var(--muted); }
        svg .grid { stroke: var(--line); stroke-width: 1; }
        svg .axis { stroke: #9ca3af; stroke-width: 1; }
        table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; font-size: 13px; }
        th, td { padding: 4px 8px; border-bottom: 1px solid var(--line); text-align: right; vertical-align: top; white-space: nowrap; }
        th.t, td.t { text-align: left; white-space: normal; }
        th { background: #f9fafb; font-weight: 600; }
        .flag { display: inline-block; background: #fef3c7; color: #92400e; border-radius: 4px; padding: 0 6px; margin: 1px 2px; font-size: 12px; }
        ul.help { padding-left: 20px; }
        ul.help li { margin-bottom: 6px; }
        details summary { cursor: pointer; font-weight: 600; margin: 24px 0 8px; }
        footer { margin-top: 32px; font-size: 12px; color: var(--muted); border-top: 1px solid var(--line); }
        @media (max-width: 800px) { .pair { grid-template-columns: 1fr; } }
        @media print {
          @page { margin: 12mm; }
          body { max-width: none; margin: 0; padding: 0; font-size: 11px; }
          h2 { break-after: avoid; }
          .chart-block, .tiles, tr, li { break-inside: avoid; }
          thead { display: table-header-group; }
          details:not([open]) { display: none; }
          .pair { grid-template-columns: 1fr 1fr; }
          a { color: inherit; text-decoration: none; }
        }
        """
}

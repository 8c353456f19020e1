import Foundation
import TextFormats

/// The report's four charts as inline SVG: the mastery heat map, reviews per day, retention and mastery
/// by week, and the due forecast.
enum ReportCharts {
    static let accent = "#2563eb"
    static let green = "#16a34a"
    static let overdue = "#b91c1c"
    static let unseen = "#e5e7eb"
    /// Columns of the heat map at most; larger decks are shown in runs of consecutive facts.
    static let heatMapColumns = 120

    /// Red (0) through yellow (0.5) to green (1).
    static func heat(_ value: Double) -> String {
        let stops: [(Double, Double, Double)] = [(215, 48, 39), (254, 224, 139), (26, 152, 80)]
        let v = min(1, max(0, value))
        let (a, b, t) = v < 0.5 ? (stops[0], stops[1], v * 2) : (stops[1], stops[2], (v - 0.5) * 2)
        func mix(_ x: Double, _ y: Double) -> Int { Int((x + (y - x) * t).rounded()) }
        return String(format: "#%02x%02x%02x", mix(a.0, b.0), mix(a.1, b.1), mix(a.2, b.2))
    }

    // MARK: Heat map

    static func heatMap(_ report: ClassReport) -> String {
        let matrix = report.mastery
        let facts = matrix.facts.count
        let students = matrix.students.count
        guard facts > 0, students > 0 else {
            return "<p class=\"empty\">No students or no facts: nothing to draw.</p>"
        }
        let run = Int((Double(facts) / Double(heatMapColumns)).rounded(.up))
        let columns = (facts + run - 1) / run
        let labels = report.facts.map(\.label)
        let rotateLabels = run == 1 && columns <= 40
        let nameWidth = min(190, 16 + 7.2 * Double(min(24, matrix.students.map(\.count).max() ?? 4)))
        let width = 1000.0
        let cellWidth = (width - nameWidth - 10) / Double(columns)
        let cellHeight = students > 60 ? 10.0 : 16
        let top = 8.0
        let bottom = rotateLabels ? 130.0 : 44
        var canvas = SVGCanvas(width: width, height: top + cellHeight * Double(students) + bottom)
        for (s, name) in matrix.students.enumerated() {
            let y = top + Double(s) * cellHeight
            canvas.text(
                DisplayWidth.truncate(name, to: 24), x: nameWidth - 6, y: y + cellHeight * 0.72, anchor: "end",
                className: students > 60 ? "tiny" : "label")
            for column in 0..<columns {
                let first = column * run
                let last = min(facts, first + run)
                let value = matrix.values[s][first..<last].reduce(0, +) / Double(last - first)
                let what = run == 1 ? labels[first] : "facts \(first + 1)–\(last)"
                let fill = value == 0 ? unseen : heat(value)
                canvas.rect(
                    x: nameWidth + Double(column) * cellWidth, y: y, width: cellWidth + 0.05, height: cellHeight - 1, fill: fill,
                    title: "\(name) · \(what): \(value == 0 ? "not met yet" : ReportFormat.percent(value))")
            }
        }
        let axisY = top + cellHeight * Double(students) + 4
        if rotateLabels {
            for column in 0..<columns {
                let x = nameWidth + (Double(column) + 0.5) * cellWidth
                canvas.text(
                    DisplayWidth.truncate(labels[column], to: 22), x: x, y: axisY + 8, anchor: "end", className: "tiny", rotate: -50)
            }
        } else {
            let tickEvery = max(1, columns / 10)
            for column in stride(from: 0, to: columns, by: tickEvery) {
                let x = nameWidth + (Double(column) + 0.5) * cellWidth
                canvas.line(x1: x, y1: axisY - 2, x2: x, y2: axisY + 2, className: "axis")
                canvas.text("\(column * run + 1)", x: x, y: axisY + 14, anchor: "middle", className: "tiny")
            }
            canvas.text(
                run == 1 ? "facts in deck order" : "facts in deck order, \(run) to a column", x: nameWidth + (width - nameWidth) / 2,
                y: axisY + 34, anchor: "middle")
        }
        return canvas.render(label: "Mastery of each fact by each student", id: "heat-map")
    }

    /// The heat map's colour key.
    static func heatLegend() -> String {
        var canvas = SVGCanvas(width: 420, height: 34)
        for step in 0..<50 {
            canvas.rect(x: 60 + Double(step) * 5, y: 4, width: 5.2, height: 12, fill: heat(Double(step) / 49))
        }
        canvas.text("0%", x: 54, y: 14, anchor: "end")
        canvas.text("100%", x: 316, y: 14)
        canvas.rect(x: 356, y: 4, width: 12, height: 12, fill: unseen)
        canvas.text("not met", x: 372, y: 14)
        canvas.text("mastery: the chance of recalling the fact now", x: 60, y: 30, className: "tiny")
        return canvas.render(label: "Colour key: red is 0%, yellow 50%, green 100%, grey not met yet", id: "heat-legend")
    }

    // MARK: Bars and lines

    /// Vertical bars with a y axis; `stacked` draws a darker lower part (overdue cards).
    static func bars(
        id: String, label: String, values: [Int], stacked: [Int] = [], xLabels: [String], yTitle: String,
        highlight: String = accent, width: Double = 1000, height: Double = 240
    ) -> String {
        let left = 52.0
        let right = 12.0
        let top = 12.0
        let bottom = 46.0
        var canvas = SVGCanvas(width: width, height: height)
        let (topValue, step) = SVGCanvas.axis(max: Double(values.max() ?? 0))
        let plotHeight = height - top - bottom
        let plotWidth = width - left - right
        func y(_ v: Double) -> Double { top + plotHeight * (1 - v / topValue) }
        var tick = 0.0
        while tick <= topValue + 0.001 {
            canvas.line(x1: left, y1: y(tick), x2: width - right, y2: y(tick), className: "grid")
            canvas.text(SVGCanvas.n(tick), x: left - 6, y: y(tick) + 4, anchor: "end", className: "tiny")
            tick += step
        }
        let slot = plotWidth / Double(max(1, values.count))
        let barWidth = max(1, slot * 0.72)
        let labelEvery = max(1, Int((Double(values.count) / (width / 70)).rounded(.up)))
        for (i, value) in values.enumerated() {
            let x = left + Double(i) * slot + (slot - barWidth) / 2
            let under = i < stacked.count ? stacked[i] : 0
            let extra = under > 0 ? " (\(under) overdue)" : ""
            canvas.rect(
                x: x, y: y(Double(value)), width: barWidth, height: y(0) - y(Double(value)), fill: highlight,
                title: "\(xLabels[i]): \(value)\(extra)")
            if under > 0 {
                canvas.rect(
                    x: x, y: y(Double(under)), width: barWidth, height: y(0) - y(Double(under)), fill: overdue,
                    title: "\(xLabels[i]): \(under) overdue")
            }
            if i % labelEvery == 0 {
                canvas.text(xLabels[i], x: left + (Double(i) + 0.5) * slot, y: height - bottom + 16, anchor: "middle", className: "tiny")
            }
        }
        canvas.line(x1: left, y1: y(0), x2: width - right, y2: y(0), className: "axis")
        canvas.text(yTitle, x: 14, y: top + plotHeight / 2, anchor: "middle", className: "tiny", rotate: -90)
        return canvas.render(label: label, id: id)
    }

    /// Lines of shares (0–100%) over weeks; a missing value breaks its line.
    static func lines(
        id: String, label: String, series: [(name: String, color: String, values: [Double?])], xLabels: [String],
        width: Double = 1000, height: Double = 240
    ) -> String {
        let left = 52.0
        let right = 16.0
        let top = 12.0
        let bottom = 46.0
        var canvas = SVGCanvas(width: width, height: height)
        let plotHeight = height - top - bottom
        let plotWidth = width - left - right
        func y(_ v: Double) -> Double { top + plotHeight * (1 - v) }
        for tick in stride(from: 0.0, through: 1.0, by: 0.25) {
            canvas.line(x1: left, y1: y(tick), x2: width - right, y2: y(tick), className: "grid")
            canvas.text(ReportFormat.percent(tick), x: left - 6, y: y(tick) + 4, anchor: "end", className: "tiny")
        }
        let count = max(1, xLabels.count)
        func x(_ i: Int) -> Double {
            count == 1 ? left + plotWidth / 2 : left + 10 + (plotWidth - 20) * Double(i) / Double(count - 1)
        }
        let labelEvery = max(1, Int((Double(count) / (width / 80)).rounded(.up)))
        for (i, text) in xLabels.enumerated() where i % labelEvery == 0 {
            canvas.text(text, x: x(i), y: height - bottom + 16, anchor: "middle", className: "tiny")
        }
        for (name, color, values) in series {
            var run: [(Double, Double)] = []
            for (i, value) in values.enumerated() {
                if let value {
                    run.append((x(i), y(value)))
                } else {
                    canvas.polyline(run, stroke: color)
                    run = []
                }
            }
            canvas.polyline(run, stroke: color)
            for (i, value) in values.enumerated() {
                guard let value else { continue }
                canvas.circle(
                    x: x(i), y: y(value), r: 3.5, fill: color, title: "\(name), week of \(xLabels[i]): \(ReportFormat.percent(value))")
            }
        }
        var legendX = left + 8
        for (name, color, _) in series {
            canvas.rect(x: legendX, y: height - 18, width: 14, height: 4, fill: color)
            canvas.text(name, x: legendX + 20, y: height - 12)
            legendX += 30 + 7 * Double(name.count)
        }
        canvas.line(x1: left, y1: y(0), x2: width - right, y2: y(0), className: "axis")
        return canvas.render(label: label, id: id)
    }

    static func reviews(_ report: ClassReport) -> String {
        bars(
            id: "reviews-per-day", label: "Reviews per day in the period", values: report.days.map(\.reviews),
            xLabels: report.days.map { String($0.date.suffix(5)) }, yTitle: "reviews", width: 500, height: 260)
    }

    static func retention(_ report: ClassReport) -> String {
        lines(
            id: "retention-by-week", label: "True retention and mastery week by week",
            series: [
                ("true retention", accent, report.weeks.map(\.trueRetention.all.rate)),
                ("mastery", green, report.weeks.map(\.mastery)),
            ],
            xLabels: report.weeks.map { String($0.from.suffix(5)) }, width: 500, height: 260)
    }

    static func forecast(_ report: ClassReport) -> String {
        bars(
            id: "due-forecast", label: "Cards coming due each day", values: report.dueForecast.map(\.due),
            stacked: report.dueForecast.map(\.overdue),
            xLabels: report.dueForecast.enumerated().map { $0 == 0 ? "today" : String($1.date.suffix(5)) }, yTitle: "cards due")
    }
}

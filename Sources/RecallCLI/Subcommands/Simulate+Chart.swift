import Foundation
import Scheduling

extension Simulate {
    /// What `recall simulate` found: a table with bars for the terminal, an SVG chart, JSON.
    struct Summary: Encodable {
        var learner: String
        var decks: [String]
        var studiedCards: Int
        var newCards: Int
        var days: Int
        var seed: UInt64
        var currentRetention: Double
        var parametersFrom: String
        var advice: RetentionAdvice

        private enum CodingKeys: String, CodingKey {
            case learner, decks
            case studiedCards = "studied_cards"
            case newCards = "new_cards"
            case days, seed
            case currentRetention = "current_retention"
            case parameters = "parameters_from"
            case best, retentions
        }

        private struct Row: Encodable {
            var retention: Double
            var reviews: Int
            var reviewsPerDay: Double
            var minutesPerDay: Double
            var knowledge: Double
            var knowledgePerMinute: Double
            var reviewsByDay: [Int]
            var minutesByDay: [Double]

            enum CodingKeys: String, CodingKey {
                case retention, reviews
                case reviewsPerDay = "reviews_per_day"
                case minutesPerDay = "minutes_per_day"
                case knowledge
                case knowledgePerMinute = "knowledge_per_minute"
                case reviewsByDay = "reviews_by_day"
                case minutesByDay = "minutes_by_day"
            }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(learner, forKey: .learner)
            try container.encode(decks, forKey: .decks)
            try container.encode(studiedCards, forKey: .studiedCards)
            try container.encode(newCards, forKey: .newCards)
            try container.encode(days, forKey: .days)
            try container.encode(seed, forKey: .seed)
            try container.encode(currentRetention, forKey: .currentRetention)
            try container.encode(parametersFrom, forKey: .parameters)
            try container.encodeIfPresent(advice.best?.desiredRetention, forKey: .best)
            let rows = advice.outcomes.map { outcome in
                Row(
                    retention: outcome.desiredRetention, reviews: outcome.totalReviews,
                    reviewsPerDay: Double(outcome.totalReviews) / Double(days), minutesPerDay: outcome.totalMinutes / Double(days),
                    knowledge: outcome.knowledge, knowledgePerMinute: outcome.knowledgePerMinute,
                    reviewsByDay: outcome.reviewsPerDay, minutesByDay: outcome.secondsPerDay.map { $0 / 60 })
            }
            try container.encode(rows, forKey: .retentions)
        }

        func text() -> String {
            var lines = [
                "\(learner): \(Stats.plural(studiedCards + newCards, "card")) (\(studiedCards) studied, \(newCards) new) over "
                    + "\(Stats.plural(days, "day")), FSRS parameters from \(parametersFrom), seed \(seed).",
                "",
            ]
            let outcomes = advice.outcomes
            let best = advice.best?.desiredRetention
            let topMinutes = outcomes.map { $0.totalMinutes / Double(days) }.max() ?? 0
            let topRate = outcomes.map(\.knowledgePerMinute).max() ?? 0
            var table = TextTable(["RETENTION", "REVIEWS/DAY", "MINUTES/DAY", "", "KNOWLEDGE", "PER MINUTE", "", ""])
            for outcome in outcomes {
                let minutes = outcome.totalMinutes / Double(days)
                var notes: [String] = []
                if outcome.desiredRetention == best { notes.append("◀ most knowledge per minute") }
                if abs(outcome.desiredRetention - currentRetention) < 1e-9 { notes.append("(current)") }
                table.append([
                    String(format: "%.2f", outcome.desiredRetention),
                    String(format: "%.1f", Double(outcome.totalReviews) / Double(days)),
                    String(format: "%.1f", minutes),
                    Self.bar(minutes, of: topMinutes, width: 16),
                    String(format: "%.0f", outcome.knowledge),
                    String(format: "%.2f", outcome.knowledgePerMinute),
                    Self.bar(outcome.knowledgePerMinute, of: topRate, width: 16),
                    notes.joined(separator: " "),
                ])
            }
            lines.append(table.render())
            lines.append("")
            lines.append(
                "Knowledge: cards you would recall on the last day. Per minute: knowledge for each minute of study over the "
                    + "period. Bars are scaled to the largest value.")
            if let best {
                lines.append(
                    "Most knowledge per minute at \(String(format: "%.2f", best)); set it with "
                        + "`recall settings --learner \(learner) desired-retention \(String(format: "%.2f", best))`.")
            }
            return lines.joined(separator: "\n")
        }

        /// A horizontal bar of eighths, `width` cells for the largest value.
        static func bar(_ value: Double, of largest: Double, width: Int) -> String {
            guard largest > 0, value > 0 else { return "" }
            let eighths = Int((value / largest * Double(width * 8)).rounded())
            let blocks = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
            return String(repeating: "█", count: eighths / 8) + blocks[eighths % 8]
        }

        /// Minutes a day and knowledge against retention: two lines on one chart, the best retention marked.
        func svg() -> String {
            let width = 720.0
            let height = 400.0
            let left = 70.0
            let right = 70.0
            let top = 50.0
            let bottom = 60.0
            let outcomes = advice.outcomes
            let xs = outcomes.map(\.desiredRetention)
            let minutes = outcomes.map { $0.totalMinutes / Double(days) }
            let knowledge = outcomes.map(\.knowledge)
            let lowX = xs.first ?? 0.7
            let highX = max(xs.last ?? 0.97, lowX + 0.01)
            let topMinutes = max(minutes.max() ?? 1, 1e-9) * 1.1
            let topKnowledge = max(knowledge.max() ?? 1, 1e-9) * 1.1
            func x(_ value: Double) -> Double { left + (value - lowX) / (highX - lowX) * (width - left - right) }
            func y(_ value: Double, _ top: Double) -> Double { height - bottom - value / top * (height - 50 - bottom) }
            func n(_ value: Double) -> String { String(format: "%.1f", value) }
            func path(_ values: [Double], _ scale: Double) -> String {
                zip(xs, values).enumerated().map { index, point in
                    "\(index == 0 ? "M" : "L")\(n(x(point.0))),\(n(y(point.1, scale)))"
                }.joined(separator: " ")
            }
            var parts: [String] = [
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\" font-family=\"sans-serif\" font-size=\"12\">",
                "<title>Workload and knowledge against desired retention for \(Self.escape(learner))</title>",
                "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>",
                "<text x=\"\(n(width / 2))\" y=\"24\" text-anchor=\"middle\" font-size=\"15\">\(Self.escape(learner)): \(days) days, \(studiedCards + newCards) cards</text>",
                "<line x1=\"\(n(left))\" y1=\"\(n(height - bottom))\" x2=\"\(n(width - right))\" y2=\"\(n(height - bottom))\" stroke=\"#444\"/>",
                "<line x1=\"\(n(left))\" y1=\"\(n(top))\" x2=\"\(n(left))\" y2=\"\(n(height - bottom))\" stroke=\"#1f77b4\"/>",
                "<line x1=\"\(n(width - right))\" y1=\"\(n(top))\" x2=\"\(n(width - right))\" y2=\"\(n(height - bottom))\" stroke=\"#2ca02c\"/>",
            ]
            for tick in 0...4 {
                let fraction = Double(tick) / 4
                let yy = y(fraction * topMinutes, topMinutes)
                parts.append(
                    "<text x=\"\(n(left - 6))\" y=\"\(n(yy + 4))\" text-anchor=\"end\" fill=\"#1f77b4\">\(String(format: "%.0f", fraction * topMinutes))</text>"
                )
                parts.append(
                    "<text x=\"\(n(width - right + 6))\" y=\"\(n(yy + 4))\" fill=\"#2ca02c\">\(String(format: "%.0f", fraction * topKnowledge))</text>"
                )
            }
            let labelEvery = max(1, xs.count / 10)
            for (index, value) in xs.enumerated() where index % labelEvery == 0 {
                parts.append(
                    "<text x=\"\(n(x(value)))\" y=\"\(n(height - bottom + 18))\" text-anchor=\"middle\">\(String(format: "%.2f", value))</text>"
                )
            }
            parts.append("<text x=\"\(n(width / 2))\" y=\"\(n(height - 14))\" text-anchor=\"middle\">desired retention</text>")
            parts.append(
                "<text x=\"18\" y=\"\(n(height / 2))\" text-anchor=\"middle\" fill=\"#1f77b4\" transform=\"rotate(-90 18 \(n(height / 2)))\">minutes a day</text>"
            )
            parts.append(
                "<text x=\"\(n(width - 14))\" y=\"\(n(height / 2))\" text-anchor=\"middle\" fill=\"#2ca02c\" transform=\"rotate(90 \(n(width - 14)) \(n(height / 2)))\">knowledge (cards recalled)</text>"
            )
            if let best = advice.best?.desiredRetention {
                parts.append(
                    "<line x1=\"\(n(x(best)))\" y1=\"\(n(top))\" x2=\"\(n(x(best)))\" y2=\"\(n(height - bottom))\" stroke=\"#d62728\" stroke-dasharray=\"5,4\"/>"
                )
                // Beside the line, on whichever side has room.
                let onLeft = x(best) > width / 2
                let labelX = x(best) + (onLeft ? -6 : 6)
                parts.append(
                    "<text x=\"\(n(labelX))\" y=\"\(n(top + 14))\" text-anchor=\"\(onLeft ? "end" : "start")\" fill=\"#d62728\">most knowledge per minute: \(String(format: "%.2f", best))</text>"
                )
            }
            parts.append("<path d=\"\(path(minutes, topMinutes))\" fill=\"none\" stroke=\"#1f77b4\" stroke-width=\"2\"/>")
            parts.append("<path d=\"\(path(knowledge, topKnowledge))\" fill=\"none\" stroke=\"#2ca02c\" stroke-width=\"2\"/>")
            parts.append("</svg>")
            return parts.joined(separator: "\n") + "\n"
        }

        static func escape(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        }
    }
}

import Foundation
import Testing

@testable import Reports

@Suite struct HTMLReportTests {
    let html = HTMLReport.render(RenderingSample.report())

    @Test func escapesEveryPieceOfText() {
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Bo&#39;, &quot;Jr&quot;"))
        #expect(html.contains("Treaty of &lt;Brest&gt;, &quot;Litovsk&quot; &amp; more"))
        #expect(html.contains("Class 7B &lt;&amp;&gt;"))
        #expect(!html.contains("<Brest>"))
        #expect(!html.contains("<&>"))
    }

    @Test func isOnePageWithNothingToFetch() {
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        for external in ["src=", "href=", "url(", "@import", "<link", "<img", "<iframe", "<object"] {
            #expect(!html.contains(external), "\(external)")
        }
        // The only address in an attribute is the SVG namespace, which is never fetched.
        let addresses = html.components(separatedBy: "=\"http").count - 1
        #expect(addresses == html.components(separatedBy: "xmlns=\"http://www.w3.org/2000/svg\"").count - 1)
    }

    @Test func drawsEveryChartAsInlineSVG() {
        for id in ["heat-map", "heat-legend", "reviews-per-day", "retention-by-week", "due-forecast"] {
            #expect(html.contains("<svg id=\"\(id)\""), "\(id)")
        }
        #expect(html.components(separatedBy: "<svg ").count == html.components(separatedBy: "</svg>").count)
        // One heat-map cell per student and fact (6 × 6), each with its value in a tooltip.
        let heatMap = html.components(separatedBy: "<svg id=\"heat-map\"")[1].components(separatedBy: "</svg>")[0]
        #expect(heatMap.components(separatedBy: "<rect ").count - 1 == 36)
    }

    @Test func hasPrintRules() {
        #expect(html.contains("@media print"))
        #expect(html.contains("print-color-adjust: exact"))
    }

    @Test func largeDecksAreDrawnInRunsOfFacts() {
        let names = (0..<500).map { "f\($0)" }
        let report = ClassReport.make(
            className: "c", deck: ReportFixtures.deck(facts: names),
            students: [StudentHistory(name: "s", cards: [:], reviews: [])], options: ReportFixtures.options())
        let page = HTMLReport.render(report)
        let heatMap = page.components(separatedBy: "<svg id=\"heat-map\"")[1].components(separatedBy: "</svg>")[0]
        #expect(heatMap.components(separatedBy: "<rect ").count - 1 == 100)  // 5 facts to a column
        #expect(heatMap.contains("5 to a column"))
    }

    @Test func colourScaleRunsFromRedThroughYellowToGreen() {
        #expect(ReportCharts.heat(0) == "#d73027")
        #expect(ReportCharts.heat(0.5) == "#fee08b")
        #expect(ReportCharts.heat(1) == "#1a9850")
    }
}

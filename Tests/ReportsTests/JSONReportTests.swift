import Foundation
import Reports
import Testing

@Suite struct JSONReportTests {
    @Test func carriesEverythingAndReadsBack() throws {
        let report = ClassReportTests.itemAnalysisReport()
        let data = try JSONReport.data(report)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["format"] as? String == "recall-class-report")
        #expect(object["version"] as? Int == 1)
        let body = try #require(object["report"] as? [String: Any])
        for key in [
            "students", "facts", "needsHelp", "weeks", "days", "dueForecast", "mastery", "summary", "thresholds", "discriminationGroups",
        ] {
            #expect(body[key] != nil, "\(key)")
        }
        let facts = try #require(body["facts"] as? [[String: Any]])
        #expect(facts[0]["facility"] as? Double == 0.75)
        #expect(facts[3]["flags"] as? [String] == ["mostly-missed", "does-not-discriminate"])
        // Whole-second moments survive ISO 8601 exactly.
        #expect(try JSONReport.decode(data) == report)
    }

    @Test func isTheSameBytesEveryTime() throws {
        let report = ClassReportTests.itemAnalysisReport()
        #expect(try JSONReport.data(report) == JSONReport.data(report))
    }
}

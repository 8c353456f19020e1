import Foundation
import SyncWire
import Testing

/// The wire format: field names are part of the protocol, so a rename must fail here first.
@Suite struct WireReviewTests {
    @Test func aReviewTravelsUnderItsDocumentedNames() throws {
        let review = WireReview(
            id: "r1", learner: "anna", card: "physics/people/newton/role", reviewedAt: 1_767_225_600_000_001, rating: 3,
            source: "study", durationMs: 1_500, questionForm: "typed", answer: "physicist", correct: true, seq: 4)
        let object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(review)) as! [String: Any]
        #expect(
            Set(object.keys) == [
                "id", "learner", "card", "reviewedAt", "rating", "source", "durationMs", "questionForm", "answer", "correct", "seq",
            ])
        #expect(object["reviewedAt"] as? Int64 == 1_767_225_600_000_001)
        #expect(try JSONDecoder().decode(WireReview.self, from: JSONEncoder().encode(review)) == review)
    }

    @Test func sameContentIgnoresOnlyTheSequenceNumber() {
        let review = WireReview(id: "r1", learner: "anna", card: "c", reviewedAt: 5, rating: 3, source: "study", seq: 9)
        var other = review
        other.seq = nil
        #expect(review.sameContent(as: other))
        other.rating = 2
        #expect(!review.sameContent(as: other))
    }

    @Test func aSyncRequestCarriesTheFormatAndTheCursor() throws {
        let request = SyncRequest(since: 12, reviews: [])
        let object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(request)) as! [String: Any]
        #expect(object["format"] as? Int == SyncLimits.format)
        #expect(object["since"] as? Int == 12)
    }
}

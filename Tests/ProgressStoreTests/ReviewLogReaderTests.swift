import Foundation
import Scheduling
import Testing

@testable import ProgressStore

@Suite("ReviewLogReader")
struct ReviewLogReaderTests {
    /// The message a bad log is refused with, as `FILE:LINE: message`.
    func refusal(_ text: String, format: ReviewLogFormat = .csv) -> String? {
        do {
            _ = try entries(text, file: "log", format: format)
            return nil
        } catch {
            return String(describing: error)
        }
    }

    @Test("the required columns in any order, words or digits for ratings, zones of every kind")
    func requiredColumns() throws {
        let log = try entries(
            """
            rating,reviewed_at,card,learner
            good,2026-01-01T10:00:00Z,d/events/e/date,alice
            1,2026-01-01T12:00:00+02:00,d/events/e/date,alice
             Easy ,2026-01-02 08:00:00.25-01:00,other card,bob

            """)
        #expect(log.count == 3)
        #expect(log.map(\.rating) == [.good, .again, .easy])
        #expect(log.map(\.learner.rawValue) == ["alice", "alice", "bob"])
        #expect(log[1].reviewedAt == at("2026-01-01T10:00:00Z"))
        #expect(log[2].reviewedAt == at("2026-01-02T09:00:00.250Z"))
        #expect(log[2].card == "other card")
        #expect(log.map(\.line) == [2, 3, 4])
        #expect(log.allSatisfy { $0.source == .import && $0.id == nil && $0.durationMs == nil })
    }

    @Test("the optional columns")
    func optionalColumns() throws {
        let log = try entries(
            """
            learner,card,reviewed_at,rating,duration_ms,source,answer,correct,id,question_form
            alice,d/events/e/date,2026-01-01T10:00:00Z,hard,5400,study,"1945, August",true,r-1,typed
            alice,d/events/e/date,2026-01-02T10:00:00Z,good,,,,,,
            """)
        #expect(log[0].durationMs == 5400)
        #expect(log[0].source == .study)
        #expect(log[0].answer == "1945, August")
        #expect(log[0].correct == true)
        #expect(log[0].id == "r-1")
        #expect(log[0].questionForm == "typed")
        #expect(log[1].durationMs == nil && log[1].source == .import && log[1].answer == nil && log[1].correct == nil)
        #expect(log[1].id == nil)
    }

    @Test(
        "each bad field is named with its line",
        arguments: [
            (
                "learner,card,reviewed_at,rating\nalice,c,2026-01-01T10:00:00Z,great\n",
                "log:2: rating 'great' is not again, hard, good, easy or 1–4"
            ),
            (
                "learner,card,reviewed_at,rating\nalice,c,2026-01-01T10:00:00Z,5\n",
                "log:2: rating '5' is not again, hard, good, easy or 1–4"
            ),
            (
                "learner,card,reviewed_at,rating\nalice,c,2026-01-01T10:00:00Z,\n",
                "log:2: the rating is empty (again, hard, good, easy or 1–4)"
            ),
            (
                "learner,card,reviewed_at,rating\nalice,c,2026-01-01T10:00:00Z,good\nalice,c,2026-01-01 10:00,good\n",
                "log:3: reviewed_at '2026-01-01 10:00' has no time zone (add Z for UTC, or an offset such as +02:00)"
            ),
            (
                "learner,card,reviewed_at,rating\nalice,c,2026-02-30T10:00:00Z,good\n",
                "log:2: reviewed_at '2026-02-30T10:00:00Z' has an impossible day"
            ),
            (
                "learner,card,reviewed_at,rating\nalice,c,last tuesday,good\n",
                "log:2: reviewed_at 'last tuesday' is not an ISO 8601 time such as 2026-01-31T09:30:00Z"
            ),
            (
                "learner,card,reviewed_at,rating\n,c,2026-01-01T10:00:00Z,good\n",
                "log:2: the learner's name is empty"
            ),
            (
                "learner,card,reviewed_at,rating\nalice, ,2026-01-01T10:00:00Z,good\n",
                "log:2: the card id is empty"
            ),
            (
                "learner,card,reviewed_at,rating\nalice,c,2026-01-01T10:00:00Z\n",
                "log:2: expected 4 fields as in the header, found 3"
            ),
            (
                "learner,card,reviewed_at,rating\nalice ,c,2026-01-01T10:00:00Z,good\n",
                "log:2: the learner's name begins or ends with a space"
            ),
            (
                "learner,card,reviewed_at,rating\nalice,c ,2026-01-01T10:00:00Z,good\n",
                "log:2: the card id begins or ends with a space"
            ),
            (
                "learner,card,reviewed_at,rating\nann\u{202E}x,c,2026-01-01T10:00:00Z,good\n",
                "log:2: the learner's name contains an invisible character (U+202E), which would make it differ from a name that looks the same"
            ),
            (
                "learner,card,reviewed_at,rating\nalice,c,2026-01-01T10:00:00.000000001Z,good\n",
                "log:2: reviewed_at '2026-01-01T10:00:00.000000001Z' is finer than a microsecond, which Recall cannot keep: write at most six fractional digits (2026-01-31T09:30:00.123456Z)"
            ),
            (
                "learner,card,reviewed_at,rating,duration_ms\nalice,c,2026-01-01T10:00:00Z,good,1.5s\n",
                "log:2: duration_ms '1.5s' is not a whole number of milliseconds"
            ),
            (
                "learner,card,reviewed_at,rating,source\nalice,c,2026-01-01T10:00:00Z,good,phone\n",
                "log:2: source 'phone' is not study, paper, import or cram"
            ),
            (
                "learner,card,reviewed_at,rating,correct\nalice,c,2026-01-01T10:00:00Z,good,maybe\n",
                "log:2: correct 'maybe' is not true or false"
            ),
            (
                "learner,card,when,rating\n",
                "log:1: unknown column 'when' in the header (expected learner,card,reviewed_at,rating plus any of duration_ms,source,answer,correct,id,question_form)"
            ),
            (
                "learner,card,rating\n",
                "log:1: the header lacks the column reviewed_at (a review log's header is learner,card,reviewed_at,rating plus any of duration_ms,source,answer,correct,id,question_form)"
            ),
            (
                "learner,card,card,reviewed_at,rating\n",
                "log:1: the column 'card' appears twice in the header"
            ),
            ("", "log: the file is empty (a review log starts with the header learner,card,reviewed_at,rating)"),
            (
                "learner,card,reviewed_at,rating\nalice,\"c,2026-01-01T10:00:00Z,good\n",
                "log:2: a quoted field is never closed (a \" is missing)"
            ),
        ])
    func badFields(_ log: String, _ message: String) {
        #expect(refusal(log) == message)
    }

    @Test("JSON Lines with a format version; a newer version is refused")
    func jsonLines() throws {
        let log = try entries(
            """
            {"format":1,"id":"r-1","learner":"alice","card":"d/events/e/date","reviewed_at":"2026-01-01T10:00:00Z","rating":"good","duration_ms":1200,"source":"study","answer":"1945","correct":true}

            {"format":1,"learner":"alice","card":"d/events/e/date","reviewed_at":"2026-01-02T10:00:00.5Z","rating":4}
            """, file: "log.jsonl", format: .jsonl)
        #expect(log.count == 2)
        #expect(log[0].id == "r-1" && log[0].durationMs == 1200 && log[0].source == .study && log[0].correct == true)
        #expect(log[0].answer == "1945")
        #expect(log[1].rating == .easy && log[1].line == 3 && log[1].id == nil)
        #expect(
            refusal(#"{"format":2,"learner":"a","card":"c","reviewed_at":"2026-01-01T10:00:00Z","rating":"good"}"#, format: .jsonl)
                == "log:1: written by a newer version of Recall (review log format 2; this version reads format 1 and older): upgrade Recall to import it"
        )
        #expect(
            refusal(#"{"learner":"a","card":"c","reviewed_at":"2026-01-01T10:00:00Z","rating":"good"}"#, format: .jsonl)
                == "log:1: the line has no \"format\" version (a review exported by Recall has \"format\": 1)")
        #expect(refusal("{\"format\":1,\"card\":\"c\"}", format: .jsonl) == "log:1: missing \"learner\"")
        #expect(refusal("not json", format: .jsonl) == "log:1: not a JSON object (each line of a JSON Lines review log is one review)")
    }

    @Test("the format is guessed from the name, else from the first character")
    func guess() {
        #expect(ReviewLogFormat.guess(path: "a.CSV", bytes: Array("{".utf8)) == .csv)
        #expect(ReviewLogFormat.guess(path: "a.jsonl", bytes: []) == .jsonl)
        #expect(ReviewLogFormat.guess(path: "log", bytes: Array("\n {\"format\":1}".utf8)) == .jsonl)
        #expect(ReviewLogFormat.guess(path: "log", bytes: Array("learner,card".utf8)) == .csv)
    }
}

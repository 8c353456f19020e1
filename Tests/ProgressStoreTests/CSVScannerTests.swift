import Testing

@testable import ProgressStore

@Suite("CSVScanner")
struct CSVScannerTests {
    /// Every record as (starting line, field texts).
    func records(_ text: String) throws -> [(Int, [String])] {
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBufferPointer { buffer in
            var scanner = CSVScanner(buffer)
            var fields: [CSVScanner.Field] = []
            var out: [(Int, [String])] = []
            while let line = try scanner.next(into: &fields) {
                out.append((line, fields.map { scanner.string($0)! }))
            }
            return out
        }
    }

    @Test("plain fields, CRLF and LF, blank lines skipped, no final newline")
    func plain() throws {
        let result = try records("a,b,c\r\n1,2,3\n\n4,,6")
        #expect(result.map(\.0) == [1, 2, 4])
        #expect(result.map(\.1) == [["a", "b", "c"], ["1", "2", "3"], ["4", "", "6"]])
    }

    @Test("quoted fields keep commas, doubled quotes and line breaks; lines count inside them")
    func quoted() throws {
        let result = try records("x,y\n\"a, b\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\nlast,\"\"\n")
        #expect(result.map(\.1) == [["x", "y"], ["a, b", "say \"hi\""], ["two\nlines", "z"], ["last", ""]])
        #expect(result.map(\.0) == [1, 2, 3, 5])
    }

    @Test("a trailing comma is an empty last field; a byte order mark is skipped")
    func edges() throws {
        let result = try records("\u{FEFF}a,b,\n")
        #expect(result.map(\.1) == [["a", "b", ""]])
    }

    @Test("an unclosed quote and text after a closing quote are refused with their line")
    func malformed() {
        #expect(throws: CSVScanner.Problem.self) { try records("a\n\"open\n") }
        do {
            _ = try records("a,b\n1,2\n\"x\"y,3\n")
            Issue.record("expected a problem")
        } catch let problem as CSVScanner.Problem {
            #expect(problem.line == 3)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test("invalid UTF-8 decodes to nil")
    func invalidUTF8() {
        let bytes: [UInt8] = [0x61, 0xFF, 0x62]
        bytes.withUnsafeBufferPointer { buffer in
            #expect(CSVScanner.decode(buffer) == nil)
        }
        let valid = Array("Łódź".utf8)
        valid.withUnsafeBufferPointer { buffer in
            #expect(CSVScanner.decode(buffer) == "Łódź")
        }
    }
}

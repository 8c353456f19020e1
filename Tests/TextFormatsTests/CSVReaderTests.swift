import PropertyBased
import Testing

@testable import TextFormats

@Suite("CSVReader")
struct CSVReaderTests {
    /// Every record as (starting line, field texts).
    func records(_ text: String) throws(CSVReader.Problem) -> [(Int, [String])] {
        try CSVReader.records(Array(text.utf8)).map { ($0.line, $0.fields) }
    }

    func problem(_ text: String) -> CSVReader.Problem? {
        do {
            _ = try records(text)
            return nil
        } catch {
            return error
        }
    }

    @Test("plain fields; CRLF, LF and a lone CR end records; blank lines skipped; no final newline")
    func plain() throws {
        let result = try records("a,b,c\r\n1,2,3\n\n4,,6\r7,8,9")
        #expect(result.map(\.0) == [1, 2, 4, 5])
        #expect(result.map(\.1) == [["a", "b", "c"], ["1", "2", "3"], ["4", "", "6"], ["7", "8", "9"]])
    }

    @Test("quoted fields keep commas, doubled quotes and line breaks; lines count inside them")
    func quoted() throws {
        let result = try records("x,y\n\"a, b\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\nlast,\"\"\n\"cr\r\nlf\",\"cr\ronly\"\nend\n")
        #expect(
            result.map(\.1) == [
                ["x", "y"], ["a, b", "say \"hi\""], ["two\nlines", "z"], ["last", ""], ["cr\r\nlf", "cr\ronly"], ["end"],
            ])
        #expect(result.map(\.0) == [1, 2, 3, 5, 6, 9])
    }

    @Test("a trailing comma is an empty last field; a byte order mark is skipped; spaces are kept")
    func edges() throws {
        #expect(try records("\u{FEFF}a,b,\n").map(\.1) == [["a", "b", ""]])
        #expect(try records(" a , b\n").map(\.1) == [[" a ", " b"]])
    }

    @Test("an unclosed quote, text after a closing quote and a quote inside a plain field are refused at their line")
    func malformed() {
        #expect(problem("a\n\"open\n")?.line == 2)
        #expect(problem("a\n\"open\n")?.message == "a quoted field is never closed (a \" is missing)")
        #expect(problem("a,b\n1,2\n\"x\"y,3\n")?.line == 3)
        #expect(problem("a,b\n1,2\n\"x\"y,3\n")?.message.hasPrefix("unexpected text after a closing quote") == true)
        #expect(problem("name\nBob \"Bobby\" Ray\n")?.line == 2)
        #expect(problem("name\n  \"Ann\"\n")?.message.hasPrefix("a quote in the middle of a field") == true)
    }

    @Test("invalid UTF-8 decodes to nil and refuses the record with its line")
    func invalidUTF8() {
        let bytes: [UInt8] = [0x61, 0xFF, 0x62]
        bytes.withUnsafeBufferPointer { buffer in
            #expect(CSVReader.decode(buffer) == nil)
        }
        Array("Łódź".utf8).withUnsafeBufferPointer { buffer in
            #expect(CSVReader.decode(buffer) == "Łódź")
        }
        #expect(throws: CSVReader.Problem(line: 2, message: "the text is not UTF-8")) {
            try CSVReader.records([0x61, 0x0A, 0xFF, 0x0A])
        }
    }

    @Test("whatever CSVWriter writes, CSVReader reads back field for field")
    func roundTrip() async {
        let pieces = ["a", "", " ", ",", "\"", "\n", "\r", "\r\n", "Łódź", "東京", "say \"hi\"", "\t", "x y", "=1+1"]
        await propertyCheck(count: 500, input: Gen.int(in: 0...Int(Int32.max))) { seed in
            var state = UInt64(seed) | 1
            func below(_ n: Int) -> Int {
                state ^= state << 13
                state ^= state >> 7
                state ^= state << 17
                return Int(state % UInt64(n))
            }
            let width = 1 + below(4)
            let rows: [[String]] = (0..<(1 + below(5))).map { _ in
                (0..<width).map { _ in (0..<below(4)).map { _ in pieces[below(pieces.count)] }.joined() }
            }
            // A record of one empty field is a blank line, which readers skip: give such rows a second field.
            let table = rows.map { $0 == [""] ? ["", ""] : $0 }
            for ending in [CSVWriter.LineEnding.lf, .crlf] {
                let text = table.map { CSVWriter.record($0) + ending.rawValue }.joined()
                let read = (try? CSVReader.records(Array(text.utf8)))?.map(\.fields)
                #expect(read == table, "\(text.debugDescription)")
            }
        }
    }
}

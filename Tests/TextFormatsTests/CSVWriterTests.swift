import Testing

@testable import TextFormats

@Suite("CSVWriter")
struct CSVWriterTests {
    @Test("fields are quoted only when they must be, or when spaces at their ends would be trimmed")
    func quoting() {
        #expect(CSVWriter.field("plain") == "plain")
        #expect(CSVWriter.field("") == "")
        #expect(CSVWriter.field("a, b") == "\"a, b\"")
        #expect(CSVWriter.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVWriter.field("two\nlines") == "\"two\nlines\"")
        #expect(CSVWriter.field("cr\r") == "\"cr\r\"")
        #expect(CSVWriter.field(" padded ") == "\" padded \"")
        #expect(CSVWriter.field("\ttab") == "\"\ttab\"")
        #expect(CSVWriter.field("inner space") == "inner space")
    }

    @Test("a table ends every record with the line ending asked for")
    func table() {
        #expect(CSVWriter.table(["a", "b"], [["1", "x,y"], ["2", ""]], lineEnding: .crlf) == "a,b\r\n1,\"x,y\"\r\n2,\r\n")
        #expect(CSVWriter.table(["a"], [["1"]], lineEnding: .lf) == "a\n1\n")
    }
}

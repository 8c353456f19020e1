import Printing
import Testing

struct AnswerSheetTests {
    @Test func readsOneAnswersColumnWithQuotedAnswers() throws {
        let sheet = try AnswerSheet.parse(
            """
            name,version,answers
            Ada Lovelace,A,"1:B 2:""23 August 1945"" 3:T"
            "Иван Петров",B,1:C 2:1945 3:F

            """)
        #expect(sheet.rows.count == 2)
        #expect(sheet.rows[0].student == "Ada Lovelace")
        #expect(sheet.rows[0].version == "A")
        #expect(sheet.rows[0].answers.byNumber == [1: "B", 2: "23 August 1945", 3: "T"])
        #expect(sheet.rows[1].student == "Иван Петров")
        #expect(sheet.rows[1].line == 3)
        #expect(sheet.rows[1].answers.byNumber == [1: "C", 2: "1945", 3: "F"])
    }

    @Test func readsOneColumnPerQuestion() throws {
        let sheet = try AnswerSheet.parse("student,1,2,3\r\nAda,B,\"23 August 1945\",\r\nBea,,575000,T\r\n")
        #expect(sheet.rows.map(\.student) == ["Ada", "Bea"])
        #expect(sheet.rows[0].version == nil)
        #expect(sheet.rows[0].answers.byNumber == [1: "B", 2: "23 August 1945"])
        #expect(sheet.rows[1].answers.byNumber == [2: "575000", 3: "T"])
    }

    @Test func namesTheLineOfEachProblem() {
        func problem(_ text: String) -> String? {
            do {
                _ = try AnswerSheet.parse(text)
                return nil
            } catch {
                return error.description
            }
        }
        #expect(problem("") == "line 1: the file is empty: it needs a header such as name,version,answers")
        #expect(problem("version,answers\nA,1:B\n")?.hasPrefix("line 1: no name column") == true)
        #expect(problem("name,version\nAda,A\n")?.hasPrefix("line 1: no answers") == true)
        #expect(
            problem("name,answers,score\nAda,1:B,3\n") == "line 1: unknown column 'score': use name, version, answers or question numbers")
        #expect(problem("name,answers\nAda,1:B\n,1:C\n") == "line 3: no name")
        #expect(problem("name,answers\nAda,1:B\nAda,1:C\n") == "line 3: Ada already has a row (line 2)")
        #expect(problem("name,answers\nAda,B C\n")?.hasPrefix("line 2: expected an answer like 1:B") == true)
        #expect(problem("name,answers\nAda,\"1:B\n") == "line 2: a quoted field is not closed")
    }
}

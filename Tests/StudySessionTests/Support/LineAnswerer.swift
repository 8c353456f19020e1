/// Answers line mode's questions the way a script that knows nothing would: a letter per item for
/// matching, the numbers in order for ordering, a word for a typed answer, Enter then Good for a
/// flashcard, the first option otherwise.
enum LineAnswerer {
    static func answer(after transcript: String) -> String {
        let lines = transcript.split(separator: "\n", omittingEmptySubsequences: false)
        guard let last = lines.last(where: { !$0.isEmpty }) else { return "1" }
        if last.hasPrefix("(give a letter") {
            let items = lines.reversed().prefix { !$0.hasPrefix("[") }.filter {
                $0.hasPrefix("  ") && $0.dropFirst(2).first?.isNumber == true
            }.count
            return String("abcdefghij".prefix(items))
        }
        if last.hasPrefix("(give the numbers") {
            let items = lines.reversed().prefix { !$0.hasPrefix("[") }.filter {
                $0.hasPrefix("  ") && $0.dropFirst(2).first?.isNumber == true
            }.count
            return (1...max(1, items)).map(String.init).joined(separator: " ")
        }
        if last.hasPrefix("(type the answer") { return "Tokyo" }
        if last.hasPrefix("(press Enter") { return "" }
        return "1"
    }
}

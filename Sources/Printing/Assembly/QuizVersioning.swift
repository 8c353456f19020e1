/// Making versions A, B, C… of the same questions: each version shuffles the question order and every
/// question's options, and places multiple-choice keys so that each letter is the key about equally often
/// within the version.
public enum QuizVersioning {
    /// `count` versions of `questions`. Versions differ in question order whenever the questions allow it.
    public static func versions(
        of questions: [QuizQuestion], count: Int, using generator: inout some RandomNumberGenerator
    ) -> [QuizVersion] {
        var orders: [[Int]] = []
        var versions: [QuizVersion] = []
        for v in 0..<max(1, count) {
            var order = generator.shuffle(Array(questions.indices))
            // Retry a few times for an order no earlier version has; tiny quizzes may run out of orders.
            var attempts = 0
            while orders.contains(order), attempts < 32 {
                order = generator.shuffle(Array(questions.indices))
                attempts += 1
            }
            orders.append(order)
            var keyCounts: [Int] = []
            let items = order.enumerated().map { offset, index in
                item(number: offset + 1, for: questions[index], keyCounts: &keyCounts, using: &generator)
            }
            versions.append(QuizVersion(name: QuizVersion.name(at: v), items: items))
        }
        return versions
    }

    /// The letters that label options: A, B, C…
    public static func letter(_ index: Int) -> String {
        QuizVersion.name(at: index)
    }

    static func item(
        number: Int, for question: QuizQuestion, keyCounts: inout [Int], using generator: inout some RandomNumberGenerator
    ) -> QuizItem {
        switch question.answer {
        case .choice(let right):
            let distractors = generator.shuffle(question.options.filter { $0 != right })
            let size = distractors.count + 1
            while keyCounts.count < size { keyCounts.append(0) }
            // The least used position among this question's, at random among ties.
            let fewest = keyCounts[0..<size].reduce(Int.max, min)
            let positions = (0..<size).filter { keyCounts[$0] == fewest }
            let position = positions[generator.uniformIndex(below: positions.count)]
            keyCounts[position] += 1
            var options = distractors
            options.insert(right, at: position)
            return QuizItem(
                number: number, question: question.id, options: options, key: .letter(letter(position)), points: question.points)
        case .truth(let value):
            return QuizItem(
                number: number, question: question.id, options: ["True", "False"], key: .letter(value ? "T" : "F"), points: question.points)
        case .text(let accepted):
            return QuizItem(number: number, question: question.id, options: [], key: .text(accepted), points: question.points)
        case .pairs(let pairs):
            let rights = pairs.map(\.right)
            let column = shuffledAwayFromIdentity(rights, using: &generator)
            let letters = rights.compactMap { right in column.firstIndex(of: right).map(letter) }
            return QuizItem(number: number, question: question.id, options: column, key: .letters(letters), points: question.points)
        case .sequence(let items):
            let shown = shuffledAwayFromIdentity(items, using: &generator)
            let letters = items.compactMap { item in shown.firstIndex(of: item).map(letter) }
            return QuizItem(number: number, question: question.id, options: shown, key: .letters(letters), points: question.points)
        }
    }

    /// A shuffle that, when it can, does not leave the list as it was (a matching column in its pairs' order,
    /// events already in order).
    static func shuffledAwayFromIdentity(_ items: [String], using generator: inout some RandomNumberGenerator) -> [String] {
        var out = generator.shuffle(items)
        var attempts = 0
        while out == items, Set(items).count > 1, attempts < 16 {
            out = generator.shuffle(items)
            attempts += 1
        }
        return out
    }
}

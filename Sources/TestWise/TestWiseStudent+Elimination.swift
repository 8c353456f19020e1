import Facts
import Questions

extension TestWiseStudent {
    /// Whether an option is impossible on its face to someone who knows the world but not the fact asked.
    func impossible(_ q: Question, option i: Int, dates: [[OptionReading.DateParts]]?, numbers: [OptionReading.NumberLook]?) -> Bool {
        let options = q.options ?? []
        let prompt = " " + q.prompt.lowercased() + " "
        if let dates {
            return dates[i].contains { $0.year > referenceYear }
        }
        if let numbers {
            let n = numbers[i]
            let high = n.high ?? n.value
            if prompt.contains("per cent") || prompt.contains("percent") || prompt.contains("%") {
                if n.value < 0 || high > 100 { return true }
            }
            if prompt.contains("celsius"), n.value < -273.15 { return true }
            if prompt.contains("fahrenheit"), n.value < -459.67 { return true }
            if prompt.contains("kelvin"), !prompt.contains("celsius"), n.value < 0 { return true }
            if prompt.contains("how many"), n.value < 0 { return true }
            if let figure = knowledge.figures[q.fact] {
                let bounds = knowledge.bounds(for: figure)
                if let limit = bounds.high, high > limit { return true }
                if let limit = bounds.low, n.value < limit { return true }
            }
            return false
        }
        switch q.focus {
        case .who, .whoSaid:
            guard let person = knowledge.peopleByName[options[i]]?.first else { return false }
            let year = knowledge.factYears[q.fact]
            if let year, let era = knowledge.era(of: person, leavingOut: q.fact) {
                let distance = max(0, era.lowerBound - year, year - era.upperBound)
                if distance > 100 { return true }
            }
            if q.focus == .who, let pronoun = knowledge.pronoun(of: person) {
                let he = [" he ", " his ", " him ", " himself "].contains { prompt.contains($0) }
                let she = [" she ", " her ", " hers ", " herself "].contains { prompt.contains($0) }
                if he != she, pronoun != (he ? "he" : "she") { return true }
            }
            return false
        case .role:
            // "Which description fits Julius Caesar?": a description naming Caesar is not his own.
            guard let person = knowledge.peopleByName.first(where: { prompt.contains(" " + $0.key.lowercased() + "?") })?.value.first else {
                return false
            }
            let names = ([person.name] + person.aliases).flatMap { OptionReading.contentWords($0) }.filter { $0.count >= 4 }
            let words = OptionReading.contentWords(options[i])
            return names.contains { words.contains($0) }
        default:
            return false
        }
    }
}

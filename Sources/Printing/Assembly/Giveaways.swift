import Foundation

/// Whether one question on a paper gives away another's answer: a cloze sentence stating the date another
/// question asks for, a true/false statement repeating a multiple-choice key, a matching pair that answers
/// a question about one of its sides or settles a true/false statement about one of them, an answer to be
/// written from memory printed among another question's options.
struct Giveaways {
    /// What one question shows on paper and what it asks for, normalised for comparison.
    struct Profile {
        /// The prompt, normalised and padded with spaces.
        var shown: String
        /// The answers it asks for (normalised, padded), too short ones left out.
        var asks: [String]
        /// Matching pairs, normalised and padded: each reveals its partner.
        var pairs: [(left: String, right: String)]
        /// Whether the question is a true/false statement.
        var isStatement: Bool
        /// Whether the answer is written, recalled rather than recognised.
        var isWritten: Bool
        /// The options, matching columns and items the paper shows, each normalised and padded.
        var options: [String]

        init(_ question: QuizQuestion) {
            shown = Giveaways.padded(question.prompt)
            isStatement = question.kind == .trueFalse
            isWritten = question.kind.isWritten
            var shownOptions = question.kind == .trueFalse ? [] : question.options
            if case .pairs(let p) = question.answer { shownOptions += p.flatMap { [$0.left, $0.right] } }
            if case .sequence(let items) = question.answer { shownOptions += items }
            options = Array(Set(shownOptions)).sorted().map(Giveaways.padded)
            switch question.answer {
            case .text(let accepted): asks = accepted.map(Giveaways.padded)
            case .choice(let option): asks = [Giveaways.padded(option)]
            case .truth, .sequence, .pairs: asks = []
            }
            // A few characters ("3", "AD") match by chance; they give nothing away.
            asks = asks.filter { $0.count >= 5 }
            if case .pairs(let p) = question.answer {
                pairs = p.map { (Giveaways.padded($0.left), Giveaways.padded($0.right)) }
            } else {
                pairs = []
            }
        }
    }

    /// Whether either question reveals the other's answer.
    static func conflict(_ a: Profile, _ b: Profile) -> Bool {
        reveals(a, to: b) || reveals(b, to: a)
    }

    /// Whether `shower`'s paper text answers `asker`.
    static func reveals(_ shower: Profile, to asker: Profile) -> Bool {
        // A statement about one side of a pair the paper matches is settled by the matching.
        if asker.isStatement, shower.pairs.contains(where: { asker.shown.contains($0.left) || asker.shown.contains($0.right) }) {
            return true
        }
        for answer in asker.asks {
            if shower.shown.contains(answer) { return true }
            // An answer to be written from memory must not stand among another question's options.
            if asker.isWritten, shower.options.contains(where: { $0.contains(answer) }) { return true }
            for pair in shower.pairs {
                if (answer == pair.right && asker.shown.contains(pair.left))
                    || (answer == pair.left && asker.shown.contains(pair.right))
                {
                    return true
                }
            }
        }
        return false
    }

    /// Lower case, accents and punctuation dropped, words separated by one space, a space at each end so
    /// that `contains` matches whole words only.
    static func padded(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var out = " "
        var lastWasSpace = true
        for scalar in folded.unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) {
                out.unicodeScalars.append(scalar)
                lastWasSpace = false
            } else if !lastWasSpace {
                out.append(" ")
                lastWasSpace = true
            }
        }
        if !lastWasSpace { out.append(" ") }
        return out
    }
}

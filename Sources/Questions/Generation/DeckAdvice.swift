import Facts

/// Warnings for a deck's author: facts that can only be asked in a fallback form, or not at all, until they
/// have a `text`. The deck still loads; `recall check` shows these and `--strict` makes them errors.
///
/// Each warning comes from the very rule the generator asks by (`FigurePhrasing`, the mention of a person in
/// a label, a year in a label), so advice and questions never disagree.
public enum DeckAdvice {
    public static func warnings(for deck: Deck) -> [DeckDiagnostic] {
        let index = DeckIndex(deck)
        var found: [DeckDiagnostic] = []
        func warn(_ location: SourceLocation, _ message: String) { found.append(DeckDiagnostic(.warning, at: location, message)) }

        for (i, f) in index.figures.enumerated() where f.text?.placeholders.contains(.value) != true {
            let unit = Phrasing.trimmed(f.unit)
            let owner = "figure '\(f.id.local)'"
            if (index.figuresByUnit[index.figureUnitKeys[i]] ?? []).count > 1 {
                warn(
                    f.location,
                    "\(owner) has no text, and another figure counts \(unit) too, so neither is asked: add a text with {value}, like text: \"… {value} \(unit) …\""
                )
                continue
            }
            switch FigurePhrasing.form(ofUnit: unit) {
            case .unaskable:
                warn(
                    f.location,
                    "\(owner) has no text, and its unit ‘\(unit)’ does not say what is measured, so it is not asked: add a text with {value}, like text: \"… {value} \(unit) …\""
                )
            case .numberOf:
                // A bound is asked only by typing.
                let asked = FigurePhrasing.question(f, typed: FigurePhrasing.isBound(f.quantity)) ?? ""
                warn(f.location, "\(owner) has no text, so it is asked as “\(asked)”: add a text with {value} to ask it in a sentence")
            case .count, .described:
                break
            }
        }
        for (i, e) in index.events.enumerated() {
            let owner = "event '\(e.id.local)'"
            let words = TextFolding.words(index.eventLabels[i])
            let people = e.who.compactMap(index.person)
            if e.text?.placeholders.contains(.who) != true, let named = people.first(where: { index.mentions(words, person: $0) }) {
                warn(
                    e.location,
                    "\(owner): its label names \(index.people[named].name), so who it is linked to is not asked: add a text with {who}, or leave the name out of the label"
                )
            }
            if e.text?.placeholders.contains(.date) != true, e.date.precision == .year, e.date.yearTexts.contains(where: words.contains) {
                warn(
                    e.location,
                    "\(owner): its label gives its year, so when it happened is not asked: add a text with {date}, or leave the year out of the label"
                )
            }
        }
        return found.sorted { $0.location < $1.location }
    }
}

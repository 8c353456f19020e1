import Facts

extension Builder {
    mutating func personQuestion(_ p: Person, _ d: Draft) -> Result<Question, SkippedQuestion> {
        let index = self.index
        guard let i = index.person(p.id), let rawRole = p.role else { return d.skip("the person has no role") }
        let role = Phrasing.label(rawRole)
        let name = p.name
        let explanation = Phrasing.sentence("\(name): \(role)")
        // People whose description could also be true of this one (one includes the other) never stand in for it.
        let fits: (Int) -> Bool = { j in index.roleWords[j] != nil && !index.rolesOverlap(i, j) }
        switch (d.kind, d.focus) {
        case (.multipleChoice, .role), (.trueFalse, .role):
            let others = otherPeople(excluding: [i], limit: options.optionCount + 2, where: fits)
            let wrong = others.map { Phrasing.label(index.people[$0].role!) }
            if d.kind == .trueFalse {
                let isTrue = dealTruth(falseAvailable: !wrong.isEmpty)
                let shown = isTrue ? role : wrong[0]
                return trueFalse(d, statement: "The description \(Phrasing.quoted(shown)) fits \(name).", isTrue: isTrue, explanation: explanation)
            }
            guard let options = unorderedOptions(key: role, distractors: wrong) else {
                return d.skip("not enough other people with clearly different descriptions for distractors")
            }
            return d.question(
                prompt: "Which description fits \(name)?", options: options, answer: .option(role), explanation: explanation,
                difficulty: Self.baseDifficulty(.multipleChoice))
        case (.multipleChoice, .personForRole), (.typed, .personForRole):
            if index.mentions(TextFolding.words(role), person: i) { return d.skip("the description names the person") }
            if d.kind == .typed {
                // Typed, the description must single the person out among everyone the deck describes.
                if !index.roleIsDistinct[i] {
                    return d.skip("another person's description is the same or includes this one")
                }
                return d.question(
                    prompt: "Who fits the description \(Phrasing.quoted(role))?", answer: .accepted(index.acceptedNames[i]),
                    check: AnswerSpec(type: .name), explanation: explanation, difficulty: Self.baseDifficulty(.typed))
            }
            let others = otherPeople(excluding: [i], limit: options.optionCount + 2, where: fits).map { index.people[$0].name }
            guard let options = unorderedOptions(key: name, distractors: others) else {
                return d.skip("not enough other people with clearly different descriptions for distractors")
            }
            return d.question(
                prompt: "Which of these people fits the description \(Phrasing.quoted(role))?", options: options,
                answer: .option(name), explanation: explanation, difficulty: Self.baseDifficulty(.multipleChoice))
        default:
            return d.skip("not a focus of a person's role")
        }
    }
}

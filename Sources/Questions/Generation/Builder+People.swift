import Facts

extension Builder {
    mutating func personQuestion(_ p: Person, _ d: Draft) -> Result<Question, SkippedQuestion> {
        let index = self.index
        guard let i = index.person(p.id), let rawRole = p.role else { return d.skip("the person has no role") }
        let role = Phrasing.label(rawRole)
        let name = p.name
        let explanation = Phrasing.sentence("\(name): \(role)")
        if let clash = index.clashes.reason(p.id, d.focus) { return d.skip(clash) }
        // A description that names its own person ("Emperor of Japan" for Emperor Showa) answers itself.
        if index.mentions(TextFolding.words(role), person: i) { return d.skip("the description names the person") }
        // People whose description could also be true of this one (one includes the other), and people either
        // description names ("Stalin’s right-hand man" beside "Soviet leader"), never stand in for it.
        let fits: (Int) -> Bool = { j in
            index.roleWords[j] != nil && !index.rolesOverlap(i, j) && !index.roleMentions[i].contains(j)
                && !index.roleMentions[j].contains(i)
        }
        switch (d.kind, d.focus) {
        case (.multipleChoice, .role), (.trueFalse, .role):
            // A description naming the person asked about is plainly not theirs, nor one that says "woman" of
            // someone the deck does not speak of as "she".
            let own = index.traits[i].pronoun
            let others = otherPeople(excluding: [i], limit: options.optionCount + 6) { j in
                guard fits(j), let role = index.people[j].role else { return false }
                let words = TextFolding.words(role)
                guard !index.mentions(words, person: i) else { return false }
                let gendered = PersonTraits.gendered(words)
                return gendered == nil || gendered == own
            }
            // Descriptions that name a place or a people ("New Orleans trumpeter", "Flemish painter") stand out
            // among those that do not, and the other way round: those alike in this come first.
            let namesPlace = namesPlaceOrPeople(role)
            let drawn = others.compactMap { j in index.people[j].role.map { (person: j, label: Phrasing.label($0)) } }
            let ordered =
                drawn.filter { namesPlaceOrPeople($0.label) == namesPlace } + drawn.filter { namesPlaceOrPeople($0.label) != namesPlace }
            let wrong = ordered.map(\.label)
            if d.kind == .trueFalse {
                guard let borrowed = ordered.first else { return d.skip(Self.noFalseStatement) }
                let isTrue = dealTruth()
                let shown = isTrue ? role : borrowed.label
                var q = trueFalse(
                    d, statement: "The description \(Phrasing.quoted(shown)) fits \(name).", isTrue: isTrue, explanation: explanation)
                // A false statement borrows another person's description: a quiz showing that person's own
                // question beside it would settle both.
                if !isTrue, case .success(var made) = q {
                    made.facts = [p.id, index.people[borrowed.person].id]
                    q = .success(made)
                }
                return q
            }
            guard let options = unorderedOptions(key: role, distractors: wrong) else {
                return d.skip("not enough other people with clearly different descriptions for distractors")
            }
            return d.question(
                prompt: "Which description fits \(name)?", options: options, answer: .option(role), explanation: explanation,
                difficulty: Self.baseDifficulty(.multipleChoice))
        case (.multipleChoice, .personForRole), (.typed, .personForRole):
            if d.kind == .typed {
                // Typed, the description must single the person out among everyone the deck describes.
                if !index.roleIsDistinct[i] {
                    return d.skip("another person's description is the same or includes this one")
                }
                // and among everyone outside it: "Jamaican sprinter" or "Soviet leader" names many people.
                if (index.roleWords[i]?.count ?? 0) < Limits.typedRoleWords {
                    return d.skip(
                        "the description is too short to single one person out when typed: give it \(Limits.typedRoleWords) words or more")
                }
                return d.question(
                    prompt: "Who fits the description \(Phrasing.quoted(role))?", answer: .accepted(index.names.acceptedNames[i]),
                    check: nameSpec([i]), explanation: explanation, difficulty: Self.baseDifficulty(.typed))
            }
            let words = TextFolding.words(role)
            // A description that says "queen" or "his" offers only people the deck speaks of that way.
            let pronoun = PersonTraits.gendered(words)
            func plausible(_ j: Int, strict: Bool) -> Bool {
                guard fits(j), !index.mentions(words, person: j) else { return false }
                guard let pronoun else { return true }
                return index.mayBeCalled(pronoun, person: j, strict: strict)
            }
            // People the deck speaks of the same way first; others of no known pronoun only to make up two.
            var picked = otherPeople(excluding: [i], limit: options.optionCount + 2) { plausible($0, strict: true) }
            if picked.count < 2 { picked += otherPeople(excluding: [i] + picked, limit: 2 - picked.count) { plausible($0, strict: false) } }
            let others = picked.map { index.people[$0].name }
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

    /// Whether a description holds a capitalised word, as names of places and peoples are written ("New
    /// Orleans trumpeter", "composer of Italian opera"). Its first word counts only in a deck whose descriptions
    /// start in lower case, where a capital there is a name's ("Florentine sculptor"), not the sentence's.
    func namesPlaceOrPeople(_ role: String) -> Bool {
        !TextFolding.capitalizedWords(role, includingFirst: index.rolesStartInLowerCase).isEmpty
    }

}

import Facts

/// Matching and ordering questions: each draws on a group of facts, built around its first fact (the anchor).
extension Builder {
    struct GroupRule {
        var eligible: [Int]
        var minimum: Int
        var maximum: Int
        var slot: CardSlot
        var kind: QuestionKind
    }

    func groupRule(_ focus: QuestionFocus) -> GroupRule? {
        switch focus {
        case .personRole: GroupRule(eligible: index.peopleWithRoles, minimum: 4, maximum: 6, slot: .role, kind: .matching)
        case .termDefinition: GroupRule(eligible: index.matchableTerms, minimum: 4, maximum: 6, slot: .definition, kind: .matching)
        case .eventDate: GroupRule(eligible: Array(index.events.indices), minimum: 4, maximum: 6, slot: .date, kind: .matching)
        case .chronology: GroupRule(eligible: index.chronological, minimum: 3, maximum: 5, slot: .date, kind: .ordering)
        default: nil
        }
    }

    func factID(_ focus: QuestionFocus, _ member: Int) -> FactID {
        switch focus {
        case .personRole: index.people[member].id
        case .termDefinition: index.terms[member].id
        default: index.events[member].id
        }
    }

    /// The bank's groups: facts in deck order (chronological for ordering) placed first-fit into a few open
    /// groups, so neighbours share a question; groups left too small borrow facts from the others.
    mutating func groupQuestions(_ focus: QuestionFocus) -> [Result<Question, SkippedQuestion>] {
        guard let rule = groupRule(focus), !rule.eligible.isEmpty else { return [] }
        let index = self.index
        var open: [[Int]] = []
        var closed: [[Int]] = []
        for x in rule.eligible {
            if let g = open.firstIndex(where: { group in group.allSatisfy { index.compatible(focus, x, $0) } }) {
                open[g].append(x)
                if open[g].count == rule.maximum { closed.append(open.remove(at: g)) }
            } else {
                open.append([x])
                if open.count > 8 { closed.append(open.removeFirst()) }
            }
        }
        closed += open
        let position = Dictionary(uniqueKeysWithValues: rule.eligible.enumerated().map { ($1, $0) })
        closed.sort { position[$0[0], default: 0] < position[$1[0], default: 0] }
        var results: [Result<Question, SkippedQuestion>] = []
        for var group in closed {
            if group.count < rule.minimum {
                // Borrow facts drawn at random, so the same few do not fill every small group.
                let members = group
                let borrowed = draw(from: rule.eligible.count, limit: 40) { k in
                    !members.contains(rule.eligible[k]) && members.allSatisfy { index.compatible(focus, rule.eligible[k], $0) }
                }
                for y in borrowed.map({ rule.eligible[$0] }) where group.count < rule.minimum {
                    if group.allSatisfy({ index.compatible(focus, y, $0) }) { group.append(y) }
                }
            }
            results.append(assemble(focus, rule: rule, members: group))
        }
        return results
    }

    /// A group around one fact, the others drawn at random, for a study session.
    mutating func groupQuestion(_ focus: QuestionFocus, anchor: Fact) -> Result<Question, SkippedQuestion> {
        guard let rule = groupRule(focus) else {
            return draft(anchor.id, slot: .date, kind: .matching, focus: focus).skip("not a group focus")
        }
        let anchorIndex: Int?
        switch anchor {
        case .person(let p): anchorIndex = index.person(p.id)
        case .term(let t): anchorIndex = index.termPosition[t.id]
        case .event(let e): anchorIndex = index.eventPosition[e.id]
        default: anchorIndex = nil
        }
        guard let a = anchorIndex, rule.eligible.contains(a) || focus == .eventDate || focus == .chronology else {
            return draft(anchor.id, slot: rule.slot, kind: rule.kind, focus: focus).skip("the fact cannot be matched")
        }
        let target = Int.random(in: rule.minimum...rule.maximum, using: &rng)
        let index = self.index
        let candidates = draw(from: rule.eligible.count, limit: 40) { index.compatible(focus, a, rule.eligible[$0]) }
        var members = [a]
        for c in candidates.map({ rule.eligible[$0] }) where members.count < target {
            if members.allSatisfy({ index.compatible(focus, c, $0) }) { members.append(c) }
        }
        return assemble(focus, rule: rule, members: members)
    }

    mutating func assemble(_ focus: QuestionFocus, rule: GroupRule, members: [Int]) -> Result<Question, SkippedQuestion> {
        let anchor = members[0]
        let d = draft(factID(focus, anchor), slot: rule.slot, kind: rule.kind, focus: focus)
        guard members.count >= rule.minimum else {
            let what = rule.kind == .ordering ? "events on clearly different dates to order" : "facts that cannot be confused to match"
            return d.skip("not enough \(what) (\(members.count) of at least \(rule.minimum))")
        }
        if focus == .chronology {
            let sorted = members.sorted { (index.eventDays[$0].lowerBound, $0) < (index.eventDays[$1].lowerBound, $1) }
            let labels = sorted.map { Phrasing.capitalized(index.eventLabels[$0]) }
            var shown = labels.shuffled(using: &rng)
            if shown == labels { shown = Array(labels.dropFirst()) + [labels[0]] }
            let explanation =
                sorted.map { "\(show(index.events[$0].date)): \(Phrasing.capitalized(index.eventLabels[$0]))" }.joined(separator: "; ")
                + "."
            let order = shown.compactMap { text in labels.firstIndex(of: text).map { sorted[$0] } }
            return d.question(
                prompt: "Put these events in chronological order, earliest first.", options: shown, answer: .sequence(labels),
                explanation: explanation, difficulty: Self.baseDifficulty(.ordering) + 0.05 * Double(members.count - 3),
                facts: order.map { index.events[$0].id })
        }
        let pairs: [(item: String, match: String, fact: FactID)] = members.map { m in
            switch focus {
            case .personRole: (index.people[m].name, Phrasing.label(index.people[m].role ?? ""), index.people[m].id)
            case .termDefinition:
                // A definition repeating its term's words would match itself: they are hidden.
                (Phrasing.trimmed(index.terms[m].term), index.shownDefinitions[m], index.terms[m].id)
            default: (Phrasing.capitalized(index.eventLabels[m]), show(index.events[m].date), index.events[m].id)
            }
        }
        var items = pairs.shuffled(using: &rng)
        var matches: [String]
        if focus == .eventDate {
            // Dates read best in order, as a teacher would list them.
            matches = members.sorted { (index.eventDays[$0].lowerBound, $0) < (index.eventDays[$1].lowerBound, $1) }.map {
                show(index.events[$0].date)
            }
            if matches == items.map(\.match) { items = Array(items.dropFirst()) + [items[0]] }
        } else {
            matches = items.map(\.match).shuffled(using: &rng)
            if matches == items.map(\.match) { matches = Array(matches.dropFirst()) + [matches[0]] }
        }
        let prompt: String
        switch focus {
        case .personRole: prompt = "Match each person with the description that fits."
        case .termDefinition: prompt = "Match each term with its definition."
        default: prompt = "Match each event with its date."
        }
        let explanation = items.map { "\($0.item): \($0.match)" }.joined(separator: "; ") + "."
        return d.question(
            prompt: prompt, items: items.map(\.item), options: matches,
            answer: .pairs(items.map { Answer.Pair(item: $0.item, match: $0.match) }), explanation: explanation,
            difficulty: Self.baseDifficulty(.matching) + 0.05 * Double(members.count - 4), facts: items.map(\.fact))
    }
}

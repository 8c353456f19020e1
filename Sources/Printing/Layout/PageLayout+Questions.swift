extension PageLayout {
    var numberWidth: Double { 24 }
    var pointsWidth: Double { 44 }
    var bubbleRadius: Double { 6.5 }

    /// One question: number, points, prompt, and the room to answer in its kind's form.
    func questionBlock(_ p: PrintedQuestion) -> BlockBuilder.Placed {
        var b = BlockBuilder()
        let x = left + numberWidth
        let width = contentWidth - numberWidth - pointsWidth
        text("\(p.number).", into: &b, x: left, y: 0, width: numberWidth, style: .bodyBold)
        let points = "\(p.item.points) pt\(p.item.points == 1 ? "" : "s")"
        text(points, into: &b, x: right - pointsWidth, y: 1, width: pointsWidth, style: .small, alignment: .right)

        var prompt = p.question.prompt
        let inlineBlank = p.kind == .cloze && p.question.clozeParts != nil
        if let parts = p.question.clozeParts, inlineBlank {
            prompt = parts.before + String(repeating: "_", count: p.answerRoom) + parts.after
        }
        var y = text(prompt, into: &b, x: x, y: 0, width: width, style: .body) + 5

        switch p.kind {
        case .multipleChoice:
            for (label, option) in zip(p.labels, p.item.options) {
                let h = text(option, into: &b, x: x + 20, y: y, width: width - 20, style: .body)
                bubble(label, into: &b, x: x, y: y)
                y += max(h, 2 * bubbleRadius) + 3
            }
        case .trueFalse:
            var cursor = x
            for (label, option) in zip(p.labels, p.item.options) {
                bubble(label, into: &b, x: cursor, y: y)
                let w = measurer.size(of: option, style: .body, width: nil).width
                text(option, into: &b, x: cursor + 20, y: y, width: w + 4, style: .body)
                cursor += 20 + w + 28
            }
            y += max(lineHeight(.body), 2 * bubbleRadius) + 3
        case .cloze, .typed, .flashcard:
            if !inlineBlank {
                y += 4
                let labelWidth = measurer.size(of: "Answer:", style: .small, width: nil).width
                text("Answer:", into: &b, x: x, y: y + 4, width: labelWidth + 2, style: .small)
                let start = x + labelWidth + 6
                let available = x + width - start
                // Room for the answer written by hand: about twice its printed width.
                let wanted = Double(p.answerRoom) * TextStyle.body.size * 0.6
                var remaining = wanted
                repeat {
                    let length = min(available, max(remaining, 90))
                    y += 16
                    b.add(.line(x1: start, y1: y, x2: start + length, y2: y, thickness: 0.6), bottom: y)
                    remaining -= length
                    y += 6
                } while remaining > 0
            }
        case .matching:
            let gap = 14.0
            let column = (width - gap) / 2
            let left = p.matchLeft
            for row in 0..<max(left.count, p.item.options.count) {
                var rowHeight = 14.0
                if row < left.count {
                    b.add(.box(x: x, y: y, width: 16, height: 13), bottom: y + 13)
                    rowHeight = max(
                        rowHeight, text("\(row + 1). \(left[row])", into: &b, x: x + 22, y: y, width: column - 22, style: .body))
                }
                if row < p.item.options.count {
                    let option = "\(p.labels[row]). \(p.item.options[row])"
                    rowHeight = max(rowHeight, text(option, into: &b, x: x + column + gap, y: y, width: column, style: .body))
                }
                y += rowHeight + 4
            }
        case .ordering:
            for (label, option) in zip(p.labels, p.item.options) {
                b.add(.box(x: x, y: y, width: 18, height: 13), bottom: y + 13)
                let h = text("\(label). \(option)", into: &b, x: x + 26, y: y, width: width - 26, style: .body)
                y += max(h, 14) + 4
            }
        }
        b.height = max(b.height, y) + 12
        return .init(kind: .question(p.number), builder: b)
    }

    /// A bubble with its letter, its top at `y`.
    func bubble(_ label: String, into b: inout BlockBuilder, x: Double, y: Double) {
        let centerY = y + max(lineHeight(.body), 2 * bubbleRadius) / 2
        b.add(.circle(centerX: x + bubbleRadius + 0.5, centerY: centerY, radius: bubbleRadius), bottom: centerY + bubbleRadius)
        let letterHeight = lineHeight(.bubbleLetter)
        text(label, into: &b, x: x + 0.5, y: centerY - letterHeight / 2, width: 2 * bubbleRadius, style: .bubbleLetter, alignment: .center)
    }
}

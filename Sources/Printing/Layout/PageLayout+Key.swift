extension PageLayout {
    /// The answer key's heading: which quiz and version, the total points.
    func keyHeadingBlock(_ quiz: Quiz, _ version: QuizVersion) -> BlockBuilder.Placed {
        var b = BlockBuilder()
        var y = text("Answer key — Version \(version.name)", into: &b, x: left, y: 0, width: contentWidth, style: .heading) + 4
        let line = "\(quiz.title) · Quiz \(quiz.id) · Total: \(version.totalPoints) point\(version.totalPoints == 1 ? "" : "s")"
        y += text(line, into: &b, x: left, y: y, width: contentWidth, style: .small) + 6
        b.add(.line(x1: left, y1: y, x2: right, y2: y, thickness: 0.8), bottom: y + 12)
        return .init(kind: .keyHeading, builder: b)
    }

    /// One answer: number, the key, other accepted answers, the explanation.
    func answerBlock(_ p: PrintedQuestion) -> BlockBuilder.Placed {
        var b = BlockBuilder()
        let x = left + numberWidth
        let width = contentWidth - numberWidth
        text("\(p.number).", into: &b, x: left, y: 0, width: numberWidth, style: .bodyBold)
        var y = text(p.keyText, into: &b, x: x, y: 0, width: width, style: .bodyBold) + 2
        if !p.alsoAccepted.isEmpty {
            y += text("Also accepted: " + p.alsoAccepted.joined(separator: "; "), into: &b, x: x, y: y, width: width, style: .small) + 2
        }
        if !p.question.explanation.isEmpty {
            y += text(p.question.explanation, into: &b, x: x, y: y, width: width, style: .smallItalic) + 2
        }
        b.height = max(b.height, y) + 8
        return .init(kind: .answer(p.number), builder: b)
    }
}

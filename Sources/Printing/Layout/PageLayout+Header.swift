extension PageLayout {
    /// The title, quiz id and version at the top of every page; the page number (and the student's name on a
    /// personalised copy) at the bottom.
    func runningBlock(_ quiz: Quiz, version: String, isKey: Bool, student: String?, page: Int, of total: Int) -> Page.Block {
        var b = BlockBuilder()
        let top = margin - 14
        let half = contentWidth / 2 - 6
        text(quiz.title, into: &b, x: left, y: top, width: half, style: .small)
        let id = "\(isKey ? "Answer key · " : "")Quiz \(quiz.id) · Version \(version)"
        text(id, into: &b, x: right - half, y: top, width: half, style: .small, alignment: .right)
        b.add(.line(x1: left, y1: margin, x2: right, y2: margin, thickness: 0.4), bottom: margin)
        let footer = pageHeight - margin + 8
        text("Page \(page) of \(total)", into: &b, x: left, y: footer, width: contentWidth, style: .small, alignment: .center)
        if let student {
            text(student, into: &b, x: left, y: footer, width: half, style: .small)
        }
        return b.block(.running, at: 0)
    }

    /// The first page's header: title; version, question count and total points; the name, class and date
    /// fields (filled in when known); the instructions.
    func headerBlock(_ quiz: Quiz, _ version: QuizVersion, _ copy: PaperCopy) -> BlockBuilder.Placed {
        var b = BlockBuilder()
        var y = 0.0
        y += text(quiz.title, into: &b, x: left, y: y, width: contentWidth, style: .title) + 6
        let count = version.items.count
        let summary =
            "Version \(version.name) · \(count) question\(count == 1 ? "" : "s") · Total: \(version.totalPoints) point\(version.totalPoints == 1 ? "" : "s")"
        y += text(summary, into: &b, x: left, y: y, width: contentWidth, style: .bodyBold) + 12

        let fields: [(label: String, value: String?, share: Double)] = [
            ("Name", copy.student, 0.44), ("Class", quiz.className, 0.24), ("Date", quiz.date?.description, 0.32),
        ]
        var x = left
        let rowHeight = lineHeight(.body) + 4
        for field in fields {
            let width = contentWidth * field.share
            let label = field.label + ":"
            let labelWidth = measurer.size(of: label, style: .small, width: nil).width
            text(label, into: &b, x: x, y: y + 3, width: labelWidth + 2, style: .small)
            let lineStart = x + labelWidth + 6
            let lineEnd = x + width - 12
            if let value = field.value {
                text(value, into: &b, x: lineStart + 2, y: y, width: lineEnd - lineStart - 2, style: .body)
            }
            b.add(.line(x1: lineStart, y1: y + rowHeight, x2: lineEnd, y2: y + rowHeight, thickness: 0.6), bottom: y + rowHeight)
            x += width
        }
        y = b.height + 10
        let instructions = quiz.instructions.joined(separator: " ")
        if !instructions.isEmpty {
            y += text(instructions, into: &b, x: left, y: y, width: contentWidth, style: .smallItalic) + 6
        }
        b.add(.line(x1: left, y1: y, x2: right, y2: y, thickness: 0.8), bottom: y + 14)
        return .init(kind: .header, builder: b)
    }
}

/// Lays a quiz out on pages: for each copy, a header with the title, the name, class and date fields, the
/// version and the total points, then the numbered questions, none split across pages; then each version's
/// answer key, starting on a new page. Every page carries the title, quiz id and version at the top and its
/// page number at the bottom. Pure: text is measured by the `TextMeasuring` passed in.
public struct PageLayout<Measurer: TextMeasuring> {
    public var paper: PaperSize
    public var measurer: Measurer
    /// The page margin, in points.
    public var margin: Double = 54

    public init(paper: PaperSize, measurer: Measurer) {
        self.paper = paper
        self.measurer = measurer
    }

    var pageWidth: Double { paper.points.width }
    var pageHeight: Double { paper.points.height }
    var left: Double { margin }
    var right: Double { pageWidth - margin }
    var contentWidth: Double { right - left }
    /// Below the running header.
    var contentTop: Double { margin + 14 }
    /// Above the running footer.
    var contentBottom: Double { pageHeight - margin - 6 }

    /// Lays out a job for `recall-pdf`.
    public func layout(_ job: PaperJob) -> PaperLayout {
        layout(job.quiz, includeKeys: job.includeKeys)
    }

    /// Every copy of the quiz, then (if asked) every version's answer key.
    public func layout(_ quiz: Quiz, includeKeys: Bool = true) -> PaperLayout {
        var pages: [Page] = []
        for (index, copy) in quiz.copies.enumerated() {
            guard let version = quiz.version(copy.version) else { continue }
            var blocks = [headerBlock(quiz, version, copy)]
            blocks += quiz.printed(version).map(questionBlock)
            pages += paginate(blocks, copy: index, version: version.name, isKey: false, quiz: quiz, student: copy.student)
        }
        if includeKeys {
            for version in quiz.versions {
                let blocks = [keyHeadingBlock(quiz, version)] + quiz.printed(version).map(answerBlock)
                pages += paginate(blocks, copy: nil, version: version.name, isKey: true, quiz: quiz, student: nil)
            }
        }
        return PaperLayout(paper: paper, pages: pages)
    }

    /// Places blocks top to bottom, starting a new page whenever the next block would not fit whole; then
    /// adds each page's running header and footer.
    func paginate(_ blocks: [BlockBuilder.Placed], copy: Int?, version: String, isKey: Bool, quiz: Quiz, student: String?) -> [Page] {
        var pages: [[Page.Block]] = [[]]
        var y = contentTop
        for placed in blocks {
            if y + placed.builder.height > contentBottom, !pages[pages.count - 1].isEmpty {
                pages.append([])
                y = contentTop
            }
            pages[pages.count - 1].append(placed.builder.block(placed.kind, at: y))
            y += placed.builder.height
        }
        return pages.enumerated().map { number, blocks in
            let running = runningBlock(quiz, version: version, isKey: isKey, student: student, page: number + 1, of: pages.count)
            return Page(copy: copy, version: version, isKey: isKey, blocks: [running] + blocks)
        }
    }

    /// Height of one line of `style`.
    func lineHeight(_ style: TextStyle) -> Double {
        measurer.size(of: "Hg", style: style, width: nil).height
    }

    /// Adds wrapped text and returns its height.
    @discardableResult
    func text(
        _ s: String, into b: inout BlockBuilder, x: Double, y: Double, width: Double, style: TextStyle, alignment: TextAlignment = .left
    ) -> Double {
        let height = measurer.size(of: s, style: style, width: width).height
        b.add(.text(s, x: x, y: y, width: width, style: style, alignment: alignment), bottom: y + height)
        return height
    }
}

extension BlockBuilder {
    /// A block not yet placed on a page.
    struct Placed {
        var kind: Page.BlockKind
        var builder: BlockBuilder
    }
}

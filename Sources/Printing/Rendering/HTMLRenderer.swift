import TextFormats

/// A quiz as one self-contained HTML file with print CSS: each copy starts a page, each answer key starts a
/// page, no question is split across pages. Every piece of deck text is escaped.
public struct HTMLRenderer: Sendable {
    public var paper: PaperSize

    public init(paper: PaperSize = .a4) {
        self.paper = paper
    }

    public func render(_ quiz: Quiz) -> String {
        var out: [String] = [
            "<!DOCTYPE html>",
            "<html lang=\"en\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<title>\(Self.escape(quiz.title)) — quiz \(quiz.id)</title>",
            "<style>",
            css,
            "</style>",
            "</head>",
            "<body>",
        ]
        for copy in quiz.copies {
            guard let version = quiz.version(copy.version) else { continue }
            out += paper(quiz, version, copy)
        }
        for version in quiz.versions {
            out += key(quiz, version)
        }
        // Printed at the foot of every page (a fixed element repeats on each printed page).
        out += ["<footer class=\"page-id\">\(Self.escape(quiz.title)) · Quiz \(quiz.id)</footer>", "</body>", "</html>"]
        return out.joined(separator: "\n") + "\n"
    }

    var css: String {
        """
        @page { size: \(paper.cssName); margin: 18mm 16mm; }
        body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; font-size: 11pt; line-height: 1.4; color: #000; max-width: 48em; margin: 0 auto; }
        section.paper, section.key { padding: 1em 0; }
        section.paper + section.paper, section.key { break-before: page; page-break-before: always; }
        header.paper-header h1 { font-size: 16pt; margin: 0 0 .3em; }
        .meta { display: flex; justify-content: space-between; font-size: 9.5pt; color: #333; }
        .fields { display: flex; gap: 1.5em; margin: .8em 0; }
        .field { flex: 1; border-bottom: 1px solid #000; min-height: 1.4em; }
        .field span.label { font-size: 9pt; color: #444; margin-right: .4em; }
        .field.name { flex: 2; }
        .instructions { font-size: 9.5pt; font-style: italic; margin: .5em 0 1em; border-bottom: 1px solid #999; padding-bottom: .5em; }
        ol.questions { list-style: none; padding: 0; margin: 0; }
        li.question { break-inside: avoid; page-break-inside: avoid; margin: 0 0 1.1em; display: flex; gap: .5em; }
        li.question .number { font-weight: bold; min-width: 1.8em; }
        li.question .body { flex: 1; }
        .points { float: right; font-size: 9pt; color: #444; margin-left: 1em; }
        ul.options { list-style: none; padding: 0; margin: .4em 0 0; }
        ul.options li { margin: .25em 0; display: flex; gap: .5em; align-items: baseline; }
        ul.options.inline li { display: inline-flex; margin-right: 2em; }
        .bubble { display: inline-block; width: 1.25em; height: 1.25em; border: 1px solid #000; border-radius: 50%; text-align: center; font-size: 8pt; line-height: 1.25em; flex: none; }
        .box { display: inline-block; width: 1.8em; height: 1.3em; border: 1px solid #000; flex: none; }
        .blank { display: inline-block; border-bottom: 1px solid #000; }
        .answer-line { margin-top: .9em; border-bottom: 1px solid #000; height: 1.2em; }
        table.matching { border-collapse: collapse; margin-top: .4em; width: 100%; }
        table.matching td { padding: .2em .5em; vertical-align: top; }
        table.matching td.gap { width: 2em; }
        footer.page-id { position: fixed; bottom: 0; right: 0; font-size: 8pt; color: #555; }
        @media print { body { padding-bottom: 1.5em; } }
        @media screen { footer.page-id { display: none; } }
        section.key h2 { font-size: 14pt; }
        section.key ol { padding-left: 2em; }
        section.key .explanation { display: block; font-size: 9.5pt; color: #333; font-style: italic; }
        """
    }

    func paper(_ quiz: Quiz, _ version: QuizVersion, _ copy: PaperCopy) -> [String] {
        let e = Self.escape
        let count = version.items.count
        var out = [
            "<section class=\"paper\" data-version=\"\(e(version.name))\">",
            "<header class=\"paper-header\">",
            "<h1>\(e(quiz.title))</h1>",
            "<div class=\"meta\"><span>Quiz \(quiz.id) · Version \(e(version.name))</span><span>\(count) question\(count == 1 ? "" : "s") · Total: \(version.totalPoints) point\(version.totalPoints == 1 ? "" : "s")</span></div>",
            "<div class=\"fields\">",
            "<div class=\"field name\"><span class=\"label\">Name</span>\(copy.student.map(e) ?? "")</div>",
            "<div class=\"field\"><span class=\"label\">Class</span>\(quiz.className.map(e) ?? "")</div>",
            "<div class=\"field\"><span class=\"label\">Date</span>\(quiz.date.map { e($0.description) } ?? "")</div>",
            "</div>",
            "</header>",
        ]
        if !quiz.instructions.isEmpty {
            out.append("<p class=\"instructions\">\(quiz.instructions.map(e).joined(separator: "<br>"))</p>")
        }
        out.append("<ol class=\"questions\">")
        for printed in quiz.printed(version) {
            out += question(printed)
        }
        out += ["</ol>", "</section>"]
        return out
    }

    func question(_ p: PrintedQuestion) -> [String] {
        let e = Self.escape
        let points = "<span class=\"points\">\(p.item.points) pt\(p.item.points == 1 ? "" : "s")</span>"
        let blank = "<span class=\"blank\" style=\"width: \(p.answerRoom / 2 + 1)em\"></span>"
        var out = [
            "<li class=\"question \(p.kind.rawValue)\" id=\"q\(p.number)\"><span class=\"number\">\(p.number).</span><div class=\"body\">"
        ]
        switch p.kind {
        case .cloze:
            if let parts = p.question.clozeParts {
                out.append("<p class=\"prompt\">\(points)\(e(parts.before))\(blank)\(e(parts.after))</p>")
            } else {
                out.append("<p class=\"prompt\">\(points)\(e(p.question.prompt))</p>")
                out.append("<div class=\"answer-line\" style=\"width: \(p.answerRoom / 2 + 1)em\"></div>")
            }
        case .typed, .flashcard:
            out.append("<p class=\"prompt\">\(points)\(e(p.question.prompt))</p>")
            out.append("<div class=\"answer-line\" style=\"width: \(p.answerRoom / 2 + 1)em\"></div>")
        case .multipleChoice, .trueFalse:
            out.append("<p class=\"prompt\">\(points)\(e(p.question.prompt))</p>")
            out.append("<ul class=\"options\(p.kind == .trueFalse ? " inline" : "")\">")
            for (label, option) in zip(p.labels, p.item.options) {
                out.append("<li><span class=\"bubble\">\(e(label))</span><span class=\"option\">\(e(option))</span></li>")
            }
            out.append("</ul>")
        case .matching:
            out.append("<p class=\"prompt\">\(points)\(e(p.question.prompt))</p>")
            out.append("<table class=\"matching\">")
            let left = p.matchLeft
            for row in 0..<max(left.count, p.item.options.count) {
                let l = row < left.count ? "<span class=\"box\"></span> \(row + 1). \(e(left[row]))" : ""
                let r = row < p.item.options.count ? "\(e(p.labels[row])). \(e(p.item.options[row]))" : ""
                out.append("<tr><td>\(l)</td><td class=\"gap\"></td><td>\(r)</td></tr>")
            }
            out.append("</table>")
        case .ordering:
            out.append("<p class=\"prompt\">\(points)\(e(p.question.prompt))</p>")
            out.append("<ul class=\"options\">")
            for (label, option) in zip(p.labels, p.item.options) {
                out.append("<li><span class=\"box\"></span><span class=\"option\">\(e(label)). \(e(option))</span></li>")
            }
            out.append("</ul>")
        }
        out.append("</div></li>")
        return out
    }

    func key(_ quiz: Quiz, _ version: QuizVersion) -> [String] {
        let e = Self.escape
        var out = [
            "<section class=\"key\" data-version=\"\(e(version.name))\">",
            "<h2>Answer key — \(e(quiz.title)), version \(e(version.name))</h2>",
            "<p class=\"meta\">Quiz \(quiz.id) · Version \(e(version.name)) · Total: \(version.totalPoints) points</p>",
            "<ol>",
        ]
        for p in quiz.printed(version) {
            var line = "<li value=\"\(p.number)\"><strong>\(e(p.keyText))</strong>"
            if !p.alsoAccepted.isEmpty { line += " (also accepted: \(p.alsoAccepted.map(e).joined(separator: "; ")))" }
            if !p.question.explanation.isEmpty { line += "<span class=\"explanation\">\(e(p.question.explanation))</span>" }
            out.append(line + "</li>")
        }
        out += ["</ol>", "</section>"]
        return out
    }

    /// Text made safe for HTML element content and attribute values.
    public static func escape(_ text: String) -> String {
        HTMLText.escape(text)
    }
}

import TextFormats

/// A quiz as a LaTeX document of the `exam` class: each copy on its own pages, quiz id and version in every
/// page's header. The key comes through the class's own `answers` option: compile as written for the
/// papers; add `answers` to the `\documentclass` options (or uncomment `\printanswers`) for the key, with
/// each right choice marked, each blank filled and each explanation printed.
public struct LaTeXRenderer: Sendable {
    public var paper: PaperSize

    public init(paper: PaperSize = .a4) {
        self.paper = paper
    }

    public func render(_ quiz: Quiz) -> String {
        let e = Self.escape
        var out =
            [
                "% \(quiz.title.replacingNewlines) — quiz \(quiz.id), made by Recall from the deck \(quiz.deck) (seed \(quiz.seed)).",
                "% Compile with lualatex or xelatex (Greek and Cyrillic need a Unicode font); pdflatex works for Latin text.",
                "% For the answer key, add the answers option: \\documentclass[answers,11pt,\(paper.latexOption)]{exam}",
                "\\documentclass[11pt,\(paper.latexOption)]{exam}",
                "% \\printanswers",
                "\\usepackage{iftex}",
                "\\ifPDFTeX",
                "  \\usepackage[utf8]{inputenc}",
                "  \\usepackage[T1]{fontenc}",
                "  \\usepackage{textcomp}",
                "  % Numbers as the question bank writes them: 6.674 × 10⁻¹¹, −273.15.",
                "  \\DeclareUnicodeCharacter{2212}{\\textminus}",
                "  \\DeclareUnicodeCharacter{207B}{\\textsuperscript{\\textminus}}",
                "  \\DeclareUnicodeCharacter{2070}{\\textsuperscript{0}}",
            ] + (4...9).map { "  \\DeclareUnicodeCharacter{207\($0)}{\\textsuperscript{\($0)}}" } + [
                "  \\DeclareUnicodeCharacter{2192}{\\textrightarrow}",
                "\\else",
                "  \\usepackage{fontspec}",
                "  \\IfFontExistsTF{DejaVu Serif}{\\setmainfont{DejaVu Serif}}{}",
                "\\fi",
                "\\usepackage[margin=2cm,headheight=14pt]{geometry}",
                "\\newcommand{\\quizversion}{}",
                "\\pagestyle{headandfoot}",
                "\\header{\(e(quiz.title))}{}{Quiz \(quiz.id) · Version \\quizversion}",
                "\\headrule",
                "\\footer{}{Page \\thepage}{}",
                "\\renewcommand{\\choicelabel}{$\\bigcirc$ \\thechoice.}",
                "\\CorrectChoiceEmphasis{\\bfseries}",
                "\\renewcommand{\\solutiontitle}{}",
                "",
                "\\begin{document}",
            ]
        for (index, copy) in quiz.copies.enumerated() {
            guard let version = quiz.version(copy.version) else { continue }
            if index > 0 { out.append("\\newpage") }
            out += paperLines(quiz, version, copy)
        }
        out += ["\\end{document}"]
        return out.joined(separator: "\n") + "\n"
    }

    func paperLines(_ quiz: Quiz, _ version: QuizVersion, _ copy: PaperCopy) -> [String] {
        let e = Self.escape
        let count = version.items.count
        var out = [
            "% Version \(version.name)\(copy.student.map { " for \($0.replacingNewlines)" } ?? "")",
            "\\renewcommand{\\quizversion}{\(e(version.name))}",
            "\\setcounter{page}{1}",
            "\\begin{center}",
            "  {\\Large\\bfseries \(e(quiz.title))}\\\\[4pt]",
            "  Quiz \(quiz.id) · Version \(e(version.name)) · \(count) question\(count == 1 ? "" : "s") · Total: \(version.totalPoints) point\(version.totalPoints == 1 ? "" : "s")",
            "\\end{center}",
            "\\vspace{4pt}",
            "\\noindent\\makebox[0.45\\textwidth]{Name:\\enspace\(field(copy.student))}\\hfill"
                + "\\makebox[0.25\\textwidth]{Class:\\enspace\(field(quiz.className))}\\hfill"
                + "\\makebox[0.25\\textwidth]{Date:\\enspace\(field(quiz.date?.description))}",
            "\\vspace{8pt}",
        ]
        if !quiz.instructions.isEmpty {
            out.append("\\noindent\\textit{\(quiz.instructions.map(e).joined(separator: " "))}")
            out.append("\\vspace{6pt}")
        }
        out += ["", "\\begin{questions}", "\\setcounter{question}{0}"]
        for printed in quiz.printed(version) {
            out += question(printed)
        }
        out += ["\\end{questions}", ""]
        return out
    }

    /// A header field: the text filled in on a rule, or the rule alone.
    func field(_ value: String?) -> String {
        guard let value else { return "\\hrulefill" }
        return "\\underline{\(Self.escape(value))}\\hfill"
    }

    func question(_ p: PrintedQuestion) -> [String] {
        let e = Self.escape
        let width = "\(p.answerRoom / 2 + 1)em"
        var out: [String] = []
        switch p.kind {
        case .cloze:
            let answer = e(p.question.acceptedAnswers.first ?? "")
            if let parts = p.question.clozeParts {
                out.append("\\question[\(p.item.points)] \(e(parts.before))\\fillin[{\(answer)}][\(width)]\(e(parts.after))")
            } else {
                out.append("\\question[\(p.item.points)] \(e(p.question.prompt))")
                out.append("\\par Answer: \\fillin[{\(answer)}][\(width)]")
            }
        case .typed, .flashcard:
            out.append("\\question[\(p.item.points)] \(e(p.question.prompt))")
            out.append("\\par Answer: \\fillin[{\(e(p.question.acceptedAnswers.first ?? ""))}][\(width)]")
        case .multipleChoice:
            out.append("\\question[\(p.item.points)] \(e(p.question.prompt))")
            out.append("\\begin{choices}")
            for (label, option) in zip(p.labels, p.item.options) {
                out.append("  \\\(p.item.key == .letter(label) ? "CorrectChoice" : "choice") \(e(option))")
            }
            out.append("\\end{choices}")
        case .trueFalse:
            out.append("\\question[\(p.item.points)] \(e(p.question.prompt))")
            out.append("\\par{\\renewcommand{\\choicelabel}{$\\bigcirc$}")
            out.append("\\begin{oneparchoices}")
            for (label, option) in zip(p.labels, p.item.options) {
                out.append("  \\\(p.item.key == .letter(label) ? "CorrectChoice" : "choice") \(e(option))")
            }
            out.append("\\end{oneparchoices}}")
        case .matching:
            out.append("\\question[\(p.item.points)] \(e(p.question.prompt))")
            out.append("\\par\\smallskip")
            out.append("\\noindent\\begin{tabular}{@{}p{0.46\\linewidth}p{0.46\\linewidth}@{}}")
            let left = p.matchLeft
            for row in 0..<max(left.count, p.item.options.count) {
                let l = row < left.count ? "\\framebox[1.6em]{\\strut} \(row + 1). \(e(left[row]))" : ""
                let r = row < p.item.options.count ? "\(e(p.labels[row])). \(e(p.item.options[row]))" : ""
                out.append("  \(l) & \(r) \\\\[2pt]")
            }
            out.append("\\end{tabular}")
        case .ordering:
            out.append("\\question[\(p.item.points)] \(e(p.question.prompt))")
            out.append("\\par\\smallskip")
            for (label, option) in zip(p.labels, p.item.options) {
                out.append("\\noindent\\hangindent=2.4em\\hangafter=1\\framebox[1.6em]{\\strut}\\enspace \(e(label)). \(e(option))\\par")
            }
        }
        var solution: [String] = []
        if p.kind == .matching || p.kind == .ordering { solution.append("Key: \(e(p.keyText)).") }
        if !p.alsoAccepted.isEmpty { solution.append("Also accepted: \(p.alsoAccepted.map(e).joined(separator: "; ")).") }
        if !p.question.explanation.isEmpty { solution.append(e(p.question.explanation)) }
        if !solution.isEmpty {
            out += ["\\begin{solution}", solution.joined(separator: " "), "\\end{solution}"]
        }
        out.append("")
        return out
    }

    /// Deck text with LaTeX's special characters made literal.
    public static func escape(_ text: String) -> String {
        LaTeXText.escape(text)
    }
}

extension String {
    /// The text on one line, for comments.
    var replacingNewlines: String {
        split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}

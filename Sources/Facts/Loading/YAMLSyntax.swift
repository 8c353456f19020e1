import Yams

/// Turns the YAML parser's errors into diagnostics a deck author can act on.
enum YAMLSyntax {
    static func diagnostic(for error: YamlError, path: String) -> DeckDiagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let location = SourceLocation(path: path, line: mark.line, column: mark.column)
            var message = "YAML syntax error: \(problem)"
            if let context { message += " (\(context.text) at line \(context.mark.line), column \(context.mark.column))" }
            if let hint = hint(for: problem + " " + (context?.text ?? "")) { message += "; \(hint)" }
            return DeckDiagnostic(at: location, message)
        case .reader(let problem, _, _, _):
            return DeckDiagnostic(at: SourceLocation(path: path, line: 1, column: 1), "this is not readable text: \(problem)")
        default:
            return DeckDiagnostic(at: SourceLocation(path: path, line: 1, column: 1), "could not read the YAML: \(error)")
        }
    }

    private static func hint(for problem: String) -> String? {
        if problem.contains("cannot start any token") {
            return "indent with spaces, not tabs, and quote text that starts with @, ` or %"
        }
        if problem.contains("mapping values are not allowed") {
            return "put text that contains ': ' in quotes"
        }
        if problem.contains("did not find expected key") || problem.contains("did not find expected '-'") {
            return "check the indentation of this line against the lines above"
        }
        if problem.contains("found undefined alias") {
            return "decks do not use anchors and aliases (& and *)"
        }
        if problem.contains("expected a single document") {
            return "a deck file holds one document: remove the extra '---'"
        }
        return nil
    }
}

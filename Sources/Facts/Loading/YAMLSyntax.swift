import Yams

/// Turns the YAML parser's errors into diagnostics a deck author can act on.
enum YAMLSyntax {
    static func diagnostic(for error: YamlError, path: String) -> DeckDiagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            return diagnostic(
                problem: problem, context: context.map { ($0.text, $0.mark.line, $0.mark.column) },
                at: SourceLocation(path: path, line: mark.line, column: mark.column))
        case .reader(let problem, _, _, _):
            return DeckDiagnostic(at: SourceLocation(path: path, line: 1, column: 1), "this is not readable text: \(problem)")
        default:
            return DeckDiagnostic(at: SourceLocation(path: path, line: 1, column: 1), "could not read the YAML: \(error)")
        }
    }

    /// The first syntax error the event pass met.
    static func diagnostic(for error: YAMLEvents.SyntaxError, path: String) -> DeckDiagnostic {
        diagnostic(
            problem: error.problem, context: error.context.map { ($0, error.contextLine, error.contextColumn) },
            at: SourceLocation(path: path, line: error.line, column: error.column))
    }

    private static func diagnostic(problem: String, context: (text: String, line: Int, column: Int)?, at location: SourceLocation)
        -> DeckDiagnostic
    {
        var message = "YAML syntax error: \(problem)"
        if let context { message += " (\(context.text) at line \(context.line), column \(context.column))" }
        if let hint = hint(for: problem + " " + (context?.text ?? "")) { message += "; \(hint)" }
        return DeckDiagnostic(at: location, message)
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

import Foundation

/// Why a class could not be created, changed or read; `description` is a sentence for the teacher.
///
/// Every failing class operation leaves the file as it was: each is a single transaction.
public enum SchoolClassError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The class name breaks the naming rules.
    case invalidName(String)
    /// No class has this name.
    case unknownClass(String, known: [String])
    /// A class with this name exists already.
    case classExists(String)
    /// The same student is named twice in one request.
    case duplicateStudent(String)
    /// Students named for removal who are not in the class.
    case notMembers([String], className: String)
    /// A student's name breaks the rules for learners' names.
    case invalidStudent(name: String, problem: String)
    /// A roster file could not be used; nothing was changed.
    case roster(RosterProblem)

    public var description: String {
        switch self {
        case .invalidName(let problem):
            problem
        case .unknownClass(let name, let known):
            "there is no class named '\(name)'"
                + (known.isEmpty
                    ? " (there are no classes yet: create one with `recall class create NAME`)"
                    : " (classes: \(known.joined(separator: ", ")))")
        case .classExists(let name):
            "a class named '\(name)' exists already"
        case .duplicateStudent(let name):
            "'\(name)' is named twice; nothing was changed"
        case .notMembers(let names, let className):
            "\(names.map { "'\($0)'" }.joined(separator: ", ")) \(names.count == 1 ? "is" : "are") not in class '\(className)'; nothing was changed"
        case .invalidStudent(let name, let problem):
            "cannot use '\(name)' as a student's name: \(problem); nothing was changed"
        case .roster(let problem):
            "\(problem); nothing was changed"
        }
    }

    /// Why `text` cannot name a class, or nil when it can: the same rules as a learner's name.
    public static func problem(withName text: String) -> String? {
        LearnerName.problem(with: text.precomposedStringWithCanonicalMapping, noun: "a class name")
    }
}

/// A problem in a roster file, at a line.
public struct RosterProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }
}

import ArgumentParser
import Foundation
import ProgressStore
import SyncClient

/// `recall class create|add|remove|list|show`: classes of students in the progress file.
struct ClassCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "class",
        abstract: "Create classes and put students in them.",
        discussion: """
            A student is a learner: their progress is filed under their own name, and a learner may be in \
            several classes. A class's settings (recall settings --class NAME KEY VALUE) apply to its \
            students unless a student has their own. Every change is one transaction: a request with a bad \
            name changes nothing. With --server, each command acts on the school's server with the \
            teacher's login (recall sync login), and add prints each new student's token.
            """,
        subcommands: [Create.self, Add.self, Remove.self, List.self, Show.self, Tokens.self, Revoke.self, SetSetting.self]
    )

    /// Runs a class request; a refusal becomes the command's error (`Recall.run` shows it).
    static func perform(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as SchoolClassError {
            throw CLIError(error.description)
        } catch let error as ProgressStoreError {
            throw CLIError(error.description)
        }
    }

    /// Students named on the command line, each checked.
    static func students(_ texts: [String]) throws -> [LearnerName] {
        try texts.map { text in
            guard let name = LearnerName(text) else {
                throw SchoolClassError.invalidStudent(name: text, problem: LearnerName.problem(with: text) ?? "not a valid name")
            }
            return name
        }
    }

    static func plural(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// Names in a list, each in quotes when it holds a comma itself.
    static func quoted(_ names: [String]) -> String {
        names.map { $0.contains(",") ? "\"\($0)\"" : $0 }.joined(separator: ", ")
    }

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create an empty class.")

        @Argument(help: ArgumentHelp("The class's name, such as 7B or \"Year 9 history\".", valueName: "name"))
        var name: String

        @OptionGroup var progress: ProgressFileOptions

        @Flag(help: "Print the class as JSON.")
        var json = false

        @Flag(help: "Act on the school's server with the teacher's login.")
        var server = false

        func run() throws {
            try ClassCommand.perform {
                if server {
                    let client = try ServerAccess.teacher(progress)
                    let info = try ServerAccess.call { () throws(SyncError) in try client.createClass(name) }
                    Console.out(
                        json
                            ? try Console.json(info)
                            : "Created class \(info.name) on \(client.server.absoluteString). Add students with: recall class add \(TextQuote.shell(info.name)) NAME ... --server"
                    )
                    return
                }
                let info = try progress.openStore().createClass(name)
                Console.out(
                    json
                        ? try Console.json(info)
                        : "Created class \(info.name). Add students with: recall class add \(TextQuote.shell(info.name)) NAME ...")
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Put students in a class.",
            discussion: """
                Name the students, or give a roster: a CSV file with one name a line, or with a header row \
                that has a column called name, student or learner. A name given twice, or one that breaks the \
                naming rules, refuses the whole request. Students new to the progress file are created.
                """
        )

        @Argument(help: ArgumentHelp("The class.", valueName: "name"))
        var name: String

        @Argument(help: ArgumentHelp("Students to add.", valueName: "student"))
        var students: [String] = []

        @Option(help: ArgumentHelp("A CSV file of students to add.", valueName: "file"))
        var roster: String?

        @OptionGroup var progress: ProgressFileOptions

        @Flag(help: "Print what changed as JSON.")
        var json = false

        @Flag(help: "Enrol them on the school's server and print each new student's token.")
        var server = false

        func validate() throws {
            if students.isEmpty && roster == nil {
                throw ValidationError("name the students to add, or give --roster FILE")
            }
        }

        func run() throws {
            try ClassCommand.perform {
                var names = try ClassCommand.students(students)
                if let roster {
                    guard let data = FileManager.default.contents(atPath: roster) else {
                        throw CLIError("cannot read the roster '\(roster)' (no such file, or it cannot be opened)")
                    }
                    do {
                        names += try Roster.read(data, file: roster)
                    } catch let problem as RosterProblem {
                        throw SchoolClassError.roster(problem)
                    }
                }
                if server {
                    try ClassCommand.addOnServer(names, to: name, progress: progress, json: json)
                    return
                }
                let store = try progress.openStore()
                let change = try store.addStudents(names, to: name)
                if json {
                    Console.out(try Console.json(change))
                    return
                }
                var lines = ["Added \(ClassCommand.plural(change.added.count, "student")) to \(name)."]
                if !change.newLearners.isEmpty {
                    lines.append("New to the progress file: \(ClassCommand.quoted(change.newLearners)).")
                }
                if !change.alreadyMembers.isEmpty {
                    lines.append("Already in the class: \(ClassCommand.quoted(change.alreadyMembers)).")
                }
                Console.out(lines.joined(separator: "\n"))
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Take students out of a class (their progress is kept).",
            discussion: "A student who is not in the class refuses the whole request."
        )

        @Argument(help: ArgumentHelp("The class.", valueName: "name"))
        var name: String

        @Argument(help: ArgumentHelp("Students to take out.", valueName: "student"))
        var students: [String]

        @OptionGroup var progress: ProgressFileOptions

        @Flag(help: "Print the class afterwards as JSON.")
        var json = false

        @Flag(help: "Act on the school's server with the teacher's login.")
        var server = false

        func run() throws {
            try ClassCommand.perform {
                let names = try ClassCommand.students(students)
                if server {
                    let client = try ServerAccess.teacher(progress)
                    let info = try ServerAccess.call { () throws(SyncError) in try client.remove(names.map(\.rawValue), from: name) }
                    Console.out(
                        json
                            ? try Console.json(info)
                            : "Removed \(ClassCommand.quoted(names.map(\.rawValue))) from \(name) on the server; their progress is kept.")
                    return
                }
                let store = try progress.openStore()
                try store.removeStudents(names, from: name)
                if json {
                    Console.out(try Console.json(try store.schoolClass(name)))
                } else {
                    Console.out("Removed \(ClassCommand.quoted(names.map(\.rawValue))) from \(name); their progress is kept.")
                }
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the classes.")

        @OptionGroup var progress: ProgressFileOptions

        @Flag(help: "Print the classes as JSON.")
        var json = false

        @Flag(help: "List the teacher's classes on the school's server.")
        var server = false

        func run() throws {
            try ClassCommand.perform {
                let classes: [SchoolClassInfo]
                if server {
                    let client = try ServerAccess.teacher(progress)
                    classes = try ServerAccess.call { () throws(SyncError) in try client.classes() }.map {
                        SchoolClassInfo(name: $0.name, students: $0.students, settings: $0.settings)
                    }
                } else {
                    classes = try progress.openStore().classes()
                }
                if json {
                    Console.out(try Console.json(classes))
                    return
                }
                guard !classes.isEmpty else {
                    Console.out("No classes yet: create one with recall class create NAME.")
                    return
                }
                var table = TextTable(["CLASS", "STUDENTS", "SETTINGS"])
                for info in classes {
                    let settings = info.settings.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
                    table.append([info.name, "\(info.students.count)", settings.isEmpty ? "–" : settings])
                }
                Console.out(table.render())
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a class's students and settings.")

        @Argument(help: ArgumentHelp("The class.", valueName: "name"))
        var name: String

        @OptionGroup var progress: ProgressFileOptions

        @Flag(help: "Print the class as JSON.")
        var json = false

        @Flag(help: "Show the class on the school's server.")
        var server = false

        func run() throws {
            try ClassCommand.perform {
                let info: SchoolClassInfo
                if server {
                    let client = try ServerAccess.teacher(progress)
                    let remote = try ServerAccess.call { () throws(SyncError) in try client.schoolClass(name) }
                    info = SchoolClassInfo(name: remote.name, students: remote.students, settings: remote.settings)
                } else {
                    info = try progress.openStore().schoolClass(name)
                }
                if json {
                    Console.out(try Console.json(info))
                    return
                }
                Console.out(ClassCommand.describe(info.name, students: info.students, settings: info.settings))
            }
        }
    }
}

/// Quoting for commands shown to the user.
enum TextQuote {
    /// `text` as one shell word: as it is when plain, else in single quotes.
    static func shell(_ text: String) -> String {
        let plain =
            !text.isEmpty
            && text.unicodeScalars.allSatisfy {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "._-/".unicodeScalars.contains($0))
            }
        return plain ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

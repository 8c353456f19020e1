import ArgumentParser
import Foundation
import ProgressStore
import SyncClient
import SyncWire

/// `recall class … --server`: the same requests, answered by the school's server with the teacher's login.
extension ClassCommand {
    /// A class as `show` prints it, from either source.
    static func describe(_ name: String, students: [String], settings: [String: String], teacher: String? = nil) -> String {
        var lines = ["Class \(name): \(plural(students.count, "student"))" + (teacher.map { " (teacher \($0))" } ?? "")]
        lines += students.map { "  \($0)" }
        if settings.isEmpty {
            lines.append("Settings: none of its own (the global settings apply).")
        } else {
            lines.append("Settings for the class (a student's own settings come first):")
            lines += settings.sorted { $0.key < $1.key }.map { "  \($0.key) = \($0.value)" }
        }
        return lines.joined(separator: "\n")
    }

    /// New tokens as a list to print and hand out: one line per student, with the command that connects.
    static func tokenList(_ tokens: [StudentToken], server: URL) -> String {
        guard !tokens.isEmpty else { return "" }
        var table = TextTable(["STUDENT", "TOKEN", "TO CONNECT, THE STUDENT RUNS"])
        for token in tokens {
            table.append([token.student, token.token, "recall sync login \(server.absoluteString) \(token.token)"])
        }
        return "Tokens (shown this once; the server keeps only their hashes — print this list and hand each student their line):\n"
            + table.render()
    }

    /// The server's answer for `add --server`.
    static func addOnServer(_ names: [LearnerName], to name: String, progress: ProgressFileOptions, json: Bool) throws {
        let client = try ServerAccess.teacher(progress)
        let change = try ServerAccess.call { () throws(SyncError) in try client.enrol(names.map(\.rawValue), in: name) }
        if json {
            Console.out(try Console.json(change))
            return
        }
        var lines = ["Added \(plural(change.added.count, "student")) to \(name) on \(client.server.absoluteString)."]
        if !change.alreadyMembers.isEmpty {
            lines.append(
                "Already in the class (no new token; recall class tokens \(TextQuote.shell(name)) NAME --server issues one): \(quoted(change.alreadyMembers))."
            )
        }
        if !change.added.isEmpty { lines.append(tokenList(change.added, server: client.server)) }
        Console.out(lines.joined(separator: "\n"))
    }

    struct Tokens: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Issue new server tokens for students of a class (a lost token, a new machine).",
            discussion: "Needs --server. Earlier tokens keep working until revoked (recall class revoke).")

        @Argument(help: ArgumentHelp("The class.", valueName: "name")) var name: String
        @Argument(help: ArgumentHelp("Students to issue tokens for.", valueName: "student")) var students: [String]
        @Flag(help: "Act on the server of the teacher's login (required).") var server = false
        @OptionGroup var progress: ProgressFileOptions
        @Flag(help: "Print the tokens as JSON.") var json = false

        func validate() throws {
            if !server { throw ValidationError("tokens live on the school's server: add --server") }
        }

        func run() throws {
            try ClassCommand.perform {
                let names = try ClassCommand.students(students).map(\.rawValue)
                let client = try ServerAccess.teacher(progress)
                let tokens = try ServerAccess.call { () throws(SyncError) in try client.issueTokens(for: names, in: name) }
                Console.out(json ? try Console.json(tokens) : ClassCommand.tokenList(tokens, server: client.server))
            }
        }
    }

    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Stop every server token of these students of a class from working.",
            discussion: "Needs --server. Their history stays; issue new tokens with recall class tokens.")

        @Argument(help: ArgumentHelp("The class.", valueName: "name")) var name: String
        @Argument(help: ArgumentHelp("Students whose tokens to revoke.", valueName: "student")) var students: [String]
        @Flag(help: "Act on the server of the teacher's login (required).") var server = false
        @OptionGroup var progress: ProgressFileOptions

        func validate() throws {
            if !server { throw ValidationError("tokens live on the school's server: add --server") }
        }

        func run() throws {
            try ClassCommand.perform {
                let names = try ClassCommand.students(students).map(\.rawValue)
                let client = try ServerAccess.teacher(progress)
                let result = try ServerAccess.call { () throws(SyncError) in try client.revokeTokens(of: names, in: name) }
                Console.out("Revoked \(ClassCommand.plural(result.revoked, "token")) of \(ClassCommand.quoted(names)).")
            }
        }
    }

    struct SetSetting: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Set a class's setting on the server; it reaches the students at their next sync.",
            discussion: """
                Needs --server (in a progress file: recall settings --class NAME KEY VALUE). The value default \
                removes the class's own value. Keys: \(SettingKey.allCases.map(\.rawValue).joined(separator: ", ")).
                """)

        @Argument(help: ArgumentHelp("The class.", valueName: "name")) var name: String
        @Argument(help: ArgumentHelp("The setting.", valueName: "key")) var key: String
        @Argument(help: ArgumentHelp("Its value, or default.", valueName: "value")) var value: String
        @Flag(help: "Act on the server of the teacher's login (required).") var server = false
        @OptionGroup var progress: ProgressFileOptions
        @Flag(help: "Print the class afterwards as JSON.") var json = false

        func validate() throws {
            if !server {
                throw ValidationError(
                    "in a progress file, use recall settings --class \(name) \(key) \(value); add --server for the school's server")
            }
        }

        func run() throws {
            try ClassCommand.perform {
                let client = try ServerAccess.teacher(progress)
                let info = try ServerAccess.call { () throws(SyncError) in
                    try client.setSettings([key: value == "default" ? nil : value], of: name)
                }
                Console.out(
                    json
                        ? try Console.json(info)
                        : ClassCommand.describe(info.name, students: info.students, settings: info.settings, teacher: info.teacher))
            }
        }
    }
}

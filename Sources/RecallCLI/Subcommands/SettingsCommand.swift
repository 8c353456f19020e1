import ArgumentParser
import Foundation
import ProgressStore

/// `recall settings [--learner NAME] [KEY [VALUE]]`: scheduling settings, shown, read or set.
struct SettingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settings",
        abstract: "Show or change the scheduling settings.",
        discussion: """
            Without --learner or --class, settings are the file's global ones, which apply to every learner \
            without a value of their own (a learner's own value beats their class's, which beats the global \
            one). With no KEY, every setting is listed; with KEY, its value is printed; with KEY VALUE, it is \
            set. Keys: \(SettingKey.allCases.map(\.rawValue).joined(separator: ", ")).
            """
    )

    @Argument(help: ArgumentHelp("The setting to show or change.", valueName: "key"))
    var key: String?

    @Argument(help: ArgumentHelp("Its new value.", valueName: "value"))
    var value: String?

    @Option(help: ArgumentHelp("A learner's own settings (default: the global ones).", valueName: "name"))
    var learner: String?

    @Option(name: .customLong("class"), help: ArgumentHelp("A class's settings.", valueName: "name"))
    var schoolClass: String?

    @Flag(help: "Remove the value set at this level, so the next level applies again.")
    var reset = false

    @OptionGroup var progress: ProgressFileOptions

    @Flag(help: "Print the settings as JSON.")
    var json = false

    func validate() throws {
        if learner != nil && schoolClass != nil {
            throw ValidationError("give --learner or --class, not both")
        }
        if reset && (key == nil || value != nil) {
            throw ValidationError("--reset takes a KEY and no VALUE")
        }
    }

    func run() throws {
        let learnerName = try ProgressOptions.check(learner)
        let target: SettingTarget =
            if let learnerName { .learner(learnerName) } else if let schoolClass { .schoolClass(schoolClass) } else { .global }
        let settingKey = try key.map(Self.settingKey)
        let store = try progress.openStore()
        do {
            if let settingKey, reset {
                try store.reset(settingKey, for: target)
            } else if let settingKey, let value {
                try store.set(settingKey, to: value, for: target)
            }
            let settings = try Self.settings(for: target, in: store)
            let fitted = try Self.fittedParameters(of: settings, for: target, in: store)
            try show(settings, key: settingKey, target: target, changed: value != nil || reset, fitted: fitted)
        } catch let error as ProgressStoreError {
            throw CLIError(error.description)
        }
    }

    /// The settings as they apply at the target's level.
    static func settings(for target: SettingTarget, in store: ProgressStore) throws -> LearnerSettings {
        switch target {
        case .learner(let name): try store.settings(for: name)
        case .global, .schoolClass: try store.settings(for: target)
        }
    }

    func show(
        _ settings: LearnerSettings, key: SettingKey?, target: SettingTarget, changed: Bool, fitted: FittedParameters?
    ) throws {
        let keys = key.map { [$0] } ?? SettingKey.allCases
        if json {
            let rows = keys.map {
                Row(
                    key: $0.rawValue, value: settings.value(of: $0), source: settings.origin(of: $0).description,
                    allowed: $0.allowed, fitted: $0 == .fsrsParameters ? fitted.map(FittedRow.init) : nil)
            }
            Console.out(try Console.json(key == nil ? AnyRows.many(rows) : AnyRows.one(rows[0])))
            return
        }
        if let key {
            if reset {
                Console.out(
                    "\(key.rawValue) reset for \(Self.describe(target)): now \(settings.value(of: key)) (\(settings.origin(of: key)))")
            } else if changed {
                Console.out("\(key.rawValue) = \(settings.value(of: key)) for \(Self.describe(target))")
            } else {
                Console.out(settings.value(of: key))
            }
            return
        }
        var table = TextTable(["KEY", "VALUE", "FROM", "ALLOWED"])
        for key in keys {
            // Twenty-one numbers would push the table off the screen: they follow it.
            let value = key == .fsrsParameters ? Self.weightsSummary(settings, fitted: fitted) : settings.value(of: key)
            table.append([key.rawValue, value, settings.origin(of: key).description, key.allowed])
        }
        Console.out("Settings for \(Self.describe(target)):\n" + table.render() + "\n\n" + Self.weightsBlock(settings, fitted: fitted))
    }

    static func describe(_ target: SettingTarget) -> String {
        switch target {
        case .global: "everyone"
        case .schoolClass(let name): "class \(name)"
        case .learner(let name): name.rawValue
        }
    }

    static func settingKey(_ text: String) throws(CLIError) -> SettingKey {
        if let key = SettingKey(rawValue: text.lowercased()) { return key }
        let names = SettingKey.allCases.map(\.rawValue)
        let close = names.filter { $0.hasPrefix(text.lowercased().prefix(3)) }
        let hint = close.count == 1 ? " (did you mean \(close[0])?)" : ""
        throw CLIError("unknown setting '\(text)'\(hint); the settings are \(names.joined(separator: ", "))")
    }

    struct Row: Encodable {
        var key: String
        var value: String
        var source: String
        var allowed: String
        var fitted: FittedRow?
    }

    enum AnyRows: Encodable {
        case one(Row)
        case many([Row])

        func encode(to encoder: any Encoder) throws {
            switch self {
            case .one(let row): try row.encode(to: encoder)
            case .many(let rows): try rows.encode(to: encoder)
            }
        }
    }
}

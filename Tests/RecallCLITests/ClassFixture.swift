import Foundation

/// A folder with a tiny deck and a progress file, for the class and report tests.
///
/// Review times are placed relative to the wall clock, as the built binary reads it, with room on every
/// side so that no figure the tests check depends on where study days begin.
struct ClassFixture {
    let folder: URL

    /// Four flashcard facts, one card each: `tiny/cards/<a…d>/back`.
    static let deck = """
        id: tiny
        title: "Tiny <deck> & co"
        cards:
          a:
            front: What is a?
            back: A.
          b:
            front: What is b?
            back: B.
          c:
            front: What is c?
            back: C.
          d:
            front: What is d?
            back: D.

        """

    init() throws {
        folder = try RecallBinary.temporaryDirectory()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Decks"), withIntermediateDirectories: true)
        try Self.deck.write(to: folder.appendingPathComponent("Decks/tiny.yaml"), atomically: true, encoding: .utf8)
    }

    /// Runs recall in the folder.
    func run(_ arguments: [String], input: String? = nil) throws -> RecallBinary.Output {
        try RecallBinary.run(arguments, in: folder, input: input)
    }

    /// Writes a file into the folder.
    func write(_ text: String, to name: String) throws {
        try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    func read(_ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    func exists(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path)
    }

    /// `days` before now as ISO 8601.
    static func ago(days: Double) -> String {
        ISO8601DateFormatter().string(from: Date().addingTimeInterval(-days * 86_400))
    }

    /// A class of three: ann answers everything right, bob half, cy nothing; imported as a review log.
    ///
    ///          a    b    c    d
    ///     ann  ✓    ✓    ✓    ✓      (two days ago, in study)
    ///     bob  ✓    ✓    ✗    ✗      (three days ago, on paper)
    ///     cy   –    –    –    –
    func makeClass() throws {
        let log = ["learner,card,reviewed_at,rating,source"]
            + ["a", "b", "c", "d"].enumerated().map { i, fact in "ann,tiny/cards/\(fact)/back,\(Self.ago(days: 2 + Double(i) / 1000)),good,study" }
            + ["a", "b"].enumerated().map { i, fact in "bob,tiny/cards/\(fact)/back,\(Self.ago(days: 3 + Double(i) / 1000)),good,paper" }
            + ["c", "d"].enumerated().map { i, fact in "bob,tiny/cards/\(fact)/back,\(Self.ago(days: 3 + Double(2 + i) / 1000)),again,paper" }
        try write(log.joined(separator: "\n") + "\n", to: "log.csv")
        for arguments in [["progress", "import", "log.csv"], ["class", "create", "7B"], ["class", "add", "7B", "ann", "bob", "cy"]] {
            let result = try run(arguments)
            guard result.status == 0 else { throw FixtureError(message: "\(arguments): \(result.stderr)") }
        }
    }

    struct FixtureError: Error {
        var message: String
    }
}

import Foundation
import SyncClient
import Testing

/// The login file: the owner's alone, replaced whole, one login per learner here.
@Suite struct SyncLoginsTests {
    func temporaryPath() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("recall-logins-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent("recall.sqlite-sync").path
    }

    @Test func itIsWrittenForTheOwnerOnlyAndRefusedWhenOthersCanRead() throws {
        let path = try temporaryPath()
        var logins = SyncLogins()
        logins.add(.init(server: "http://school", token: "rcs_secret", role: "student", name: "anna"))
        try logins.save(to: path)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as! NSNumber
        #expect(mode.intValue & 0o777 == 0o600)
        #expect(try SyncLogins.load(from: path) == logins)

        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        #expect(throws: SyncError.self) { try SyncLogins.load(from: path) }
    }

    @Test func aNewLoginReplacesTheOldOneOfTheSameLearner() {
        var logins = SyncLogins()
        logins.add(.init(server: "http://old", token: "a", role: "student", name: "anna"))
        logins.add(.init(server: "http://school", token: "t", role: "teacher", name: "Ms Tanaka"))
        logins.add(.init(server: "http://new", token: "b", role: "student", name: "anna"))
        logins.add(.init(server: "http://new", token: "c", role: "student", name: "anna", learner: "anna-at-home"))
        #expect(logins.students().map(\.token) == ["b", "c"])
        #expect(logins.students("anna-at-home").map(\.token) == ["c"])
        #expect(logins.teacher?.name == "Ms Tanaka")
    }

    @Test func aMissingFileIsNoLoginAndJunkIsRefused() throws {
        let path = try temporaryPath()
        #expect(try SyncLogins.load(from: path).accounts.isEmpty)
        FileManager.default.createFile(atPath: path, contents: Data("not json".utf8), attributes: [.posixPermissions: 0o600])
        #expect(throws: SyncError.self) { try SyncLogins.load(from: path) }
    }
}

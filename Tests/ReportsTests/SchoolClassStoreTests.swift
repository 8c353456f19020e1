import Foundation
import ProgressStore
import Testing

/// The store's classes and memberships (`ProgressStore+Classes`).
@Suite struct SchoolClassStoreTests {
    func names(_ list: String...) -> [LearnerName] { list.map { LearnerName($0)! } }

    @Test func createsAddsListsAndRemoves() throws {
        let store = try ProgressStore.inMemory()
        try store.createClass("7B")
        try store.createClass("Year 9 history")
        let change = try store.addStudents(names("Bob", "Ann"), to: "7B")
        #expect(change.added == ["Bob", "Ann"])
        #expect(change.newLearners == ["Bob", "Ann"])
        let again = try store.addStudents(names("Ann", "Cy"), to: "7B")
        #expect(again.added == ["Cy"])
        #expect(again.alreadyMembers == ["Ann"])
        _ = try store.addStudents(names("Ann"), to: "Year 9 history")  // a learner may be in several classes
        #expect(try store.classes().map(\.name) == ["7B", "Year 9 history"])
        #expect(try store.schoolClass("7B").students == ["Ann", "Bob", "Cy"])
        try store.removeStudents(names("Bob"), from: "7B")
        #expect(try store.schoolClass("7B").students == ["Ann", "Cy"])
        #expect(try store.schoolClass("Year 9 history").students == ["Ann"])
        #expect(try store.learners().map(\.name) == ["Ann", "Bob", "Cy"])  // progress stays
    }

    @Test func refusesBadRequestsAndChangesNothing() throws {
        let store = try ProgressStore.inMemory()
        try store.createClass("7B")
        _ = try store.addStudents(names("Ann"), to: "7B")
        #expect(throws: SchoolClassError.classExists("7B")) { try store.createClass("7B") }
        #expect(throws: SchoolClassError.invalidName("a class name begins or ends with a space")) { try store.createClass(" 7C") }
        #expect(throws: SchoolClassError.unknownClass("8A", known: ["7B"])) { try store.addStudents(self.names("Bob"), to: "8A") }
        #expect(throws: SchoolClassError.duplicateStudent("Bob")) { try store.addStudents(self.names("Bob", "Cy", "Bob"), to: "7B") }
        #expect(throws: SchoolClassError.notMembers(["Bob"], className: "7B")) {
            try store.removeStudents(self.names("Ann", "Bob"), from: "7B")
        }
        #expect(try store.schoolClass("7B").students == ["Ann"])
        #expect(try store.learners().map(\.name) == ["Ann"])
        #expect(throws: SchoolClassError.unknownClass("8A", known: ["7B"])) { try store.schoolClass("8A") }
    }

    @Test func classSettingsApplyToStudentsWithoutTheirOwn() throws {
        let store = try ProgressStore.inMemory()
        try store.createClass("7B")
        _ = try store.addStudents(names("Ann", "Bob"), to: "7B")
        try store.set(.desiredRetention, to: "0.8", for: .global)
        try store.set(.desiredRetention, to: "0.85", for: .schoolClass("7B"))
        try store.set(.newPerDay, to: "5", for: .schoolClass("7B"))
        try store.set(.algorithm, to: "sm2", for: .schoolClass("7B"))
        try store.set(.desiredRetention, to: "0.95", for: .learner(LearnerName("Bob")!))
        let ann = try store.settings(for: LearnerName("Ann")!)
        let bob = try store.settings(for: LearnerName("Bob")!)
        let stranger = try store.settings(for: LearnerName("Zed")!)
        #expect(ann.desiredRetention == 0.85 && ann.newPerDay == 5 && ann.algorithm == .sm2)
        #expect(bob.desiredRetention == 0.95 && bob.newPerDay == 5 && bob.algorithm == .sm2)
        #expect(stranger.desiredRetention == 0.8 && stranger.newPerDay == 20 && stranger.algorithm == .fsrs)
        #expect(try store.schoolClass("7B").settings == ["desired-retention": "0.85", "new-per-day": "5", "algorithm": "sm2"])
    }
}

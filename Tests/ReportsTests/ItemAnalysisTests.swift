import Reports
import Testing

@Suite struct ItemAnalysisTests {
    func tally(_ passed: Int, _ total: Int) -> RetentionTally { RetentionTally(passed: passed, total: total) }

    @Test func facilityWeighsEachAnsweringStudentTheSame() {
        // 1/1, 1/2 and 0/1 right; a student who did not answer is left out: (1 + 0.5 + 0) / 3.
        let facility = ItemAnalysis.facility([tally(1, 1), tally(1, 2), tally(0, 1), tally(0, 0)])
        #expect(facility == 0.5)
        #expect(ItemAnalysis.facility([tally(0, 0)]) == nil)
    }

    @Test func groupsAreThe27PercentStrongestAndWeakestRounded() {
        // Ten students scoring 10%, 20%, ... 100%: 27% of 10 is 2.7, so 3 in each group.
        let students = (1...10).map { (name: "s\($0)", answers: tally($0, 10)) }
        let groups = ItemAnalysis.groups(students)
        #expect(groups.ranked == 10)
        #expect(groups.groupSize == 3)
        #expect(groups.upper == ["s10", "s9", "s8"])
        #expect(groups.lower == ["s1", "s2", "s3"])
    }

    @Test func smallClassesHaveOneStudentPerGroupAndOneStudentHasNone() {
        #expect(ItemAnalysis.groups([("a", tally(1, 1)), ("b", tally(0, 1))]).groupSize == 1)
        #expect(ItemAnalysis.groups([("a", tally(1, 1)), ("b", tally(0, 1)), ("c", tally(1, 2))]).groupSize == 1)
        #expect(ItemAnalysis.groups([("a", tally(1, 1))]).groupSize == 0)
        // Students with no answers are not ranked.
        #expect(ItemAnalysis.groups([("a", tally(1, 1)), ("b", tally(0, 0))]).ranked == 1)
    }

    @Test func tiesAreBrokenByName() {
        let groups = ItemAnalysis.groups([("d", tally(1, 3)), ("c", tally(1, 3)), ("a", tally(3, 3)), ("b", tally(2, 3))])
        #expect(groups.upper == ["a"])
        #expect(groups.lower == ["d"])
    }

    @Test func discriminationIsUpperFacilityMinusLowerFacility() {
        #expect(ItemAnalysis.discrimination(upper: [tally(1, 1), tally(1, 2)], lower: [tally(0, 1), tally(1, 4)]) == 0.75 - 0.125)
        // No one in the lower group answered: no index.
        #expect(ItemAnalysis.discrimination(upper: [tally(1, 1)], lower: [tally(0, 0)]) == nil)
    }
}

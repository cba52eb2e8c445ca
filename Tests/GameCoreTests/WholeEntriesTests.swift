import Testing
@testable import GameCore

/// The pane's log shows whole entries only: what does not fit is left out, never cut.
@Suite("Whole log entries")
struct WholeEntriesTests {
    @Test("as many of the newest entries as fit, each with all its lines")
    func fillsTheRows() {
        #expect(WholeEntries.count(lineCounts: [1, 2, 1, 1], rows: 4) == 3)
        #expect(WholeEntries.count(lineCounts: [1, 1], rows: 5) == 2)
    }

    @Test("an entry one line too long for the room left is dropped, not cut")
    func dropsTheEntryThatDoesNotFit() {
        #expect(WholeEntries.count(lineCounts: [1, 3], rows: 3) == 1)
        #expect(WholeEntries.count(lineCounts: [2], rows: 1) == 0)
    }

    @Test("an older, shorter entry does not jump the gap a dropped one leaves")
    func keepsTheOrder() {
        #expect(WholeEntries.count(lineCounts: [1, 3, 1], rows: 3) == 1)
    }

    @Test("no room, or nothing logged, shows nothing")
    func empty() {
        #expect(WholeEntries.count(lineCounts: [1], rows: 0) == 0)
        #expect(WholeEntries.count(lineCounts: [], rows: 4) == 0)
    }
}

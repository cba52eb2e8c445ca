import Testing
import GameCore

@Suite("Raft crashes: stable storage keeps term, vote and log")
struct RaftCrashTests {
    @Test("a crash keeps the term, the vote, the log entry and the learned value, and loses role, votes and acks")
    func crashKeepsPersistentState() {
        let leader = raftFeed(raftLeader(blue, entry: (2, green)), [ar(3, from: red, to: blue)]).state
        #expect(leader.committed)
        let step = RaftNode.crash(leader, rules: raftThree)
        #expect(step.state.currentTerm == 3 && step.state.votedFor == blue)
        #expect(step.state.entry == RaftEntry(term: 3, value: green))
        #expect(step.state.learned == green)
        #expect(step.state.role == .follower && step.state.votes.isEmpty && step.state.acks.isEmpty && !step.state.committed)
        #expect(step.events.crownsLost.map(\.reason) == [.crashed])
    }

    @Test("after a crash a voter still refuses a second candidate of its term")
    func crashKeepsVote() {
        let voted = RaftNode.receive(rv(4, from: red, to: green), state: raftNode(green), rules: raftThree).state
        let recovered = RaftNode.crash(voted, rules: raftThree).state
        #expect(recovered.votedFor == red && recovered.currentTerm == 4)
        // Only Red stands in term 4; a request in its name from Blue shows the vote is not for sale again.
        let step = RaftNode.receive(rv(4, from: blue, to: green), state: recovered, rules: raftThree)
        #expect(step.events.voteRefusals == [.votedForAnother(red)])
    }

    @Test("in the amnesia level a crash forgets term, vote and log, but not the learned value")
    func amnesiaForgets() {
        let rules = RaftRules(nodeCount: 3, variant: .amnesia)
        let state = raftNode(green, term: 4, votedFor: red, entry: (4, red), learned: red)
        let step = RaftNode.crash(state, rules: rules)
        #expect(step.state.currentTerm == 0 && step.state.votedFor == nil && step.state.entry == nil)
        #expect(step.state.learned == red)
    }

    @Test("a follower's crash says nothing: no crown to lose")
    func followerCrashIsQuiet() {
        #expect(RaftNode.crash(raftNode(green, term: 2), rules: raftThree).events.isEmpty)
    }
}

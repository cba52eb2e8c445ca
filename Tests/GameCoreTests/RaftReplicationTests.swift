import Testing
import GameCore

@Suite("Raft replication: append, acknowledge, commit, learn")
struct RaftReplicationTests {
    @Test("a follower stores an ae of a term not below its own and replies ar(term, yes)")
    func followerAppends() {
        let step = RaftNode.receive(ae(4, green, from: red, to: blue), state: raftNode(blue, term: 4, votedFor: red),
                                    rules: raftThree)
        #expect(step.state.entry == RaftEntry(term: 4, value: green))
        #expect(step.outgoing == [ar(4, from: blue, to: red)])
        #expect(step.outgoing.first?.label == "ar(4, yes)")
        #expect(step.events.appends.map(\.value) == [green])
        #expect(step.heardProgress)
    }

    @Test("an ae of a higher term replaces an older entry and moves the follower to that term")
    func higherAppendReplaces() {
        let step = RaftNode.receive(ae(6, blue, from: blue, to: red), state: raftNode(red, term: 4, entry: (4, red)),
                                    rules: raftThree)
        #expect(step.state.currentTerm == 6 && step.state.entry == RaftEntry(term: 6, value: blue))
    }

    @Test("an ae of an older term is refused with the follower's term, and the stale leader steps down")
    func staleAppendRefused() {
        let follower = raftNode(blue, term: 5, entry: (2, green))
        let step = RaftNode.receive(ae(4, red, from: red, to: blue), state: follower, rules: raftThree)
        #expect(step.state.entry == RaftEntry(term: 2, value: green))
        #expect(step.outgoing == [ar(5, success: false, from: blue, to: red)])
        let leader = raftLeader(red, entry: (1, red))
        #expect(leader.currentTerm == 4)
        let back = RaftNode.receive(step.outgoing[0], state: leader, rules: raftThree)
        #expect(back.state.role == .follower && back.events.crownsLost.map(\.reason) == [.higherBallot(5)])
    }

    @Test("a candidate that hears its term's leader follows it")
    func candidateFollowsLeader() {
        // Two candidates in one term happen only without term ownership; the handler still behaves.
        var candidate = raftNode(green, term: 4, votedFor: green)
        candidate.role = .candidate
        let step = RaftNode.receive(ae(4, red, from: red, to: green), state: candidate, rules: raftThree)
        #expect(step.state.role == .follower && step.state.entry == RaftEntry(term: 4, value: red))
    }

    @Test("a leader with acks from a majority for its term commits, learns and sends commit to all")
    func leaderCommits() {
        let leader = raftLeader(red)
        let step = RaftNode.receive(ar(1, from: green, to: red), state: leader, rules: raftThree)
        #expect(step.state.committed && step.state.learned == red)
        #expect(step.events.decisions.map(\.value) == [red])
        #expect(step.outgoing == [commitMessage(1, red, from: red, to: green), commitMessage(1, red, from: red, to: blue)])
        #expect(step.outgoing.first?.label == "commit(1, red)")
    }

    @Test("a duplicated ack never counts twice: with five nodes, two copies of one ack are not a majority")
    func duplicatedAck() {
        let leader = raftLeader(red, rules: raftFive)
        let (state, steps) = raftFeed(leader, [ar(1, from: green, to: red), ar(1, from: green, to: red)], rules: raftFive)
        #expect(!state.committed && state.acks == NodeSet([red, green]))
        #expect(steps.last?.events.ignoreReasons == [.alreadyCounted])
        let done = raftFeed(state, [ar(1, from: blue, to: red)], rules: raftFive).state
        #expect(done.committed)
    }

    @Test("acks that are refusals, of another term, to a follower, or after the commit do not count")
    func uncountedAcks() {
        let leader = raftLeader(red, rules: raftFive)
        let refused = RaftNode.receive(ar(1, success: false, from: green, to: red), state: leader, rules: raftFive)
        #expect(refused.events.ignoreReasons == [.refused])
        let committed = raftFeed(raftLeader(red), [ar(1, from: green, to: red)]).state
        let late = RaftNode.receive(ar(1, from: blue, to: red), state: committed, rules: raftThree)
        #expect(late.events.ignoreReasons == [.alreadyCommitted] && late.outgoing.isEmpty)
        let follower = RaftNode.receive(ar(1, from: blue, to: red), state: raftNode(red, term: 1), rules: raftThree)
        #expect(follower.events.ignoreReasons == [.notLeader])
        let other = RaftNode.receive(ar(1, from: blue, to: red), state: raftNode(red, term: 4), rules: raftThree)
        #expect(other.events.ignoreReasons == [.otherTerm(current: 4)])
    }

    @Test("a node that gets commit learns the value, once")
    func commitLearns() {
        let step = RaftNode.receive(commitMessage(4, green, from: red, to: blue), state: raftNode(blue, term: 4),
                                    rules: raftThree)
        #expect(step.state.learned == green)
        #expect(step.events.learned.map(\.value) == [green])
        let again = RaftNode.receive(commitMessage(4, green, from: red, to: blue), state: step.state, rules: raftThree)
        #expect(again.events.learned.isEmpty && again.events.ignoreReasons == [.alreadyLearned])
    }
}

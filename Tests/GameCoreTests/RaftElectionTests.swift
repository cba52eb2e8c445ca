import Testing
import GameCore

@Suite("Raft elections: terms, votes and the crown")
struct RaftElectionTests {
    @Test("terms are owned as ballots: with three nodes Red owns 1, 4, 7, Green 2, 5, 8, Blue 3, 6, 9")
    func termOwnership() {
        #expect([1, 4, 7].map(raftThree.owner(of:)) == [red, red, red])
        #expect([2, 5, 8].map(raftThree.owner(of:)) == [green, green, green])
        #expect([3, 6, 9].map(raftThree.owner(of:)) == [blue, blue, blue])
    }

    @Test("a candidate takes its next own term above every term it has seen, votes for itself and asks the others")
    func startElection() {
        let step = RaftNode.startElection(raftNode(red, term: 5, entry: (2, green)), rules: raftThree)
        #expect(step.state.currentTerm == 7)
        #expect(step.state.role == .candidate)
        #expect(step.state.votedFor == red)
        #expect(step.state.votes == NodeSet([red]))
        #expect(step.outgoing == [rv(7, lastLogTerm: 2, from: red, to: green), rv(7, lastLogTerm: 2, from: red, to: blue)])
        #expect(step.outgoing.map(\.label) == ["rv(7)", "rv(7)"])
        #expect(step.events.votesGranted.map(\.candidate) == [red])
    }

    @Test("a message with a higher term makes the receiver adopt it, forget its vote and step down")
    func higherTermAdopted() {
        let leader = raftLeader(red)
        let step = RaftNode.receive(vr(5, granted: false, from: green, to: red), state: leader, rules: raftThree)
        #expect(step.state.currentTerm == 5)
        #expect(step.state.votedFor == nil)
        #expect(step.state.role == .follower)
        #expect(step.state.votes.isEmpty && step.state.acks.isEmpty)
        let lost = step.events.crownsLost
        #expect(lost.count == 1 && lost.first?.reason == .higherBallot(5) && lost.first?.term == 1)
    }

    @Test("a voter grants its vote to the first candidate of a term and replies vr(term, yes)")
    func grantsVote() {
        let step = RaftNode.receive(rv(4, from: red, to: green), state: raftNode(green, term: 2), rules: raftThree)
        #expect(step.state.votedFor == red)
        #expect(step.state.currentTerm == 4)
        #expect(step.outgoing == [vr(4, granted: true, from: green, to: red)])
        #expect(step.outgoing.first?.label == "vr(4, yes)")
        #expect(step.heardProgress)
    }

    @Test("a voter that voted for another candidate in this term refuses")
    func refusesSecondCandidate() {
        // Only the owner stands in a term, so the other candidate is the voter itself, a candidate of term 5.
        let candidate = RaftNode.startElection(raftNode(green, term: 3), rules: raftThree).state
        #expect(candidate.currentTerm == 5)
        let step = RaftNode.receive(rv(5, from: red, to: green), state: candidate, rules: raftThree)
        #expect(step.events.voteRefusals == [.votedForAnother(green)])
        #expect(step.outgoing == [vr(5, granted: false, from: green, to: red)])
        #expect(step.state.votedFor == green)
    }

    @Test("a repeated request from the candidate it voted for gets the same vote again")
    func repeatsVoteForSameCandidate() {
        let once = RaftNode.receive(rv(4, from: red, to: green), state: raftNode(green), rules: raftThree).state
        let twice = RaftNode.receive(rv(4, from: red, to: green), state: once, rules: raftThree)
        #expect(twice.outgoing == [vr(4, granted: true, from: green, to: red)])
        #expect(twice.state == once)
    }

    @Test("the election restriction: a voter refuses a candidate whose last log term is below its own")
    func electionRestriction() {
        let voter = raftNode(green, term: 2, entry: (2, green))
        let behind = RaftNode.receive(rv(4, lastLogTerm: 1, from: red, to: green), state: voter, rules: raftThree)
        #expect(behind.events.voteRefusals == [.logBehind(candidate: 1, own: 2)])
        #expect(behind.outgoing.first?.granted == false)
        // It still adopts the term, and its vote is free for a candidate that is not behind.
        #expect(behind.state.currentTerm == 4 && behind.state.votedFor == nil)
        let equal = RaftNode.receive(rv(4, lastLogTerm: 2, from: red, to: green), state: voter, rules: raftThree)
        #expect(equal.outgoing.first?.granted == true)
    }

    @Test("without the election restriction the same voter grants the vote")
    func noElectionRestrictionVariant() {
        let rules = RaftRules(nodeCount: 3, variant: .noElectionRestriction)
        let voter = raftNode(green, term: 2, entry: (2, green))
        let step = RaftNode.receive(rv(4, lastLogTerm: 0, from: red, to: green), state: voter, rules: rules)
        #expect(step.outgoing.first?.granted == true)
    }

    @Test("a vote request of an older term is refused with the voter's term, so the candidate steps down")
    func staleRequestRefused() {
        let step = RaftNode.receive(rv(1, from: red, to: green), state: raftNode(green, term: 2), rules: raftThree)
        #expect(step.events.voteRefusals == [.staleTerm(current: 2)])
        #expect(step.outgoing == [vr(2, granted: false, from: green, to: red)])
        let candidate = raftCandidate(raftNode(red))
        let back = RaftNode.receive(step.outgoing[0], state: candidate, rules: raftThree)
        #expect(back.state.role == .follower && back.state.currentTerm == 2)
    }

    @Test("votes from a majority, itself included, make the candidate leader with its own colour when its log is empty")
    func winsWithOwnColour() {
        let start = RaftNode.startElection(raftNode(blue), rules: raftThree)
        let step = RaftNode.receive(vr(3, from: red, to: blue), state: start.state, rules: raftThree)
        #expect(step.state.role == .leader)
        #expect(step.state.entry == RaftEntry(term: 3, value: blue))
        #expect(step.events.crownsGained.map(\.value) == [blue])
        #expect(step.outgoing == [ae(3, blue, from: blue, to: red), ae(3, blue, from: blue, to: green)])
        #expect(step.outgoing.first?.label == "ae(3, blue)")
        #expect(step.state.acks == NodeSet([blue]))
    }

    @Test("a new leader keeps the value of its log entry and re-stamps it with its own term")
    func winsWithLoggedValue() {
        let leader = raftLeader(blue, entry: (2, green))
        #expect(leader.currentTerm == 3)
        #expect(leader.entry == RaftEntry(term: 3, value: green))
    }

    @Test("a duplicated vote never counts twice: with five nodes, two copies of one vote are not a majority")
    func duplicatedVote() {
        let candidate = raftCandidate(raftNode(red), rules: raftFive, votesFrom: [green])
        let step = RaftNode.receive(vr(1, from: green, to: red), state: candidate, rules: raftFive)
        #expect(step.state.role == .candidate)
        #expect(step.state.votes == NodeSet([red, green]))
        #expect(step.events.ignoreReasons == [.alreadyCounted])
    }

    @Test("a refused vote, a vote of another term, or a vote after winning is not counted")
    func uncountedVotes() {
        let candidate = raftCandidate(raftNode(red))
        let refused = RaftNode.receive(vr(1, granted: false, from: green, to: red), state: candidate, rules: raftThree)
        #expect(refused.events.ignoreReasons == [.refused] && refused.state.votes.count == 1)
        let leader = raftLeader(red)
        let late = RaftNode.receive(vr(1, from: blue, to: red), state: leader, rules: raftThree)
        #expect(late.events.ignoreReasons == [.alreadyLeading] && late.outgoing.isEmpty)
        let follower = raftNode(red, term: 1)
        let stray = RaftNode.receive(vr(1, from: blue, to: red), state: follower, rules: raftThree)
        #expect(stray.events.ignoreReasons == [.notCandidate])
    }

    @Test("a leader that stands again loses its crown and starts a higher term")
    func leaderRestarts() {
        let step = RaftNode.startElection(raftLeader(red), rules: raftThree)
        #expect(step.events.crownsLost.map(\.reason) == [.restarted])
        #expect(step.state.currentTerm == 4 && step.state.role == .candidate)
    }

    @Test("with a quorum of one (small quorum), a candidate leads and commits alone at once")
    func smallQuorumAlone() {
        let step = RaftNode.startElection(raftNode(green), rules: RaftRules(nodeCount: 3, variant: .smallQuorum))
        #expect(step.state.role == .leader && step.state.committed && step.state.learned == green)
    }
}

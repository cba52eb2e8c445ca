/// A seeded swarm adversary: every round it draws a fault mix and pace from its seed, then plays it like a
/// restless player.
///
/// As in swarm testing, no single mix is best at finding bugs, but many different ones together are: a seed may
/// kill leaders right after their first accept, hold acceptors between the phases, strike in bursts, or just
/// kill, recover and hold at random. It always lets go of a hold and recovers what it killed, so rounds end,
/// and it sometimes tries what the rules refuse (a second kill), so refusals are exercised too.
public struct RandomAdversary: Player {
    /// One seed's fault mix, drawn once.
    struct Mix {
        /// How often it looks at the game.
        var pollMs: Tick
        /// Chance (percent) of killing a leader that has just entered phase 2, before its p2a are all out.
        var killNewLeader: Int
        /// Chance (percent) of holding a proposer that has just sent its p1a, between its two phases, and for how
        /// long: long enough for another node to time out and win phase 1 with its own value meanwhile.
        var holdBetweenPhases: Int
        var proposerHoldMs: ClosedRange<Tick>
        /// Gap between background faults, and the chance (percent) that one starts a burst of faults.
        var faultGapMs: ClosedRange<Tick>
        var burst: Int
        var holdMs: ClosedRange<Tick>
        var downMs: ClosedRange<Tick>
        /// How long into a round it attacks; then it only recovers and lets go, so the round can end (a fast
        /// enough mix would otherwise kill every leader forever, which no protocol survives).
        var attackMs: Tick

        init(_ rng: inout SeededGenerator) {
            pollMs = rng.int(in: 100...700)
            killNewLeader = [0, 30, 60, 90][rng.int(in: 0...3)]
            holdBetweenPhases = [50, 80, 100][rng.int(in: 0...2)]
            proposerHoldMs = 20_000...rng.int(in: 30_000...45_000)
            let gap = rng.int(in: 1_000...8_000)
            faultGapMs = (gap / 2)...(gap * 2)
            burst = rng.int(in: 0...30)
            let hold = rng.int(in: 1_000...12_000)
            holdMs = 300...hold
            let down = rng.int(in: 500...10_000)
            downMs = 300...down
            attackMs = rng.int(in: 60_000...180_000)
        }
    }

    private var rng: SeededGenerator
    private(set) var mix: Mix
    /// The round the current mix was drawn for.
    private var mixRound = 1
    private var pollAt: Tick
    private var faultAt: Tick
    private var burstLeft = 0
    private var heldNode: NodeID?
    private var releaseAt: Tick = 0
    private var recoverAt: [NodeID: Tick] = [:]
    /// The last leader ballot it considered striking, so each new leader gets one roll of the dice.
    private var judgedBallot: Ballot = 0
    /// The last phase 1 ballot it considered holding, likewise.
    private var judgedProposal: Ballot = 0

    public init(seed: UInt64) {
        rng = SeededGenerator(seed: seed).derived(0xAD7E_25A2)
        mix = Mix(&rng)
        pollAt = mix.pollMs
        faultAt = rng.int(in: 500...6_000)
    }

    public mutating func nextActionTime<P: Consensus>(in game: TimedGame<P>) -> Tick? {
        if game.round != mixRound {
            mixRound = game.round
            mix = Mix(&rng)
            pollAt = min(pollAt, game.now + mix.pollMs)
        }
        return min(pollAt, faultAt)
    }

    public mutating func takeAction<P: Consensus>(in game: TimedGame<P>) -> PlayerAction? {
        if game.now >= pollAt { pollAt = game.now + mix.pollMs }
        if let held = heldNode, releaseAt <= game.now {
            heldNode = nil
            if game.nodes[held].isHeld { return .release(held) }
        }
        // Recover in node order, so the choice never depends on a dictionary's order.
        for node in game.nodes.indices where !game.nodes[node].isAlive && (recoverAt[node] ?? 0) <= game.now {
            recoverAt[node] = nil
            return .recover(node)
        }
        guard game.now - game.roundStartedAt < mix.attackMs else {
            // Keep the next fault time ahead of the clock, or the player would ask to act in the past forever.
            faultAt = max(faultAt, pollAt)
            return nil
        }
        if let strike = strikeNewLeader(in: game) { return strike }
        guard game.now >= faultAt else { return nil }
        if burstLeft > 0 {
            burstLeft -= 1
            faultAt = game.now + rng.int(in: 100...400)
        } else {
            if rng.int(in: 0...99) < mix.burst { burstLeft = rng.int(in: 2...5) }
            faultAt = game.now + rng.int(in: mix.faultGapMs)
        }
        return randomFault(in: game)
    }

    /// Two moments decide whether values compete. A leader fresh in phase 2 (only its own accept so far) may be
    /// killed before its p2a are all out; a proposer fresh in phase 1 may be held before it counts its promises,
    /// so another node times out, wins phase 1 with nothing accepted and proposes its own colour, and then the
    /// held one, let go, proposes its own too.
    private mutating func strikeNewLeader<P: Consensus>(in game: TimedGame<P>) -> PlayerAction? {
        if let leader = game.nodes.first(where: { $0.isAlive && $0.state.isNewLeader }),
           leader.state.standingBallot != judgedBallot {
            judgedBallot = leader.state.standingBallot
            if rng.int(in: 0...99) < mix.killNewLeader, game.refusal(of: .kill(leader.id)) == nil {
                recoverAt[leader.id] = game.now + rng.int(in: mix.downMs)
                return .kill(leader.id)
            }
        }
        if heldNode == nil, let proposer = game.nodes.first(where: {
            $0.isAlive && !$0.isHeld && $0.state.isSeekingQuorum && $0.state.standingBallot != judgedProposal
        }) {
            judgedProposal = proposer.state.standingBallot
            if rng.int(in: 0...99) < mix.holdBetweenPhases {
                heldNode = proposer.id
                releaseAt = game.now + rng.int(in: mix.proposerHoldMs)
                return .hold(proposer.id)
            }
        }
        return nil
    }

    private mutating func randomFault<P: Consensus>(in game: TimedGame<P>) -> PlayerAction? {
        let node = rng.int(in: 0...(game.rules.nodeCount - 1))
        let roll = rng.int(in: 0...99)
        switch roll {
        case 0..<40:
            // A kill the rules refuse is still tried now and then: refusals get exercised too.
            if game.refusal(of: .kill(node)) == nil { recoverAt[node] = game.now + rng.int(in: mix.downMs) }
            return .kill(node)
        case 40..<80 where heldNode == nil && game.nodes[node].isAlive:
            heldNode = node
            releaseAt = game.now + rng.int(in: mix.holdMs)
            return .hold(node)
        default:
            return nil
        }
    }
}

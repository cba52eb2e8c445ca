/// A seeded adversary that kills, recovers and holds at random times, like a restless player with a mouse.
///
/// It holds one node at a time and always lets go, and it sometimes tries what the rules refuse
/// (a second kill), so refusals are exercised too.
public struct RandomAdversary: Player {
    private var rng: SeededGenerator
    private var nextAt: Tick
    private var heldNode: NodeID?
    private var releaseAt: Tick = 0

    public init(seed: UInt64) {
        rng = SeededGenerator(seed: seed).derived(0xAD7E_25A2)
        nextAt = rng.int(in: 500...6_000)
    }

    public mutating func nextActionTime(in game: PaxosGame) -> Tick? {
        heldNode != nil ? min(releaseAt, nextAt) : nextAt
    }

    public mutating func takeAction(in game: PaxosGame) -> PlayerAction? {
        if let held = heldNode, releaseAt <= game.now {
            heldNode = nil
            return game.nodes[held].isHeld ? .release(held) : nil
        }
        nextAt = game.now + rng.int(in: 500...6_000)
        let node = rng.int(in: 0...(game.rules.nodeCount - 1))
        let roll = rng.int(in: 0...99)
        let down = game.nodes.filter { !$0.isAlive }.map(\.id)
        switch roll {
        case 0..<30:
            return .kill(node)
        case 30..<60 where !down.isEmpty:
            return .recover(down[rng.int(in: 0...(down.count - 1))])
        case 60..<90 where heldNode == nil && game.nodes[node].isAlive:
            heldNode = node
            releaseAt = game.now + rng.int(in: 300...8_000)
            return .hold(node)
        default:
            return nil
        }
    }
}

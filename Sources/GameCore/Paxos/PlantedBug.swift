/// A bug planted in the handlers on purpose, for tests only (never a level): each is a mistake a change to the
/// handlers could really make, and the tests show which check catches it.
enum PlantedBug: Hashable, Sendable {
    /// A crash forgets the acceptor's promise but keeps its vote: the reductions' facts no longer hold.
    case crashForgetsPromise
    /// A new leader adopts the value of the lowest accepted ballot reported in p1b instead of the highest.
    case adoptsLowestAccepted
    /// An acceptor accepts p2a only strictly above its promise, so a leader's own promise blocks its accept:
    /// every safety invariant holds, but nothing is ever decided.
    case strictAccept
}

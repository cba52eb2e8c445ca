import ArgumentParser
import GameCore

/// `--protocol paxos|raft`: the same game, players and invariant checks for either.
extension ProtocolKind: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(rawValue: argument.lowercased())
    }
}

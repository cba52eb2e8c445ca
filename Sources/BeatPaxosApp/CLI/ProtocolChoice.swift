import ArgumentParser
import GameCore

/// Which consensus protocol the nodes run: the same game, players and invariant checks for either.
enum ProtocolChoice: String, ExpressibleByArgument, CaseIterable {
    case paxos
    case raft

    init?(argument: String) {
        self.init(rawValue: argument.lowercased())
    }
}

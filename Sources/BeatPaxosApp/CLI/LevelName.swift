import ArgumentParser
import GameCore

/// The levels `--variant` may name, and what every command says when a name is not one of its protocol's levels.
enum LevelName {
    static let paxosLevels = Variant.allCases.map(\.rawValue).joined(separator: ", ")
    static let raftLevels = RaftVariant.allCases.map(\.rawValue).joined(separator: ", ")

    /// The Paxos level `name` names; a Raft level's name, or none at all, is an error that says so.
    static func paxos(_ name: String) throws -> Variant {
        guard let level = Variant(rawValue: name) else { throw ValidationError(mismatch(name, for: .paxos)) }
        return level
    }

    /// The Raft level `name` names; a Paxos-only name, or none at all, is an error that says so.
    static func raft(_ name: String) throws -> RaftVariant {
        guard let level = RaftVariant(rawValue: name) else { throw ValidationError(mismatch(name, for: .raft)) }
        return level
    }

    /// One wording for every command, so `play`, `simulate` and `verify` read alike and a script can match it.
    static func mismatch(_ name: String, for kind: ProtocolKind) -> String {
        switch kind {
        case .raft where Variant(rawValue: name) != nil:
            "--variant \(name) is not a Raft level (Raft levels: \(raftLevels))"
        case .paxos where RaftVariant(rawValue: name) != nil:
            "--variant \(name) is a Raft level: add --protocol raft (Paxos levels: \(paxosLevels))"
        default:
            "--variant \(name) names no level (Paxos: \(paxosLevels); Raft: \(raftLevels))"
        }
    }
}

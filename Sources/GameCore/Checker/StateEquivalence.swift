/// Which differences between two states the checker's key leaves out, because no future move and no invariant
/// can tell them apart (see `DeadFields` for the nodes' fields).
struct StateEquivalence {
    /// The rules whose ballot ownership decides the nodes' dead fields; nil keeps every field.
    let deadFieldRules: ProtocolRules?
    /// Whether the ledger's highest promise of each acceptor is left out. It is read only to catch a vote below
    /// a promise; when promises never drop and no vote goes below the acceptor's own promise (both facts tested
    /// on every move), the ledger's promise never passes the node's own and no such vote can come, so it can
    /// change nothing.
    let dropsLedgerPromises: Bool

    static let none = StateEquivalence(deadFieldRules: nil, dropsLedgerPromises: false)

    init(deadFieldRules: ProtocolRules?, dropsLedgerPromises: Bool) {
        self.deadFieldRules = deadFieldRules
        self.dropsLedgerPromises = dropsLedgerPromises
    }

    /// Every equivalence the rules and the facts a search relies on allow.
    init(rules: ProtocolRules, facts: HandlerFacts) {
        self.init(deadFieldRules: rules, dropsLedgerPromises: facts.isSuperset(of: [.promisesNeverDrop, .votesKeepPromises]))
    }
}

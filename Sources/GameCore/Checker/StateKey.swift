/// A model state packed into a few machine words, so the checker's table of seen states hashes and compares
/// cheaply. Two states get the same key exactly when they agree on everything that can change what happens
/// next or what an invariant says.
struct StateKey: Hashable {
    let words: [UInt64]

    func hash(into hasher: inout Hasher) {
        words.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}

extension ModelState {
    /// Ballots take 6 bits in a key, so the checker's bound stays below 64.
    static let maxKeyBallot = 63

    /// The key with `merging`'s equivalences applied (none by default).
    func key(merging equivalence: StateEquivalence = .none) -> StateKey {
        let count = nodes.count
        var words: [UInt64] = []
        words.reserveCapacity(count + 4 + sent.count)
        for node in nodes {
            words.append(Self.pack(equivalence.deadFieldRules.map { node.clearingDeadFields(rules: $0) } ?? node))
        }
        var header = UInt64(down.bits)
        header |= (ledger.brokenPromises.isEmpty ? 0 : 1) << 5
        if !equivalence.dropsLedgerPromises {
            for (index, promise) in ledger.highestPromise.enumerated() {
                header |= UInt64(promise) << UInt64(6 + 6 * index)
            }
        }
        words.append(header)
        var decided: UInt64 = 0
        for decision in ledger.decisions { decided |= 1 << UInt64(decision.node * count + decision.value) }
        words.append(decided)
        // Each variable-length part is preceded by its length, so no two different states share a key.
        words.append(UInt64(sent.count))
        words.append(contentsOf: sent)
        // Votes as bits over (ballot, acceptor, value); proposals as bits over (ballot, value).
        var start = beginPart(&words)
        for vote in ledger.votes {
            setBits(1, at: ((vote.ballot - 1) * count + vote.acceptor) * count + vote.value, from: start, in: &words)
        }
        endPart(start, &words)
        start = beginPart(&words)
        for proposal in ledger.proposals {
            setBits(1, at: (proposal.ballot - 1) * count + proposal.value, from: start, in: &words)
        }
        endPart(start, &words)
        return StateKey(words: words)
    }

    private func beginPart(_ words: inout [UInt64]) -> Int {
        words.append(0)
        return words.count
    }

    private func endPart(_ start: Int, _ words: inout [UInt64]) {
        words[start - 1] = UInt64(words.count - start)
    }

    /// ORs `bits` (at most 3 bits wide) in at bit `offset` of the words from `start` on, growing them as needed.
    /// The growth depends only on the highest offset, so equal sets give equal words.
    private func setBits(_ bits: UInt64, at offset: Int, from start: Int, in words: inout [UInt64]) {
        let word = start + offset / 64
        let shift = UInt64(offset % 64)
        while words.count <= word + 1 { words.append(0) }
        words[word] |= bits << shift
        if shift > 61 { words[word + 1] |= bits >> (64 - shift) }
    }

    /// One node in one word: five 6-bit ballots, four 3-bit values (0 for none), role, two node sets, decided.
    private static func pack(_ node: NodeState) -> UInt64 {
        func value(_ value: Value?) -> UInt64 { value.map { UInt64($0 + 1) } ?? 0 }
        var word = UInt64(node.promised)
        word |= UInt64(node.acceptedBallot) << 6
        word |= UInt64(node.ballot) << 12
        word |= UInt64(node.highestSeen) << 18
        word |= UInt64(node.reportedBallot) << 24
        word |= value(node.acceptedValue) << 30
        word |= value(node.learned) << 33
        word |= value(node.reportedValue) << 36
        word |= value(node.proposal) << 39
        let role: UInt64 = node.role == .follower ? 0 : node.role == .preparing ? 1 : 2
        word |= role << 42
        word |= UInt64(node.promisers.bits) << 44
        word |= UInt64(node.accepters.bits) << 52
        word |= (node.decided ? 1 : 0) << 60
        return word
    }
}

extension ModelState {
    /// Rebuilds a state from its key. Which promise was broken is not in the key, only that one was: a broken
    /// promise comes back as a stand-in, which is all the invariants look at.
    init<Words: RandomAccessCollection>(decoding words: Words, rules: ProtocolRules)
    where Words.Element == UInt64, Words.Index == Int {
        var cursor = words.startIndex
        func next() -> UInt64 {
            defer { cursor += 1 }
            return words[cursor]
        }
        let count = rules.nodeCount
        nodes = (0..<count).map { Self.unpack(next(), id: $0) }
        let header = next()
        down = NodeSet(bits: UInt8(truncatingIfNeeded: header) & 0x1F)
        let broken = header & (1 << 5) != 0
        let highestPromise = (0..<count).map { Int((header >> UInt64(6 + 6 * $0)) & 63) }
        let decided = next()
        let decisions = (0..<(count * count)).filter { decided & (1 << UInt64($0)) != 0 }
            .map { Decision(node: $0 / count, value: $0 % count) }
        let sentCount = Int(next())
        sent = Array(words[cursor..<(cursor + sentCount)])
        cursor += sentCount
        let voteWords = Int(next())
        var votes: [Vote] = []
        for index in 0..<(voteWords * 64) where words[cursor + index / 64] & (1 << UInt64(index % 64)) != 0 {
            votes.append(Vote(acceptor: (index / count) % count, ballot: index / (count * count) + 1, value: index % count))
        }
        cursor += voteWords
        let proposalWords = Int(next())
        var proposals: [Proposal] = []
        for index in 0..<(proposalWords * 64) where words[cursor + index / 64] & (1 << UInt64(index % 64)) != 0 {
            proposals.append(Proposal(ballot: index / count + 1, value: index % count))
        }
        let standIn = BrokenPromise(vote: Vote(acceptor: 0, ballot: 0, value: 0), promise: 0)
        ledger = SafetyLedger(rules: rules, proposals: proposals, votes: votes, highestPromise: highestPromise,
                              brokenPromises: broken ? [standIn] : [], decisions: decisions)
    }

    private static func unpack(_ word: UInt64, id: NodeID) -> NodeState {
        func ballot(_ shift: UInt64) -> Ballot { Int((word >> shift) & 63) }
        func value(_ shift: UInt64) -> Value? {
            let raw = Int((word >> shift) & 7)
            return raw == 0 ? nil : raw - 1
        }
        var node = NodeState(id: id)
        node.promised = ballot(0)
        node.acceptedBallot = ballot(6)
        node.ballot = ballot(12)
        node.highestSeen = ballot(18)
        node.reportedBallot = ballot(24)
        node.acceptedValue = value(30)
        node.learned = value(33)
        node.reportedValue = value(36)
        node.proposal = value(39)
        let role = (word >> 42) & 3
        node.role = role == 0 ? .follower : role == 1 ? .preparing : .leading
        node.promisers = NodeSet(bits: UInt8(truncatingIfNeeded: word >> 44))
        node.accepters = NodeSet(bits: UInt8(truncatingIfNeeded: word >> 52))
        node.decided = (word >> 60) & 1 != 0
        return node
    }
}

import Testing
import GameCore

@Suite("The space-time diagram of a Raft game: Raft's messages, marks and words, from the same diagram code")
struct RaftDiagramTests {
    @Test("every Raft message sent in the round is one SVG element with its type, term, ends and fate",
          arguments: [(UInt64(1), 3), (5, 3), (2, 5)])
    func svgMatchesEvents(seed: UInt64, nodeCount: Int) throws {
        var history = RaftHistory(config: GameSetup<Raft>(seed: seed, nodeCount: nodeCount))
        var adversary = RandomAdversary(seed: seed)
        let stretch = try history.playThrough(.round(2), player: &adversary)
        let diagram = history.diagram(from: stretch.start, to: stretch.end)
        let elements = try #require(SVGElements.parse(SpaceTimeSVG.render(diagram, title: "Round 2")))
        let drawn = elements.filter { $0.attributes["data-type"] != nil }
        let sends = history.events.compactMap { event -> (Tick, RaftMessage)? in
            guard case .send(let message) = event.kind, (stretch.start...stretch.end).contains(event.time) else { return nil }
            return (event.time, message)
        }
        #expect(sends.count > 5, "seed \(seed)")
        #expect(drawn.count == sends.count, "seed \(seed)")
        for (element, (time, message)) in zip(drawn, sends) {
            let a = element.attributes
            #expect(a["data-type"] == message.kind.rawValue)
            #expect(a["data-ballot"] == String(message.term))
            #expect(a["data-from"] == NodeNames.name(message.from))
            #expect(a["data-to"] == NodeNames.name(message.to))
            #expect(a["data-sent"] == Seconds.exact(time))
            #expect(a["data-label"] == message.label)
        }
        #expect(diagram.messages.allSatisfy { $0.ballotOwner == ($0.ballot - 1) % nodeCount })
    }

    @Test("a fault-free Raft round shows its leader's crown with its term, the commit, the learns, in Raft's words")
    func marksInRaftWords() throws {
        var history = RaftHistory(config: GameSetup<Raft>(seed: 1))
        var idle = IdlePlayer()
        let stretch = try history.playThrough(.round(1), player: &idle)
        let diagram = history.diagram(from: stretch.start, to: stretch.end)
        let crown = try #require(diagram.marks.first { if case .crownGained = $0.kind { return true } else { return false } })
        #expect(crown.text.hasPrefix("leads term "))
        let commit = try #require(diagram.marks.first { if case .decided = $0.kind { return true } else { return false } })
        #expect(commit.text.hasPrefix("commits "))
        #expect(commit.node == crown.node)
        let learners = diagram.marks.filter { if case .learned = $0.kind { return true } else { return false } }.map(\.node)
        #expect(Set(learners + [commit.node]) == [0, 1, 2])
        #expect(Set(diagram.messages.map(\.type)).isSuperset(of: ["rv", "vr", "ae", "ar", "commit"]))
        let svg = SpaceTimeSVG.render(diagram, title: "Raft")
        #expect(svg.contains("in its term owner"))
        #expect(!svg.contains("ballot owner"))
    }

    @Test("a refused vote is a refusal mark saying why, in a few words")
    func refusedVoteMarked() throws {
        // A candidate whose log is behind is refused by a voter that stored an entry: crash the leader after
        // it has replicated, and keep the next candidate's messages flowing.
        var history = RaftHistory(config: GameSetup<Raft>(seed: 1))
        var adversary = RandomAdversary(seed: 11)
        history.play(&adversary, to: 600_000)
        let diagram = history.diagram(from: 0, to: 600_000)
        let refusals = diagram.marks.filter { $0.kind == .refused }
        let refusalEvents = history.events.filter {
            switch $0.kind {
            case .node(.voteRefused), .node(.appendRefused): return true
            default: return false
            }
        }
        #expect(!refusalEvents.isEmpty, "ten minutes of random attacks refuse some vote")
        #expect(refusals.count == refusalEvents.count)
        #expect(refusals.allSatisfy { $0.text.hasPrefix("refuses rv(") || $0.text.hasPrefix("refuses ae(") })
    }

    @Test("a message a checker's schedule holds back flies from its dispatch: it would land a flight after that, not after its send")
    func dispatchedArrival() throws {
        let levelBreak = try #require(LevelProof.shortestBreak(of: RaftVariant.noElectionRestriction)).levelBreak
        let actions = levelBreak.narrated.map(\.action)
        let message = try #require(actions.lazy.compactMap { action -> RaftMessage? in
            if case .deliverRaft(let message) = action.action { return message } else { return nil }
        }.first)
        let dispatch = try #require(actions.first { $0.action == .deliverRaft(message) })
        var history = RaftHistory(config: levelBreak.setup, actions: actions)
        history.advance(to: dispatch.time + 100)
        let diagram = history.diagram(from: 0, to: dispatch.time + 100)
        let item = try #require(diagram.messages.first { $0.label == message.label && $0.from == message.from && $0.to == message.to })
        #expect(item.sentAt < dispatch.time, "it waited in the network")
        #expect(item.fate == .inFlight)
        #expect(item.dispatchedAt == dispatch.time)
        #expect(diagram.arrival(of: item) == dispatch.time + Timing().flightMs)
    }

    @Test("under a schedule a message not yet dispatched waits at its sender from the start; one delivered twice is two arrows")
    func scheduleWaitsAndRedelivers() throws {
        let vote = rv(1, from: red, to: green)
        let events: [TimedEvent<RaftEventKind>] = [
            TimedEvent(time: 0, kind: .send(vote)),
            TimedEvent(time: 5_000, kind: .scheduled(.deliverRaft(vote))),
            TimedEvent(time: 6_500, kind: .deliver(vote)),
            TimedEvent(time: 10_000, kind: .scheduled(.deliverRaft(vote))),
            TimedEvent(time: 11_500, kind: .deliver(vote)),
        ]
        let early = SpaceTimeDiagram(events: events.prefix(1), nodeCount: 3, from: 0, to: 500, followsSchedule: true)
        #expect(early.isWaiting(try #require(early.messages.first)), "held back by the schedule, though its flight time has not passed")
        let free = SpaceTimeDiagram(events: events.prefix(1), nodeCount: 3, from: 0, to: 500)
        #expect(!free.isWaiting(try #require(free.messages.first)), "without a schedule it is simply in flight")
        let whole = SpaceTimeDiagram(events: events, nodeCount: 3, from: 0, to: 12_000, followsSchedule: true)
        #expect(whole.messages.count == 2)
        #expect(whole.messages.map(\.sentAt) == [0, 10_000])
        #expect(whole.messages.map(\.dispatchedAt) == [5_000, 10_000])
        #expect(whole.messages.map(\.fate) == [.delivered(6_500), .delivered(11_500)])
    }

    @Test("a diagram started mid-game from what is under way equals the one built from the whole game")
    func underWayMatchesWholeGame() throws {
        let script = [TimedAction(time: 2_000, action: .kill(green)), TimedAction(time: 3_000, action: .hold(blue)),
                      TimedAction(time: 30_000, action: .recover(green)), TimedAction(time: 40_000, action: .release(blue))]
        var history = RaftHistory(config: GameSetup<Raft>(seed: 3), actions: script)
        history.advance(to: 60_000)
        let start: Tick = 10_000
        let whole = history.diagram(from: start, to: 60_000)
        let before = history.events.prefix { $0.time < start }
        let after = history.events.drop { $0.time < start }
        let underWay = SpaceTimeDiagram.underWay(before)
        #expect(underWay.down == [green] && underWay.held == [blue])
        let resumed = SpaceTimeDiagram(events: after, nodeCount: 3, from: start, to: 60_000,
                                       downAtStart: underWay.down, heldAtStart: underWay.held)
        #expect(resumed == whole)
        #expect(whole.down == [NodeInterval(node: green, start: start, end: 30_000)])
        #expect(whole.held == [NodeInterval(node: blue, start: start, end: 40_000)])
    }
}

import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import GameCore

/// The elements of an SVG document, each as its name and attributes; nil if the text is not well-formed XML.
final class SVGElements: NSObject, XMLParserDelegate {
    private(set) var elements: [(name: String, attributes: [String: String])] = []

    static func parse(_ text: String) -> [(name: String, attributes: [String: String])]? {
        let parser = XMLParser(data: Data(text.utf8))
        let collector = SVGElements()
        parser.delegate = collector
        return parser.parse() ? collector.elements : nil
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elements.append((name, attributes))
    }
}

/// The message sends of an event list in a stretch, each with what became of it (FIFO per identical message).
func sendsWithFates(_ events: [GameEvent], from start: Tick, to end: Tick) -> [(GameEvent, landed: GameEvent?)] {
    var result: [(GameEvent, landed: GameEvent?)] = []
    for (index, event) in events.enumerated() {
        guard case .send(let message) = event.kind, event.time >= start, event.time <= end else { continue }
        // Copies of this same message sent earlier and still flying land first.
        let earlierCopies = events[..<index].filter { $0.kind == .send(message) }.count
        let landings = events.filter { $0.kind == .deliver(message) || $0.kind == .drop(message) }
        // A round's start empties the network: only landings before the next round start count.
        let nextRound = events[index...].first { $0.kind.isRoundStart && $0.time > event.time }?.time ?? Int.max
        let landed = landings.count > earlierCopies && landings[earlierCopies].time < nextRound ? landings[earlierCopies] : nil
        result.append((event, landed))
    }
    return result
}

@Suite("The space-time diagram: every message of the stretch, drawn once, as the recording has it")
struct SpaceTimeDiagramTests {
    @Test("on a random-adversary game the SVG has one message element per message sent in the round, matching the events",
          arguments: [(UInt64(1), 3), (7, 3), (3, 5), (4, 5)])
    func svgMatchesRecording(seed: UInt64, nodeCount: Int) throws {
        var history = GameHistory(config: GameConfig(seed: seed, nodeCount: nodeCount))
        var adversary = RandomAdversary(seed: seed)
        let stretch = try history.playThrough(.round(2), player: &adversary)
        let diagram = history.diagram(from: stretch.start, to: stretch.end)
        let svg = SpaceTimeSVG.render(diagram, title: "Round 2")
        let elements = try #require(SVGElements.parse(svg), "seed \(seed): the SVG is not well-formed XML")
        let drawn = elements.filter { $0.attributes["data-type"] != nil }
        let sends = sendsWithFates(history.events, from: stretch.start, to: stretch.end)
        #expect(sends.count > 5, "seed \(seed)")
        #expect(drawn.count == sends.count, "seed \(seed)")
        for (element, (send, landed)) in zip(drawn, sends) {
            guard case .send(let message) = send.kind else { continue }
            let a = element.attributes
            #expect(element.name == "g")
            #expect(a["data-type"] == message.kind.rawValue, "seed \(seed)")
            #expect(a["data-ballot"] == String(message.ballot))
            #expect(a["data-from"] == NodeNames.name(message.from))
            #expect(a["data-to"] == NodeNames.name(message.to))
            #expect(a["data-sent"] == Seconds.exact(send.time))
            switch landed?.kind {
            case .deliver?: #expect(a["data-delivered"] == Seconds.exact(landed?.time ?? -1), "seed \(seed) \(message.label)")
            case .drop?: #expect(a["data-lost"] == Seconds.exact(landed?.time ?? -1), "seed \(seed) \(message.label)")
            default: #expect(a["data-delivered"] == nil && a["data-lost"] == nil, "seed \(seed) \(message.label)")
            }
        }
    }

    @Test("a stretch of times keeps only the messages sent in it, and knows the fate of those still flying at its end")
    func timeStretch() throws {
        var history = GameHistory(config: GameConfig(seed: 2))
        var idle = IdlePlayer()
        let stretch = try history.playThrough(.times(from: 5_000, to: 20_000), player: &idle)
        let diagram = history.diagram(from: stretch.start, to: stretch.end)
        let sent = history.events.filter { if case .send = $0.kind { return (5_000...20_000).contains($0.time) } else { return false } }
        #expect(!sent.isEmpty)
        #expect(diagram.messages.map(\.sentAt) == sent.map(\.time))
        #expect(diagram.messages.allSatisfy { $0.fate != .inFlight }, "the game ran on past the end")
    }

    @Test("a message to a down node is lost there, and the node's lifeline is broken while it is down")
    func lostAndDown() throws {
        let script = [TimedAction(time: 4_000, action: .kill(green)), TimedAction(time: 30_000, action: .recover(green))]
        var history = GameHistory(config: GameConfig(seed: 1), actions: script)
        history.advance(to: 40_000)
        let diagram = history.diagram(from: 0, to: 40_000)
        let lost = diagram.messages.filter { if case .lost = $0.fate { return true } else { return false } }
        #expect(!lost.isEmpty)
        #expect(lost.allSatisfy { $0.to == green })
        #expect(diagram.down == [NodeInterval(node: green, start: 4_000, end: 30_000)])
        #expect(diagram.marks.contains(DiagramMark(node: green, time: 4_000, kind: .crashed, text: "crashes")))
        let svg = SpaceTimeSVG.render(diagram, title: "lost")
        let elements = try #require(SVGElements.parse(svg))
        #expect(elements.filter { $0.attributes["data-lost"] != nil }.count == lost.count)
        #expect(elements.contains { $0.attributes["class"] == "down" })
    }

    @Test("holds are bands, crowns and the decision are marked, each message's colour is its ballot owner's")
    func marksAndOwners() {
        let script = [TimedAction(time: 3_000, action: .hold(blue)), TimedAction(time: 9_000, action: .release(blue))]
        var history = GameHistory(config: GameConfig(seed: 1), actions: script)
        history.advance(to: 90_000)
        let diagram = history.diagram(from: 0, to: 90_000)
        #expect(diagram.held == [NodeInterval(node: blue, start: 3_000, end: 9_000)])
        #expect(diagram.marks.contains { if case .crownGained = $0.kind { return true } else { return false } })
        #expect(diagram.marks.contains { if case .decided = $0.kind { return true } else { return false } })
        #expect(diagram.messages.allSatisfy { $0.ballotOwner == ($0.ballot - 1) % 3 })
    }

    @Test("a message still flying at the diagram's end is drawn part-way along its path, up to the present")
    func inFlightPartWay() throws {
        var history = GameHistory(config: GameConfig(seed: 1))
        history.advance(to: 6_000)
        let diagram = history.diagram(from: 0, to: 6_000)
        let flying = try #require(diagram.messages.first { $0.fate == .inFlight })
        #expect(diagram.arrival(of: flying) == flying.sentAt + Timing().flightMs)
        let elements = try #require(SVGElements.parse(SpaceTimeSVG.render(diagram, title: "now")))
        let group = try #require(elements.firstIndex { $0.attributes["data-in-flight"] == "true" })
        let line = elements[group + 1].attributes
        #expect(elements[group + 1].name == "line")
        /// Where a node's lifeline stands: the first line after its group.
        func lifelineX(_ node: NodeID) throws -> Double {
            let index = try #require(elements.firstIndex { $0.attributes["data-node"] == NodeNames.name(node) })
            let first = try #require(elements[index...].first { $0.name == "line" })
            return try #require(first.attributes["x1"].flatMap(Double.init))
        }
        let senderX = try lifelineX(flying.from)
        let receiverX = try lifelineX(flying.to)
        let x2 = try #require(line["x2"].flatMap(Double.init))
        #expect(line["x1"].flatMap(Double.init) == senderX)
        #expect(x2 > min(senderX, receiverX) + 1 && x2 < max(senderX, receiverX) - 1, "drawn part-way: \(x2)")
    }

    @Test("titles and labels are escaped: the SVG stays well-formed XML whatever they say")
    func escaping() throws {
        var history = GameHistory(config: GameConfig(seed: 1))
        history.advance(to: 30_000)
        let svg = SpaceTimeSVG.render(history.diagram(from: 0, to: 30_000), title: "a <b> & \"c\" 'd'")
        #expect(SVGElements.parse(svg) != nil)
        #expect(svg.contains("a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos;"))
    }

    @Test("a round the game never reaches is refused with a reason; the round under way when it stops ends there")
    func unreachableRound() throws {
        // Red down and Green held for good: no majority can work, so round 1 never ends.
        let script = [TimedAction(time: 1_000, action: .kill(red)), TimedAction(time: 1_200, action: .hold(green))]
        var history = GameHistory(config: GameConfig(seed: 1), actions: script)
        var idle = IdlePlayer()
        #expect(throws: DiagramSpanError.self) { try history.playThrough(.round(2), player: &idle) }
        let first = try history.playThrough(.round(1), player: &idle)
        #expect(first.start == 0)
        #expect(first.end == (history.events.last?.time ?? -1) + 2_000, "the last event and two seconds more")
    }
}

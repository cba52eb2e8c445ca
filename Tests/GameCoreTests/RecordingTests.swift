import Testing
import GameCore

/// A game recorded as the window and `simulate` write it: the header, then one line per event.
private func record<P: Player>(_ config: GameConfig, player: P, rounds: Int) -> [String] {
    var player = player
    var lines = [RecordingFormat.header(config)]
    _ = HeadlessRun.play(config: config, player: &player, rounds: rounds, onEvents: { events in
        lines += events.map(RecordingFormat.line)
    })
    return lines
}

/// The error `parse` throws for this text, if any.
private func parseError(_ text: String) -> RecordingError? {
    do {
        _ = try RecordingReader.parse(text)
        return nil
    } catch let error as RecordingError {
        return error
    } catch {
        Issue.record("unexpected error \(error)")
        return nil
    }
}

private let header = #"{"t":0.000,"ev":"game","seed":7,"nodes":3,"variant":"paxos"}"#

@Suite("Recordings: JSON Lines that replay a game exactly")
struct RecordingTests {
    @Test("the header names the seed, node count and variant, and reads back")
    func headerRoundTrips() throws {
        let config = GameConfig(seed: 12_345, nodeCount: 5, variant: .promiseBreaker)
        let line = RecordingFormat.header(config)
        #expect(line.hasPrefix(#"{"t":0.000,"ev":"game","#))
        let recording = try RecordingReader.parse(line)
        #expect(recording.seed == 12_345)
        #expect(recording.nodeCount == 5)
        #expect(recording.variant == .promiseBreaker)
        #expect(recording.actions.isEmpty)
    }

    @Test("every variant's name reads back from a header", arguments: Variant.allCases)
    func variantsRoundTrip(variant: Variant) throws {
        let recording = try RecordingReader.parse(RecordingFormat.header(GameConfig(seed: 1, variant: variant)))
        #expect(recording.variant == variant)
    }

    @Test("a seed too large for a double still reads back exactly", arguments: [UInt64(1) << 53 + 1, UInt64.max - 2])
    func largeSeedRoundTrips(seed: UInt64) throws {
        let recording = try RecordingReader.parse(RecordingFormat.header(GameConfig(seed: seed)))
        #expect(recording.seed == seed)
    }

    @Test("an event line starts with the time in seconds and the event kind")
    func eventLineShape() {
        let line = RecordingFormat.line(GameEvent(time: 12_500, kind: .kill(node: red, endedHold: false)))
        #expect(line == #"{"t":12.500,"ev":"kill","node":"red"}"#)
        let held = RecordingFormat.line(GameEvent(time: 7, kind: .kill(node: blue, endedHold: true)))
        #expect(held == #"{"t":0.007,"ev":"kill","node":"blue","ended_hold":true}"#)
    }

    @Test("the reader takes the player's actions, refused ones included, with their times, and skips other events")
    func readsActions() throws {
        let text = [
            header,
            #"{"t":1.500,"ev":"round_start","round":1}"#,
            #"{"t":2.000,"ev":"kill","node":"red"}"#,
            #"{"t":2.250,"ev":"refused","action":"kill","node":"green","reason":"Recover Red first"}"#,
            "",
            #"{"t":3.000,"ev":"hold","node":"Blue"}"#,
            #"{"t":4.000,"ev":"send","from":"red","to":"blue","type":"p1a","ballot":1}"#,
            #"{"t":5.000,"ev":"release","node":"blue"}"#,
            #"{"t":6.001,"ev":"recover","node":"red"}"#,
        ].joined(separator: "\n")
        let recording = try RecordingReader.parse(text)
        #expect(recording.actions == [
            TimedAction(time: 2_000, action: .kill(red)),
            TimedAction(time: 2_250, action: .kill(green)),
            TimedAction(time: 3_000, action: .hold(blue)),
            TimedAction(time: 5_000, action: .release(blue)),
            TimedAction(time: 6_001, action: .recover(red)),
        ])
    }

    @Test("replaying a recorded random-adversary game reproduces every line exactly",
          arguments: [(UInt64(1), 3, Variant.paxos), (2, 3, .paxos), (3, 5, .paxos), (4, 3, .amnesia), (5, 5, .smallQuorum)])
    func replayReproducesLines(seed: UInt64, nodeCount: Int, variant: Variant) throws {
        let config = GameConfig(seed: seed, nodeCount: nodeCount, variant: variant)
        let original = record(config, player: RandomAdversary(seed: seed), rounds: 12)
        let recording = try RecordingReader.parse(original.joined(separator: "\n") + "\n")
        #expect(recording.actions.count > 5, "seed \(seed): the adversary did something")
        #expect(recording.seed == seed && recording.nodeCount == nodeCount && recording.variant == variant)
        let replayConfig = GameConfig(seed: recording.seed ?? 0, nodeCount: recording.nodeCount ?? 0,
                                      variant: recording.variant ?? .paxos)
        let replay = record(replayConfig, player: ScriptedPlayer(actions: recording.actions), rounds: 12)
        #expect(replay.count == original.count, "seed \(seed)")
        let firstDifference = zip(original, replay).enumerated().first { $0.element.0 != $0.element.1 }
        #expect(firstDifference == nil, "seed \(seed): line \((firstDifference?.offset ?? 0) + 1) differs")
    }

    @Test("replaying with another seed does not reproduce the game")
    func replayNeedsTheSeed() throws {
        let original = record(GameConfig(seed: 8), player: RandomAdversary(seed: 8), rounds: 5)
        let recording = try RecordingReader.parse(original.joined(separator: "\n"))
        let other = record(GameConfig(seed: 9), player: ScriptedPlayer(actions: recording.actions), rounds: 5)
        #expect(Array(original.dropFirst()) != Array(other.dropFirst()))
    }

    // MARK: Errors, each at the right line

    @Test("a truncated line is reported with its line number")
    func truncatedLine() {
        let error = parseError([header, #"{"t":1.000,"ev":"kill","node":"red"}"#, #"{"t":2.000,"ev":"hold","no"#].joined(separator: "\n"))
        #expect(error?.line == 3)
        #expect(error?.reason.contains("truncated") == true)
    }

    @Test("a line that is not JSON is reported with its line number, blank lines counted")
    func nonJSON() {
        let error = parseError([header, "", "kill red at 2 s"].joined(separator: "\n"))
        #expect(error?.line == 3)
        #expect(error?.description.hasPrefix("line 3:") == true)
    }

    @Test("JSON that is not an object is refused")
    func jsonArray() {
        #expect(parseError([header, "[1, 2]"].joined(separator: "\n"))?.line == 2)
    }

    @Test("a line without \"t\" is reported with its line number")
    func missingTime() {
        let error = parseError([header, #"{"t":1.000,"ev":"kill","node":"red"}"#, #"{"ev":"recover","node":"red"}"#].joined(separator: "\n"))
        #expect(error?.line == 3)
        #expect(error?.reason.contains("\"t\"") == true)
    }

    @Test("a time that is not a number, or negative, is refused", arguments: [#""soon""#, "-1", "true"])
    func badTime(raw: String) {
        let error = parseError([header, #"{"t":\#(raw),"ev":"kill","node":"red"}"#].joined(separator: "\n"))
        #expect(error?.line == 2)
    }

    @Test("an action on an unknown node is reported with its line number")
    func unknownNode() {
        let error = parseError([header, #"{"t":1.000,"ev":"kill","node":"orange"}"#].joined(separator: "\n"))
        #expect(error?.line == 2)
        #expect(error?.reason.contains("orange") == true)
    }

    @Test("a node beyond the header's node count is unknown: yellow in a 3-node game")
    func nodeBeyondCount() {
        let error = parseError([header, #"{"t":1.000,"ev":"hold","node":"yellow"}"#].joined(separator: "\n"))
        #expect(error?.line == 2)
    }

    @Test("an action going back in time is reported with its line number")
    func timeGoingBackwards() {
        let error = parseError([
            header,
            #"{"t":5.000,"ev":"kill","node":"red"}"#,
            #"{"t":6.000,"ev":"hold","node":"blue"}"#,
            #"{"t":5.500,"ev":"recover","node":"red"}"#,
        ].joined(separator: "\n"))
        #expect(error?.line == 4)
        #expect(error?.reason.contains("back") == true)
    }

    @Test("a bad header is reported on its line", arguments: [
        #"{"t":0,"ev":"game","seed":7,"nodes":4,"variant":"paxos"}"#,
        #"{"t":0,"ev":"game","seed":7,"nodes":3,"variant":"byzantine"}"#,
        #"{"t":0,"ev":"game","seed":"seven","nodes":3,"variant":"paxos"}"#,
        #"{"t":0,"ev":"game","seed":-7,"nodes":3,"variant":"paxos"}"#,
    ])
    func badHeader(line: String) {
        let error = parseError(["", line, #"{"t":1.000,"ev":"kill","node":"red"}"#].joined(separator: "\n"))
        #expect(error?.line == 2, "\(line)")
    }

    @Test("a line without \"ev\" is refused")
    func missingKind() {
        #expect(parseError([header, #"{"t":1.0,"node":"red"}"#].joined(separator: "\n"))?.line == 2)
    }
}

@Suite("Recordings: hostile input is one error naming its line")
struct RecordingHardeningTests {
    private func reason(_ text: String) -> String? {
        do {
            _ = try RecordingReader.parse(text)
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test("numbers out of range are refused, not trapped on", arguments: [
        #"{"t":0,"ev":"game","seed":1,"nodes":1e300,"variant":"paxos"}"#,
        #"{"t":0,"ev":"game","seed":1,"nodes":9223372036854775807}"#,
        #"{"t":0,"ev":"game","seed":1e300}"#,
        #"{"t":0,"ev":"game","seed":1.5}"#,
        #"{"t":0,"ev":"game","nodes":3.5}"#,
        #"{"t":0,"ev":"game","schedule":1}"#,
        #"{"t":0,"ev":"game","schedule":"yes"}"#,
        #"{"t":1,"ev":"schedule","step":"deliver","from":"red","to":"green","type":"p1a","ballot":1e300}"#,
        #"{"t":1,"ev":"schedule","step":"deliver","from":"red","to":"green","type":"p1a","ballot":9223372036854775807}"#,
        #"{"t":1,"ev":"schedule","step":"deliver","from":"red","to":"green","type":"p1b","ballot":1,"acc_ballot":-1e300}"#,
    ])
    func outOfRange(line: String) throws {
        let text = try #require(reason(line))
        #expect(text.hasPrefix("line 1: "), "\(text)")
    }

    @Test("CRLF line ends read like LF")
    func crlf() throws {
        let text = "\(header)\r\n{\"t\":1.5,\"ev\":\"kill\",\"node\":\"red\"}\r\n"
        let recording = try RecordingReader.parse(text)
        #expect(recording.actions == [TimedAction(time: 1500, action: .kill(red))])
        #expect(recording.actionLines == [2])
    }

    @Test("a misspelt action is ignored with a warning naming its line")
    func nearMissWarns() throws {
        let recording = try RecordingReader.parse("\(header)\n{\"t\":1,\"ev\":\"Kill\",\"node\":\"red\"}\n")
        #expect(recording.actions.isEmpty)
        #expect(recording.warnings == [#"line 2: "ev": "Kill" is not an action and is ignored ("kill" meant?)"#])
    }

    @Test("a 5-node recording does not fit a 3-node game; a node beyond the game's count names its line")
    func fit() throws {
        let five = try RecordingReader.parse(#"{"t":0,"ev":"game","seed":1,"nodes":5}"#)
        let misfit = try #require(five.problem(playing: GameConfig(seed: 1, nodeCount: 3)))
        #expect(misfit.line == 1 && misfit.reason.contains("5 nodes"))
        let headless = try RecordingReader.parse("{\"t\":0,\"ev\":\"kill\",\"node\":\"red\"}\n{\"t\":1,\"ev\":\"kill\",\"node\":\"purple\"}")
        let missing = try #require(headless.problem(playing: GameConfig(seed: 1, nodeCount: 3)))
        #expect(missing.line == 2)
    }

    @Test("a schedule step delivering a message never sent is refused, naming its line")
    func neverSent() throws {
        let text = #"{"t":0,"ev":"game","seed":1,"nodes":3,"variant":"paxos","schedule":true}"# + "\n"
            + #"{"t":0,"ev":"schedule","step":"deliver","from":"red","to":"green","type":"p2a","ballot":7,"value":"red"}"#
        let recording = try RecordingReader.parse(text)
        let problem = try #require(recording.problem(playing: recording.config(seed: nil, nodeCount: nil, variant: nil)))
        #expect(problem.line == 2 && problem.reason.contains("never sent"), "\(problem)")
    }

    @Test("a line longer than a megabyte is refused without being held")
    func overlongLine() throws {
        let text = header + "\n" + String(repeating: " ", count: (1 << 20) + 10) + "{}\n"
        #expect(reason(text)?.hasPrefix("line 2: the line is longer") == true)
    }
}

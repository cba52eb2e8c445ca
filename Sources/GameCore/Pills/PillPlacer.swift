/// Places message pills in the flight band so that no two overlap, however many messages are in flight.
///
/// Each pill wants its message's point on the arc. When that spot is taken it first slides a little along or
/// across the arc, then says less ("R· p2a(2) → B", then "R·p2a→B") and may move further; if the band still
/// cannot hold them, messages sharing a path are folded into one pill with a count ("+2"), the busiest paths
/// first; and last the type shrinks, never below what a lecture hall can read. A pill is never drawn over another:
/// whatever finds no room at all is reported as hidden, for the board to count.
public struct PillPlacer {
    /// Where pills may lie: the flight band, less the legend's line.
    public let area: Rect
    /// Type sizes to try, largest first.
    public let textSizes: [Double]
    /// Lecture mode keeps every pill at least this tall, however small its type.
    public let minimumHeight: Double
    /// Clear space kept between two pills.
    public let gap: Double
    /// A pill's size around a label at a type size, padding included; the app measures with its font.
    public let measure: (String, Double) -> (w: Double, h: Double)

    public init(area: Rect, textSizes: [Double], minimumHeight: Double, gap: Double,
                measure: @escaping (String, Double) -> (w: Double, h: Double)) {
        self.area = area
        self.textSizes = textSizes
        self.minimumHeight = minimumHeight
        self.gap = gap
        self.measure = measure
    }

    /// The placer for a board: the band less `reservedBottom` pixels for the legend and the strips `notes` cover
    /// (see `area(_:clearOf:gap:)`), the board's pill type and the sizes it may shrink to.
    public init(layout: BoardLayout, reservedBottom: Double, notes: [Rect] = [],
                measure: @escaping (String, Double) -> (w: Double, h: Double)) {
        let band = layout.flightBand
        // Pills may reach past the board's margins but never into the pane.
        let whole = Rect(x: 2, y: band.y + 2, w: layout.pane.x - 4, h: band.h - reservedBottom - 2)
        let sizes = Self.textSizes(for: layout), minimumHeight = layout.lecture ? Self.lectureMinimumHeight : 0
        // The smallest pill this board draws: one line at its smallest type (a label's width does not matter here).
        let smallestPill = max(minimumHeight, measure("p3", sizes.last ?? 12).h)
        let area = Self.area(whole, clearOf: notes, gap: min(3 * layout.scale, 6), pillHeight: smallestPill)
        self.init(area: area, textSizes: sizes, minimumHeight: minimumHeight, gap: min(3 * layout.scale, 6), measure: measure)
    }

    /// The part of `area` no note covers: a note (a toast, the round banner, Show me's caption) in the upper half
    /// pushes the pills' top below it, one in the lower half pulls their bottom above it, so no message flies
    /// hidden under a note. A band too short to keep `pillHeight` (the board's smallest pill) beside its notes
    /// keeps its whole area: the notes then cover what they must.
    public static func area(_ area: Rect, clearOf notes: [Rect], gap: Double, pillHeight: Double) -> Rect {
        var top = area.y, bottom = area.maxY
        for note in notes where note.intersects(area) {
            if note.midY < area.midY { top = max(top, note.maxY + gap) } else { bottom = min(bottom, note.y - gap) }
        }
        guard bottom - top >= pillHeight else { return area }
        return Rect(x: area.x, y: top, w: area.w, h: bottom - top)
    }

    /// Lecture mode's promise: pills at least this tall, read from the back of a hall.
    public static let lectureMinimumHeight = 40.0

    /// The board's pill type (15 px at the design size, times zoom and lecture mode), then steps of 0.8 for a
    /// crowded band, never below 24 px in lecture mode or 12 px otherwise (at the design size).
    public static func textSizes(for layout: BoardLayout) -> [Double] {
        let normal = 15 * layout.scale
        let floor = min(normal, (layout.lecture ? 24 : 12) * layout.windowScale)
        var sizes = [normal]
        while let last = sizes.last, last > floor + 0.5 { sizes.append(max(floor, last * 0.8)) }
        return sizes
    }

    /// Every request in a pill of its own where there is room; see the type's summary for what crowding does.
    public func place(_ requests: [PillRequest]) -> PillPlan {
        var best: PillPlan?
        let sizes = LabelSizes(requests, textSizes: textSizes, measure: measure)
        let paths = Self.pathCounts(requests)
        for pass in passes(requests, paths: paths) {
            let units = Self.units(requests, paths: paths, foldingPathsWithAtLeast: pass.foldAt)
            let plan = pass.rows ? packRows(units, requests, pass, sizes) : greedy(units, requests, pass, sizes)
            if plan.hidden.isEmpty { return plan }
            if best.map({ plan.hidden.count < $0.hidden.count }) ?? true { best = plan }
        }
        return best ?? PillPlan(pills: [], hidden: Array(requests.indices))
    }

    /// One attempt at the whole band: a type size, the most detailed label allowed (in rows: the label used),
    /// which paths fold, and whether pills are packed in rows (a crowded band holds more that way).
    struct Pass {
        let size: Double
        /// Which of `textSizes` `size` is.
        let sizeIndex: Int
        let firstLabel: Int
        let foldAt: Int
        let rows: Bool
    }

    /// The attempts from the most readable to the most compact: the board as it flies; shorter labels in rows;
    /// the busiest paths folded; then smaller type, folding again.
    func passes(_ requests: [PillRequest], paths: [Int: Int]) -> [Pass] {
        let lastLabel = (requests.map { $0.labels.count }.min() ?? 1) - 1
        let folds = Self.foldThresholds(paths)
        var passes: [Pass] = []
        for (index, size) in textSizes.enumerated() {
            if index == 0 {
                passes.append(Pass(size: size, sizeIndex: index, firstLabel: 0, foldAt: .max, rows: false))
                passes += (1...max(1, lastLabel)).map { Pass(size: size, sizeIndex: index, firstLabel: min($0, lastLabel), foldAt: .max, rows: true) }
            } else {
                passes.append(Pass(size: size, sizeIndex: index, firstLabel: lastLabel, foldAt: .max, rows: true))
            }
            passes += folds.map { Pass(size: size, sizeIndex: index, firstLabel: lastLabel, foldAt: $0, rows: true) }
        }
        return passes
    }

    /// How many requests fly each path.
    static func pathCounts(_ requests: [PillRequest]) -> [Int: Int] {
        var counts: [Int: Int] = [:]
        for request in requests { counts[request.path, default: 0] += 1 }
        return counts
    }

    /// The pill counts at which paths are folded, busiest first: folding every path with at least that many
    /// messages, one count after another, frees the most room with the fewest folds.
    static func foldThresholds(_ paths: [Int: Int]) -> [Int] {
        Array(Set(paths.values.filter { $0 > 1 })).sorted(by: >)
    }

    /// The pills to place, in the requests' order: one per request, except that a path with at least
    /// `threshold` messages (`paths` counts them) becomes one pill at its first message.
    static func units(_ requests: [PillRequest], paths counts: [Int: Int], foldingPathsWithAtLeast threshold: Int) -> [[Int]] {
        guard threshold != .max else { return requests.indices.map { [$0] } }
        var units: [[Int]] = []
        var unitOfPath: [Int: Int] = [:]
        for (index, request) in requests.enumerated() {
            guard counts[request.path, default: 0] >= threshold else { units.append([index]); continue }
            if let unit = unitOfPath[request.path] {
                units[unit].append(index)
            } else {
                unitOfPath[request.path] = units.count
                units.append([index])
            }
        }
        return units
    }

    /// Places the units one after another, each in the first free spot it can take. A free-form band that
    /// cannot hold every pill gives way to rows, which hold more, so it stops at the first pill left without
    /// room and counts every unit after it as hidden too: a crowded band costs one short try, not a whole one.
    private func greedy(_ units: [[Int]], _ requests: [PillRequest], _ pass: Pass, _ sizes: LabelSizes) -> PillPlan {
        var pills: [PlacedPill] = []
        for (index, members) in units.enumerated() {
            let lead = members[0], folded = members.count - 1
            let sized = { (label: Int) -> (text: String, w: Double, h: Double) in
                let text = requests[lead].labels[label]
                guard folded > 0 else {
                    let measured = sizes.of(request: lead, label: label, size: pass.sizeIndex)
                    return (text, measured.w, measured.h)
                }
                let measured = measure(text + " +\(folded)", pass.size)
                return (text + " +\(folded)", measured.w, measured.h)
            }
            guard let (rect, label) = firstFreeSpot(for: requests[lead], labels: sized, pass, among: pills) else {
                return PillPlan(pills: pills, hidden: units[index...].flatMap { $0 }.sorted())
            }
            pills.append(PlacedPill(rect: rect, label: label, textSize: pass.size, members: members))
        }
        return PillPlan(pills: pills, hidden: [])
    }
}

/// A crowded band packed in rows: each pill in the row nearest its point that still has room, in the order the
/// messages fly along the band.
extension PillPlacer {
    /// Every unit with the pass's label, packed into rows; a unit no row has room for is hidden.
    func packRows(_ units: [[Int]], _ requests: [PillRequest], _ pass: Pass, _ sizes: LabelSizes) -> PillPlan {
        let sized = units.map { members -> (members: [Int], label: String, w: Double, h: Double) in
            let lead = requests[members[0]]
            let labelIndex = min(pass.firstLabel, lead.labels.count - 1)
            guard members.count > 1 else {
                let measured = sizes.of(request: members[0], label: labelIndex, size: pass.sizeIndex)
                return (members, lead.labels[labelIndex], measured.w, max(measured.h, minimumHeight))
            }
            let label = lead.labels[labelIndex] + " +\(members.count - 1)"
            let measured = measure(label, pass.size)
            return (members, label, measured.w, max(measured.h, minimumHeight))
        }
        let h = sized.map(\.h).max() ?? 0
        let rowCount = h > 0 ? Int(((area.h + gap) / (h + gap)).rounded(.down)) : 0
        var rows = [[Int]](repeating: [], count: max(0, rowCount))
        var used = [Double](repeating: 0, count: max(0, rowCount))
        var hidden: [Int] = []
        for (index, unit) in sized.enumerated() {
            let lead = requests[unit.members[0]]
            let preferred = min(max(Int(((lead.y - h / 2 - area.y) / (h + gap)).rounded()), 0), max(0, rowCount - 1))
            let width = { (row: Int) in used[row] + (rows[row].isEmpty ? 0 : gap) + unit.w }
            // The nearest row with room, the upper one of two as near.
            var chosen: Int?
            for distance in 0..<max(1, rowCount) where chosen == nil {
                for side in [-1, 1] {
                    let row = preferred + side * distance
                    if chosen == nil, rows.indices.contains(row), width(row) <= area.w { chosen = row }
                }
            }
            guard let row = chosen else {
                hidden += unit.members
                continue
            }
            used[row] = width(row)
            rows[row].append(index)
        }
        var pills: [PlacedPill] = []
        for (row, members) in rows.enumerated() {
            let y = area.y + Double(row) * (h + gap)
            let ordered = members.sorted { (requests[sized[$0].members[0]].x, $0) < (requests[sized[$1].members[0]].x, $1) }
            let xs = spread(ordered.map { (want: requests[sized[$0].members[0]].x - sized[$0].w / 2, w: sized[$0].w) })
            for (unit, x) in zip(ordered, xs) {
                let pill = sized[unit]
                pills.append(PlacedPill(rect: Rect(x: x, y: y, w: pill.w, h: h), label: pill.label, textSize: pass.size,
                                        members: pill.members))
            }
        }
        return PillPlan(pills: pills, hidden: hidden.sorted())
    }

    /// Left edges for pills in a row, each as near its wanted edge as the others allow: pushed right past its
    /// left neighbour, then back left from the band's end. The widths must fit the band together.
    func spread(_ pills: [(want: Double, w: Double)]) -> [Double] {
        var xs: [Double] = []
        for (index, pill) in pills.enumerated() {
            let floor = index == 0 ? area.x : xs[index - 1] + pills[index - 1].w + gap
            xs.append(max(pill.want, floor))
        }
        for index in pills.indices.reversed() {
            let ceiling = index == pills.count - 1 ? area.maxX - pills[index].w : xs[index + 1] - gap - pills[index].w
            xs[index] = min(xs[index], ceiling)
        }
        return xs
    }
}

/// The zoom a part of the window can afford: the player's, unless what that part must show does not fit at it;
/// then the largest smaller one that fits, down to a floor.
///
/// A big zoom or lecture mode in a small window leaves some parts (the pane, the lanes) too little room for their
/// text at the chosen size; they give up some of the zoom rather than cut words or show nothing.
public enum ZoomFit {
    /// The largest scale in `floor...wanted` for which `fits` holds, to within about 1%, assuming that what fits
    /// at one scale also fits at any smaller one; `floor` when nothing does, `wanted` when it fits as it is.
    public static func largest(wanted: Double, floor: Double, fits: (Double) -> Bool) -> Double {
        let floor = min(floor, wanted)
        guard !fits(wanted) else { return wanted }
        guard fits(floor) else { return floor }
        var low = floor, high = wanted
        // Halving the gap between a scale that fits and one that does not, until they are within 1% of each other.
        while high / low > 1.01 {
            let middle = (low + high) / 2
            if fits(middle) { low = middle } else { high = middle }
        }
        return low
    }
}

/// Which of a list's newest entries a box shows when every entry must be shown whole: a projected log whose last
/// line ends in "…" leaves a class guessing, so an entry that does not fit is left out rather than cut.
public enum WholeEntries {
    /// How many entries, newest first, fit in `rows` lines when entry `i` takes `lineCounts[i]` lines. The count
    /// stops at the first entry that does not fit: a smaller, older one below it would leave a gap in the story.
    public static func count(lineCounts: [Int], rows: Int) -> Int {
        var left = rows, shown = 0
        for lines in lineCounts {
            guard lines <= left else { break }
            left -= lines
            shown += 1
        }
        return shown
    }
}

/// Where wrapped text may break: at spaces, except before a seconds unit or a short number that ends the text, so
/// a projected line never holds a lone "s" ("29.0 / s") or a lone last "2" ("Chosen: green at ballot / 2").
public enum LineBreaks {
    /// The words a line may break between: a seconds unit stays with its number ("29.0 s"), and a short number
    /// that ends the text with the word before it ("ballot 2"). A number inside the text may start a line: keeping
    /// every one with its word would lengthen long evidence by a line.
    public static func words(_ string: String) -> [String] {
        let split = string.split(separator: " ", omittingEmptySubsequences: true)
        var words: [String] = []
        for (index, word) in split.enumerated() {
            let unit = word.first == "s" && word.dropFirst().allSatisfy { !$0.isLetter }
            let lastNumber = index == split.count - 1 && word.first?.isNumber == true && word.count <= 5
            if let last = words.last, (unit && last.last?.isNumber == true) || lastNumber {
                words[words.count - 1] = last + " " + word
            } else {
                words.append(String(word))
            }
        }
        return words
    }
}

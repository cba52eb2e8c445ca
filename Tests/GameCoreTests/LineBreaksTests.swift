import Testing
import GameCore

@Suite("Line breaks: no projected line is a lone unit or a lone last number")
struct LineBreaksTests {
    @Test("a unit stays with its number, and a short number ending the text with the word before it")
    func kept() {
        #expect(LineBreaks.words("Chosen: green at ballot 2") == ["Chosen:", "green", "at", "ballot 2"])
        #expect(LineBreaks.words("Leaders: Green in 2.") == ["Leaders:", "Green", "in 2."])
        #expect(LineBreaks.words("times out in 15 s") == ["times", "out", "in", "15 s"])
        #expect(LineBreaks.words("Round 1 decided green in 27 s: press N") == ["Round", "1", "decided", "green", "in", "27 s:", "press", "N"])
    }

    @Test("a number inside the text, a leading one and a long one break as words do")
    func notKept() {
        #expect(LineBreaks.words("ballot 2 by Red, Green and Blue") == ["ballot", "2", "by", "Red,", "Green", "and", "Blue"])
        #expect(LineBreaks.words("29.0  Green decides green") == ["29.0", "Green", "decides", "green"])
        #expect(LineBreaks.words("3") == ["3"])
        #expect(LineBreaks.words("no break in all 102143") == ["no", "break", "in", "all", "102143"])
        #expect(LineBreaks.words("") == [])
    }
}

import GameCore

/// How the board is shown: zoom, lecture mode and palette. They change the drawing, never the game.
extension PlaySession {
    /// Zoom steps for Ctrl+= and Ctrl+-.
    static var zoomSteps: [Double] { [0.75, 0.9, 1, 1.15, 1.3, 1.5, 1.75, 2, 2.25, 2.5] }

    /// Sets the look a window starts with (`--scale`, `--lecture`, `--palette`).
    public func setView(zoom: Double, lecture: Bool, palette: PaletteScheme.Name) {
        self.zoom = min(max(zoom, BoardLayout.zoomRange.lowerBound), BoardLayout.zoomRange.upperBound)
        self.lecture = lecture
        self.palette = palette
        relayout()
    }

    func changeZoom(by steps: Int) {
        let index = Self.zoomSteps.firstIndex { $0 >= zoom - 0.001 } ?? 2
        zoom = Self.zoomSteps[min(Self.zoomSteps.count - 1, max(0, index + steps))]
        relayout()
        showToast("Zoom \(Int((zoom * 100).rounded())) %", seconds: 1.2)
    }

    func resetZoom() {
        zoom = 1
        relayout()
        showToast("Zoom 100 %", seconds: 1.2)
    }

    func toggleLecture() {
        lecture.toggle()
        play.showMeStepQueued = false
        relayout()
        showToast(lecture ? "Lecture mode: large type; rounds wait at their end for N" : "Lecture mode off", seconds: 2.5)
    }

    func togglePalette() {
        palette = palette == .standard ? .colorblind : .standard
        paneChanged()
        eventRevision &+= 1
        showToast(palette == .standard ? "Standard colours" : "Colour-blind palette: shapes mark the nodes", seconds: 2)
    }
}

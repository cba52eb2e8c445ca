import GameCore

/// Draws one frame of the game from the session: header, nodes, messages, lanes, pane, overlays.
struct SceneRenderer {
    let canvas: Canvas

    func draw(_ session: GameSession) {
        let size = canvas.outputSize
        session.resize(width: size.width, height: size.height)
        let layout = session.layout
        canvas.clear(Palette.background)
        guard layout.width >= 40, layout.height >= 40 else { return }
        HeaderRenderer(canvas: canvas, layout: layout).draw(session)
        let nodes = NodeRenderer(canvas: canvas, layout: layout)
        nodes.drawLanes(session)
        nodes.drawBoxes(session)
        FlightRenderer(canvas: canvas, layout: layout).draw(session)
        PaneRenderer(canvas: canvas, layout: layout).draw(session)
        OverlayRenderer(canvas: canvas, layout: layout).draw(session)
        canvas.setClip(nil)
        canvas.endFrame()
    }
}

import GameCore
import Session

/// Draws the parts of a frame: the board's regions (header, each node, each lane, the pane), the band the
/// messages fly through, and what goes over everything (notes and cards).
///
/// `draw` paints a whole frame (screenshots); `FrameComposer` calls the parts to repaint only what changed.
struct SceneRenderer {
    let canvas: Canvas

    /// A whole frame, every part repainted.
    func draw<P: Playable>(_ session: PlaySession<P>) {
        let size = canvas.outputSize
        Palette.use(session.palette)
        session.resize(width: size.width, height: size.height)
        let layout = session.layout
        canvas.clear(Palette.background)
        guard layout.width >= 40, layout.height >= 40 else { return }
        let regions = BoardRegions(layout: layout, paneSplit: PaneRenderer(canvas: canvas, layout: layout, session: session).drawTop(session, draw: false),
                                   diagram: session.diagramMode)
        for region in regions.regions { draw(region, layout: layout, session) }
        if !regions.band.isEmpty {
            drawBand(session, clip: regions.band, notes: OverlayRenderer(canvas: canvas, layout: layout).noteRects(session))
        }
        OverlayRenderer(canvas: canvas, layout: layout).draw(session)
        canvas.setClip(nil)
        canvas.endFrame()
    }

    /// One region on its own background, clipped to it.
    func draw<P: Playable>(_ region: Region, layout: BoardLayout, _ session: PlaySession<P>) {
        let rect = region.rect
        canvas.setClip(rect)
        canvas.fill(rect, Palette.background)
        let nodes = NodeRenderer(canvas: canvas, layout: layout)
        switch region.kind {
        case .header: HeaderRenderer(canvas: canvas, layout: layout).draw(session)
        case .node(let id):
            // The ring first, so a leader's crown stands on the ring's top edge rather than being struck through.
            if session.focusedNode == id { nodes.drawFocusRing(id) }
            nodes.drawNode(id, session: session)
        case .lane(let id): nodes.drawLane(id, session: session)
        case .paneTop: PaneRenderer(canvas: canvas, layout: layout, session: session).drawTop(session)
        case .paneLive: PaneRenderer(canvas: canvas, layout: layout, session: session).drawLive(session, top: rect.y)
        case .timeline: TimelineRenderer(canvas: canvas, layout: layout).draw(session)
        case .diagram:
            DiagramRenderer(canvas: canvas, layout: layout).draw(session, in: rect)
        }
        canvas.setClip(nil)
    }

    /// The messages in flight and the ones breaking, over a cleared band; the pills make way for `notes`.
    func drawBand<P: Playable>(_ session: PlaySession<P>, clip band: Rect, notes: [Rect]) {
        canvas.setClip(band)
        canvas.fill(band, Palette.background)
        FlightRenderer(canvas: canvas, layout: session.layout).draw(session, notes: notes)
        // Over the pills: a pill just leaving the selected node would otherwise break the ring's bottom edge.
        if let focused = session.focusedNode {
            canvas.setClip(band)
            NodeRenderer(canvas: canvas, layout: session.layout).drawFocusRing(focused)
        }
        canvas.setClip(nil)
    }
}

import CSDL2
import GameCore
import Session

/// Draws the window's frames repainting only what changed: most frames repaint just the band the messages fly
/// through, and a node's box only when its state or the words of its labels change.
///
/// With the software renderer the window keeps its pixels between frames, so unchanged regions are simply left
/// alone. A GPU renderer's back buffer is undefined after a present, so there the regions live in a target
/// texture that is copied to the screen each frame.
final class FrameComposer {
    /// A region and its repaint bookkeeping.
    private struct PaintedRegion {
        let region: Region
        /// A number that changes whenever what the region shows does: the one it was last painted with.
        var key = 0
        /// This frame's number.
        var newKey = 0
        var dirty = true
        /// Must be repainted this frame whatever the budget: after a full clear or a note moved.
        var urgent = true
    }

    /// Clock labels ("HELD 2.5 s", the header's and the timeline's clocks) and a busy inbox's bar move on at most
    /// this often; a box's countdown shows whole seconds.
    static let clockStepMs = 100.0
    /// Repainting regions stops for this frame once it has taken this long (one region is always painted), so
    /// the frames where the clock moves on do not repaint every box at once: the rest follow in the next frame or
    /// two, a lag no eye sees. With `bench` at 1280x800, 0.4 ms against 0.9 ms took the CPU p90 from about 1.9 to
    /// 1.4 ms when a box cost 0.7 ms to repaint; at 0.2 ms the difference was lost in the machine's noise.
    static let regionBudgetMs = 0.4

    private let canvas: Canvas
    private let scene: SceneRenderer
    private let keepsPixels: Bool
    private var cache: RenderTarget?
    private var cacheSize = (w: Int32(0), h: Int32(0))
    /// The part of the cache the window shows: its top-left corner, at the output's size.
    private var viewSize = (w: Int32(0), h: Int32(0))
    private var regions: BoardRegions?
    private var regionsRules: AnyHashable?
    private var regionsDiagram: DiagramMode?
    private var travelRevision = -1
    /// Each region with what it showed when last painted, and whether it must be painted this frame.
    private var painted: [PaintedRegion] = []
    private var notes: [Rect] = []
    private var noteKey = 0
    private var bandHadContent = true
    /// The node whose focus ring's bottom edge the band last drew: the band repaints when the focus moves.
    private var bandFocus: NodeID?
    private var clock = -1
    private var clockWallMs = -Double.infinity
    private var overlay: Overlay?
    private var needsFull = true

    init(canvas: Canvas, keepsPixels: Bool) {
        self.canvas = canvas
        self.keepsPixels = keepsPixels
        scene = SceneRenderer(canvas: canvas)
    }

    /// Repaints everything on the next frame (the window was exposed, or a card needs redrawing).
    func invalidate() { needsFull = true }

    /// Draws what changed since the last frame; false when nothing did, so there is nothing to present.
    func draw<P: Playable>(_ session: PlaySession<P>) -> Bool {
        let size = canvas.outputSize
        if Palette.scheme.name != session.palette {
            Palette.use(session.palette)
            needsFull = true
        }
        session.resize(width: size.width, height: size.height)
        let layout = session.layout
        if regions?.layout != layout || regionsRules != AnyHashable(session.config.rules) || regionsDiagram != session.diagramMode {
            let split = PaneRenderer(canvas: canvas, layout: layout, session: session).drawTop(session, draw: false)
            let cut = BoardRegions(layout: layout, paneSplit: split, diagram: session.diagramMode)
            regionsDiagram = session.diagramMode
            regions = cut
            painted = cut.regions.map { PaintedRegion(region: $0) }
            regionsRules = AnyHashable(session.config.rules)
            needsFull = true
        }
        guard let regions, layout.width >= 40, layout.height >= 40 else {
            canvas.clear(Palette.background)
            return true
        }
        if session.overlay != overlay {
            overlay = session.overlay
            needsFull = true
        }
        if !keepsPixels { ensureCache(size) }
        var full = needsFull
        needsFull = false
        advanceClock(session)
        computeKeys(session)
        let overlays = OverlayRenderer(canvas: canvas, layout: layout)
        let currentNotes = overlays.noteRects(session)
        let currentNoteKey = Self.key(of: currentNotes, session)
        let notesChanged = currentNoteKey != noteKey
        let bandHasContent = !session.flights.isEmpty || !session.drops.isEmpty
            || !session.waitingMessages.isEmpty
        // Messages move only while the game runs (or a step's tween plays); paused, the band stays as it was
        // unless a note over it went or the playhead jumped.
        let travelled = session.travelRevision != travelRevision
        travelRevision = session.travelRevision
        let bandNeeded = !regions.band.isEmpty && (full || travelled || session.isTweening || session.focusedNode != bandFocus
            || (session.isRunning && (bandHasContent || bandHadContent)))
            || (notesChanged && notes.contains { $0.intersects(regions.band) })
        let anyDirty = markDirty(regions, full: full, notesChanged: notesChanged, bandNeeded: bandNeeded, currentNotes: currentNotes)
        guard anyDirty || bandNeeded || notesChanged else { return false }
        if !full, session.overlay != nil {
            // A card dims what is under it: repainting part of the board would dim the rest twice.
            full = true
            for index in painted.indices { (painted[index].dirty, painted[index].urgent) = (true, true) }
        }

        // Switching render targets flushes a GPU renderer: only when some region needs repainting.
        let paintsCache = !keepsPixels && painted.contains { $0.dirty }
        if let cache, paintsCache { cache.beginDrawing() }
        if full { canvas.clear(Palette.background) }
        if keepsPixels, notesChanged, !full { for rect in notes { canvas.fill(rect, Palette.background) } }
        repaintRegions(layout, session)
        if let cache, !keepsPixels {
            if paintsCache { cache.endDrawing() }
            cache.copyToScreen(width: viewSize.w, height: viewSize.h)
        }
        if !regions.band.isEmpty, bandNeeded || !keepsPixels {
            scene.drawBand(session, clip: regions.band, notes: currentNotes)
            bandFocus = session.focusedNode
        }
        bandHadContent = bandHasContent
        let notesCovered = currentNotes.contains { note in
            (bandNeeded && note.intersects(regions.band)) || painted.contains { $0.dirty && $0.region.rect.intersects(note) }
        }
        if !keepsPixels || notesChanged || notesCovered || full { overlays.drawNotes(session) }
        notes = currentNotes
        noteKey = currentNoteKey
        if session.overlay != nil { overlays.drawCard(session) }
        canvas.setClip(nil)
        canvas.endFrame()
        return true
    }

    /// Marks the regions to repaint: those whose content changed, and (when the window keeps its pixels) those a
    /// note uncovered or that sit under a note the moving band overlaps. Returns whether any is marked.
    private func markDirty(_ regions: BoardRegions, full: Bool, notesChanged: Bool, bandNeeded: Bool, currentNotes: [Rect]) -> Bool {
        var anyDirty = full
        for index in painted.indices {
            let rect = painted[index].region.rect
            let uncovered = notesChanged && notes.contains { $0.intersects(rect) }
            let underMovingNote = bandNeeded && currentNotes.contains { $0.intersects(regions.band) && $0.intersects(rect) }
            painted[index].urgent = full || (keepsPixels && (uncovered || underMovingNote))
            painted[index].dirty = painted[index].urgent || painted[index].key != painted[index].newKey
            anyDirty = anyDirty || painted[index].dirty
        }
        return anyDirty
    }

    /// Repaints the changed regions, nodes first; once the frame's budget is spent the rest wait for the next
    /// frame (their keys stay old), so a burst of events never makes one long frame.
    private func repaintRegions<P: Playable>(_ layout: BoardLayout, _ session: PlaySession<P>) {
        let started = SDL_GetPerformanceCounter()
        let limit = UInt64(Self.regionBudgetMs / 1000 * Double(SDL_GetPerformanceFrequency()))
        var paintedAny = false
        for index in painted.indices where painted[index].dirty {
            if !painted[index].urgent, paintedAny, SDL_GetPerformanceCounter() - started > limit {
                painted[index].dirty = false
                continue
            }
            scene.draw(painted[index].region, layout: layout, session)
            painted[index].key = painted[index].newKey
            paintedAny = true
        }
    }

    /// Moves the clock the labels show on by whole steps, at most once per step of wall time.
    private func advanceClock<P: Playable>(_ session: PlaySession<P>) {
        let step = session.game.now / Int(Self.clockStepMs)
        guard step != clock, session.wallMs - clockWallMs >= Self.clockStepMs * 0.95 || clock < 0 else { return }
        clock = step
        clockWallMs = session.wallMs
    }

    /// A number per region that changes whenever what the region shows does.
    private func computeKeys<P: Playable>(_ session: PlaySession<P>) {
        let game = session.game
        let marked = game.highestCrown
        for index in painted.indices {
            var hasher = Hasher()
            switch painted[index].region.kind {
            case .header:
                hasher.combine(session.eventRevision)
                hasher.combine(clock)
                hasher.combine(session.paused)
                hasher.combine(session.speed)
                hasher.combine(session.isReplaying)
            case .node(let id):
                guard game.nodes.indices.contains(id) else { break }
                Self.combine(game.nodes[id], marked: marked == id, clock: clock, now: game.now, into: &hasher)
                hasher.combine(session.focusedNode == id)
            case .lane(let id):
                guard game.nodes.indices.contains(id) else { break }
                hasher.combine(game.nodes[id].lane.count)
                hasher.combine(game.nodes[id].lane.last)
            case .paneTop:
                break
            case .timeline:
                hasher.combine(session.eventRevision)
                hasher.combine(session.travelRevision)
                hasher.combine(clock)
            case .diagram:
                hasher.combine(session.eventRevision)
                hasher.combine(session.travelRevision)
                hasher.combine(clock)
                // A step's tween moves the arrows' ends while the game's clock stands still.
                hasher.combine(session.isTweening ? Int(session.renderTime / 50) : -1)
            case .paneLive:
                hasher.combine(session.eventRevision)
                hasher.combine(session.paneRevision)
            }
            painted[index].newKey = hasher.finalize()
        }
    }

    /// What a node's box shows; the clock only counts while a label or bar on it moves with time.
    private static func combine<P: Playable>(_ node: TimedNode<P>, marked: Bool, clock: Int, now: Tick, into hasher: inout Hasher) {
        hasher.combine(node.state)
        hasher.combine(node.isAlive)
        hasher.combine(node.isHeld)
        hasher.combine(node.inbox.count)
        hasher.combine(marked)
        // The HELD badge counts tenths and the inbox's bar moves: those follow the clock. A countdown alone
        // shows whole seconds, so its box repaints once a second.
        let moving = node.isAlive && (node.isHeld || !node.inbox.isEmpty)
        hasher.combine(moving ? clock : -1)
        hasher.combine(node.isAlive ? node.electionLeft(now: now).map(NodeText.timeoutSeconds) : nil)
    }

    private static func key<P: Playable>(of rects: [Rect], _ session: PlaySession<P>) -> Int {
        var hasher = Hasher()
        hasher.combine(session.toast?.text)
        hasher.combine(session.banner?.text)
        hasher.combine(session.showMeCaption)
        for rect in rects {
            hasher.combine(rect.x)
            hasher.combine(rect.y)
            hasher.combine(rect.w)
            hasher.combine(rect.h)
        }
        return hasher.finalize()
    }

    /// The cache grows by this many pixels at a time, so a window dragged bigger makes few textures.
    static let cacheStep: Int32 = 256

    /// Makes the region cache large enough for the output, growing it by steps and never shrinking it:
    /// Mesa's software OpenGL keeps some memory of every texture size it has seen, so a new texture on
    /// every resize leaked about 5.5 MB each time. A grown cache is painted whole.
    private func ensureCache(_ size: (width: Int, height: Int)) {
        let w = Int32(size.width), h = Int32(size.height)
        viewSize = (w, h)
        guard cache == nil || w > cacheSize.w || h > cacheSize.h else { return }
        let step = Self.cacheStep
        let grown = (w: max(cacheSize.w, (w + step - 1) / step * step), h: max(cacheSize.h, (h + step - 1) / step * step))
        cache = nil
        cache = canvas.makeTarget(width: grown.w, height: grown.h)
        cacheSize = grown
        needsFull = true
    }
}

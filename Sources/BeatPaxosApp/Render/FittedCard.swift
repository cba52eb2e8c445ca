import GameCore

/// A card whose height follows what it holds, drawn at the zoom's scale (lecture mode's large type included) when
/// it fits the window, else at the largest smaller scale that fits. The welcome and help cards are such cards.
struct FittedCard {
    let canvas: Canvas
    let layout: BoardLayout
    /// The card's width at the design size.
    let designWidth: Double
    /// Whether a card shrunk below the design scale keeps its design width where the window has it, so fewer of
    /// its lines wrap; otherwise it narrows with its type.
    let keepsWidth: Bool
    /// Names the card and whatever its height depends on besides the layout, for the cache of fitted scales.
    let key: String

    /// `content(scale, width, rect)` draws the card's content into `rect` (or only measures it, with nil) and
    /// returns the height it takes.
    func draw(border: Color, content: (Double, Double, Rect?) -> Double) {
        let scale = fittingScale(content)
        let width = cardWidth(scale)
        let height = min(content(scale, width, nil), layout.height - 20)
        let overlay = OverlayRenderer(canvas: canvas, layout: layout, cardCap: scale)
        let rect = overlay.card(width: width / scale, height: height / scale, border: border)
        _ = content(scale, rect.w, rect)
        canvas.setClip(nil)
    }

    private func cardWidth(_ scale: Double) -> Double {
        min(designWidth * (keepsWidth ? max(scale, 1) : scale), layout.width - 20)
    }

    private struct FitKey: Hashable {
        let layout: BoardLayout
        let card: String
    }

    /// The layout's scale, or the largest smaller one at which the content fits the window's height; found once
    /// per layout and card, since the search measures the card's text at many sizes.
    private func fittingScale(_ content: (Double, Double, Rect?) -> Double) -> Double {
        let key = AnyHashable(FitKey(layout: layout, card: key))
        if let known = canvas.fitCache[key] { return known }
        let found = ZoomFit.largest(wanted: layout.scale, floor: min(layout.scale, 0.3)) { scale in
            content(scale, cardWidth(scale), nil) <= layout.height - 20
        }
        if canvas.fitCache.count > 64 { canvas.fitCache.removeAll() }
        canvas.fitCache[key] = found
        return found
    }
}

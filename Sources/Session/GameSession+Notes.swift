/// Toasts and banners: messages that show for a while, then go.
extension PlaySession {
    public func showToast(_ text: String, seconds: Double = 2.5) {
        toast = TimedNote(text: text, until: wallMs + seconds * 1000)
    }

    public func showBanner(_ text: String) {
        play.banner = TimedNote(text: text, until: wallMs + 2_500)
    }

    /// Bumps the pane when something it shows outside the game changed.
    func paneChanged() { paneRevision &+= 1 }
}

import CSDL2

/// An SDL or SDL_ttf call failed; carries SDL_GetError() so the message says why.
struct SDLError: Error, CustomStringConvertible {
    let description: String

    /// The error of the last failed SDL call, prefixed with what we were doing.
    static func last(_ doing: String) -> SDLError {
        SDLError(description: "\(doing): \(String(cString: SDL_GetError()))")
    }
}

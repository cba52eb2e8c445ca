import ArgumentParser
import CSDL2
import Foundation

/// Which SDL renderer draws the window.
///
/// The game is a few dozen boxes and strings a frame, so SDL's software renderer is cheap; an OpenGL
/// renderer only pays off on a real GPU. Mesa's CPU rasterizers (llvmpipe, softpipe) cost ten times the
/// CPU of the software renderer and load LLVM (about 40 MB), so `auto` avoids them.
enum RendererChoice: String, CaseIterable, ExpressibleByArgument {
    /// An accelerated renderer on a GPU; the software renderer when OpenGL would run on the CPU anyway.
    case auto
    case software
    /// Whatever SDL picks first, even on a CPU rasterizer.
    case accelerated

    /// Whether `auto` can tell, without loading OpenGL, that there is no GPU to render on.
    static var noGPUVisible: Bool {
        let environment = ProcessInfo.processInfo.environment
        if let forced = environment["LIBGL_ALWAYS_SOFTWARE"], !forced.isEmpty, forced != "0" { return true }
        // Mesa needs a DRM render node for hardware rendering; without one it falls back to llvmpipe.
        let nodes = (try? FileManager.default.contentsOfDirectory(atPath: "/dev/dri")) ?? []
        return !nodes.contains { $0.hasPrefix("renderD") && access("/dev/dri/\($0)", R_OK | W_OK) == 0 }
    }

    /// Whether an OpenGL renderer is drawing on the CPU (asks GL_RENDERER of the current context).
    static func isSoftwareGL(_ renderer: OpaquePointer) -> Bool {
        var info = SDL_RendererInfo()
        guard SDL_GetRendererInfo(renderer, &info) == 0, let name = info.name,
              String(cString: name).hasPrefix("opengl"),
              let address = SDL_GL_GetProcAddress("glGetString") else { return false }
        typealias GetString = @convention(c) (UInt32) -> UnsafePointer<UInt8>?
        let glGetString = unsafeBitCast(address, to: GetString.self)
        let glRenderer: UInt32 = 0x1F01
        guard let text = glGetString(glRenderer) else { return false }
        let description = String(cString: text).lowercased()
        return ["llvmpipe", "softpipe", "software rasterizer", "swrast", "lavapipe"].contains { description.contains($0) }
    }

    /// Makes the software renderer draw straight into the X11/Wayland window surface.
    /// Without this SDL would route the window's pixels through an OpenGL texture, loading Mesa after all.
    static func preferPlainFramebuffer() {
        SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0")
    }
}

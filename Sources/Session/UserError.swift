/// A mistake the user can make (a bad file, a missing font, no display), said in one line.
public struct UserError: Error {
    public let message: String
    public var exitCode: Int32 = 2

    public init(_ message: String, exitCode: Int32 = 2) {
        self.message = message
        self.exitCode = exitCode
    }
}

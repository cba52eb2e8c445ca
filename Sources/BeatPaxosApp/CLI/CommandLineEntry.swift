import ArgumentParser
import Foundation
import Session

/// Parses the command line and runs it; every failure becomes one line on stderr and a non-zero exit.
enum CommandLineEntry {
    static func run() {
        QuitSignals.endProcessOnQuit()
        do {
            var command = try BeatPaxosCommand.parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch let error as UserError {
            fail(error.message, code: error.exitCode)
        } catch {
            let code = BeatPaxosCommand.exitCode(for: error)
            if code == .success {
                print(BeatPaxosCommand.fullMessage(for: error))
                Foundation.exit(0)
            }
            let message = BeatPaxosCommand.message(for: error)
                .split(separator: "\n").first.map(String.init) ?? "\(error)"
            fail("\(message) (see 'beatpaxos --help')", code: 2)
        }
    }

    static func fail(_ message: String, code: Int32) -> Never {
        FileHandle.standardError.write(Data("beatpaxos: \(message)\n".utf8))
        Foundation.exit(code)
    }
}

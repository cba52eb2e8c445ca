import ArgumentParser

/// Who attacks in `simulate`: nobody, the seeded random adversary, or the actions of a recording.
enum PlayerChoice: ExpressibleByArgument, Equatable {
    case idle
    case random
    case recording(path: String)

    init(argument: String) {
        switch argument {
        case "idle": self = .idle
        case "random": self = .random
        default: self = .recording(path: argument)
        }
    }

    /// The name the summary line gives it.
    var summaryName: String {
        switch self {
        case .idle: return "idle"
        case .random: return "random"
        case .recording: return "file"
        }
    }

    var defaultValueDescription: String {
        if case .recording(let path) = self { return path }
        return summaryName
    }
}

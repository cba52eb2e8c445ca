import Synchronization

/// Gives each distinct message a small number, so a set of sent messages is a bit set.
///
/// The search's workers number messages at the same time: numbering takes a lock, and reading a message back
/// by its number does not, since messages live in chunks that never move once written and a worker only reads
/// numbers it was handed by the lock or by an earlier batch.
final class MessageRegistry: @unchecked Sendable {
    private static let chunkBits = 12
    private static let chunkCount = 1 << 14
    private let numbers = Mutex<[Message: Int]>([:])
    private let chunks: UnsafeMutablePointer<UnsafeMutablePointer<Message>?>
    /// Each message's addressee again, one byte each, so a scan for the messages to one node reads no message.
    private let recipientChunks: UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>

    init() {
        chunks = .allocate(capacity: Self.chunkCount)
        chunks.initialize(repeating: nil, count: Self.chunkCount)
        recipientChunks = .allocate(capacity: Self.chunkCount)
        recipientChunks.initialize(repeating: nil, count: Self.chunkCount)
    }

    deinit {
        let used = numbers.withLock { $0.count }
        for chunk in 0..<Self.chunkCount {
            guard let messages = chunks[chunk] else { continue }
            let start = chunk << Self.chunkBits
            messages.deinitialize(count: min(max(used - start, 0), 1 << Self.chunkBits))
            messages.deallocate()
            recipientChunks[chunk]?.deallocate()
        }
        chunks.deallocate()
        recipientChunks.deallocate()
    }

    /// The message's number, new if it was never seen.
    func id(of message: Message) -> Int {
        numbers.withLock { numbers in
            if let known = numbers[message] { return known }
            let id = numbers.count
            let chunk = id >> Self.chunkBits
            precondition(chunk < Self.chunkCount, "more distinct messages than the checker can number")
            if chunks[chunk] == nil {
                chunks[chunk] = .allocate(capacity: 1 << Self.chunkBits)
                recipientChunks[chunk] = .allocate(capacity: 1 << Self.chunkBits)
            }
            (chunks[chunk]! + (id & ((1 << Self.chunkBits) - 1))).initialize(to: message)
            recipientChunks[chunk]![id & ((1 << Self.chunkBits) - 1)] = UInt8(message.to)
            numbers[message] = id
            return id
        }
    }

    /// The addressee of the message numbered `id`.
    func recipient(of id: Int) -> NodeID {
        Int(recipientChunks[id >> Self.chunkBits]![id & ((1 << Self.chunkBits) - 1)])
    }

    /// The message numbered `id`.
    subscript(id: Int) -> Message {
        chunks[id >> Self.chunkBits]![id & ((1 << Self.chunkBits) - 1)]
    }
}

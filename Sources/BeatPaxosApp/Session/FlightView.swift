import GameCore

/// A message in flight as the renderer sees it: where it goes and when it left and lands.
struct FlightView {
    let message: Message
    let sentAt: Double
    let arrival: Double
    let sequence: Int

    init(_ flight: Flight) {
        self.init(message: flight.message, sentAt: Double(flight.sentAt), arrival: Double(flight.arrival), sequence: flight.sequence)
    }

    init(message: Message, sentAt: Double, arrival: Double, sequence: Int) {
        self.message = message
        self.sentAt = sentAt
        self.arrival = arrival
        self.sequence = sequence
    }

    func progress(at now: Double) -> Double {
        arrival > sentAt ? min(1, max(0, (now - sentAt) / (arrival - sentAt))) : 1
    }
}

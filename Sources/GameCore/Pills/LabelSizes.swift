/// Each request's labels measured once per placement: a crowded band tries a dozen passes, and every pass
/// reads the same labels at the same few type sizes (a label with a "+N" is measured as it comes).
final class LabelSizes {
    private let requests: [PillRequest]
    private let textSizes: [Double]
    private let measure: (String, Double) -> (w: Double, h: Double)
    private let labelsPerRequest: Int
    private var known: [(w: Double, h: Double)?]

    init(_ requests: [PillRequest], textSizes: [Double], measure: @escaping (String, Double) -> (w: Double, h: Double)) {
        self.requests = requests
        self.textSizes = textSizes
        self.measure = measure
        labelsPerRequest = requests.map(\.labels.count).max() ?? 1
        known = Array(repeating: nil, count: requests.count * labelsPerRequest * textSizes.count)
    }

    /// Request `request`'s label number `label` at type size number `size`.
    func of(request: Int, label: Int, size: Int) -> (w: Double, h: Double) {
        let slot = (request * labelsPerRequest + label) * textSizes.count + size
        if let sizes = known[slot] { return sizes }
        let sizes = measure(requests[request].labels[label], textSizes[size])
        known[slot] = sizes
        return sizes
    }
}

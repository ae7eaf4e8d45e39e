/// A proposed entity over tokens `start..<end`, before resolution; twelve bytes.
struct Candidate: Sendable, Equatable {
    /// Where a candidate came from; used in resolution and document consistency.
    enum Origin: UInt8, Sendable, Comparable {
        /// A guess from the shape of an unknown capitalised sequence.
        case guess = 0
        /// A gazetteer entry (built-in or user).
        case gazetteer = 1
        /// A pattern rule.
        case pattern = 2

        static func < (lhs: Origin, rhs: Origin) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    private var first: Int32
    private var afterLast: Int32
    /// Breaks ties between candidates of equal length: the higher wins (0–1000).
    private var rank: Int16
    /// The label; `nil` blocks the tokens (an `[O …]` capture).
    var label: EntityLabel?
    var origin: Origin

    init(start: Int, end: Int, label: EntityLabel?, priority: Int, origin: Origin) {
        first = Int32(truncatingIfNeeded: start)
        afterLast = Int32(truncatingIfNeeded: end)
        rank = Int16(truncatingIfNeeded: priority)
        self.label = label
        self.origin = origin
    }

    /// The first token.
    var start: Int { Int(first) }
    /// One past the last token.
    var end: Int { Int(afterLast) }
    /// Breaks ties between candidates of equal length: the higher wins.
    var priority: Int { Int(rank) }
    var length: Int { end - start }
    /// The tokens.
    var tokens: Range<Int> { start..<end }
}

extension Candidate {
    /// `first` and `second` (each sorted by start) merged into one array sorted by start; where two start
    /// alike, `first`'s comes first (as a stable sort of `first + second` orders them).
    static func merged(_ first: some Collection<Candidate>, _ second: some Collection<Candidate>) -> [Candidate] {
        var merged: [Candidate] = []
        merged.reserveCapacity(first.count + second.count)
        var a = first.startIndex
        var b = second.startIndex
        while a != first.endIndex && b != second.endIndex {
            if second[b].start < first[a].start {
                merged.append(second[b])
                second.formIndex(after: &b)
            } else {
                merged.append(first[a])
                first.formIndex(after: &a)
            }
        }
        merged += first[a...]
        merged += second[b...]
        return merged
    }
}

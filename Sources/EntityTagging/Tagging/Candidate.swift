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
    static func merged(_ first: ArraySlice<Candidate>, _ second: ArraySlice<Candidate>) -> [Candidate] {
        first.withUnsafeBufferPointer { first in
            second.withUnsafeBufferPointer { second in
                [Candidate](unsafeUninitializedCapacity: first.count + second.count) { merged, count in
                    var a = 0
                    var b = 0
                    while a < first.count && b < second.count {
                        if second[b].start < first[a].start {
                            merged.initializeElement(at: count, to: second[b])
                            b += 1
                        } else {
                            merged.initializeElement(at: count, to: first[a])
                            a += 1
                        }
                        count += 1
                    }
                    for candidate in first[a...] {
                        merged.initializeElement(at: count, to: candidate)
                        count += 1
                    }
                    for candidate in second[b...] {
                        merged.initializeElement(at: count, to: candidate)
                        count += 1
                    }
                }
            }
        }
    }
}

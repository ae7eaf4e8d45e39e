/// A proposed entity over tokens `start..<end`, before resolution.
struct Candidate: Sendable, Equatable {
    /// Where a candidate came from; used in resolution and document consistency.
    enum Origin: Int, Sendable, Comparable {
        /// A guess from the shape of an unknown capitalised sequence.
        case guess = 0
        /// A gazetteer entry (built-in or user).
        case gazetteer = 1
        /// A pattern rule.
        case pattern = 2

        static func < (lhs: Origin, rhs: Origin) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The first token.
    var start: Int
    /// One past the last token.
    var end: Int
    /// The label; `nil` blocks the tokens (an `[O …]` capture).
    var label: EntityLabel?
    /// Breaks ties between candidates of equal length: the higher wins.
    var priority: Int
    var origin: Origin

    var length: Int { end - start }
}

/// An entity expressed over token positions: what tags encode and decode.
public struct TagChunk: Hashable, Sendable, CustomStringConvertible {
    /// The entity's tokens, as a half-open range of token indices.
    public var tokens: Range<Int>
    /// The entity label (`PER`).
    public var label: String

    /// Creates a chunk.
    /// - Parameters:
    ///   - tokens: A non-empty half-open range of token indices.
    ///   - label: The entity label.
    public init(_ tokens: Range<Int>, label: String) {
        self.tokens = tokens
        self.label = label
    }

    /// `PER[3..<5]` (token indices).
    public var description: String { "\(label)[\(tokens.lowerBound)..<\(tokens.upperBound)]" }
}

/// The position part of a tag: where a token stands in its entity.
public enum TagPrefix: UInt8, Hashable, Sendable, CustomStringConvertible {
    /// `B-`: the first token of an entity.
    case begin = 0x42
    /// `I-`: a token inside an entity.
    case inside = 0x49
    /// `E-` (also read from BILOU's `L-`): the last token of an entity.
    case end = 0x45
    /// `S-` (also read from BILOU's `U-`): a one-token entity.
    case single = 0x53
    /// `O`: a token outside every entity.
    case outside = 0x4F

    /// The prefix letter (`B`, `I`, `E`, `S`, `O`).
    public var description: String { String(UnicodeScalar(rawValue)) }
}

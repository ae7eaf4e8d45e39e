/// What a CoNLL writer does with an entity whose ends do not fall on token boundaries.
///
/// CoNLL files tag whole tokens, so an entity covering part of a token (`Japan` in the token
/// `Japan-U.S.`) cannot be written as it is.
public enum MisalignedEntityPolicy: String, CaseIterable, Sendable {
    /// Grow the entity to every token it overlaps.
    case expand
    /// Shrink the entity to the tokens it covers entirely; drop it when that leaves none.
    case contract
    /// Leave the entity out. Also leaves out entities that overlap an earlier one or cross a sentence
    /// boundary, which no policy can write.
    case drop
    /// Stop with an error naming the document, the entity and its Unicode scalar offsets (the default).
    case error
}

/// How many entities a writer had to change to fit them onto tokens.
public struct EntityAlignmentCounts: Hashable, Sendable, CustomStringConvertible {
    /// Entities grown to whole tokens (``MisalignedEntityPolicy/expand``).
    public var expanded = 0
    /// Entities shrunk to whole tokens (``MisalignedEntityPolicy/contract``).
    public var contracted = 0
    /// Entities left out.
    public var dropped = 0

    /// No changes.
    public init() {}

    /// The number of entities changed or left out.
    public var total: Int { expanded + contracted + dropped }

    /// Adds another document's counts.
    public static func += (lhs: inout EntityAlignmentCounts, rhs: EntityAlignmentCounts) {
        lhs.expanded += rhs.expanded
        lhs.contracted += rhs.contracted
        lhs.dropped += rhs.dropped
    }

    /// `2 expanded, 0 contracted, 1 dropped`.
    public var description: String { "\(expanded) expanded, \(contracted) contracted, \(dropped) dropped" }
}

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

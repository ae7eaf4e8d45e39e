/// How many aligned pairs of each kind a document (or corpus) has: everything every scoring scheme needs.
///
/// Tallies add up over documents, so corpus scores are micro averages and resampling documents
/// (bootstrap, randomisation) only re-adds tallies.
public struct OutcomeTally: Hashable, Sendable {
    /// Same span, same label.
    public var exactSameLabel = 0
    /// Same span, another label.
    public var exactOtherLabel = 0
    /// Overlapping spans, different boundaries, same label.
    public var overlapSameLabel = 0
    /// Overlapping spans, different boundaries, another label.
    public var overlapOtherLabel = 0
    /// Gold spans left unpaired.
    public var missed = 0
    /// System spans left unpaired.
    public var spurious = 0

    /// An empty tally.
    public init() {}

    /// Tallies aligned pairs.
    public init(_ pairs: [AlignedPair]) {
        for pair in pairs { add(pair) }
    }

    /// Counts one pair.
    mutating func add(_ pair: AlignedPair) {
        switch pair.kind {
        case .match: exactSameLabel += 1
        case .wrongLabel: exactOtherLabel += 1
        case .wrongBoundary: if pair.sameLabel { overlapSameLabel += 1 } else { overlapOtherLabel += 1 }
        case .missed: missed += 1
        case .spurious: spurious += 1
        }
    }

    /// The number of gold spans.
    public var gold: Int { exactSameLabel + exactOtherLabel + overlapSameLabel + overlapOtherLabel + missed }
    /// The number of system spans.
    public var system: Int { exactSameLabel + exactOtherLabel + overlapSameLabel + overlapOtherLabel + spurious }

    /// The sum of two tallies.
    public static func + (lhs: OutcomeTally, rhs: OutcomeTally) -> OutcomeTally {
        var sum = lhs
        sum += rhs
        return sum
    }

    /// Adds a tally.
    public static func += (lhs: inout OutcomeTally, rhs: OutcomeTally) {
        lhs.exactSameLabel += rhs.exactSameLabel
        lhs.exactOtherLabel += rhs.exactOtherLabel
        lhs.overlapSameLabel += rhs.overlapSameLabel
        lhs.overlapOtherLabel += rhs.overlapOtherLabel
        lhs.missed += rhs.missed
        lhs.spurious += rhs.spurious
    }
}

/// One outcome of aligning a document's gold spans with its system spans: a gold span, a system span,
/// or one of each paired up.
///
/// Every gold span and every system span appears in exactly one aligned pair, so the pairs list every
/// false positive and false negative of the CoNLL scheme once.
public struct AlignedPair: Hashable, Sendable {
    /// How a gold and a system span relate.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// Same span, same label: correct.
        case match
        /// Same span, another label.
        case wrongLabel = "wrong-label"
        /// Overlapping spans with different boundaries (the labels may differ too).
        case wrongBoundary = "wrong-boundary"
        /// A gold span no system span overlaps (after alignment).
        case missed
        /// A system span no gold span overlaps (after alignment).
        case spurious
    }

    /// The relation.
    public let kind: Kind
    /// The gold span (absent for ``Kind/spurious``).
    public let gold: LabeledSpan?
    /// The system span (absent for ``Kind/missed``).
    public let system: LabeledSpan?

    /// Creates a pair; the kind follows from the two spans.
    init(gold: LabeledSpan?, system: LabeledSpan?) {
        self.gold = gold
        self.system = system
        switch (gold, system) {
        case (let gold?, let system?):
            if gold.span != system.span {
                kind = .wrongBoundary
            } else {
                kind = gold.label == system.label ? .match : .wrongLabel
            }
        case (_?, nil): kind = .missed
        default: kind = .spurious
        }
    }

    /// Whether both spans are present and carry the same label.
    public var sameLabel: Bool { gold != nil && gold?.label == system?.label }

    /// The earliest start of the two spans (UTF-8 offset), for ordering.
    var start: Int { min(gold?.span.start ?? Int.max, system?.span.start ?? Int.max) }
}

import CorpusModel

/// A span to score: where it is (UTF-8 byte offsets, half-open) and its label.
///
/// Entity spans carry their entity type; token and sentence spans carry the layer's name, so that their
/// one "label" row reads `token` or `sentence`. An entity annotation without a label has the empty label.
public struct LabeledSpan: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The covered text, as UTF-8 byte offsets (half-open).
    public let span: Span
    /// The label.
    public let label: String

    /// Creates a labelled span.
    public init(_ span: Span, label: String) {
        self.span = span
        self.label = label
    }

    /// Orders by span (start, then end), then by label (by UTF-8 bytes).
    public static func < (lhs: LabeledSpan, rhs: LabeledSpan) -> Bool {
        lhs.span != rhs.span ? lhs.span < rhs.span : lhs.label.utf8.lexicographicallyPrecedes(rhs.label.utf8)
    }

    /// `LABEL start..<end` (UTF-8 offsets).
    public var description: String { "\(label) \(span)" }
}

extension Array where Element == String {
    /// The labels sorted by their UTF-8 bytes, as conlleval (Perl's `sort`) orders its rows.
    func sortedByBytes() -> [String] { sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) } }
}

import CorpusModel

/// One scoring error — a false positive, a false negative, or one of each on the same text — with where it
/// is and the text around it.
public struct ErrorEntry: Hashable, Sendable {
    /// A span as a report shows it: label, **Unicode scalar** offsets (half-open) and covered text.
    public struct Mention: Hashable, Sendable {
        /// The label.
        public var label: String
        /// The span in Unicode scalars (half-open), the unit of every file CorpusKit writes.
        public var span: ScalarSpan
        /// The covered text.
        public var text: String
    }

    /// Wrong label, wrong boundary, missed or spurious (never ``AlignedPair/Kind/match``).
    public var kind: AlignedPair.Kind
    /// The document's identifier.
    public var document: String
    /// The gold span (absent when spurious).
    public var gold: Mention?
    /// The system span (absent when missed).
    public var system: Mention?
    /// Up to `contextWidth` scalars (see ``ErrorAnalysis/errors(in:contextWidth:)``) before the earliest of the two spans.
    public var leftContext: String
    /// The text from the earliest start to the latest end of the two spans.
    public var covered: String
    /// Up to `contextWidth` scalars after the latest end.
    public var rightContext: String
    /// Whether text precedes ``leftContext`` (it was cut).
    public var leftIsCut: Bool
    /// Whether text follows ``rightContext`` (it was cut).
    public var rightIsCut: Bool
}

/// Lists every false positive and false negative of an evaluation, grouped by kind.
public enum ErrorAnalysis {
    /// The kinds of error in the order reports list them.
    public static let kinds: [AlignedPair.Kind] = [.wrongLabel, .wrongBoundary, .spurious, .missed]

    /// The error entries of an evaluation, in document order within each kind.
    /// - Parameters:
    ///   - evaluation: The evaluation.
    ///   - contextWidth: How many Unicode scalars of text to show on each side.
    /// - Returns: The entries by kind (every kind present, possibly empty).
    public static func errors(in evaluation: Evaluation, contextWidth: Int = 30) -> [AlignedPair.Kind: [ErrorEntry]] {
        var grouped: [AlignedPair.Kind: [ErrorEntry]] = [:]
        for kind in kinds { grouped[kind] = [] }
        for document in evaluation.documents {
            let wrong = document.alignment.filter { $0.kind != .match }
            guard !wrong.isEmpty else { continue }
            let table = OffsetTable(document.document)
            let scalars = Array(document.document.text.unicodeScalars)
            for pair in wrong {
                grouped[pair.kind, default: []].append(entry(pair, in: document, table: table, scalars: scalars, width: contextWidth))
            }
        }
        return grouped
    }

    private static func entry(
        _ pair: AlignedPair, in document: DocumentEvaluation, table: OffsetTable, scalars: [Unicode.Scalar], width: Int
    ) -> ErrorEntry {
        func mention(_ span: LabeledSpan?) -> ErrorEntry.Mention? {
            guard let span, let scalarSpan = table.scalarSpan(span.span) else { return nil }
            return ErrorEntry.Mention(label: span.label, span: scalarSpan, text: text(scalars, scalarSpan.start, scalarSpan.end))
        }
        let gold = mention(pair.gold)
        let system = mention(pair.system)
        let start = min(gold?.span.start ?? Int.max, system?.span.start ?? Int.max)
        let end = max(gold?.span.end ?? 0, system?.span.end ?? 0)
        return ErrorEntry(
            kind: pair.kind, document: document.id, gold: gold, system: system,
            leftContext: text(scalars, max(0, start - width), start), covered: text(scalars, start, end),
            rightContext: text(scalars, end, min(scalars.count, end + width)), leftIsCut: start > width,
            rightIsCut: end + width < scalars.count)
    }

    private static func text(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<max(start, end)])
        return String(view)
    }
}

import CorpusModel

/// The alignment and tallies of one document.
public struct DocumentEvaluation: Sendable {
    /// Which sides a document had.
    public enum Presence: String, Sendable {
        /// Gold and system.
        case both
        /// Gold only (scored as all missed).
        case goldOnly = "gold-only"
        /// System only (scored as all spurious).
        case systemOnly = "system-only"
    }

    /// The document (its text gives errors their context).
    public let document: Document
    /// Which sides it had.
    public let presence: Presence
    /// Every gold and system span, paired, in document order.
    public let alignment: [AlignedPair]
    /// The tally of ``alignment``.
    public let tally: OutcomeTally
    /// Tallies per label, each from aligning that label's spans alone (SemEval's per-type figures).
    public let labelTallies: [String: OutcomeTally]

    /// The document's identifier.
    public var id: String { document.id }

    /// Aligns and tallies one document's spans.
    init(document: Document, presence: Presence, gold: [LabeledSpan], system: [LabeledSpan]) {
        self.document = document
        self.presence = presence
        alignment = Aligner.align(gold: gold, system: system)
        tally = OutcomeTally(alignment)
        var goldByLabel: [String: [LabeledSpan]] = [:]
        var systemByLabel: [String: [LabeledSpan]] = [:]
        for span in gold { goldByLabel[span.label, default: []].append(span) }
        for span in system { systemByLabel[span.label, default: []].append(span) }
        var tallies: [String: OutcomeTally] = [:]
        for label in Set(goldByLabel.keys).union(systemByLabel.keys) {
            tallies[label] = OutcomeTally(Aligner.align(gold: goldByLabel[label] ?? [], system: systemByLabel[label] ?? []))
        }
        labelTallies = tallies
    }
}

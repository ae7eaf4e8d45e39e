import Formats

/// Everything a report shows: the evaluation, the schemes to show, the analyses asked for, the
/// statistics computed and notes about the input. Rendered by ``render(as:)``.
public struct EvaluationReport: Sendable {
    /// Optional parts of a report.
    public struct Sections: OptionSet, Hashable, Sendable {
        /// The raw value.
        public let rawValue: Int
        /// Creates a set from its raw value.
        public init(rawValue: Int) { self.rawValue = rawValue }
        /// Every false positive and false negative, grouped by kind.
        public static let errors = Sections(rawValue: 1)
        /// The confusion matrix over same-boundary spans.
        public static let confusion = Sections(rawValue: 2)
        /// Scores per document.
        public static let documents = Sections(rawValue: 4)
    }

    /// The evaluation.
    public var evaluation: Evaluation
    /// The schemes shown; the first is the primary one (the JSON's `overall` and `labels`, `--min-f1`).
    public var schemes: [Scheme]
    /// The optional parts shown.
    public var sections: Sections
    /// How tags were read, for CoNLL input: `nil` for conlleval's rules, or the declared scheme.
    public var tagScheme: TagScheme?
    /// Whether the input was CoNLL tags (then the report says how they were read).
    public var tagInput: Bool
    /// Bootstrap confidence intervals, if computed.
    public var bootstrap: BootstrapResult?
    /// A comparison with another system (its name and the test's result), if computed.
    public var comparison: (name: String, result: SystemComparison)?
    /// Notes about the input (documents missing from one side, skipped files, conlleval divergences, …).
    public var notes: [String]
    /// How many Unicode scalars of context error entries show on each side.
    public var contextWidth: Int

    /// Creates a report.
    /// - Parameters:
    ///   - evaluation: The evaluation.
    ///   - schemes: The schemes shown, the primary first (default: CoNLL).
    ///   - sections: The optional parts shown.
    ///   - tagInput: Whether the input was CoNLL tags.
    ///   - tagScheme: The declared tag scheme, `nil` for conlleval's reading.
    ///   - notes: Notes about the input.
    public init(
        _ evaluation: Evaluation, schemes: [Scheme] = [.conll], sections: Sections = [], tagInput: Bool = false,
        tagScheme: TagScheme? = nil, notes: [String] = []
    ) {
        precondition(!schemes.isEmpty, "a report shows at least one scheme")
        self.evaluation = evaluation
        self.schemes = schemes
        self.sections = sections
        self.tagInput = tagInput
        self.tagScheme = tagScheme
        self.notes = notes
        contextWidth = 30
    }

    /// The primary scheme.
    public var primaryScheme: Scheme { schemes[0] }

    /// The corpus F1 under the primary scheme (what `--min-f1` gates on).
    public var f1: Double { evaluation.counts(primaryScheme).scores.f1 }

    /// A sentence saying how CoNLL tags were read, or `nil` for stand-off input.
    var tagReading: String? {
        guard tagInput else { return nil }
        if let tagScheme { return "tags decoded in the \(tagScheme) scheme (--tag-scheme \(tagScheme))" }
        return "tags read by conlleval's rules, which know IOB1, IOB2 and IOE but not S- (--tag-scheme decodes a scheme properly)"
    }

    /// One line describing a scheme.
    static func summary(of scheme: Scheme) -> String {
        switch scheme {
        case .conll: return "conll: exact boundaries and label, as conlleval"
        case .strict: return "strict (SemEval-2013): exact boundaries and label"
        case .exact: return "exact (SemEval-2013): exact boundaries, any label"
        case .partial: return "partial (SemEval-2013): exact boundaries count 1, overlaps 1/2, any label"
        case .type: return "type (SemEval-2013): any overlap with the right label"
        }
    }
}

/// The output formats of a report.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// Aligned plain-text tables for a terminal (conlleval's layout for the CoNLL scheme).
    case table
    /// JSON with fractions in [0, 1] and a fixed key order.
    case json
    /// Markdown tables.
    case markdown
    /// conlleval's output, byte for byte (CoNLL scheme only).
    case conlleval
}

extension EvaluationReport {
    /// Renders the report.
    /// - Parameter format: The output format.
    /// - Returns: The text, ending with a line feed.
    public func render(as format: ReportFormat) -> String {
        switch format {
        case .table: return renderTable()
        case .json: return renderJSON()
        case .markdown: return renderMarkdown()
        case .conlleval: return ConllevalReport.render(evaluation)
        }
    }
}

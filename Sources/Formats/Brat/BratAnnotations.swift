import CorpusModel

/// What ``Brat/read(_:document:path:discontinuous:)`` found in a `.ann` file.
public struct BratAnnotations: Hashable, Sendable {
    /// The text-bound annotations as an `entity` layer: label = brat type, UTF-8 spans, sorted by start then end
    /// (annotations with equal spans keep their file order).
    public var entities: AnnotationLayer
    /// The brat id (`T3`) of each annotation in ``entities``, in the same order.
    public var ids: [String]
    /// The lines that are not text-bound annotations, skipped.
    public var skippedLines: [BratSkippedLine]
    /// Things the caller may want to report (discontinuous spans read as covering spans, unknown lines).
    public var warnings: [BratWarning]

    /// Creates a reader result.
    public init(entities: AnnotationLayer, ids: [String], skippedLines: [BratSkippedLine], warnings: [BratWarning]) {
        self.entities = entities
        self.ids = ids
        self.skippedLines = skippedLines
        self.warnings = warnings
    }
}

/// A `.ann` line that is not a text-bound annotation, which the reader skips.
public struct BratSkippedLine: Hashable, Sendable {
    /// The kind of annotation brat stores on such a line.
    public enum Kind: Hashable, Sendable {
        /// `A1<TAB>Negated T1` or the older `M1`.
        case attribute
        /// `R1<TAB>Located Arg1:T1 Arg2:T2`.
        case relation
        /// `E1<TAB>Attack:T3 Target:T1`.
        case event
        /// `N1<TAB>Reference T1 Wikipedia:534366<TAB>Japan`.
        case normalization
        /// `#1<TAB>AnnotatorNotes T1<TAB>a note`.
        case note
        /// `*<TAB>Equiv T1 T2`.
        case equivalence
    }

    /// The 1-based line number.
    public var line: Int
    /// The line's id (`R1`, `*`, …).
    public var id: String
    /// What the line holds.
    public var kind: Kind

    /// Creates a skipped-line record.
    public init(line: Int, id: String, kind: Kind) {
        self.line = line
        self.id = id
        self.kind = kind
    }
}

/// Something a `.ann` reader accepted but the caller may want to report.
public struct BratWarning: Hashable, Sendable, CustomStringConvertible {
    /// What happened.
    public enum Kind: Hashable, Sendable {
        /// A discontinuous span was read as its covering span.
        case discontinuousSpan
        /// A line with an id brat does not know was skipped (brat reads it as a comment).
        case unknownLine
    }

    /// The `.ann` file.
    public var path: String
    /// The 1-based line number.
    public var line: Int
    /// What happened.
    public var kind: Kind
    /// A sentence describing it.
    public var message: String

    /// Creates a warning.
    public init(path: String, line: Int, kind: Kind, message: String) {
        self.path = path
        self.line = line
        self.kind = kind
        self.message = message
    }

    /// `path:line: warning: message`.
    public var description: String { "\(path):\(line): warning: \(message)" }
}

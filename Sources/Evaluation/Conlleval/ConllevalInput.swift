import Formats

/// What a conlleval-style input yields: documents with gold and system entity layers, and the token
/// tag accuracy conlleval reports.
public struct ConllevalInput: Sendable {
    /// One pair per document: the file is cut at `-DOCSTART-` lines (one document when it has none).
    /// Document identifiers are `FILE:LINE`, the line where the document starts.
    public var documents: [DocumentPair]
    /// conlleval's token accuracy (`-DOCSTART-` lines count as tokens, sentence boundaries do not).
    public var accuracy: TagAccuracy
    /// The lines (1-based) where conlleval's rules keep a chunk open across an `O` or `.` tag, or open a
    /// chunk without ending the open one. Only tags conlleval does not know cause this (typeless `S`, `E`,
    /// `U`, `L`, bare types, `.`, `[`, `]`); there conlleval's correct count can differ from span matching,
    /// and reports say so. Empty for IOB1, IOB2, IOE1, IOE2, and typed BIOES/BILOU tags.
    public var divergentLines: [Int]
    /// The scheme the tags were decoded in, or `nil` when they were read by conlleval's rules.
    public var tagScheme: TagScheme?
    /// Every tag that breaks the declared scheme, in file order (empty for conlleval's reading).
    public var violations: [SchemeViolation]

    /// Creates an input.
    public init(
        documents: [DocumentPair], accuracy: TagAccuracy, divergentLines: [Int] = [], tagScheme: TagScheme? = nil,
        violations: [SchemeViolation] = []
    ) {
        self.documents = documents
        self.accuracy = accuracy
        self.divergentLines = divergentLines
        self.tagScheme = tagScheme
        self.violations = violations
    }
}

/// A tag that breaks the declared tag scheme, and how it was read.
public struct SchemeViolation: Hashable, Sendable, CustomStringConvertible {
    /// The side whose column holds the tag.
    public var side: EvaluationError.Side
    /// The 1-based line of the tag.
    public var line: Int
    /// What is wrong and how the tag was read (the Formats module's description).
    public var message: String

    /// Creates a violation record.
    public init(side: EvaluationError.Side, line: Int, message: String) {
        self.side = side
        self.line = line
        self.message = message
    }

    /// `line N: gold tag …`.
    public var description: String { "line \(line): \(side) tag \(message)" }
}

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

    /// Creates an input.
    public init(documents: [DocumentPair], accuracy: TagAccuracy, divergentLines: [Int] = []) {
        self.documents = documents
        self.accuracy = accuracy
        self.divergentLines = divergentLines
    }
}

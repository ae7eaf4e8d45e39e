/// What a conlleval-style input yields: documents with gold and system entity layers, and the token
/// tag accuracy conlleval reports.
public struct ConllevalInput: Sendable {
    /// One pair per document: the file is cut at `-DOCSTART-` lines (one document when it has none).
    /// Document identifiers are `FILE:LINE`, the line where the document starts.
    public var documents: [DocumentPair]
    /// conlleval's token accuracy (`-DOCSTART-` lines count as tokens, sentence boundaries do not).
    public var accuracy: TagAccuracy

    /// Creates an input.
    public init(documents: [DocumentPair], accuracy: TagAccuracy) {
        self.documents = documents
        self.accuracy = accuracy
    }
}

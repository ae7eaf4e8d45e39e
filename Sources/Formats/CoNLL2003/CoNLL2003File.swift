import CorpusModel

/// The documents of a CoNLL-2003 file and what reading them found out.
public struct CoNLL2003File: Sendable {
    /// The documents, in file order: one per `-DOCSTART-`, or one for a file without `-DOCSTART-`.
    public var documents: [AnnotatedDocument]
    /// The scheme of the entity tags: the one given, or the one inferred.
    public var scheme: TagScheme
    /// The scheme of the predicted tags, when the layout has them.
    public var predictedScheme: TagScheme?
    /// The attribute columns, given or inferred.
    public var attributeColumns: [String]
    /// The violations a lenient reader repaired or noted, in file order (empty when strict).
    public var repairs: [CoNLLRepair]
}

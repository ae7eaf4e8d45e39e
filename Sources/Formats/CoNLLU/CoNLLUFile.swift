import CorpusModel

/// The documents of a CoNLL-U file and what reading them found out.
public struct CoNLLUFile: Sendable {
    /// The documents, in file order: one per `# newdoc`, or one for a file without `# newdoc`.
    public var documents: [AnnotatedDocument]
    /// The scheme of the `NER=` tags: the one given, or the one inferred.
    public var scheme: TagScheme
    /// What a lenient reader repaired, in file order (empty when strict).
    public var repairs: [CoNLLRepair]
}

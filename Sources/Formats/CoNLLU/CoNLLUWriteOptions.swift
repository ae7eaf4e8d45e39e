import CorpusModel

/// How documents are written as CoNLL-U.
public struct CoNLLUWriteOptions: Hashable, Sendable {
    /// The scheme of the `NER=` tags in MISC (``TagScheme/iob2`` by default).
    public var scheme: TagScheme
    /// What to do with entities that do not fall on token boundaries.
    public var misaligned: MisalignedEntityPolicy
    /// The layer the tags come from; a document without it gets no `NER=` items.
    public var entityLayer: LayerName

    /// Creates writing options.
    /// - Parameters:
    ///   - scheme: The scheme of the `NER=` tags.
    ///   - misaligned: The policy for entities off token boundaries.
    ///   - entityLayer: The layer of the tags.
    public init(scheme: TagScheme = .iob2, misaligned: MisalignedEntityPolicy = .error, entityLayer: LayerName = .entity) {
        self.scheme = scheme
        self.misaligned = misaligned
        self.entityLayer = entityLayer
    }
}

import CorpusModel

/// How documents are written as CoNLL-2003.
public struct CoNLL2003WriteOptions: Hashable, Sendable {
    /// The tag scheme (``TagScheme/iob2`` by default).
    public var scheme: TagScheme
    /// The columns (``CoNLL2003Layout/standard``, `token POS chunk NER`, by default; `nil` attribute
    /// columns also mean `pos`, `chunk`).
    public var layout: CoNLL2003Layout
    /// Whether each document starts with `-DOCSTART- -X- -X- O` and a blank line.
    public var documentStart: Bool
    /// What to do with entities that do not fall on token boundaries.
    public var misaligned: MisalignedEntityPolicy
    /// The layer the tags come from.
    public var entityLayer: LayerName
    /// The layer the predicted tags come from, when the layout has them.
    public var predictedLayer: LayerName

    /// Creates writing options.
    /// - Parameters:
    ///   - scheme: The tag scheme.
    ///   - layout: The columns.
    ///   - documentStart: Whether to write `-DOCSTART-` lines.
    ///   - misaligned: The policy for entities off token boundaries.
    ///   - entityLayer: The layer of the tag column.
    ///   - predictedLayer: The layer of the predicted-tag column.
    public init(
        scheme: TagScheme = .iob2, layout: CoNLL2003Layout = .standard, documentStart: Bool = true,
        misaligned: MisalignedEntityPolicy = .error, entityLayer: LayerName = .entity,
        predictedLayer: LayerName = .predictedEntity
    ) {
        self.scheme = scheme
        self.layout = layout
        self.documentStart = documentStart
        self.misaligned = misaligned
        self.entityLayer = entityLayer
        self.predictedLayer = predictedLayer
    }
}

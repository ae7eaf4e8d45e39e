import CorpusModel

/// How a CoNLL-2003 file is read.
public struct CoNLL2003ReadOptions: Hashable, Sendable {
    /// The tag scheme of the tag columns, or `nil` to infer it from the file (see ``TagSchemeDetector``).
    public var scheme: TagScheme?
    /// Whether tags that break the scheme are repaired as conlleval reads them and reported in
    /// ``CoNLL2003File/repairs``, rather than being an error.
    public var lenient: Bool
    /// The columns; with `attributeColumns == nil` they are inferred from the first token line.
    public var layout: CoNLL2003Layout
    /// The layer the predicted tags go to when ``CoNLL2003Layout/predictedTag`` is set.
    public var predictedLayer: LayerName

    /// Creates reading options.
    /// - Parameters:
    ///   - scheme: The tag scheme, or `nil` to infer it.
    ///   - lenient: Whether to repair scheme violations instead of failing.
    ///   - layout: The columns (inferred by default).
    ///   - predictedLayer: The layer of the predicted tags, if the layout has them.
    public init(
        scheme: TagScheme? = nil, lenient: Bool = false, layout: CoNLL2003Layout = CoNLL2003Layout(),
        predictedLayer: LayerName = .predictedEntity
    ) {
        self.scheme = scheme
        self.lenient = lenient
        self.layout = layout
        self.predictedLayer = predictedLayer
    }
}

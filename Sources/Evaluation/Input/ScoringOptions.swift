import CorpusModel

/// What to score and how to read the labels.
public struct ScoringOptions: Hashable, Sendable {
    /// The layer scored: ``LayerName/entity`` (default), ``LayerName/sentence`` or ``LayerName/token``.
    /// Sentence spans are trimmed of white space at both ends before comparison.
    public var layer: LayerName
    /// Relabelling applied to both sides first.
    public var labelMap: LabelMap
    /// When set, only spans with these labels (after mapping) are scored.
    public var labels: Set<String>?

    /// Creates options.
    /// - Parameters:
    ///   - layer: The layer scored (default: entities).
    ///   - labelMap: Relabelling applied to both sides.
    ///   - labels: Restrict scoring to these labels (after mapping).
    public init(layer: LayerName = .entity, labelMap: LabelMap = .init(), labels: Set<String>? = nil) {
        self.layer = layer
        self.labelMap = labelMap
        self.labels = labels
    }
}

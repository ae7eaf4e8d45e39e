/// A document together with the annotation layers produced for it so far.
///
/// Each stage reads the document and earlier layers and adds one layer; the text is never touched.
public struct AnnotatedDocument: Hashable, Sendable {
    /// The document.
    public var document: Document
    /// The layers by name.
    public private(set) var layers: [LayerName: AnnotationLayer]

    /// Creates an annotated document.
    /// - Parameters:
    ///   - document: The document.
    ///   - layers: Its layers; a later layer of the same name replaces an earlier one.
    public init(_ document: Document, layers: [AnnotationLayer] = []) {
        self.document = document
        self.layers = [:]
        for layer in layers { self.layers[layer.name] = layer }
    }

    /// The layer of that name, if present.
    public subscript(layer name: LayerName) -> AnnotationLayer? { layers[name] }

    /// Adds a layer, replacing any layer of the same name.
    public mutating func setLayer(_ layer: AnnotationLayer) { layers[layer.name] = layer }

    /// Removes the layer of that name, if present.
    public mutating func removeLayer(_ name: LayerName) { layers[name] = nil }

    /// The layers in their canonical order (token, sentence, entity, then others by name).
    public var orderedLayers: [AnnotationLayer] { layers.keys.sorted().compactMap { layers[$0] } }

    /// Checks every layer against the text (see ``AnnotationLayer/validate(in:)``).
    /// - Throws: ``CorpusModelError/invalidAnnotation(layer:index:span:problem:)`` for the first bad annotation.
    public func validate() throws(CorpusModelError) {
        for layer in orderedLayers { try layer.validate(in: document) }
    }
}

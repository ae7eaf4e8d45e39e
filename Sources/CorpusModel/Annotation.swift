/// One stand-off annotation: a span of the text, an optional label and free attributes.
///
/// Equality compares the span too: two annotations with the same label at different places differ.
public struct Annotation: Hashable, Sendable {
    /// The annotated text, as UTF-8 byte offsets (half-open).
    public var span: Span
    /// The annotation's label (an entity type such as `PER`), if it has one.
    public var label: String?
    /// Free key–value attributes (for example the POS column of a CoNLL file).
    public var attributes: [String: String]

    /// Creates an annotation.
    /// - Parameters:
    ///   - span: The annotated text, as UTF-8 byte offsets (half-open).
    ///   - label: The label, if any.
    ///   - attributes: Free attributes.
    public init(_ span: Span, label: String? = nil, attributes: [String: String] = [:]) {
        self.span = span
        self.label = label
        self.attributes = attributes
    }
}

import CorpusModel

/// The content of a stand-off JSON file as written, before its text is at hand: metadata and
/// **Unicode scalar** spans (half-open), as ``StandoffJSON/parse(_:path:)`` returns them.
///
/// Tools that only compare offsets (for example two annotation sets of one text) can work on this level;
/// ``StandoffJSON/decode(_:path:corpusRoot:)`` turns it into an ``AnnotatedDocument`` with UTF-8 spans.
public struct StandoffFile: Hashable, Sendable {
    /// The document's identifier (`"id"`).
    public var id: String
    /// The annotated text: a reference to a text file, or the text itself (JSON Lines output).
    public var text: StandoffText
    /// The layers, in canonical order (token, sentence, entity, then others by name).
    public var layers: [ScalarLayer]

    /// Creates a file's content.
    public init(id: String, text: StandoffText, layers: [ScalarLayer]) {
        self.id = id
        self.text = text
        self.layers = layers
    }

    /// The layer of that name, if present.
    public subscript(layer name: LayerName) -> ScalarLayer? { layers.first { $0.name == name } }
}

/// How a stand-off file refers to its text.
public enum StandoffText: Hashable, Sendable {
    /// A text file elsewhere, identified by path, SHA-256 and length (`"text": {"path", "sha256", "length"}`).
    case reference(TextReference)
    /// The text itself (`"text": "…"`), as in JSON Lines output.
    case inline(String)
}

/// A stand-off file's record of its text file.
public struct TextReference: Hashable, Sendable {
    /// The text file's path relative to the corpus root, with `/` separators.
    public var path: String
    /// The SHA-256 of the text file's bytes, 64 lower-case hexadecimal digits.
    public var sha256: String
    /// The text's length in Unicode scalars.
    public var length: Int

    /// Creates a text reference.
    public init(path: String, sha256: String, length: Int) {
        self.path = path
        self.sha256 = sha256
        self.length = length
    }
}

/// One layer of a stand-off file, with **Unicode scalar** spans.
public struct ScalarLayer: Hashable, Sendable {
    /// The layer's name.
    public var name: LayerName
    /// The annotations in file order.
    public var annotations: [ScalarAnnotation]
    /// The tool that produced the layer, if the file says.
    public var producer: Producer?

    /// Creates a layer.
    public init(_ name: LayerName, annotations: [ScalarAnnotation], producer: Producer? = nil) {
        self.name = name
        self.annotations = annotations
        self.producer = producer
    }
}

/// One annotation of a stand-off file: a **Unicode scalar** span (half-open), an optional label and attributes.
public struct ScalarAnnotation: Hashable, Sendable {
    /// The annotated text as Unicode scalar offsets, `start..<end`.
    public var span: ScalarSpan
    /// The label, if any.
    public var label: String?
    /// Free attributes.
    public var attributes: [String: String]

    /// Creates an annotation.
    public init(_ span: ScalarSpan, label: String? = nil, attributes: [String: String] = [:]) {
        self.span = span
        self.label = label
        self.attributes = attributes
    }
}

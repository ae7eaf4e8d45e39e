/// The name of an annotation layer. The standard ones are ``token``, ``sentence`` and ``entity``;
/// any other name is allowed for layers from elsewhere.
public struct LayerName: RawRepresentable, Hashable, Comparable, Sendable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    /// The name as written in files (`token`, `sentence`, …).
    public let rawValue: String

    /// Creates a layer name.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Creates a layer name from a literal.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// Tokens: they tile the text's non-whitespace characters.
    public static let token: LayerName = "token"
    /// Sentences: they tile the text's non-whitespace characters, each a run of whole tokens.
    public static let sentence: LayerName = "sentence"
    /// Named entities, labelled `PER`, `LOC`, `ORG`, `MISC` (or a user's label set).
    public static let entity: LayerName = "entity"

    /// Whether annotations of this layer must not overlap one another (tokens and sentences).
    public var forbidsOverlap: Bool { self == .token || self == .sentence }

    /// Orders the standard layers first (token, sentence, entity), then the rest by name.
    public static func < (lhs: LayerName, rhs: LayerName) -> Bool {
        let standard: [LayerName] = [.token, .sentence, .entity]
        let left = standard.firstIndex(of: lhs) ?? standard.count
        let right = standard.firstIndex(of: rhs) ?? standard.count
        return left != right ? left < right : lhs.rawValue < rhs.rawValue
    }

    /// The raw name.
    public var description: String { rawValue }
}

/// The tool that produced a layer, recorded in annotation files.
public struct Producer: Hashable, Sendable {
    /// The tool's name, for example `corpuskit-tokenizer/ptb`.
    public var tool: String
    /// The tool's version.
    public var version: String

    /// Creates a producer record.
    public init(tool: String, version: String) {
        self.tool = tool
        self.version = version
    }
}

/// One layer of annotations over a document, in document order.
public struct AnnotationLayer: Hashable, Sendable {
    /// The layer's name.
    public var name: LayerName
    /// The annotations, sorted by span (start, then end).
    public var annotations: [Annotation]
    /// Which tool produced the layer, if known.
    public var producer: Producer?

    /// Creates a layer.
    /// - Parameters:
    ///   - name: The layer's name.
    ///   - annotations: Its annotations; they are kept in the order given (``validate(in:)`` checks order).
    ///   - producer: The tool that produced it.
    public init(_ name: LayerName, annotations: [Annotation], producer: Producer? = nil) {
        self.name = name
        self.annotations = annotations
        self.producer = producer
    }

    /// Creates an unlabelled layer from bare spans (tokens, sentences).
    public init(_ name: LayerName, spans: [Span], producer: Producer? = nil) {
        self.init(name, annotations: spans.map { Annotation($0) }, producer: producer)
    }

    /// The annotations' spans, in order.
    public var spans: [Span] { annotations.map(\.span) }
}

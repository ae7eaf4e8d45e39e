/// Errors of the data model: loading text and checking annotations against it.
public enum CorpusModelError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A file could not be read (missing, a directory, no permission, …).
    case unreadableFile(path: String, reason: String)
    /// A file's bytes are not valid UTF-8; `byteOffset` is the first bad byte (0-based), `line` and
    /// `column` (1-based, column in bytes) say where it stands.
    case invalidUTF8(path: String, byteOffset: Int, line: Int, column: Int)
    /// An annotation does not fit the text: `index` is its position in the layer, `span` its UTF-8 span.
    case invalidAnnotation(layer: LayerName, index: Int, span: Span, problem: AnnotationProblem)

    /// A line `path:line:column: error: …` style message.
    public var description: String {
        switch self {
        case .unreadableFile(let path, let reason):
            return "\(path): error: cannot read file: \(reason)"
        case .invalidUTF8(let path, let byteOffset, let line, let column):
            return "\(path):\(line):\(column): error: invalid UTF-8 at byte offset \(byteOffset)"
        case .invalidAnnotation(let layer, let index, let span, let problem):
            return "error: \(layer) annotation #\(index + 1) (UTF-8 bytes \(span)): \(problem)"
        }
    }
}

/// What is wrong with an annotation, found by ``AnnotationLayer/validate(in:)``.
public enum AnnotationProblem: Equatable, Sendable, CustomStringConvertible {
    /// The span ends after the text (the text's UTF-8 length is given).
    case outOfRange(textLength: Int)
    /// An end of the span falls inside a multi-byte scalar.
    case notOnScalarBoundary
    /// The span starts before the previous annotation's (layers are sorted).
    case outOfOrder
    /// The span overlaps the previous annotation in a layer that forbids overlap.
    case overlapsPrevious

    /// A short explanation.
    public var description: String {
        switch self {
        case .outOfRange(let length): return "extends past the end of the text (\(length) bytes)"
        case .notOnScalarBoundary: return "starts or ends inside a character"
        case .outOfOrder: return "is out of order (annotations must be sorted by start, then end)"
        case .overlapsPrevious: return "overlaps the previous annotation"
        }
    }
}

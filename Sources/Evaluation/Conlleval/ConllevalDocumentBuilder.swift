import CorpusModel
import Formats

/// Rebuilds one document from conlleval's token lines: its text (tokens joined by a space, sentences by a
/// line feed), its token and sentence layers, and the gold and system entity layers found by each side's
/// ``TagColumn``.
struct ConllevalDocumentBuilder {
    private var text: [UInt8] = []
    private var tokens: [Span] = []
    private var sentences: [Span] = []
    private var sentenceStart: Int?
    private var gold: TagColumn
    private var system: TagColumn

    /// A builder whose columns are read by conlleval's rules (`scheme == nil`) or in a tag scheme.
    init(scheme: TagScheme?) {
        gold = TagColumn(scheme: scheme)
        system = TagColumn(scheme: scheme)
    }

    /// The tags of each side that break the declared scheme, with document-local token indices.
    var violations: (gold: [TagViolation], system: [TagViolation]) { (gold.violations, system.violations) }

    /// Whether no token has been added.
    var isEmpty: Bool { tokens.isEmpty }

    /// Adds a token with its gold and system tags; a token without text (a file of tag columns only) is
    /// written `_`.
    /// - Returns: Whether conlleval's counting may diverge from span matching at this token (see
    ///   ``ConllevalChunker/feed(_:at:)``).
    mutating func addToken(
        _ bytes: UnsafeBufferPointer<UInt8>?, gold goldTag: (TagTable.Interned, EntityTag?),
        system systemTag: (TagTable.Interned, EntityTag?)
    ) -> Bool {
        if sentenceStart == nil {
            if !text.isEmpty { text.append(0x0A) }
            sentenceStart = tokens.count
        } else {
            text.append(0x20)
        }
        let start = text.count
        if let bytes { text.append(contentsOf: bytes) } else { text.append(UInt8(ascii: "_")) }
        let goldDiverges = gold.feed(goldTag.0, entityTag: goldTag.1, at: tokens.count)
        let systemDiverges = system.feed(systemTag.0, entityTag: systemTag.1, at: tokens.count)
        tokens.append(Span(start, text.count))
        return goldDiverges || systemDiverges
    }

    /// Ends the current sentence (a blank line or a `-X-` line: `O` on both sides).
    /// - Returns: Whether conlleval's counting may diverge from span matching here.
    @discardableResult
    mutating func addBoundary() -> Bool {
        let goldDiverges = gold.boundary(at: tokens.count)
        let systemDiverges = system.boundary(at: tokens.count)
        if let first = sentenceStart, let last = tokens.last {
            sentences.append(Span(tokens[first].start, last.end))
        }
        sentenceStart = nil
        return goldDiverges || systemDiverges
    }

    /// The finished document, gold and system sharing its text, token and sentence layers; `types` names
    /// conlleval's interned chunk types.
    mutating func finish(id: String, types: [String]) -> DocumentPair {
        addBoundary()
        gold.finish(at: tokens.count)
        system.finish(at: tokens.count)
        let document = Document(id: id, text: String(decoding: text, as: UTF8.self))
        let shared = [AnnotationLayer(.token, spans: tokens), AnnotationLayer(.sentence, spans: sentences)]
        return .matched(
            gold: AnnotatedDocument(document, layers: shared + [entities(gold, types)]),
            system: AnnotatedDocument(document, layers: shared + [entities(system, types)]))
    }

    private func entities(_ column: TagColumn, _ types: [String]) -> AnnotationLayer {
        let annotations = column.chunks(types: types).map { chunk in
            Annotation(Span(tokens[chunk.tokens.lowerBound].start, tokens[chunk.tokens.upperBound - 1].end), label: chunk.label)
        }
        return AnnotationLayer(.entity, annotations: annotations.sorted { $0.span < $1.span })
    }
}

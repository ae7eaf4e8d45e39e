import CorpusModel

/// Rebuilds one document from conlleval's token lines: its text (tokens joined by a space, sentences by a
/// line feed), its token and sentence layers, and the gold and system entity layers found by
/// ``ConllevalChunker``.
struct ConllevalDocumentBuilder {
    private var text: [UInt8] = []
    private var tokens: [Span] = []
    private var sentences: [Span] = []
    private var sentenceStart: Int?
    private var gold = ConllevalChunker()
    private var system = ConllevalChunker()

    /// Whether no token has been added.
    var isEmpty: Bool { tokens.isEmpty }

    /// Adds a token with its gold and system tags; a token without text (a file of tag columns only) is
    /// written `_`.
    mutating func addToken(_ bytes: UnsafeBufferPointer<UInt8>?, gold goldTag: ConllevalTag, system systemTag: ConllevalTag) {
        if sentenceStart == nil {
            if !text.isEmpty { text.append(0x0A) }
            sentenceStart = tokens.count
        } else {
            text.append(0x20)
        }
        let start = text.count
        if let bytes { text.append(contentsOf: bytes) } else { text.append(UInt8(ascii: "_")) }
        gold.feed(goldTag, at: tokens.count)
        system.feed(systemTag, at: tokens.count)
        tokens.append(Span(start, text.count))
    }

    /// Ends the current sentence (a blank line or a `-X-` line: `O` on both sides).
    mutating func addBoundary() {
        gold.feed(.outside, at: tokens.count)
        system.feed(.outside, at: tokens.count)
        if let first = sentenceStart, let last = tokens.last {
            sentences.append(Span(tokens[first].start, last.end))
        }
        sentenceStart = nil
    }

    /// The finished document, gold and system sharing its text, token and sentence layers.
    mutating func finish(id: String) -> DocumentPair {
        addBoundary()
        gold.finish(at: tokens.count)
        system.finish(at: tokens.count)
        let document = Document(id: id, text: String(decoding: text, as: UTF8.self))
        let shared = [AnnotationLayer(.token, spans: tokens), AnnotationLayer(.sentence, spans: sentences)]
        return .matched(
            gold: AnnotatedDocument(document, layers: shared + [entities(gold.chunks)]),
            system: AnnotatedDocument(document, layers: shared + [entities(system.chunks)]))
    }

    private func entities(_ chunks: [ConllevalChunker.Chunk]) -> AnnotationLayer {
        AnnotationLayer(
            .entity,
            annotations: chunks.map { Annotation(Span(tokens[$0.start].start, tokens[$0.end - 1].end), label: $0.type) })
    }
}

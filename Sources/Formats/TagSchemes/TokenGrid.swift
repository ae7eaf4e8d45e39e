import CorpusModel

/// A document as the CoNLL writers see it: its tokens grouped into sentences, and entity layers as chunks
/// of whole tokens.
///
/// Guarantees: every token belongs to exactly one sentence and every sentence has at least one token;
/// without a sentence layer the whole document is one sentence.
struct TokenGrid {
    /// The annotated document.
    let document: AnnotatedDocument
    /// The tokens, in order.
    let tokens: [Annotation]
    /// Each sentence's tokens, as half-open ranges of token indices, in order.
    let sentences: [Range<Int>]

    /// Groups the tokens of a document into its sentences.
    /// - Throws: ``FormatError`` (path: the document id) when the document has text but no token layer, a
    ///   token lies outside every sentence or crosses a sentence boundary, or a sentence holds no token.
    init(_ document: AnnotatedDocument) throws(FormatError) {
        self.document = document
        let text = document.document
        guard let tokenLayer = document[layer: .token] else {
            let blank = text.withUTF8 { $0.allSatisfy { byte in byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 } }
            guard blank else { throw FormatError(path: text.id, message: "the document has no token layer") }
            tokens = []
            sentences = []
            return
        }
        do { try tokenLayer.validate(in: text) } catch { throw FormatError(document: text, error) }
        tokens = tokenLayer.annotations
        guard let sentenceLayer = document[layer: .sentence] else {
            sentences = tokens.isEmpty ? [] : [0..<tokens.count]
            return
        }
        var ranges: [Range<Int>] = []
        var next = 0
        for sentence in sentenceLayer.annotations {
            let first = next
            while next < tokens.count, tokens[next].span.end <= sentence.span.start || sentence.span.contains(tokens[next].span) {
                if !sentence.span.contains(tokens[next].span) {
                    throw FormatError(path: text.id, message: "token \(text.describe(tokens[next].span)) lies outside every sentence")
                }
                next += 1
            }
            if next < tokens.count, tokens[next].span.overlaps(sentence.span) {
                throw FormatError(
                    path: text.id,
                    message: "token \(text.describe(tokens[next].span)) crosses the boundary of sentence \(text.describe(sentence.span))")
            }
            guard next > first else {
                throw FormatError(path: text.id, message: "sentence \(text.describe(sentence.span)) holds no token")
            }
            ranges.append(first..<next)
        }
        if next < tokens.count {
            throw FormatError(path: text.id, message: "token \(text.describe(tokens[next].span)) lies outside every sentence")
        }
        sentences = ranges
    }

    /// The entities of a layer as chunks of whole tokens, fitted with `policy`.
    ///
    /// Algorithm: for each entity, in order, find by binary search the tokens it overlaps and those it
    /// covers entirely; an entity is aligned when both are the same non-empty run whose ends are the
    /// entity's ends. Otherwise apply the policy. A chunk that overlaps the previous one or crosses a
    /// sentence boundary cannot be tagged: it is dropped under ``MisalignedEntityPolicy/drop`` and an error
    /// otherwise.
    /// - Parameters:
    ///   - layer: The entity layer.
    ///   - policy: What to do with entities off token boundaries.
    ///   - counts: Incremented for each entity changed or left out.
    ///   - separator: A character labels may not hold besides whitespace (`|`, which separates CoNLL-U
    ///     MISC items), if any.
    /// - Returns: The chunks (token indices, half-open), or `nil` when the document has no such layer.
    /// - Throws: ``FormatError`` naming the document, the entity and its Unicode scalar offsets.
    func chunks(
        of layer: LayerName, policy: MisalignedEntityPolicy, counts: inout EntityAlignmentCounts,
        separator: Unicode.Scalar? = nil
    ) throws(FormatError) -> [TagChunk]? {
        guard let entityLayer = document[layer: layer] else { return nil }
        let text = document.document
        do { try entityLayer.validate(in: text) } catch { throw FormatError(document: text, error) }
        let entities = entityLayer.annotations
        var chunks: [TagChunk] = []
        chunks.reserveCapacity(entities.count)
        var sentenceIndex = 0
        for entity in entities {
            let label = try Self.checkedLabel(of: entity, in: text, separator: separator)
            let span = entity.span
            let overlapping = firstToken(endingAfter: span.start)..<firstToken(startingAtOrAfter: span.end)
            var covered = overlapping
            if let first = covered.first, tokens[first].span.start < span.start { covered = covered.dropFirst() }
            if let last = covered.last, tokens[last].span.end > span.end { covered = covered.dropLast() }
            var run = covered
            if covered != overlapping || covered.isEmpty {
                let describe = { "entity \(label) \(text.describe(span))" }
                switch policy {
                case .error:
                    throw FormatError(
                        path: text.id,
                        message: "\(describe()) does not fall on token boundaries (policies: expand, contract, drop)")
                case .drop:
                    counts.dropped += 1
                    continue
                case .expand:
                    run = overlapping
                    if run.isEmpty { counts.dropped += 1; continue }
                    counts.expanded += 1
                case .contract:
                    if run.isEmpty { counts.dropped += 1; continue }
                    counts.contracted += 1
                }
            }
            while sentences[sentenceIndex].upperBound <= run.lowerBound { sentenceIndex += 1 }
            let problem: String?
            if let previous = chunks.last, previous.tokens.upperBound > run.lowerBound {
                let previousSpan = Span(tokens[previous.tokens.lowerBound].span.start, tokens[previous.tokens.upperBound - 1].span.end)
                problem = "overlaps entity \(previous.label) \(text.describe(previousSpan)): CoNLL tags cannot express nested or overlapping entities"
            } else if run.upperBound > sentences[sentenceIndex].upperBound {
                problem = "crosses a sentence boundary"
            } else {
                problem = nil
            }
            if let problem {
                guard policy == .drop else {
                    throw FormatError(path: text.id, message: "entity \(label) \(text.describe(span)) \(problem)")
                }
                counts.dropped += 1
                continue
            }
            chunks.append(TagChunk(run, label: label))
        }
        return chunks
    }

    /// The tags of every token for a layer, sentence by sentence, or `nil` when the layer is absent (see
    /// ``chunks(of:policy:counts:separator:)``).
    func tags(
        of layer: LayerName, scheme: TagScheme, policy: MisalignedEntityPolicy, counts: inout EntityAlignmentCounts,
        separator: Unicode.Scalar? = nil
    ) throws(FormatError) -> [EntityTag]? {
        guard let chunks = try chunks(of: layer, policy: policy, counts: &counts, separator: separator) else { return nil }
        var tags: [EntityTag] = []
        tags.reserveCapacity(tokens.count)
        var next = 0
        for sentence in sentences {
            let first = next
            while next < chunks.count, chunks[next].tokens.lowerBound < sentence.upperBound { next += 1 }
            tags += scheme.tags(for: chunks[first..<next], in: sentence)
        }
        return tags
    }

    /// A label a CoNLL file can hold: non-empty, without whitespace or `separator`.
    private static func checkedLabel(of entity: Annotation, in text: Document, separator: Unicode.Scalar?) throws(FormatError) -> String {
        guard let label = entity.label, !label.isEmpty else {
            throw FormatError(path: text.id, message: "entity \(text.describe(entity.span)) has no label")
        }
        if label.unicodeScalars.contains(where: { $0 == separator || $0.properties.isWhitespace }) {
            let what = separator.map { "whitespace or '\($0)'" } ?? "whitespace"
            throw FormatError(
                path: text.id,
                message: "entity label \"\(label)\" of \(text.describe(entity.span)) contains \(what), which this format cannot hold")
        }
        return label
    }

    /// The index of the first token whose end lies after `offset` (a UTF-8 offset).
    private func firstToken(endingAfter offset: Int) -> Int {
        partition { $0.span.end > offset }
    }

    /// The index of the first token that starts at or after `offset` (a UTF-8 offset).
    private func firstToken(startingAtOrAfter offset: Int) -> Int {
        partition { $0.span.start >= offset }
    }

    /// Binary search: the first token index for which `predicate` holds (it must hold for a suffix).
    private func partition(_ predicate: (Annotation) -> Bool) -> Int {
        var low = 0
        var high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if predicate(tokens[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}

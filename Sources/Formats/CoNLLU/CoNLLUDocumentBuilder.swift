import CorpusModel

/// The CoNLL-U reader's builder: turns sentence blocks into documents, rebuilding their text, and decodes
/// the entity tags once the whole file has been seen.
struct CoNLLUDocumentBuilder {
    private let source: CoNLLSource
    private let options: CoNLLUReadOptions
    /// What a lenient reading repaired so far.
    private(set) var repairs: [CoNLLRepair] = []

    /// A document being built.
    private struct Pending {
        var id: String?
        var text: [UInt8] = []
        var tokens: [Annotation] = []
        var words: [Annotation] = []
        var sentences: [Annotation] = []
        /// Each sentence's end, as a token index (for decoding tags sentence by sentence).
        var sentenceEnds: [Int] = []
        /// Each token's tag (`nil`: no `NER=` item) and where it stands.
        var tags: [EntityTag?] = []
        /// Each token's MISC field: its line, where the line starts, and where the field starts (a column
        /// is worked out only for an error).
        var tagPositions: [(line: Int, lineStart: Int, field: Int)] = []
        /// The gap after the last token so far, when its MISC gives one.
        var gapAfterLast: [UInt8]?
    }

    private var documents: [Pending] = []
    /// The ids given by `# newdoc id =`.
    private var ids: Set<String> = []
    private var sawNewdoc = false
    /// `# newdoc` and `# newpar` seen in blocks without words, for the next sentence.
    private var carriedNewdoc: (id: String?, line: Int)?
    private var carriedNewpar: String?
    private var tagCache = EntityTagCache()

    init(source: CoNLLSource, options: CoNLLUReadOptions) {
        self.source = source
        self.options = options
    }

    /// Adds one sentence block.
    /// - Throws: ``FormatError`` naming the line of the first problem.
    mutating func add(_ block: CoNLLUBlock) throws(FormatError) {
        var comments = CoNLLUComments(block, source: source)
        guard !block.rows.isEmpty else {
            carriedNewdoc = comments.newdoc ?? carriedNewdoc
            carriedNewpar = comments.newpar ?? carriedNewpar
            return
        }
        comments.newdoc = comments.newdoc ?? carriedNewdoc
        comments.newpar = comments.newpar ?? carriedNewpar
        carriedNewdoc = nil
        carriedNewpar = nil
        if let newdoc = comments.newdoc {
            sawNewdoc = true
            if let id = newdoc.id {
                guard ids.insert(id).inserted else {
                    throw FormatError(path: source.path, line: newdoc.line, message: "document id \"\(id)\" appears twice")
                }
            }
            documents.append(Pending(id: newdoc.id))
        } else if documents.isEmpty {
            documents.append(Pending())
        }
        var current = documents.removeLast()  // moved out, so that it is not copied when it grows
        defer { documents.append(current) }
        try addSentence(block, comments, to: &current)
    }

    private mutating func addSentence(_ block: CoNLLUBlock, _ comments: CoNLLUComments, to document: inout Pending) throws(FormatError) {
        let surfaces = try CoNLLUSurfaceToken.group(block, source: source)
        if !document.tokens.isEmpty {
            let recorded = options.spaceBetweenSentences ? nil : document.gapAfterLast
            document.text += recorded ?? (comments.newpar != nil ? CoNLLUSpacing.DefaultGap.lineFeed : .space).bytes
        }
        let firstToken = document.tokens.count
        var emptyNodes: [String] = []
        for (index, surface) in surfaces.enumerated() {
            if surface.isEmptyNode {
                if options.words { emptyNodes.append(source.string(surface.lineRange(in: block))) }
                continue
            }
            var misc = try surface.misc(in: block, source: source)
            if let before = misc.gapBefore {
                if document.tokens.isEmpty { document.text += before.gap } else { misc.keep(before.item) }
            }
            let start = document.text.count
            document.text += source.bytes[surface.form(in: block)]
            let span = Span(start, document.text.count)
            document.tokens.append(Annotation(span, attributes: surface.tokenAttributes(in: block, misc: misc, source: source)))
            if options.words { document.words += surface.words(in: block, span: span, misc: misc, source: source) }
            try addTag(misc, of: surface, in: block, to: &document)
            let isLast = !surfaces[(index + 1)...].contains { !$0.isEmptyNode }
            if isLast {
                document.gapAfterLast = misc.gapAfter
            } else {
                document.text += misc.gapAfter ?? CoNLLUSpacing.DefaultGap.space.bytes
            }
        }
        let sentenceStart = document.tokens.count > firstToken ? document.tokens[firstToken].span.start : document.text.count
        let span = Span(sentenceStart, document.text.count)
        if let text = comments.text, !CoNLLUSpacing.isCommentText(source.bytes[text.value], of: document.text[sentenceStart...]) {
            let rebuilt = CoNLLUSpacing.commentText(document.text[sentenceStart...])
            let message = "# text \"\(source.string(text.value))\" differs from the text of the tokens and their spacing, \"\(rebuilt)\""
            guard options.lenient else { throw FormatError(path: source.path, line: text.line, message: message) }
            repairs.append(CoNLLRepair(path: source.path, line: text.line, column: nil, message: message + "; kept the tokens' text"))
        }
        var attributes: [String: String] = [:]
        for (key, value) in comments.attributes { attributes[key] = value }
        if let newpar = comments.newpar { attributes[CoNLLUSentenceAttributes.newpar] = newpar }
        if !comments.free.isEmpty { attributes[CoNLLUSentenceAttributes.comment] = comments.free.joined(separator: "\n") }
        if !emptyNodes.isEmpty { attributes[CoNLLUSentenceAttributes.emptyNodes] = emptyNodes.joined(separator: "\n") }
        document.sentences.append(Annotation(span, attributes: attributes))
        if document.tokens.count > firstToken { document.sentenceEnds.append(document.tokens.count) }
    }

    private mutating func addTag(_ misc: CoNLLUMisc, of surface: CoNLLUSurfaceToken, in block: CoNLLUBlock, to document: inout Pending) throws(FormatError) {
        let row = block.rows[surface.row]
        let field = block.field(9, of: row)
        var tag: EntityTag?
        if let text = misc.tag {
            guard let parsed = text.withUnsafeBufferPointer({ tagCache.tag($0) }) else {
                throw FormatError(
                    path: source.path, line: row.line, column: source.column(of: field.lowerBound, lineStart: row.lineStart),
                    message: "unknown tag \"\(String(decoding: text, as: UTF8.self))\" in \(CoNLLUMisc.nerKey)= (expected O, or B-, I-, E-, S-, L- or U- and a label)")
            }
            tag = parsed
        }
        document.tags.append(tag)
        document.tagPositions.append((row.line, row.lineStart, field.lowerBound))
    }

    /// Appends what another builder read from the part of the file that follows this one's.
    /// - Returns: `false`, leaving this builder unusable, when the parts cannot simply be joined (an id given
    ///   in both, or a `# newdoc` or `# newpar` left over at the end of this part): the caller then reads
    ///   the file in one piece, which reports such cases exactly.
    mutating func absorb(_ next: CoNLLUDocumentBuilder) -> Bool {
        guard carriedNewdoc == nil, carriedNewpar == nil, next.ids.isDisjoint(with: ids) else { return false }
        documents += next.documents
        repairs += next.repairs
        ids.formUnion(next.ids)
        sawNewdoc = sawNewdoc || next.sawNewdoc
        carriedNewdoc = next.carriedNewdoc
        carriedNewpar = next.carriedNewpar
        return true
    }

    /// Finishes every document: trailing whitespace, entity decoding, ids.
    /// - Parameter idPrefix: The start of generated document ids.
    /// - Throws: ``FormatError`` for the first scheme violation, unless lenient.
    mutating func finish(idPrefix: String) throws(FormatError) -> CoNLLUFile {
        var detector = TagSchemeDetector()
        for document in documents {
            var start = 0
            for end in document.sentenceEnds {
                for tag in document.tags[start..<end] { detector.observe(tag ?? .outside) }
                detector.endSequence()
                start = end
            }
        }
        let scheme = options.scheme ?? detector.scheme
        let width = String(documents.count).count
        var result: [AnnotatedDocument] = []
        for (index, pending) in documents.enumerated() {
            var document = pending
            document.text += document.gapAfterLast ?? []
            let number = String(index + 1)
            let id = document.id
                ?? (sawNewdoc || documents.count > 1
                    ? idPrefix + "-" + String(repeating: "0", count: width - number.count) + number : idPrefix)
            var layers = [
                AnnotationLayer(.token, annotations: document.tokens),
                AnnotationLayer(.sentence, annotations: document.sentences),
            ]
            if options.words { layers.append(AnnotationLayer(.word, annotations: document.words)) }
            if document.tags.contains(where: { $0 != nil }) {
                layers.append(AnnotationLayer(.entity, annotations: try entities(of: document, scheme: scheme)))
            }
            result.append(AnnotatedDocument(Document(id: id, text: String(decoding: document.text, as: UTF8.self)), layers: layers))
        }
        return CoNLLUFile(documents: result, scheme: scheme, repairs: repairs)
    }

    private mutating func entities(of document: Pending, scheme: TagScheme) throws(FormatError) -> [Annotation] {
        var decoder = TagDecoder(scheme: scheme)
        var start = 0
        for end in document.sentenceEnds {
            for tag in document.tags[start..<end] { decoder.consume(tag ?? .outside) }
            decoder.endSequence()
            start = end
        }
        for violation in decoder.violations {
            let position = document.tagPositions[violation.token]
            let column = source.column(of: position.field, lineStart: position.lineStart)
            guard options.lenient else {
                throw FormatError(path: source.path, line: position.line, column: column, message: violation.description)
            }
            repairs.append(CoNLLRepair(path: source.path, line: position.line, column: column, violation: violation))
        }
        return decoder.chunks.map { chunk in
            Annotation(
                Span(document.tokens[chunk.tokens.lowerBound].span.start, document.tokens[chunk.tokens.upperBound - 1].span.end),
                label: chunk.label)
        }
    }
}

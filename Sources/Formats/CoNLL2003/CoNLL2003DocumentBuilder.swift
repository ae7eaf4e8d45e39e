import CorpusModel

/// The CoNLL-2003 reader's second pass: turns parsed lines into documents, decoding the tags.
struct CoNLL2003DocumentBuilder {
    private let lines: CoNLL2003Lines
    private let scheme: TagScheme
    private let predictedScheme: TagScheme?
    private let predictedLayer: LayerName
    private let lenient: Bool
    /// The violations repaired so far (lenient reading).
    private(set) var repairs: [CoNLLRepair] = []

    /// One document being built: text bytes, layers, and for each token the row it came from.
    private struct Pending {
        var text: [UInt8] = []
        var tokens: [Annotation] = []
        var sentences: [Annotation] = []
        var rows: [Int] = []
        var sentenceStart: Int?
        var decoder: TagDecoder
        var predictedDecoder: TagDecoder?
    }

    init(lines: CoNLL2003Lines, scheme: TagScheme, predictedScheme: TagScheme?, predictedLayer: LayerName, lenient: Bool) {
        self.lines = lines
        self.scheme = scheme
        self.predictedScheme = predictedScheme
        self.predictedLayer = predictedLayer
        self.lenient = lenient
    }

    /// Builds every document.
    /// - Parameter idPrefix: The start of each document id.
    /// - Throws: ``FormatError`` for the first scheme violation, unless lenient.
    mutating func documents(idPrefix: String) throws(FormatError) -> [AnnotatedDocument] {
        var finished: [(text: [UInt8], layers: [AnnotationLayer])] = []
        var current = newDocument()
        var isOpen = false  // whether `current` has begun (with a -DOCSTART- or a token)
        var sawDocstart = false
        for item in lines.items {
            switch item {
            case .documentStart:
                if isOpen { finished.append(try finish(&current)) }
                current = newDocument()
                isOpen = true
                sawDocstart = true
            case .sentenceEnd:
                endSentence(&current)
            case .token(let row):
                isOpen = true
                add(row, to: &current)
            }
        }
        if isOpen { finished.append(try finish(&current)) }
        if !sawDocstart && finished.count == 1 {
            return [AnnotatedDocument(Document(id: idPrefix, text: String(decoding: finished[0].text, as: UTF8.self)), layers: finished[0].layers)]
        }
        let width = String(finished.count).count
        return finished.enumerated().map { index, document in
            let number = String(index + 1)
            let id = idPrefix + "-" + String(repeating: "0", count: width - number.count) + number
            return AnnotatedDocument(Document(id: id, text: String(decoding: document.text, as: UTF8.self)), layers: document.layers)
        }
    }

    private func newDocument() -> Pending {
        Pending(decoder: TagDecoder(scheme: scheme), predictedDecoder: predictedScheme.map { TagDecoder(scheme: $0) })
    }

    private func add(_ rowIndex: Int, to document: inout Pending) {
        let row = lines.rows[rowIndex]
        if document.sentenceStart == nil {
            if !document.tokens.isEmpty { document.text.append(0x0A) }
            document.sentenceStart = document.tokens.count
        } else {
            document.text.append(0x20)
        }
        let start = document.text.count
        document.text += lines.source.bytes[row.token]
        var attributes = [String: String](minimumCapacity: lines.attributeColumns.count)
        for (offset, name) in lines.attributeColumns.enumerated() {
            let range = lines.attributeValues[row.firstAttribute + offset]
            if range.count == 1, lines.source.bytes[range.lowerBound] == 0x5F { continue }  // "_": absent
            attributes[name] = lines.source.string(range)
        }
        document.tokens.append(Annotation(Span(start, document.text.count), attributes: attributes))
        document.rows.append(rowIndex)
        document.decoder.consume(lines.tags[rowIndex])
        document.predictedDecoder?.consume(lines.predicted[rowIndex])
    }

    private func endSentence(_ document: inout Pending) {
        guard let first = document.sentenceStart else { return }
        let span = Span(document.tokens[first].span.start, document.text.count)
        document.sentences.append(Annotation(span))
        document.sentenceStart = nil
        document.decoder.endSequence()
        document.predictedDecoder?.endSequence()
    }

    private mutating func finish(_ document: inout Pending) throws(FormatError) -> (text: [UInt8], layers: [AnnotationLayer]) {
        endSentence(&document)
        var layers = [
            AnnotationLayer(.token, annotations: document.tokens),
            AnnotationLayer(.sentence, annotations: document.sentences),
            AnnotationLayer(.entity, annotations: try entities(document.decoder, predicted: false, document)),
        ]
        if let decoder = document.predictedDecoder {
            layers.append(AnnotationLayer(predictedLayer, annotations: try entities(decoder, predicted: true, document)))
        }
        return (document.text, layers)
    }

    /// The decoded entities of a document; each violation is an error (strict) or a repair (lenient).
    private mutating func entities(_ decoder: TagDecoder, predicted: Bool, _ document: Pending) throws(FormatError) -> [Annotation] {
        for violation in decoder.violations {
            let row = lines.rows[document.rows[violation.token]]
            let offset = predicted ? row.predictedOffset : row.tagOffset
            let column = lines.source.column(of: offset, lineStart: row.lineStart)
            guard lenient else {
                throw FormatError(path: lines.source.path, line: row.line, column: column, message: violation.description)
            }
            repairs.append(CoNLLRepair(path: lines.source.path, line: row.line, column: column, violation: violation))
        }
        return decoder.chunks.map { chunk in
            let span = Span(document.tokens[chunk.tokens.lowerBound].span.start, document.tokens[chunk.tokens.upperBound - 1].span.end)
            return Annotation(span, label: chunk.label)
        }
    }
}

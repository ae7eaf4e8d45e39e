import CorpusModel

/// Writes stand-off documents as CoNLL-2003.
///
/// Output: for each document, `-DOCSTART-` (with `-X-` for each attribute column and `O` for each tag
/// column) and a blank line unless turned off; then each sentence, one token per line — the token, its
/// attribute columns (`_` where the token lacks the attribute), its tag in the chosen scheme (and the
/// predicted tag) — separated by single spaces, and a blank line after each sentence. Lines end in `\n`.
///
/// Algorithm: group the tokens into sentences (without a sentence layer the document is one sentence),
/// fit the entities onto whole tokens with the misalignment policy (see ``MisalignedEntityPolicy``),
/// encode them sentence by sentence (two adjacent entities of one label stay two in every scheme but
/// `io`), then write the lines.
///
/// A CoNLL-2003 line is split at whitespace, so a token (or attribute value) containing whitespace —
/// any Unicode `White_Space` character, or the ASCII separators U+001C–U+001F that Python's `split()`
/// also splits at — cannot be written: it is an error naming the document, the token and its offsets,
/// never silently changed. So is a token `-DOCSTART-`, which would read back as a document start.
/// Without an entity layer every tag is `O`.
///
/// The `pos` column falls back to a token's `xpos` attribute and `chunk` to the `Chunk=` item of its
/// `misc` attribute, so that documents read from CoNLL-U write their tags where CoNLL-2003 has them.
public struct CoNLL2003Writer: ManyDocumentWriter {
    /// How documents are written.
    public var options: CoNLL2003WriteOptions

    /// Creates a writer.
    public init(options: CoNLL2003WriteOptions = CoNLL2003WriteOptions()) { self.options = options }

    /// Appends one document to `output`.
    /// - Returns: How many of its entities had to be fitted onto tokens.
    /// - Throws: ``FormatError`` naming the document (as its path) for what cannot be written; `output`
    ///   is then left as it was.
    @discardableResult
    public func write(_ document: AnnotatedDocument, to output: inout [UInt8]) throws(FormatError) -> EntityAlignmentCounts {
        let grid = try TokenGrid(document)
        let columns = options.layout.attributeColumns ?? ["pos", "chunk"]
        var counts = EntityAlignmentCounts()
        let tags = try grid.tags(of: options.entityLayer, scheme: options.scheme, policy: options.misaligned, counts: &counts)
        let predicted = options.layout.predictedTag
            ? try grid.tags(of: options.predictedLayer, scheme: options.scheme, policy: options.misaligned, counts: &counts)
            : nil
        let mark = output.count
        do throws(FormatError) {
            try writeLines(grid, tags: tags, predicted: predicted, columns: columns, to: &output)
        } catch {
            output.removeSubrange(mark...)
            throw error
        }
        return counts
    }

    private func writeLines(
        _ grid: TokenGrid, tags: [EntityTag]?, predicted: [EntityTag]?, columns: [String], to output: inout [UInt8]
    ) throws(FormatError) {
        if options.documentStart {
            output += "-DOCSTART-".utf8
            for _ in columns { output += " -X-".utf8 }
            output += options.layout.predictedTag ? " O O\n\n".utf8 : " O\n\n".utf8
        }
        let text = grid.document.document
        let bytes = Array(text.text.utf8)
        for sentence in grid.sentences {
            for index in sentence {
                let token = grid.tokens[index]
                let form = bytes[token.span.start..<token.span.end]
                try Self.checkField(form, what: "token", span: token.span, in: text)
                if form.elementsEqual(Self.docstart) {
                    throw FormatError(path: text.id, message: "token \(text.describe(token.span)) would read back as a document start")
                }
                output += form
                let known = CoNLLUColumns(token.attributes)
                for name in columns {
                    output.append(0x20)
                    guard let value = known.conll2003Value(of: name, in: token.attributes), !value.isEmpty else {
                        output.append(0x5F)
                        continue
                    }
                    try Self.checkField(value.utf8, what: "attribute \(name) \"\(value)\" of token", span: token.span, in: text)
                    output.appendUTF8(value)
                }
                output.append(0x20)
                (tags?[index] ?? .outside).append(to: &output)
                if options.layout.predictedTag {
                    output.append(0x20)
                    (predicted?[index] ?? .outside).append(to: &output)
                }
                output.append(0x0A)
            }
            output.append(0x0A)
        }
    }

    private static let docstart = Array("-DOCSTART-".utf8)

    /// A field holds no character a CoNLL-2003 reader would split at.
    private static func checkField(_ value: some Collection<UInt8>, what: @autoclosure () -> String, span: Span, in text: Document) throws(FormatError) {
        let splits = value.contains { $0 <= 0x20 || $0 >= 0x80 }
            && String(decoding: Array(value), as: UTF8.self).unicodeScalars.contains {
                $0.properties.isWhitespace || (0x1C...0x1F).contains($0.value)
            }
        if splits {
            throw FormatError(
                path: text.id,
                message: "\(what()) \(text.describe(span)) contains whitespace, which a CoNLL-2003 line cannot hold")
        }
    }
}

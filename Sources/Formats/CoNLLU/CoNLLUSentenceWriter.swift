import CorpusModel

/// Writes the sentences of one document as CoNLL-U (see ``CoNLLUWriter`` for the format and algorithm).
struct CoNLLUSentenceWriter {
    private let grid: TokenGrid
    private let document: Document
    private let bytes: [UInt8]
    private let tags: [EntityTag]?
    /// Whether each sentence starts a paragraph.
    private let paragraphStarts: [Bool]
    /// The syntactic words, if the document has them, and the next one to write.
    private let words: [Annotation]?
    private var nextWord = 0

    /// Prepares a document: checks that only whitespace lies between tokens and finds the paragraphs.
    /// - Throws: ``FormatError`` naming the first text between tokens that is not whitespace.
    init(grid: TokenGrid, tags: [EntityTag]?) throws(FormatError) {
        self.grid = grid
        self.tags = tags
        document = grid.document.document
        bytes = Array(document.text.utf8)
        words = grid.document[layer: .word]?.annotations
        let tokens = grid.tokens
        for index in 0...tokens.count {
            let gap = Self.gap(before: index, tokens: tokens, textLength: bytes.count)
            if !CoNLLUSpacing.isWhitespace(bytes[gap]) {
                throw FormatError(
                    path: document.id,
                    message: "text \(document.describe(Span(gap.lowerBound, gap.upperBound))) lies between tokens, where CoNLL-U keeps only whitespace")
            }
        }
        let sentenceLayer = grid.document[layer: .sentence]?.annotations
        let text = bytes
        var starts = grid.sentences.indices.map { index in
            let marked = sentenceLayer?[index].attributes[CoNLLUSentenceAttributes.newpar] != nil
            let gap = Self.gap(before: grid.sentences[index].lowerBound, tokens: tokens, textLength: text.count)
            return marked || (index > 0 && CoNLLUSpacing.hasBlankLine(text[gap]))
        }
        if starts.dropFirst().contains(true) { starts[0] = true }
        paragraphStarts = starts
    }

    /// Writes sentence `index` (comments, word lines, blank line).
    /// - Throws: ``FormatError`` for a token or value holding a tab or line break.
    mutating func write(sentence index: Int, to out: inout [UInt8]) throws(FormatError) {
        let range = grid.sentences[index]
        let attributes = grid.document[layer: .sentence]?.annotations[index].attributes ?? [:]
        try writeComments(sentence: index, attributes: attributes, to: &out)
        let emptyNodes = Self.emptyNodes(in: attributes)
        if !emptyNodes.isEmpty { out += emptyNodes[0, default: []].joined() }
        var wordNumber = 1
        for tokenIndex in range {
            let token = grid.tokens[tokenIndex]
            let misc = generatedMisc(for: tokenIndex, lastInSentence: tokenIndex == range.upperBound - 1, sentence: index)
            let tokenWords = wordsInside(token.span)
            let form = try checked(bytes[token.span.start..<token.span.end], what: "token", span: token.span)
            if tokenWords.count <= 1, tokenWords.first.map({ $0.span == token.span && $0.attributes["form"] == nil }) ?? true {
                try writeWord(wordNumber, form: form, attributes: tokenWords.first?.attributes ?? token.attributes, misc: misc, span: token.span, to: &out)
                if !emptyNodes.isEmpty { out += emptyNodes[wordNumber, default: []].joined() }
                wordNumber += 1
                continue
            }
            out += "\(wordNumber)-\(wordNumber + tokenWords.count - 1)\t".utf8
            out += form
            out += "\t_\t_\t_\t_\t_\t_\t_\t".utf8
            CoNLLUMisc.compose(rest: token.attributes["misc"], generated: misc, into: &out)
            out.append(0x0A)
            for word in tokenWords {
                let wordForm = try checked(
                    word.attributes["form"].map { Array($0.utf8)[...] } ?? bytes[word.span.start..<word.span.end], what: "word", span: word.span)
                try writeWord(wordNumber, form: wordForm, attributes: word.attributes, misc: CoNLLUMisc.Generated(), span: word.span, to: &out)
                if !emptyNodes.isEmpty { out += emptyNodes[wordNumber, default: []].joined() }
                wordNumber += 1
            }
        }
        out.append(0x0A)
    }

    /// `# newdoc`, `# sent_id`, `# newpar`, other attributes, free comments and `# text` (the order of the
    /// UD English treebanks).
    private func writeComments(sentence index: Int, attributes: [String: String], to out: inout [UInt8]) throws(FormatError) {
        let range = grid.sentences[index]
        let span = Span(grid.tokens[range.lowerBound].span.start, grid.tokens[range.upperBound - 1].span.end)
        var comments: [String] = []
        if index == 0 { comments.append("newdoc id = \(document.id)") }
        comments.append("sent_id = \(attributes[CoNLLUSentenceAttributes.sentID] ?? "\(document.id)-\(index + 1)")")
        if paragraphStarts[index] {
            let id = attributes[CoNLLUSentenceAttributes.newpar] ?? ""
            comments.append(id.isEmpty ? "newpar" : "newpar id = \(id)")
        }
        for key in attributes.keys.sorted() where !CoNLLUSentenceAttributes.special.contains(key) { comments.append("\(key) = \(attributes[key] ?? "")") }
        if let free = attributes[CoNLLUSentenceAttributes.comment] {
            comments += free.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        for comment in comments {
            out += "# ".utf8
            out += try checked(comment.utf8, what: "comment of sentence", span: span)
            out.append(0x0A)
        }
        out += "# text = \(CoNLLUSpacing.commentText(bytes[span.start..<span.end]))\n".utf8
    }

    private func writeWord(
        _ number: Int, form: ArraySlice<UInt8>, attributes: [String: String], misc: CoNLLUMisc.Generated, span: Span, to out: inout [UInt8]
    ) throws(FormatError) {
        out.appendUTF8(String(number))
        out.append(0x09)
        out += form
        let columns = CoNLLUColumns(attributes)
        try appendColumn(columns.lemma, "lemma", span: span, to: &out)
        try appendColumn(columns.upos, "upos", span: span, to: &out)
        try appendColumn(columns.xpos ?? columns.pos, "xpos", span: span, to: &out)
        try appendColumn(columns.feats, "feats", span: span, to: &out)
        try appendColumn(columns.head, "head", span: span, to: &out)
        try appendColumn(columns.deprel, "deprel", span: span, to: &out)
        try appendColumn(columns.deps, "deps", span: span, to: &out)
        var generated = misc
        if let chunk = columns.chunk, CoNLLAttributes.miscValue(of: CoNLLAttributes.chunkMiscKey, in: columns.misc ?? "") == nil {
            generated.chunk = chunk
        }
        out.append(0x09)
        let start = out.count
        CoNLLUMisc.compose(rest: columns.misc, generated: generated, into: &out)
        _ = try checked(out[start...], what: "MISC of token", span: span)
        out.append(0x0A)
    }

    /// Appends a tab and a column's value, or `_` when it has none.
    private func appendColumn(_ value: String?, _ name: String, span: Span, to out: inout [UInt8]) throws(FormatError) {
        out.append(0x09)
        guard let value, !value.isEmpty else {
            out.append(0x5F)
            return
        }
        _ = try checked(value.utf8, what: "\(name) \"\(value)\" of token", span: span)
        out.appendUTF8(value)
    }

    /// The MISC items the writer adds to a token: its tag and the spacing a reader needs.
    private func generatedMisc(for tokenIndex: Int, lastInSentence: Bool, sentence: Int) -> CoNLLUMisc.Generated {
        var items = CoNLLUMisc.Generated()
        items.tag = tags?[tokenIndex]
        let gap = bytes[Self.gap(before: tokenIndex + 1, tokens: grid.tokens, textLength: bytes.count)]
        let expected: CoNLLUSpacing.DefaultGap
        if !lastInSentence {
            expected = .space
        } else if sentence + 1 == grid.sentences.count {
            expected = .none
        } else {
            expected = paragraphStarts[sentence + 1] ? .lineFeed : .space
        }
        if !expected.matches(gap) {
            items.spacing = Array((gap.isEmpty ? "SpaceAfter=No" : "SpacesAfter=\(CoNLLUSpacing.escape(gap))").utf8)
        }
        if tokenIndex == 0 {
            let leading = bytes[Self.gap(before: 0, tokens: grid.tokens, textLength: bytes.count)]
            if !leading.isEmpty { items.spacesBefore = Array("SpacesBefore=\(CoNLLUSpacing.escape(leading))".utf8) }
        }
        return items
    }

    /// The words lying inside a token's span, advancing through the word layer.
    private mutating func wordsInside(_ span: Span) -> ArraySlice<Annotation> {
        guard let words else { return [] }
        while nextWord < words.count, words[nextWord].span.end <= span.start, !span.contains(words[nextWord].span) { nextWord += 1 }
        let first = nextWord
        while nextWord < words.count, span.contains(words[nextWord].span) { nextWord += 1 }
        return words[first..<nextWord]
    }

    /// The text before token `index` back to the previous token (or the text's start; `index` may be the
    /// token count, for the text after the last token).
    private static func gap(before index: Int, tokens: [Annotation], textLength: Int) -> Range<Int> {
        let start = index == 0 ? 0 : tokens[index - 1].span.end
        let end = index == tokens.count ? textLength : tokens[index].span.start
        return start..<end
    }

    /// Empty-node lines (with their line ends) by the number of the word they follow.
    private static func emptyNodes(in attributes: [String: String]) -> [Int: [[UInt8]]] {
        guard let lines = attributes[CoNLLUSentenceAttributes.emptyNodes] else { return [:] }
        var byWord: [Int: [[UInt8]]] = [:]
        for line in lines.split(separator: "\n") {
            let word = Int(line.prefix { $0 != "." }) ?? 0
            byWord[word, default: []].append(Array(line.utf8) + [0x0A])
        }
        return byWord
    }

    /// A value that holds no tab or line break (`\t`, `\n`, U+000B, U+000C, `\r`, U+0085, U+2028, U+2029).
    private func checked<Bytes: Collection<UInt8>>(_ value: Bytes, what: @autoclosure () -> String, span: Span) throws(FormatError) -> Bytes {
        let suspicious = value.contains { (0x09...0x0D).contains($0) || $0 == 0xC2 || $0 == 0xE2 }
        let breaks = suspicious
            && String(decoding: Array(value), as: UTF8.self).unicodeScalars.contains {
                [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029].contains($0.value)
            }
        if breaks {
            throw FormatError(
                path: document.id, message: "\(what()) \(document.describe(span)) contains a tab or line break, which a CoNLL-U line cannot hold")
        }
        return value
    }
}

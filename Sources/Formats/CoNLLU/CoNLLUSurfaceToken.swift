import CorpusModel

/// One surface token of a CoNLL-U sentence — a word line, or a multiword-token range line and the word
/// lines it spans — or an empty node, with what the reader takes from its lines.
struct CoNLLUSurfaceToken {
    /// The index of the token's own line (the range line of a multiword token) in the block's rows.
    let row: Int
    /// The rows of its syntactic words.
    let wordRows: Range<Int>
    /// Whether it is an empty node (`8.1`) rather than a token.
    let isEmptyNode: Bool

    /// Groups a block's rows into surface tokens, checking that words are numbered 1, 2, … and that each
    /// range line is followed by exactly its words.
    /// - Throws: ``FormatError`` naming the line of a word or range out of order.
    static func group(_ block: CoNLLUBlock, source: CoNLLSource) throws(FormatError) -> [CoNLLUSurfaceToken] {
        var tokens: [CoNLLUSurfaceToken] = []
        var expected = 1
        var index = 0
        let rows = block.rows
        while index < rows.count {
            switch rows[index].id {
            case .emptyNode:
                tokens.append(CoNLLUSurfaceToken(row: index, wordRows: index..<index, isEmptyNode: true))
                index += 1
            case .word(let number):
                guard number == expected else {
                    throw FormatError(
                        path: source.path, line: rows[index].line, column: 1,
                        message: "word \(number) is out of order (expected word \(expected))")
                }
                tokens.append(CoNLLUSurfaceToken(row: index, wordRows: index..<(index + 1), isEmptyNode: false))
                expected += 1
                index += 1
            case .range(let first, let last):
                let count = last - first + 1
                let words = (index + 1)..<min(index + 1 + count, rows.count)
                let numbered = words.count == count && zip(words, first...last).allSatisfy { rows[$0].id == .word($1) }
                guard first == expected, numbered else {
                    throw FormatError(
                        path: source.path, line: rows[index].line, column: 1,
                        message: "multiword token \(first)-\(last) must be followed by its words \(first) to \(last)"
                            + (first == expected ? "" : " (expected word \(expected) next)"))
                }
                tokens.append(CoNLLUSurfaceToken(row: index, wordRows: words, isEmptyNode: false))
                expected = last + 1
                index = words.upperBound
            }
        }
        if expected == 1, let first = rows.first {
            throw FormatError(path: source.path, line: first.line, message: "the sentence has no words, only empty nodes")
        }
        return tokens
    }

    /// Whether it is a multiword token.
    var isMultiword: Bool { !isEmptyNode && wordRows.lowerBound != row }

    /// The 1-based line of the token's own line.
    func line(in block: CoNLLUBlock) -> Int { block.rows[row].line }

    /// The token's own line, without its line end.
    func lineRange(in block: CoNLLUBlock) -> Range<Int> {
        block.rows[row].lineStart..<block.field(9, of: block.rows[row]).upperBound
    }

    /// The FORM of the token's own line.
    func form(in block: CoNLLUBlock) -> Range<Int> { block.field(1, of: block.rows[row]) }

    /// The MISC of the token's own line, split.
    /// - Throws: ``FormatError`` naming the line and column of a malformed item.
    func misc(in block: CoNLLUBlock, source: CoNLLSource) throws(FormatError) -> CoNLLUMisc {
        let field = block.field(9, of: block.rows[row])
        switch CoNLLUMisc.parse(source.bytes[field]) {
        case .success(let misc):
            return misc
        case .failure(let problem):
            throw FormatError(
                path: source.path, line: line(in: block),
                column: source.column(of: field.lowerBound, lineStart: block.rows[row].lineStart), message: problem.message)
        }
    }

    /// The token's attributes: LEMMA, UPOS, XPOS and FEATS of a one-word token, and the MISC items not
    /// interpreted (`misc`).
    func tokenAttributes(in block: CoNLLUBlock, misc: CoNLLUMisc, source: CoNLLSource) -> [String: String] {
        var attributes = isMultiword ? [:] : Self.columns(of: block.rows[row], in: block, source: source, upTo: 5)
        if let rest = misc.restText { attributes["misc"] = rest }
        return attributes
    }

    /// The token's syntactic words with every column. A one-word token's word has the token's span and
    /// MISC; the words of a multiword token get consecutive spans inside it when their forms concatenate to
    /// its form, and otherwise share its span and keep their form in a `form` attribute.
    func words(in block: CoNLLUBlock, span: Span, misc: CoNLLUMisc, source: CoNLLSource) -> [Annotation] {
        guard isMultiword else {
            var attributes = Self.columns(of: block.rows[row], in: block, source: source, upTo: 8)
            if let rest = misc.restText { attributes["misc"] = rest }
            return [Annotation(span, attributes: attributes)]
        }
        let forms = wordRows.map { block.field(1, of: block.rows[$0]) }
        let surface = source.bytes[form(in: block)]
        let concatenates = forms.reduce(0) { $0 + $1.count } == surface.count
            && forms.flatMap { source.bytes[$0] }.elementsEqual(surface)
        var start = span.start
        return zip(wordRows, forms).map { rowIndex, form in
            var attributes = Self.columns(of: block.rows[rowIndex], in: block, source: source, upTo: 9)
            let wordSpan: Span
            if concatenates {
                wordSpan = Span(start, start + form.count)
                start += form.count
            } else {
                wordSpan = span
                attributes["form"] = source.string(form)
            }
            return Annotation(wordSpan, attributes: attributes)
        }
    }

    /// The column names from LEMMA on, as token and word attributes.
    static let columnNames = ["lemma", "upos", "xpos", "feats", "head", "deprel", "deps", "misc"]

    /// Columns 2 (LEMMA) through `last` of a row as attributes, leaving out `_`.
    private static func columns(of row: CoNLLUBlock.Row, in block: CoNLLUBlock, source: CoNLLSource, upTo last: Int) -> [String: String] {
        var attributes = [String: String](minimumCapacity: last - 1)
        for column in 2...last {
            let field = block.field(column, of: row)
            if field.count == 1, source.bytes[field.lowerBound] == 0x5F { continue }
            attributes[columnNames[column - 2]] = source.string(field)
        }
        return attributes
    }
}

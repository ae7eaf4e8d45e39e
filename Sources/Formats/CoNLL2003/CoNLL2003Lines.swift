/// The lines of a CoNLL-2003 file parsed into tokens, sentence ends and document starts (the reader's
/// first pass), with the tag schemes detected on the way.
struct CoNLL2003Lines {
    /// What a line is.
    enum Item {
        /// A token line: an index into ``rows``.
        case token(Int)
        /// A blank line.
        case sentenceEnd
        /// A `-DOCSTART-` line.
        case documentStart
    }

    /// One token line.
    struct Row {
        /// The 1-based line number.
        var line: Int
        /// The line's first byte.
        var lineStart: Int
        /// The token's bytes.
        var token: Range<Int>
        /// The first of this row's ranges in ``attributeValues``.
        var firstAttribute: Int
        /// The byte offset of the tag, and of the predicted tag (for error columns).
        var tagOffset: Int
        var predictedOffset: Int
    }

    let source: CoNLLSource
    private(set) var items: [Item] = []
    private(set) var rows: [Row] = []
    /// The attribute columns' byte ranges, `attributeColumns.count` per row.
    private(set) var attributeValues: [Range<Int>] = []
    /// Each row's tag, and predicted tag when the layout has them.
    private(set) var tags: [EntityTag] = []
    private(set) var predicted: [EntityTag] = []
    private(set) var detected = TagSchemeDetector()
    private(set) var predictedDetected = TagSchemeDetector()
    /// The attribute column names, given or inferred from the first token line.
    private(set) var attributeColumns: [String]
    private var tagCache = EntityTagCache()

    /// Parses every line.
    /// - Throws: ``FormatError`` for a line with the wrong number of columns or an unknown tag.
    init(_ source: CoNLLSource, layout: CoNLL2003Layout) throws(FormatError) {
        self.source = source
        attributeColumns = layout.attributeColumns ?? []
        let tagColumns = layout.predictedTag ? 2 : 1
        var expected: (count: Int, line: Int)? = layout.attributeColumns.map { (1 + $0.count + tagColumns, 0) }
        var fields: [Range<Int>] = []
        try source.forEachLine { (number, range) throws(FormatError) in
            fields.removeAll(keepingCapacity: true)
            source.bytes.withUnsafeBufferPointer { Self.split(range, of: $0, into: &fields) }
            guard let first = fields.first else {
                endSequence(.sentenceEnd)
                return
            }
            if first.count == 10, source.bytes[first].elementsEqual("-DOCSTART-".utf8) {
                endSequence(.documentStart)
                return
            }
            if let expected, fields.count != expected.count {
                let like = expected.line > 0 ? " like line \(expected.line)" : " for the columns \(layout)"
                throw FormatError(
                    path: source.path, line: number,
                    message: "the line has \(fields.count) columns, expected \(expected.count)\(like)")
            }
            if expected == nil {
                guard fields.count > tagColumns else {
                    throw FormatError(
                        path: source.path, line: number,
                        message: "the line has \(fields.count) column\(fields.count == 1 ? "" : "s"); a token line holds a token and \(tagColumns == 1 ? "a tag" : "two tags")")
                }
                expected = (fields.count, number)
                attributeColumns = CoNLL2003Layout.inferredAttributeColumns(count: fields.count - 1 - tagColumns)
            }
            let tagField = fields[fields.count - tagColumns]
            let tag = try parseTag(tagField, line: number, lineStart: range.lowerBound)
            tags.append(tag)
            detected.observe(tag)
            var predictedOffset = 0
            if tagColumns == 2 {
                let field = fields[fields.count - 1]
                let tag = try parseTag(field, line: number, lineStart: range.lowerBound)
                predicted.append(tag)
                predictedDetected.observe(tag)
                predictedOffset = field.lowerBound
            }
            rows.append(Row(
                line: number, lineStart: range.lowerBound, token: first, firstAttribute: attributeValues.count,
                tagOffset: tagField.lowerBound, predictedOffset: predictedOffset))
            attributeValues += fields[1..<(fields.count - tagColumns)]
            items.append(.token(rows.count - 1))
        }
    }

    private mutating func endSequence(_ item: Item) {
        items.append(item)
        detected.endSequence()
        predictedDetected.endSequence()
    }

    private mutating func parseTag(_ field: Range<Int>, line: Int, lineStart: Int) throws(FormatError) -> EntityTag {
        let tag = source.bytes.withUnsafeBufferPointer { tagCache.tag(UnsafeBufferPointer(rebasing: $0[field])) }
        guard let tag else {
            throw FormatError(
                path: source.path, line: line, column: source.column(of: field.lowerBound, lineStart: lineStart),
                message: "unknown tag \"\(source.string(field))\" (expected O, or B-, I-, E-, S-, L- or U- and a label)")
        }
        return tag
    }

    /// Splits a line at runs of spaces and tabs.
    private static func split(_ line: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>, into fields: inout [Range<Int>]) {
        var index = line.lowerBound
        while index < line.upperBound {
            while index < line.upperBound, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
            guard index < line.upperBound else { break }
            let start = index
            while index < line.upperBound, bytes[index] != 0x20, bytes[index] != 0x09 { index += 1 }
            fields.append(start..<index)
        }
    }
}

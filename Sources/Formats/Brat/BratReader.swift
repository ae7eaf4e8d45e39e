import CorpusModel

/// Reads the lines of a `.ann` file (see ``Brat/read(_:document:path:discontinuous:)``).
///
/// Algorithm:
/// 1. Split the bytes at `\n` (a `\r` before it is dropped, so CRLF files read alike); skip blank lines.
/// 2. Take the id before the first tab; its first character says the kind. Check ids are unique.
/// 3. For a `T` line, parse `TYPE START END[;START END…]` strictly, check each fragment against the text's
///    length in Unicode scalars, join fragments separated only by line breaks (brat's tools split spans
///    that way), turn a truly discontinuous span into its covering span (with a warning) or an error, and
///    compare the quoted text with the document's (line breaks flattened to spaces on both sides).
/// 4. Convert scalar offsets to UTF-8 through the document's ``OffsetTable``; sort the annotations by span.
struct BratReader {
    /// The `.ann` file's bytes.
    let bytes: UnsafeBufferPointer<UInt8>
    /// The document's UTF-8 bytes.
    let text: UnsafeBufferPointer<UInt8>
    /// The document's offset table.
    let table: OffsetTable
    /// The file named in errors.
    let path: String
    /// The policy for discontinuous spans.
    let discontinuous: Brat.DiscontinuousSpans

    private var entries: [(annotation: Annotation, id: String)] = []
    private var skippedLines: [BratSkippedLine] = []
    private var warnings: [BratWarning] = []
    private var lineOfID: [String: Int] = [:]
    /// Buffers for the flattened texts compared on each `T` line, reused from line to line.
    private var expectedText: [UInt8] = []
    private var quotedText: [UInt8] = []

    init(
        bytes: UnsafeBufferPointer<UInt8>, text: UnsafeBufferPointer<UInt8>, table: OffsetTable, path: String,
        discontinuous: Brat.DiscontinuousSpans
    ) {
        self.bytes = bytes
        self.text = text
        self.table = table
        self.path = path
        self.discontinuous = discontinuous
    }

    /// Reads every line.
    mutating func read() throws(FormatError) -> BratAnnotations {
        var lineNumber = 0
        var lineStart = 0
        while lineStart < bytes.count {
            lineNumber += 1
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != ASCII.lineFeed { lineEnd += 1 }
            let next = lineEnd + 1
            if lineEnd > lineStart, bytes[lineEnd - 1] == ASCII.carriageReturn { lineEnd -= 1 }
            try readLine(lineStart..<lineEnd, number: lineNumber)
            lineStart = next
        }
        let order = entries.indices.sorted { (entries[$0].annotation.span, $0) < (entries[$1].annotation.span, $1) }
        return BratAnnotations(
            entities: AnnotationLayer(.entity, annotations: order.map { entries[$0].annotation }),
            ids: order.map { entries[$0].id }, skippedLines: skippedLines, warnings: warnings)
    }

    private mutating func readLine(_ line: Range<Int>, number: Int) throws(FormatError) {
        if line.allSatisfy({ bytes[$0] == ASCII.space || bytes[$0] == ASCII.tab }) { return }
        guard let tab = line.first(where: { bytes[$0] == ASCII.tab }), tab > line.lowerBound else {
            throw error(at: line.lowerBound, "expected an annotation id, a tab and the annotation, as in T1<TAB>LOC 0 5<TAB>Japan")
        }
        let id = string(line.lowerBound..<tab)
        let kind: BratSkippedLine.Kind
        switch bytes[line.lowerBound] {
        case UInt8(ascii: "T"):
            try register(id, at: line.lowerBound, number: number)
            entries.append((try readTextBound(id: id, fields: (tab + 1)..<line.upperBound, number: number), id))
            return
        case UInt8(ascii: "A"), UInt8(ascii: "M"): kind = .attribute
        case UInt8(ascii: "R"): kind = .relation
        case UInt8(ascii: "E"): kind = .event
        case UInt8(ascii: "N"): kind = .normalization
        case ASCII.hash: kind = .note
        case ASCII.asterisk: kind = .equivalence
        default:
            warnings.append(BratWarning(
                path: path, line: number, kind: .unknownLine,
                message: "skipped a line with the unknown annotation id \(quoted(id)) (brat reads it as a comment)"))
            return
        }
        if kind != .equivalence { try register(id, at: line.lowerBound, number: number) }
        skippedLines.append(BratSkippedLine(line: number, id: id, kind: kind))
    }

    /// Records an id, rejecting a duplicate.
    private mutating func register(_ id: String, at offset: Int, number: Int) throws(FormatError) {
        if let first = lineOfID[id] { throw error(at: offset, "duplicate annotation id \(id) (first on line \(first))") }
        lineOfID[id] = number
    }

    /// Reads `TYPE START END[;START END…]<TAB>text` after a `T` id.
    private mutating func readTextBound(id: String, fields: Range<Int>, number: Int) throws(FormatError) -> Annotation {
        guard let tab = fields.first(where: { bytes[$0] == ASCII.tab }) else {
            throw error(at: fields.upperBound, "\(id): missing the tab and the quoted text after the offsets")
        }
        guard let space = (fields.lowerBound..<tab).first(where: { bytes[$0] == ASCII.space }), space > fields.lowerBound else {
            throw error(at: fields.lowerBound, "\(id): expected a type and offsets, as in LOC 0 5")
        }
        let type = string(fields.lowerBound..<space)
        let offsets = (space + 1)..<tab
        let fragments = try readFragments(id: id, offsets)
        var covering = fragments[0]
        for fragment in fragments.dropFirst() {
            covering = ScalarSpan(min(covering.start, fragment.start), max(covering.end, fragment.end))
        }
        if fragments.count > 1, !splitAtLineBreaks(fragments) {
            switch discontinuous {
            case .error:
                throw error(at: offsets.lowerBound, "\(id): discontinuous span \(string(offsets)) (only continuous spans are accepted here)")
            case .coveringSpan:
                warnings.append(BratWarning(
                    path: path, line: number, kind: .discontinuousSpan,
                    message: "\(id): discontinuous span \(string(offsets)) read as its covering span \(covering.start) \(covering.end)"))
            }
        }
        let utf8 = fragments.compactMap { table.span($0) }
        try checkQuotedText(id: id, spans: utf8, quoted: (tab + 1)..<fields.upperBound, offsets: offsets)
        guard let span = table.span(covering) else {
            throw error(at: offsets.lowerBound, "\(id): span \(covering.start) \(covering.end) lies outside the text")
        }
        return Annotation(span, label: type)
    }

    /// Whether consecutive fragments are separated by line breaks only: a continuous span that brat's tools
    /// split so that no fragment crosses a line (`annalign.py`), read as the span it was.
    private func splitAtLineBreaks(_ fragments: [ScalarSpan]) -> Bool {
        zip(fragments, fragments.dropFirst()).allSatisfy { previous, next in
            guard previous.end < next.start, let gap = table.span(ScalarSpan(previous.end, next.start)) else { return false }
            return BratText.isLineBreaks(UnsafeBufferPointer(rebasing: text[gap.start..<gap.end]))
        }
    }

    /// Parses `START END[;START END…]`, each fragment non-empty and inside the text.
    private func readFragments(id: String, _ offsets: Range<Int>) throws(FormatError) -> [ScalarSpan] {
        var fragments: [ScalarSpan] = []
        var position = offsets.lowerBound
        while true {
            let fragmentStart = position
            let start = try readOffset(id: id, at: &position, in: offsets)
            guard position < offsets.upperBound, bytes[position] == ASCII.space else {
                throw error(at: position, "\(id): expected a space and an end offset after the start offset \(start)")
            }
            position += 1
            let end = try readOffset(id: id, at: &position, in: offsets)
            guard start <= end else { throw error(at: fragmentStart, "\(id): span \(start) \(end) ends before it starts") }
            guard start < end else { throw error(at: fragmentStart, "\(id): empty span \(start) \(end)") }
            guard end <= table.scalarCount else {
                throw error(at: fragmentStart, "\(id): span \(start) \(end) ends past the end of the text (\(table.scalarCount) Unicode scalars)")
            }
            fragments.append(ScalarSpan(start, end))
            if position == offsets.upperBound { return fragments }
            guard bytes[position] == ASCII.semicolon else {
                throw error(at: position, "\(id): expected ';' or a tab after the span \(start) \(end)")
            }
            position += 1
        }
    }

    /// Reads a decimal offset (a run of digits) at `position`, moving past it.
    private func readOffset(id: String, at position: inout Int, in offsets: Range<Int>) throws(FormatError) -> Int {
        let start = position
        var end = start
        while end < offsets.upperBound, bytes[end] != ASCII.space, bytes[end] != ASCII.semicolon { end += 1 }
        let digits = start..<end
        guard !digits.isEmpty else { throw error(at: start, "\(id): expected an offset") }
        guard digits.count <= 18, digits.allSatisfy({ ASCII.isDigit(bytes[$0]) }) else {
            throw error(at: start, "\(id): invalid offset \(quoted(string(digits))) (expected a number of Unicode scalars)")
        }
        position = end
        return digits.reduce(0) { $0 * 10 + Int(bytes[$1] &- ASCII.zero) }
    }

    /// Compares the quoted text with the document's text at the fragments, line breaks flattened to spaces.
    private mutating func checkQuotedText(
        id: String, spans: [Span], quoted field: Range<Int>, offsets: Range<Int>
    ) throws(FormatError) {
        expectedText.removeAll(keepingCapacity: true)
        for (index, span) in spans.enumerated() {
            if index > 0 { expectedText.append(ASCII.space) }
            BratText.appendFlattened(UnsafeBufferPointer(rebasing: text[span.start..<span.end]), to: &expectedText)
        }
        quotedText.removeAll(keepingCapacity: true)
        BratText.appendFlattened(UnsafeBufferPointer(rebasing: bytes[field]), to: &quotedText)
        guard quotedText != expectedText else { return }
        throw error(
            at: field.lowerBound,
            "\(id): the quoted text \(quoted(string(field))) differs from the document's \(quoted(String(decoding: expectedText, as: UTF8.self))) at \(string(offsets))")
    }

    private func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    private func error(at offset: Int, _ message: String) -> FormatError {
        FormatError(path: path, in: bytes, at: offset, message: message)
    }
}

import CorpusModel

extension LabeledSpan {
    /// The spans of a document's layer, ready to score: relabelled, filtered, trimmed (sentences) and sorted.
    /// - Parameters:
    ///   - document: The annotated document.
    ///   - options: The layer, label map and label filter.
    /// - Returns: The spans, or `nil` when the document has no such layer.
    static func spans(of document: AnnotatedDocument, options: ScoringOptions) -> [LabeledSpan]? {
        guard let layer = document[layer: options.layer] else { return nil }
        let isEntity = options.layer == .entity
        let trims = options.layer == .sentence
        var spans: [LabeledSpan] = []
        spans.reserveCapacity(layer.annotations.count)
        document.document.withUTF8 { bytes in
            for annotation in layer.annotations {
                let label = options.labelMap.apply(isEntity ? annotation.label ?? "" : options.layer.rawValue)
                if let allowed = options.labels, !allowed.contains(label) { continue }
                let span = trims ? trimmed(annotation.span, in: bytes) : annotation.span
                if !span.isEmpty || !trims { spans.append(LabeledSpan(span, label: label)) }
            }
        }
        spans.sort()
        return spans
    }

    /// The span less white space at both ends (ASCII white space compared as bytes; other scalars by their
    /// `White_Space` property).
    static func trimmed(_ span: Span, in bytes: UnsafeBufferPointer<UInt8>) -> Span {
        var start = span.start
        var end = span.end
        while start < end, let length = whiteSpaceLength(at: start, in: bytes, limit: end) { start += length }
        while end > start, let length = whiteSpaceLength(endingAt: end, in: bytes, limit: start) { end -= length }
        return Span(start, end)
    }

    /// The byte length of the white-space scalar starting at `offset`, or `nil`.
    private static func whiteSpaceLength(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> Int? {
        let lead = bytes[offset]
        if lead < 0x80 { return isASCIIWhiteSpace(lead) ? 1 : nil }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard offset + length <= limit else { return nil }
        return isWhiteSpace(UnsafeBufferPointer(rebasing: bytes[offset..<(offset + length)])) ? length : nil
    }

    /// The byte length of the white-space scalar ending at `offset`, or `nil`.
    private static func whiteSpaceLength(endingAt offset: Int, in bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> Int? {
        let last = bytes[offset - 1]
        if last < 0x80 { return isASCIIWhiteSpace(last) ? 1 : nil }
        var start = offset - 1
        while start > limit, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return isWhiteSpace(UnsafeBufferPointer(rebasing: bytes[start..<offset])) ? offset - start : nil
    }

    /// Tab, line feed, vertical tab, form feed, carriage return and space.
    private static func isASCIIWhiteSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }

    /// Whether the bytes encode one scalar with the `White_Space` property.
    private static func isWhiteSpace(_ scalarBytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var iterator = scalarBytes.makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return false }
        return scalar.properties.isWhitespace
    }
}

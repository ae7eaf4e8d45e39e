import CorpusModel

/// Converts the UTF-8 spans of one layer to Unicode scalar spans while walking forward through the text.
///
/// Algorithm: layers are sorted by start, so each start is found by counting scalar starts (bytes that are
/// not `10xxxxxx`) from the previous start; a short span's end is counted on from its start, a long one's
/// (sentences, paragraphs) is looked up in the document's ``OffsetTable``. The cost is linear in the text
/// plus the annotations, instead of two binary searches per annotation. A span that is out of order, out of
/// range or not on scalar boundaries falls back to the table, which reports it as `nil`.
struct ScalarCursor {
    private let text: UnsafeBufferPointer<UInt8>
    private let table: OffsetTable
    /// The UTF-8 offset reached, always a scalar boundary.
    private var byte = 0
    /// The scalar offset of ``byte``.
    private var scalar = 0

    /// Spans up to this many bytes have their end counted rather than looked up.
    static let countedSpanLength = 64

    /// Starts a cursor at the beginning of `text`, whose table is `table`.
    init(text: UnsafeBufferPointer<UInt8>, table: OffsetTable) {
        self.text = text
        self.table = table
    }

    /// The scalar span of `span`, or `nil` when it is out of range or cuts a scalar.
    mutating func scalarSpan(_ span: Span) -> ScalarSpan? {
        if table.isIdentity { return span.end <= text.count ? ScalarSpan(span.start, span.end) : nil }
        guard span.start >= byte, span.end <= text.count, isBoundary(span.start), isBoundary(span.end) else {
            return table.scalarSpan(span)
        }
        scalar += countScalars(byte..<span.start)
        byte = span.start
        if span.length <= Self.countedSpanLength { return ScalarSpan(scalar, scalar + countScalars(span.start..<span.end)) }
        return table.scalarOffset(ofUTF8: span.end).map { ScalarSpan(scalar, $0) }
    }

    private func isBoundary(_ offset: Int) -> Bool { offset == text.count || text[offset] & 0xC0 != 0x80 }

    private func countScalars(_ range: Range<Int>) -> Int {
        var count = 0
        for index in range where text[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }
}

/// Converts between UTF-8 byte offsets (in memory) and Unicode scalar offsets (in files) for one text.
///
/// Algorithm:
/// 1. Scan the UTF-8 bytes once. If all are ASCII, both units coincide and the table stays empty
///    (every conversion is the identity).
/// 2. Otherwise record the byte offset at which each scalar starts, plus the text's end.
/// 3. Scalar → byte is an array lookup; byte → scalar is a binary search in that sorted array.
///
/// Conversions never recount from the start of the text and never search for a token's text.
public struct OffsetTable: Sendable {
    /// Byte offset of each scalar's first byte, then the byte count; empty when the text is ASCII.
    private let scalarStarts: [UInt32]
    /// The number of UTF-8 bytes.
    public let utf8Count: Int
    /// The number of Unicode scalars.
    public let scalarCount: Int

    /// Builds the table for a document's text in one pass.
    public init(_ document: Document) {
        self.init(utf8: document.withUTF8 { Array($0) })
    }

    /// Builds the table for valid UTF-8 bytes in one pass.
    public init(utf8 bytes: some Collection<UInt8>) {
        var starts: [UInt32] = []
        var count = 0
        var scalars = 0
        var sawNonASCII = false
        for byte in bytes {
            if byte & 0xC0 != 0x80 {  // not a continuation byte: a scalar starts here
                starts.append(UInt32(truncatingIfNeeded: count))
                scalars += 1
            }
            if byte >= 0x80 { sawNonASCII = true }
            count += 1
        }
        starts.append(UInt32(truncatingIfNeeded: count))
        utf8Count = count
        scalarCount = scalars
        scalarStarts = sawNonASCII ? starts : []
    }

    /// Whether both units coincide (the text is ASCII).
    public var isIdentity: Bool { scalarStarts.isEmpty }

    /// The scalar offset of a UTF-8 offset, or `nil` when it is out of range or inside a scalar.
    public func scalarOffset(ofUTF8 offset: Int) -> Int? {
        guard offset >= 0, offset <= utf8Count else { return nil }
        if isIdentity { return offset }
        var low = 0
        var high = scalarStarts.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let value = Int(scalarStarts[mid])
            if value == offset { return mid }
            if value < offset { low = mid + 1 } else { high = mid - 1 }
        }
        return nil
    }

    /// The UTF-8 offset of a scalar offset, or `nil` when it is out of range.
    public func utf8Offset(ofScalar offset: Int) -> Int? {
        guard offset >= 0, offset <= scalarCount else { return nil }
        return isIdentity ? offset : Int(scalarStarts[offset])
    }

    /// Converts a span of UTF-8 offsets to scalar offsets.
    /// - Returns: The scalar span, or `nil` when an end is out of range or inside a scalar.
    public func scalarSpan(_ span: Span) -> ScalarSpan? {
        guard let start = scalarOffset(ofUTF8: span.start), let end = scalarOffset(ofUTF8: span.end) else { return nil }
        return ScalarSpan(start, end)
    }

    /// Converts a span of scalar offsets to UTF-8 offsets.
    /// - Returns: The UTF-8 span, or `nil` when it is reversed or out of range.
    public func span(_ scalars: ScalarSpan) -> Span? {
        guard scalars.start <= scalars.end, let start = utf8Offset(ofScalar: scalars.start),
            let end = utf8Offset(ofScalar: scalars.end)
        else { return nil }
        return Span(start, end)
    }
}

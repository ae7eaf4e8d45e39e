/// A half-open range `[start, end)` of **UTF-8 byte offsets** into a document's text.
///
/// This is the in-memory unit of every annotation. Files never hold UTF-8 offsets: they hold
/// ``ScalarSpan``s, converted at the edges through an ``OffsetTable``. The two are distinct types so that
/// a scalar offset can never reach an API that expects bytes.
///
/// Offsets are stored as 32-bit values (documents up to 4 GiB) to keep token layers compact.
public struct Span: Hashable, Comparable, Sendable, CustomStringConvertible {
    private let storedStart: UInt32
    private let storedEnd: UInt32

    /// The first byte of the span (UTF-8 offset, inclusive).
    public var start: Int { Int(storedStart) }
    /// The byte after the span (UTF-8 offset, exclusive).
    public var end: Int { Int(storedEnd) }
    /// The number of UTF-8 bytes the span covers.
    public var length: Int { end - start }
    /// Whether the span covers no bytes.
    public var isEmpty: Bool { storedStart == storedEnd }

    /// Creates the span `[start, end)` of UTF-8 byte offsets.
    /// - Precondition: `0 <= start <= end < 2^32` (a programmer error otherwise).
    public init(_ start: Int, _ end: Int) {
        precondition(start >= 0 && start <= end && end <= Int(UInt32.max), "invalid span \(start)..<\(end)")
        storedStart = UInt32(truncatingIfNeeded: start)
        storedEnd = UInt32(truncatingIfNeeded: end)
    }

    /// Creates the span `[start, end)` of UTF-8 byte offsets that the caller has already checked, without
    /// checking them again: for producers that make millions of spans inside a text they have measured.
    /// - Precondition: `start <= end` (not checked).
    public init(unchecked start: UInt32, _ end: UInt32) {
        storedStart = start
        storedEnd = end
    }

    /// Whether `other` lies entirely inside this span.
    public func contains(_ other: Span) -> Bool { start <= other.start && other.end <= end }

    /// Whether the two spans share at least one byte.
    public func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }

    /// Orders by start, then by end.
    public static func < (lhs: Span, rhs: Span) -> Bool {
        lhs.storedStart != rhs.storedStart ? lhs.storedStart < rhs.storedStart : lhs.storedEnd < rhs.storedEnd
    }

    /// `start..<end` in UTF-8 bytes.
    public var description: String { "\(start)..<\(end)" }
}

/// A half-open range `[start, end)` of **Unicode scalar (code point) offsets** — the unit of every file
/// CorpusKit reads or writes, and the unit Python, brat and spaCy count in.
///
/// Convert to and from ``Span`` with an ``OffsetTable``.
public struct ScalarSpan: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The first scalar of the span (inclusive).
    public var start: Int
    /// The scalar after the span (exclusive).
    public var end: Int

    /// Creates the span `[start, end)` of Unicode scalar offsets. No check is made: files may hold
    /// nonsense, and ``OffsetTable/span(_:)`` reports it.
    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }

    /// Orders by start, then by end.
    public static func < (lhs: ScalarSpan, rhs: ScalarSpan) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }

    /// `start..<end` in Unicode scalars.
    public var description: String { "\(start)..<\(end)" }
}

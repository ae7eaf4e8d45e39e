/// A text and its identifier: the input of every annotation stage.
///
/// The text is stored exactly as loaded — never normalised: `\r\n` stays two characters, a byte-order
/// mark stays U+FEFF, NUL is a character like any other. Its UTF-8 storage is made contiguous once so
/// that stages can scan bytes with ``withUTF8(_:)``.
public struct Document: Hashable, Sendable {
    /// The document's identifier (for files, the file name without its extension).
    public let id: String
    /// The text, exactly as it was read.
    public let text: String
    /// Where the text came from, relative to the corpus root, when it came from a file.
    public let sourcePath: String?

    /// Creates a document from a text already in memory.
    /// - Parameters:
    ///   - id: The document's identifier.
    ///   - text: The text; it is kept byte for byte.
    ///   - sourcePath: The text file's path relative to the corpus root, if any.
    public init(id: String, text: String, sourcePath: String? = nil) {
        var contiguous = text
        contiguous.makeContiguousUTF8()
        self.id = id
        self.text = contiguous
        self.sourcePath = sourcePath
    }

    /// The number of UTF-8 bytes in the text.
    public var utf8Count: Int { text.utf8.count }

    /// Calls `body` with the text's contiguous UTF-8 bytes. Offsets into the buffer are UTF-8 offsets.
    public func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        var text = self.text
        return try text.withUTF8(body)
    }

    /// The text a span covers.
    /// - Parameter span: A span of UTF-8 offsets that lies on scalar boundaries inside the text.
    /// - Returns: The covered text (a replacement character stands in for a cut scalar at either edge).
    public func text(of span: Span) -> String {
        withUTF8 { bytes in
            String(decoding: UnsafeBufferPointer(rebasing: bytes[span.start..<span.end]), as: UTF8.self)
        }
    }

    /// Two documents are equal when their ids, source paths and text **bytes** are equal. (Swift's `String`
    /// equality is canonical equivalence: it would call `é` and `e` + U+0301 equal although every offset differs.)
    public static func == (lhs: Document, rhs: Document) -> Bool {
        lhs.id == rhs.id && lhs.sourcePath == rhs.sourcePath && lhs.text.utf8.elementsEqual(rhs.text.utf8)
    }

    /// Hashes the id, the source path and the text's bytes, consistently with ``==(_:_:)``.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(sourcePath)
        hasher.combine(text.utf8.count)
        for byte in text.utf8 { hasher.combine(byte) }
    }

    /// The SHA-256 digest of the text's UTF-8 bytes, as 64 lower-case hex digits.
    public var sha256: String { withUTF8 { SHA256.hexDigest(of: $0) } }
}

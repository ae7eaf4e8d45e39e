import CorpusModel

extension FormatError {
    /// Creates an error at a byte offset of an input, working out its 1-based line and its 1-based column
    /// in Unicode scalars (only when an error is made, so readers never track lines on the hot path).
    /// - Parameters:
    ///   - path: The file (or `<stdin>`) the input came from.
    ///   - bytes: The input's UTF-8 bytes.
    ///   - offset: The UTF-8 offset the error is about (clamped to the input).
    ///   - firstLine: The line number of the input's first line (for one line of a larger stream).
    ///   - message: What is wrong.
    init(path: String, in bytes: UnsafeBufferPointer<UInt8>, at offset: Int, firstLine: Int = 1, message: String) {
        let end = min(max(offset, 0), bytes.count)
        var line = firstLine
        var lineStart = 0
        for index in 0..<end where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        var column = 1
        for index in lineStart..<end where bytes[index] & 0xC0 != 0x80 { column += 1 }
        self.init(path: path, line: line, column: column, message: message)
    }

    /// Checks that an input is valid UTF-8 and does not start with a byte-order mark.
    /// - Parameters:
    ///   - bytes: The input's bytes.
    ///   - path: The file the input came from.
    ///   - firstLine: The line number of the input's first line.
    /// - Throws: An error naming the first invalid byte, or the byte-order mark.
    static func checkText(_ bytes: UnsafeBufferPointer<UInt8>, path: String, firstLine: Int = 1) throws(FormatError) {
        if let bad = UTF8Validation.firstInvalidByte(in: bytes) {
            throw FormatError(path: path, in: bytes, at: bad, firstLine: firstLine, message: "invalid UTF-8 at byte offset \(bad)")
        }
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            throw FormatError(path: path, line: firstLine, column: 1, message: "the input starts with a byte-order mark (U+FEFF); remove it")
        }
    }
}

/// Calls `body` with a collection's bytes as one contiguous buffer, copying them only when the
/// collection has no contiguous storage of its own.
func withContiguousBytes<Result>(
    _ bytes: some Collection<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Result
) -> Result {
    if let result = bytes.withContiguousStorageIfAvailable(body) { return result }
    return Array(bytes).withUnsafeBufferPointer(body)
}

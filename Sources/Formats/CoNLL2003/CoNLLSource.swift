import CorpusModel
import Foundation

/// The bytes of a CoNLL file (CoNLL-2003 or CoNLL-U), checked to be UTF-8, with what both readers need:
/// line iteration and error positions.
///
/// A byte-order mark at the very start is skipped (it is an encoding mark, not part of the first token);
/// line ends are `\n` or `\r\n`.
struct CoNLLSource {
    /// The file's name in messages.
    let path: String
    /// The bytes, without a leading byte-order mark.
    let bytes: [UInt8]

    /// Checks bytes read from `path`.
    /// - Throws: ``FormatError`` naming the line and column of the first byte that is not UTF-8.
    init(bytes: [UInt8], path: String) throws(FormatError) {
        self.path = path
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        self.bytes = hasBOM ? Array(bytes[3...]) : bytes
        let bad = self.bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalidByte(in: $0) }
        if let bad {
            let lineStart = (self.bytes[..<bad].lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0
            let line = self.bytes[..<bad].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            throw FormatError(
                path: path, line: line, column: column(of: bad, lineStart: lineStart),
                message: "invalid UTF-8 at byte offset \(bad + (hasBOM ? 3 : 0))")
        }
    }

    /// Reads and checks a file.
    /// - Throws: ``FormatError`` when the file cannot be read or is not UTF-8.
    static func load(_ path: String) throws(FormatError) -> CoNLLSource {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw FormatError(path: path, message: "cannot read file: \((error as NSError).localizedDescription)")
        }
        return try CoNLLSource(bytes: [UInt8](data), path: path)
    }

    /// The 1-based column, in Unicode scalars, of a byte offset on a line starting at `lineStart`.
    func column(of offset: Int, lineStart: Int) -> Int {
        var column = 1
        for index in lineStart..<offset where bytes[index] & 0xC0 != 0x80 { column += 1 }
        return column
    }

    /// Calls `body` with each line's 1-based number and byte range (without its `\n` or `\r\n`).
    /// - Parameters:
    ///   - range: The part of the file to read, starting at a line start (the whole file by default).
    ///   - firstLine: The number of the range's first line.
    func forEachLine(
        in range: Range<Int>? = nil, firstLine: Int = 1, _ body: (_ number: Int, _ range: Range<Int>) throws(FormatError) -> Void
    ) throws(FormatError) {
        var number = firstLine
        var start = range?.lowerBound ?? 0
        let count = range?.upperBound ?? bytes.count
        while start < count {
            var end = start
            while end < count, bytes[end] != 0x0A { end += 1 }
            let next = end + 1
            if end > start, bytes[end - 1] == 0x0D { end -= 1 }
            try body(number, start..<end)
            number += 1
            start = next
        }
    }

    /// The text of a byte range.
    func string(_ range: Range<Int>) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }
}

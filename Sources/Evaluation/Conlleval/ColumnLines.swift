import Formats

/// The lines of a column file, each split into fields the way conlleval splits them.
///
/// Works on the file's UTF-8 bytes; fields are byte ranges. Lines end at `\n`; a last line without one
/// still counts. In white-space mode fields are runs of non-white-space bytes; with a delimiter string the
/// line (less a final `\r`) is cut at every occurrence and empty fields at the end are dropped (as Perl's
/// `split` does), so a line holding only delimiters has no fields, like a blank line.
struct ColumnLines {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let delimiter: [UInt8]?
    private var position = 0
    /// The 1-based number of the line last returned by ``next()``.
    private(set) var lineNumber = 0
    /// The fields of the line last returned, as byte ranges.
    private(set) var fields: [Range<Int>] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>, delimiter: ConllevalOptions.Delimiter) {
        self.bytes = bytes
        switch delimiter {
        case .whitespace: self.delimiter = nil
        case .string(let string): self.delimiter = string.isEmpty ? nil : Array(string.utf8)
        }
        fields.reserveCapacity(8)
    }

    /// Advances to the next line and splits it into ``fields``; `false` at the end of the input.
    mutating func next() -> Bool {
        guard position < bytes.count else { return false }
        var end = position
        while end < bytes.count && bytes[end] != 0x0A { end += 1 }
        let start = position
        position = end + 1
        lineNumber += 1
        fields.removeAll(keepingCapacity: true)
        if let delimiter { split(start, end, on: delimiter) } else { splitOnWhiteSpace(start, end) }
        return true
    }

    /// The bytes of a field.
    func bytes(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: bytes[range]) }

    /// Whether a field holds exactly this ASCII text.
    func field(_ range: Range<Int>, is text: StaticString) -> Bool {
        range.count == text.utf8CodeUnitCount && bytes(range).elementsEqual(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// The text of a field (for messages).
    func string(_ range: Range<Int>) -> String { String(decoding: bytes(range), as: UTF8.self) }

    private mutating func splitOnWhiteSpace(_ start: Int, _ end: Int) {
        var index = start
        while index < end {
            while index < end && Self.isWhiteSpace(bytes[index]) { index += 1 }
            let fieldStart = index
            while index < end && !Self.isWhiteSpace(bytes[index]) { index += 1 }
            if index > fieldStart { fields.append(fieldStart..<index) }
        }
    }

    private mutating func split(_ start: Int, _ end: Int, on delimiter: [UInt8]) {
        let end = end > start && bytes[end - 1] == 0x0D ? end - 1 : end
        var fieldStart = start
        var index = start
        while index + delimiter.count <= end {
            if matches(delimiter, at: index) {
                fields.append(fieldStart..<index)
                index += delimiter.count
                fieldStart = index
            } else {
                index += 1
            }
        }
        fields.append(fieldStart..<end)
        while let last = fields.last, last.isEmpty { fields.removeLast() }
    }

    private func matches(_ delimiter: [UInt8], at index: Int) -> Bool {
        for (offset, byte) in delimiter.enumerated() where bytes[index + offset] != byte { return false }
        return true
    }

    /// Perl's `\s` on bytes: space, tab, line feed, carriage return, form feed, vertical tab.
    private static func isWhiteSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }
}

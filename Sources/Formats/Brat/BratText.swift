/// The quoted text of a `T` line: brat writes the covered text on one line, so each line break in it
/// becomes a space, and the fragments of a discontinuous span are joined by a space.
///
/// Line breaks are the scalars Python's `str.splitlines` breaks at (brat is written in Python):
/// U+000A–U+000D, U+001C–U+001E, U+0085, U+2028 and U+2029.
enum BratText {
    /// Appends UTF-8 bytes with every line-break scalar replaced by a space.
    static func appendFlattened(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var index = 0
        while index < bytes.count {
            let width = lineBreakWidth(bytes, at: index)
            if width > 0 {
                out.append(ASCII.space)
                index += width
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
    }

    /// Whether the bytes are one or more line-break scalars and nothing else (the gap brat's tools leave between
    /// the fragments of a span they split at line breaks).
    static func isLineBreaks(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let width = lineBreakWidth(bytes, at: index)
            guard width > 0 else { return false }
            index += width
        }
        return !bytes.isEmpty
    }

    /// The number of bytes of the line-break scalar at `index`, or 0 when there is none.
    private static func lineBreakWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        switch bytes[index] {
        case 0x0A...0x0D, 0x1C...0x1E: return 1
        case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0x85: return 2  // U+0085
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
            return 3  // U+2028, U+2029
        default: return 0
        }
    }
}

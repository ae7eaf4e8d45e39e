/// Appends JSON to a byte buffer, escaping strings the one canonical way CorpusKit always writes them.
///
/// String escaping: `"` and `\` as `\"` and `\\`; the control characters with short escapes as `\b \t \n
/// \f \r`; other control characters below U+0020 as `\u00XX` (lower-case hex); U+0085, U+2028 and U+2029
/// — which some line readers (Python's `str.splitlines`, JavaScript) take for line breaks — as `\u0085`,
/// `\u2028`, `\u2029`. Everything else, astral scalars included, is written as raw UTF-8. The output of a
/// given string is therefore always the same bytes.
struct JSONWriter {
    /// The JSON written so far.
    var bytes: [UInt8] = []

    /// Creates a writer with room for about `capacity` bytes.
    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// Appends ASCII structure (`{`, `": "`, a newline and indentation, …) as it is.
    mutating func append(_ ascii: StaticString) {
        ascii.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends a string literal, quoted and escaped.
    mutating func append(string: String) {
        bytes.append(ASCII.quote)
        var text = string
        text.withUTF8 { source in
            var runStart = 0
            var index = 0
            while index < source.count {
                let byte = source[index]
                var width = 1
                let escape: String
                if byte < 0x20 {
                    escape = Self.escape(forControl: byte)
                } else if byte == ASCII.quote {
                    escape = "\\\""
                } else if byte == ASCII.backslash {
                    escape = "\\\\"
                } else if byte == 0xC2, index + 1 < source.count, source[index + 1] == 0x85 {
                    escape = "\\u0085"
                    width = 2
                } else if byte == 0xE2, index + 2 < source.count, source[index + 1] == 0x80,
                    source[index + 2] == 0xA8 || source[index + 2] == 0xA9
                {
                    escape = source[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                    width = 3
                } else {
                    index += 1
                    continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index]))
                bytes.append(contentsOf: escape.utf8)
                index += width
                runStart = index
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<source.count]))
        }
        bytes.append(ASCII.quote)
    }

    /// Appends a non-negative integer in decimal.
    /// - Precondition: `value >= 0` (offsets and lengths).
    mutating func append(integer value: Int) { bytes.appendDecimal(value) }

    /// The escape written for a control character below U+0020: `\n`-style where JSON has one, else `\u00XX`.
    static func escape(forControl byte: UInt8) -> String {
        switch byte {
        case 0x08: return "\\b"
        case ASCII.tab: return "\\t"
        case ASCII.lineFeed: return "\\n"
        case 0x0C: return "\\f"
        case ASCII.carriageReturn: return "\\r"
        default:
            let hex = String(byte, radix: 16)
            return "\\u00" + (byte < 0x10 ? "0" : "") + hex
        }
    }
}

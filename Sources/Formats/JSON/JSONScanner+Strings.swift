extension JSONScanner {
    /// Reads the string literal at the current position (which holds `"`), decoding its escapes.
    mutating func readStringLiteral() throws(FormatError) -> String {
        let open = position
        var index = open + 1
        while index < bytes.count {
            let byte = bytes[index]
            if byte == ASCII.quote {
                position = index + 1
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[(open + 1)..<index]), as: UTF8.self)
            }
            if byte == ASCII.backslash { return try readEscapedString(open: open, firstEscape: index) }
            if byte < 0x20 { throw controlCharacterError(at: index) }
            index += 1
        }
        throw error(at: open, "unterminated string")
    }

    /// Continues reading a string from its first escape, collecting the decoded bytes.
    private mutating func readEscapedString(open: Int, firstEscape: Int) throws(FormatError) -> String {
        var decoded: [UInt8] = []
        decoded.reserveCapacity(firstEscape - open + 16)
        decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[(open + 1)..<firstEscape]))
        var index = firstEscape
        while index < bytes.count {
            let byte = bytes[index]
            if byte == ASCII.quote {
                position = index + 1
                return String(decoding: decoded, as: UTF8.self)
            }
            if byte < 0x20 { throw controlCharacterError(at: index) }
            guard byte == ASCII.backslash else {
                decoded.append(byte)
                index += 1
                continue
            }
            guard index + 1 < bytes.count else { break }
            let escaped = bytes[index + 1]
            if let simple = Self.simpleEscapes[escaped] {
                decoded.append(simple)
                index += 2
            } else if escaped == UInt8(ascii: "u") {
                let scalar = try readUnicodeEscape(at: index)
                decoded.append(contentsOf: String(scalar).utf8)
                index += scalar.value > 0xFFFF ? 12 : 6
            } else {
                throw error(at: index, "invalid escape \(ASCII.scalarText(in: bytes, backslashAt: index)) in a string")
            }
        }
        throw error(at: open, "unterminated string")
    }

    /// The escapes of one character after a backslash, and what they stand for.
    private static let simpleEscapes: [UInt8: UInt8] = [
        UInt8(ascii: "\""): ASCII.quote, UInt8(ascii: "\\"): ASCII.backslash, UInt8(ascii: "/"): UInt8(ascii: "/"),
        UInt8(ascii: "b"): 0x08, UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): ASCII.lineFeed,
        UInt8(ascii: "r"): ASCII.carriageReturn, UInt8(ascii: "t"): ASCII.tab,
    ]

    /// Decodes `\uXXXX` at `offset` (the backslash), joining a surrogate pair written as two escapes.
    private func readUnicodeEscape(at offset: Int) throws(FormatError) -> Unicode.Scalar {
        guard let unit = hexQuad(at: offset + 2) else {
            throw error(at: offset, "invalid escape \(escapeText(at: offset)): \\u needs four hexadecimal digits")
        }
        switch unit {
        case 0xD800...0xDBFF:
            let next = offset + 6
            guard next + 1 < bytes.count, bytes[next] == ASCII.backslash, bytes[next + 1] == UInt8(ascii: "u"),
                let low = hexQuad(at: next + 2), (0xDC00...0xDFFF).contains(low)
            else {
                throw error(at: offset, "lone surrogate \(escapeText(at: offset)) in a string (a high surrogate must be followed by an escaped low surrogate)")
            }
            return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)) ?? "\u{FFFD}"
        case 0xDC00...0xDFFF:
            throw error(at: offset, "lone surrogate \(escapeText(at: offset)) in a string (a low surrogate must follow a high one)")
        default:
            return Unicode.Scalar(unit) ?? "\u{FFFD}"
        }
    }

    /// The value of four hexadecimal digits at `offset`, or `nil`.
    private func hexQuad(at offset: Int) -> UInt32? {
        guard offset + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for index in offset..<(offset + 4) {
            guard let digit = ASCII.hexValue(bytes[index]) else { return nil }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// The text of a `\u` escape as written (up to six bytes), for messages.
    private func escapeText(at offset: Int) -> String {
        let end = min(offset + 6, bytes.count)
        var text = ""
        for index in offset..<end {
            let byte = bytes[index]
            guard byte >= 0x20, byte < 0x7F, index == offset || byte != ASCII.quote else { break }
            text.unicodeScalars.append(Unicode.Scalar(byte))
        }
        return text
    }

    /// The error for a raw control character inside a string, naming the escape to write instead.
    private func controlCharacterError(at offset: Int) -> FormatError {
        let byte = bytes[offset]
        let escape = JSONWriter.escape(forControl: byte)
        return error(at: offset, "unescaped control character \(ASCII.codePoint(UInt32(byte))) in a string (write \(escape))")
    }
}

/// Byte constants and small byte tests shared by the readers, so that scanning code compares against
/// named ASCII values rather than characters.
enum ASCII {
    static let tab: UInt8 = 0x09
    static let lineFeed: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let quote: UInt8 = 0x22  // "
    static let hash: UInt8 = 0x23  // #
    static let asterisk: UInt8 = 0x2A  // *
    static let plus: UInt8 = 0x2B
    static let comma: UInt8 = 0x2C
    static let minus: UInt8 = 0x2D
    static let period: UInt8 = 0x2E
    static let zero: UInt8 = 0x30
    static let nine: UInt8 = 0x39
    static let colon: UInt8 = 0x3A
    static let semicolon: UInt8 = 0x3B
    static let openBracket: UInt8 = 0x5B  // [
    static let backslash: UInt8 = 0x5C
    static let closeBracket: UInt8 = 0x5D  // ]
    static let openBrace: UInt8 = 0x7B  // {
    static let closeBrace: UInt8 = 0x7D  // }

    /// Whether the byte is `0`–`9`.
    static func isDigit(_ byte: UInt8) -> Bool { byte >= zero && byte <= nine }

    /// The value of a hexadecimal digit (either case), or `nil`.
    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case zero...nine: return byte - zero
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    /// `U+000A`-style notation for a code point.
    static func codePoint(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// The scalar starting at `offset` of valid UTF-8 bytes.
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Unicode.Scalar {
        var end = offset + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<end]), as: UTF8.self)
        return text.unicodeScalars.first ?? "\u{FFFD}"
    }

    /// Describes the scalar at `offset` for a message: `'é' (U+00E9)`, or `U+0001` for an invisible one.
    static func scalarDescription(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> String {
        let scalar = scalar(in: bytes, at: offset)
        let properties = scalar.properties
        let visible = scalar.value > 0x20 && scalar.value != 0x7F && properties.generalCategory != .control
            && properties.generalCategory != .format && !properties.isWhitespace
        return visible ? "'\(scalar)' (\(codePoint(scalar.value)))" : codePoint(scalar.value)
    }

    /// A backslash and the scalar after it, as written: `\q`.
    static func scalarText(in bytes: UnsafeBufferPointer<UInt8>, backslashAt offset: Int) -> String {
        "\\" + String(scalar(in: bytes, at: offset + 1))
    }
}

extension Array where Element == UInt8 {
    /// Appends a non-negative integer in decimal ASCII digits, without making a `String`.
    /// - Precondition: `value >= 0` (offsets and lengths).
    mutating func appendDecimal(_ value: Int) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: ASCII.maximumDecimalDigits) { buffer in
            var count = 0
            ASCII.writeDecimal(value, into: buffer, at: &count)
            append(contentsOf: UnsafeBufferPointer(rebasing: buffer[0..<count]))
        }
    }
}

extension ASCII {
    /// The most decimal digits an `Int` takes.
    static let maximumDecimalDigits = 20

    /// Writes a non-negative integer's decimal digits into `buffer` at `index`, moving `index` past them.
    /// - Precondition: `value >= 0` and the buffer has room for ``maximumDecimalDigits`` more bytes.
    static func writeDecimal(_ value: Int, into buffer: UnsafeMutableBufferPointer<UInt8>, at index: inout Int) {
        precondition(value >= 0, "negative number \(value)")
        var digitCount = 1
        var rest = value
        while rest >= 10 {
            rest /= 10
            digitCount += 1
        }
        rest = value
        for position in stride(from: index + digitCount - 1, through: index, by: -1) {
            buffer[position] = zero + UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
        }
        index += digitCount
    }

    /// Copies ASCII text into `buffer` at `index`, moving `index` past it.
    static func write(_ text: StaticString, into buffer: UnsafeMutableBufferPointer<UInt8>, at index: inout Int) {
        text.withUTF8Buffer { source in
            for byte in source {
                buffer[index] = byte
                index += 1
            }
        }
    }
}

/// Byte classes of ASCII, the only characters the tokenizer looks at without decoding.
enum ASCII {
    static let lower: UInt8 = 1
    static let upper: UInt8 = 2
    static let digit: UInt8 = 4
    /// `_`, which joins words (`Lisa_resume.doc`, `__init__`).
    static let underscore: UInt8 = 8
    static let space: UInt8 = 16
    /// Every other printable ASCII character and the control characters that are not whitespace.
    static let punctuation: UInt8 = 32
    /// Set for every byte ≥ 0x80 (part of a multi-byte scalar).
    static let nonASCII: UInt8 = 64

    static let letter: UInt8 = lower | upper
    static let alphanumeric: UInt8 = lower | upper | digit
    static let word: UInt8 = lower | upper | digit | underscore

    /// The class of every byte value.
    static let table: [UInt8] = (0..<256).map { value -> UInt8 in
        switch value {
        case 0x61...0x7A: return lower
        case 0x41...0x5A: return upper
        case 0x30...0x39: return digit
        case 0x5F: return underscore
        case 0x09...0x0D, 0x20: return space  // tab, line feed, vertical tab, form feed, carriage return, space
        case 0x80...: return nonASCII
        default: return punctuation
        }
    }

    @inline(__always) static func isPunctuation(_ byte: UInt8) -> Bool { table[Int(byte)] == punctuation }
    @inline(__always) static func lowercased(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }
}

/// What a Unicode scalar is to the tokenizer, from its `Unicode.Scalar.Properties`.
enum ScalarKind {
    /// Whitespace (`White_Space`): separates chunks.
    case space
    /// Letters and numbers: the body of words.
    case word
    /// Combining marks, variation selectors and joiners: they stay with the scalar before them.
    case mark
    /// An emoji that starts a sequence (with modifiers, variation selectors, ZWJ continuations).
    case emoji
    /// A regional indicator: two of them make a flag.
    case regionalIndicator
    /// Punctuation, symbols, controls and everything else: tokens of their own.
    case other

    /// Classifies a scalar ≥ U+0080 (ASCII goes through ``ASCII/table``).
    static func of(_ scalar: Unicode.Scalar) -> ScalarKind {
        let value = scalar.value
        if value >= 0x1F1E6 && value <= 0x1F1FF { return .regionalIndicator }
        switch value {
        case 0x00AD,  // SOFT HYPHEN: invisible inside a word
            0x200C, 0x200D,  // ZERO WIDTH NON-JOINER, ZERO WIDTH JOINER
            0x2060,  // WORD JOINER
            0xFE0E, 0xFE0F,  // text and emoji VARIATION SELECTORs
            0x1F3FB...0x1F3FF,  // emoji skin-tone modifiers
            0xE0020...0xE007F:  // TAG characters (subdivision flags)
            return .mark
        default: break
        }
        let properties = scalar.properties
        if properties.isWhitespace { return .space }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber:
            return .word
        default: break
        }
        if properties.isEmojiPresentation || properties.isEmoji { return .emoji }
        return .other
    }
}

/// UTF-8 decoding over a buffer known to hold valid UTF-8 (it comes from a Swift `String`).
extension UnsafeBufferPointer where Element == UInt8 {
    /// The scalar starting at `index` and its length in bytes.
    @inline(__always) func scalar(at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = UInt32(self[index])
        if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
        var value: UInt32
        let length: Int
        if lead < 0xE0 {
            value = lead & 0x1F
            length = 2
        } else if lead < 0xF0 {
            value = lead & 0x0F
            length = 3
        } else {
            value = lead & 0x07
            length = 4
        }
        var offset = 1
        while offset < length && index + offset < count {
            value = value << 6 | UInt32(self[index + offset] & 0x3F)
            offset += 1
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The start of the scalar that ends just before `end`.
    @inline(__always) func scalarStart(before end: Int) -> Int {
        var index = end - 1
        while index > 0 && self[index] & 0xC0 == 0x80 { index -= 1 }
        return index
    }

    /// The kind of the scalar at `index`, for any byte.
    @inline(__always) func kind(at index: Int) -> (kind: ScalarKind, length: Int) {
        let byte = self[index]
        if byte < 0x80 {
            let cls = ASCII.table[Int(byte)]
            if cls & ASCII.word != 0 { return (.word, 1) }
            return (cls == ASCII.space ? .space : .other, 1)
        }
        let (scalar, length) = scalar(at: index)
        return (ScalarKind.of(scalar), length)
    }
}

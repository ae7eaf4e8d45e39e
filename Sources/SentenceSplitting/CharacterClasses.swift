/// The small named character sets the splitter needs beyond ASCII. Each code point is commented; letters,
/// digits, case and whitespace come from `Unicode.Scalar.Properties`.
enum CharacterClasses {
    /// Marks that end a sentence like `?` and `!` do.
    static func isTerminalMark(_ value: UInt32) -> Bool {
        switch value {
        case 0x3F, 0x21: return true  // ? !
        case 0x203C: return true  // ‼ DOUBLE EXCLAMATION MARK
        case 0x203D: return true  // ‽ INTERROBANG
        case 0x2047, 0x2048, 0x2049: return true  // ⁇ ⁈ ⁉ double question / question-exclamation marks
        case 0x061F: return true  // ؟ ARABIC QUESTION MARK
        case 0x037E: return true  // ; GREEK QUESTION MARK
        case 0x0964, 0x0965: return true  // । ॥ DEVANAGARI DANDA, DOUBLE DANDA
        case 0x1362: return true  // ። ETHIOPIC FULL STOP
        default: return false
        }
    }

    /// Full stops other than `.`.
    static func isFullStop(_ value: UInt32) -> Bool {
        switch value {
        case 0x2E: return true  // . FULL STOP
        case 0xFF0E: return true  // ． FULLWIDTH FULL STOP
        case 0x06D4: return true  // ۔ ARABIC FULL STOP (Urdu)
        default: return false
        }
    }

    /// Ideographic sentence ends, which need no space after them.
    static func isIdeographicTerminal(_ value: UInt32) -> Bool {
        switch value {
        case 0x3002: return true  // 。 IDEOGRAPHIC FULL STOP
        case 0xFF61: return true  // ｡ HALFWIDTH IDEOGRAPHIC FULL STOP
        case 0xFF01: return true  // ！ FULLWIDTH EXCLAMATION MARK
        case 0xFF1F: return true  // ？ FULLWIDTH QUESTION MARK
        default: return false
        }
    }

    /// `…` HORIZONTAL ELLIPSIS.
    static let ellipsis: UInt32 = 0x2026

    /// Brackets and quotes that always close.
    static func isCloser(_ value: UInt32) -> Bool {
        switch value {
        case 0x29, 0x5D, 0x7D: return true  // ) ] }
        case 0x201D: return true  // ” RIGHT DOUBLE QUOTATION MARK
        case 0x2019: return true  // ’ RIGHT SINGLE QUOTATION MARK (alone; before a letter it is an apostrophe)
        case 0x00BB: return true  // » RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK
        case 0x203A: return true  // › SINGLE RIGHT-POINTING ANGLE QUOTATION MARK
        case 0xFF09, 0xFF3D: return true  // ） ］ FULLWIDTH RIGHT PARENTHESIS, SQUARE BRACKET
        case 0x3009, 0x300B: return true  // 〉 》 RIGHT ANGLE / DOUBLE ANGLE BRACKET
        case 0x300D, 0x300F: return true  // 」 』 RIGHT CORNER / WHITE CORNER BRACKET
        case 0x3011: return true  // 】 RIGHT BLACK LENTICULAR BRACKET
        default: return false
        }
    }

    /// Quotation marks that always open.
    static func isOpeningQuote(_ value: UInt32) -> Bool {
        switch value {
        case 0x201C: return true  // “ LEFT DOUBLE QUOTATION MARK
        case 0x2018: return true  // ‘ LEFT SINGLE QUOTATION MARK
        case 0x201E: return true  // „ DOUBLE LOW-9 QUOTATION MARK
        case 0x00AB: return true  // « LEFT-POINTING DOUBLE ANGLE QUOTATION MARK
        case 0x2039: return true  // ‹ SINGLE LEFT-POINTING ANGLE QUOTATION MARK
        default: return false
        }
    }

    /// Brackets (and inverted marks) that always open.
    static func isOpener(_ value: UInt32) -> Bool {
        switch value {
        case 0x28, 0x5B, 0x7B: return true  // ( [ {
        case 0x00BF, 0x00A1: return true  // ¿ ¡ INVERTED QUESTION / EXCLAMATION MARK
        case 0xFF08, 0xFF3B: return true  // （ ［ FULLWIDTH LEFT PARENTHESIS, SQUARE BRACKET
        case 0x3008, 0x300A: return true  // 〈 《 LEFT ANGLE / DOUBLE ANGLE BRACKET
        case 0x300C, 0x300E: return true  // 「 『 LEFT CORNER / WHITE CORNER BRACKET
        case 0x3010: return true  // 【 LEFT BLACK LENTICULAR BRACKET
        default: return false
        }
    }

    /// Dashes and hyphens, which as the first token of a line mark a list item.
    static func isDash(_ value: UInt32) -> Bool {
        switch value {
        case 0x2D: return true  // - HYPHEN-MINUS
        case 0x2010, 0x2011: return true  // ‐ ‑ HYPHEN, NON-BREAKING HYPHEN
        case 0x2012, 0x2013, 0x2014, 0x2015: return true  // ‒ – — ― figure, en, em dash, horizontal bar
        case 0x2212: return true  // − MINUS SIGN
        default: return false
        }
    }

    /// Bullet glyphs, which as the first token of a line mark a list item.
    static func isBullet(_ value: UInt32) -> Bool {
        switch value {
        case 0x2A, 0x2B: return true  // * + (plain-text list markers)
        case 0x2022: return true  // • BULLET
        case 0x2023: return true  // ‣ TRIANGULAR BULLET
        case 0x2043: return true  // ⁃ HYPHEN BULLET
        case 0x2219: return true  // ∙ BULLET OPERATOR
        case 0x00B7: return true  // · MIDDLE DOT
        case 0x25E6: return true  // ◦ WHITE BULLET
        case 0x25AA, 0x25AB: return true  // ▪ ▫ BLACK / WHITE SMALL SQUARE
        case 0x25A0, 0x25A1: return true  // ■ □ BLACK / WHITE SQUARE
        case 0x25CF, 0x25CB: return true  // ● ○ BLACK / WHITE CIRCLE
        case 0x25BA, 0x25B6: return true  // ► ▶ BLACK RIGHT-POINTING POINTER / TRIANGLE
        case 0x27A2: return true  // ➢ THREE-D TOP-LIGHTED RIGHTWARDS ARROWHEAD
        case 0x2713, 0x2714: return true  // ✓ ✔ CHECK MARK, HEAVY CHECK MARK
        default: return false
        }
    }

    /// Whether an ASCII token is an emoticon: `:`, `;` or `=`, an optional nose `-` or `'`, then a mouth
    /// or eyes run (`:)`, `:-(`, `;P`, `=D`, `:-/`, `:'(`), or a heart `<3`.
    static func isASCIIEmoticon(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Bool {
        guard end - start >= 2, end - start <= 5 else { return false }
        if end - start == 2, bytes[start] == UInt8(ascii: "<"), bytes[start + 1] == UInt8(ascii: "3") { return true }
        guard bytes[start] == UInt8(ascii: ":") || bytes[start] == UInt8(ascii: ";") || bytes[start] == UInt8(ascii: "=")
        else { return false }
        var index = start + 1
        if bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "'") { index += 1 }
        guard index < end else { return false }
        while index < end {
            switch bytes[index] {
            case UInt8(ascii: ")"), UInt8(ascii: "("), UInt8(ascii: "]"), UInt8(ascii: "["), UInt8(ascii: "D"),
                UInt8(ascii: "P"), UInt8(ascii: "p"), UInt8(ascii: "O"), UInt8(ascii: "o"), UInt8(ascii: "/"),
                UInt8(ascii: "|"), UInt8(ascii: "*"), UInt8(ascii: "3"), UInt8(ascii: "S"), UInt8(ascii: "\\"):
                index += 1
            default:
                return false
            }
        }
        return true
    }

    /// Whether a scalar is an emoji or pictograph (not a digit, `#` or `*`, which are emoji only as keycaps).
    static func isEmoji(_ value: UInt32) -> Bool {
        guard value >= 0x2190, let properties = Unicode.Scalar(value)?.properties else { return false }
        return properties.isEmojiPresentation || properties.isEmoji
    }

    /// Line breaks beyond `\n`, `\r`: how many line breaks the scalar counts for (0 if it is none).
    static func lineBreakWeight(_ value: UInt32) -> Int {
        switch value {
        case 0x0A, 0x0D: return 1  // \n \r (a \r\n pair is counted once by the scanner)
        case 0x0B: return 1  // VERTICAL TAB
        case 0x0C: return 2  // FORM FEED: a page break ends a paragraph
        case 0x85: return 1  // NEXT LINE (NEL)
        case 0x2028: return 1  // LINE SEPARATOR
        case 0x2029: return 2  // PARAGRAPH SEPARATOR: a paragraph break, like a blank line
        default: return 0
        }
    }
}

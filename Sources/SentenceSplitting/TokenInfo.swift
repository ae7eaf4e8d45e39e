/// What a token is, as far as sentence ends are concerned; worked out once per token from its bytes.
enum TokenKind: UInt8, Sendable {
    /// A word, number, abbreviation or anything else that starts with a letter or digit.
    case word
    /// A full stop alone: `.` (or a full-width or Urdu full stop).
    case fullStop
    /// Two or more dots, or `…` (possibly with more dots): `..`, `...`, `…`, `....`.
    case ellipsis
    /// A run of terminal marks containing `?` or `!` (`?`, `!!!`, `?!`, `‽`, `।`).
    case terminal
    /// An ideographic sentence end (`。`, `！`, `？`), which needs no space after it.
    case ideographicTerminal
    /// A bracket or quote that always closes: `)`, `]`, `}`, `”`, `’`, `»`, `」`.
    case closer
    /// A straight quote (`"`, `'`, `` ` ``): it closes when glued to the token before it, else it opens.
    case quote
    /// A bracket that opens: `(`, `[`, `{`, `¿`, `¡`, `「`.
    case opener
    /// A quotation mark that always opens: `“`, `‘`, `„`, `«`.
    case openingQuote
    /// `,`, `;` or `:` alone: marks that cannot start a sentence.
    case clauseMark
    /// A dash or hyphen alone: `-`, `--`, `–`, `—`.
    case dash
    /// A bullet glyph (`•`, `◦`, `▪`, `*`, `+`, …): a list marker when first on its line.
    case bullet
    /// A horizontal rule: three or more of one of `=`, `_`, `*`, `~`, `#`, `+`, or four or more `-` (`=====`,
    /// `***`). It is a
    /// sentence of its own.
    case separator
    /// An emoticon or emoji (`:)`, `:-(`, `;P`, `😀`): after a sentence end it stays in the sentence.
    case emoticon
    /// Anything else: symbols, currency signs, `@handles`.
    case other
}

/// The case of a token's first letter (its first scalar).
enum Initial: UInt8, Sendable {
    case upper, lower, digit, none
}

/// The whitespace between a token and the one before it.
enum Gap: UInt8, Comparable, Sendable {
    /// The tokens touch (`end.` → `end`, `.`).
    case none
    /// Spaces or tabs, no line break.
    case space
    /// Exactly one line break (`\n`, `\r\n`, `\r`, U+0085, U+2028).
    case lineBreak
    /// A blank line (two line breaks with only whitespace between), a form feed or U+2029; also the
    /// start of the text.
    case blankLine

    static func < (lhs: Gap, rhs: Gap) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One token and the facts the splitter's state machine reads about it.
struct TokenInfo: Sendable {
    /// UTF-8 offsets of the token (half-open).
    var start: UInt32
    var end: UInt32
    var kind: TokenKind
    /// The whitespace before the token.
    var gap: Gap
    var initial: Initial
    /// A word whose last byte is `.` (an abbreviation, initial or label the tokenizer kept whole).
    var endsWithPeriod: Bool
    /// A word that cannot end a sentence before a space by itself: no final `.`, no `@`, `/` or `:` inside
    /// (web addresses, dates, times), not `www.…`, not `AM`/`PM`. Most gaps lie between two such words, and
    /// the splitter decides them without further look.
    var plain: Bool
    /// How many tokens stand before this one on its line (saturating at `UInt16.max`).
    var linePosition: UInt16

    /// The token's length in bytes.
    var length: Int { Int(end &- start) }
}

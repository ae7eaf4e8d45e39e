extension TokenInfo {
    /// What classification finds out about a token.
    struct Facts {
        var kind: TokenKind
        var initial: Initial
        var endsWithPeriod = false
        var plain = false
    }

    /// Works out a token's kind, the case of its first letter, whether it is a word ending in `.`, and
    /// whether it is a plain word (see ``TokenInfo/plain``).
    ///
    /// ASCII bytes are compared against constants; only a token starting with a byte ≥ 0x80 decodes a
    /// scalar and consults the named sets of ``CharacterClasses`` or `Unicode.Scalar.Properties`.
    @inline(__always)
    static func classify(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Facts {
        guard start < end else { return Facts(kind: .other, initial: .none) }
        let first = bytes[start]
        let folded = first | 0x20
        let initial: Initial
        if folded >= UInt8(ascii: "a"), folded <= UInt8(ascii: "z") {  // the common case: an ASCII word
            initial = first == folded ? .lower : .upper
        } else if first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9") {  // a number
            initial = .digit
        } else if end - start == 1, first < 0x80 {
            return singleByteFacts[Int(first)]  // punctuation alone: `,` `.` `(`
        } else {
            return classifyOther(bytes, start: start, end: end)
        }
        let endsWithPeriod = end - start > 1 && bytes[end - 1] == UInt8(ascii: ".")
        return Facts(kind: .word, initial: initial, endsWithPeriod: endsWithPeriod,
                     plain: !endsWithPeriod && isPlainWord(bytes, start: start, end: end))
    }

    /// What ``classifyOther(_:start:end:)`` finds for each one-byte ASCII token, worked out once.
    private static let singleByteFacts: [Facts] = (0..<0x80).map { (byte: UInt8) in
        [byte].withUnsafeBufferPointer { classifyOther($0, start: 0, end: 1) }
    }

    /// ``classify(_:start:end:)`` for a token that does not start with an ASCII letter or digit.
    private static func classifyOther(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Facts {
        if end - start >= 3, isSeparator(bytes, start: start, end: end) { return Facts(kind: .separator, initial: .none) }
        let (kind, initial) = kindAndInitial(bytes, start: start, end: end)
        guard kind == .word else { return Facts(kind: kind, initial: initial) }
        let endsWithPeriod = end - start > 1 && bytes[end - 1] == UInt8(ascii: ".")
        return Facts(kind: kind, initial: initial, endsWithPeriod: endsWithPeriod,
                     plain: !endsWithPeriod && isPlainWord(bytes, start: start, end: end))
    }

    /// Whether a word holds none of `@`, `/`, `:` (web addresses, dates, times) after its first byte, does
    /// not start with `www.`, and is not `AM`/`PM` (which end date-time stamps).
    ///
    /// A word of up to sixteen bytes (almost every word) is tested in one or two eight-byte loads, without a
    /// branch per byte or per test (SWAR: SIMD within a register): a word's length and letters would make
    /// such branches unpredictable. A word of up to eight bytes whose bytes after the first are all at or
    /// above `A` (most words: letters) holds no mark and no `www.` (whose `.` lies below `A`), so only the
    /// `AM`/`PM` test is left. A longer word, or one at the text's very end, is tested byte by byte.
    @inline(__always)
    private static func isPlainWord(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Bool {
        let length = end - start
        if length <= 8, start + 8 <= bytes.count {
            let word = load(bytes, start) | padding(afterBytes: length)  // bytes past the word become 0xFF
            let rest = word | 0xFF  // the first byte may be anything
            if bytesBelowA(rest) == 0 { return !isMeridiem(word) }
            return !isMeridiem(word) && !isWWW(word) && webMarks(rest) == 0
        }
        guard length <= 16, start + 16 <= bytes.count else { return isPlainWordByteByByte(bytes, start: start, end: end) }
        let low = load(bytes, start)  // all eight bytes belong to the word
        let high = load(bytes, start + 8) | padding(afterBytes: length - 8)
        return !isWWW(low) && webMarks(low | 0xFF) | webMarks(high) == 0
    }

    /// Whether eight padded bytes (see ``padding(afterBytes:)``) hold a two-byte word ending in `m` or `M`.
    @inline(__always)
    private static func isMeridiem(_ word: UInt64) -> Bool {
        (word >> 8) & 0xFFFF | 0x20 == 0xFF6D  // `m` or `M`, then padding
    }

    /// Whether eight bytes start with `w` and hold `.` fourth (`www.`).
    @inline(__always)
    private static func isWWW(_ word: UInt64) -> Bool {
        word & 0xFF00_00FF == 0x2E00_0077
    }

    /// Non-zero when one of the eight bytes of `word` is below `A` (0x41): a digit, punctuation or a mark.
    /// (`(x - 0x41…) & ~x & 0x80…` finds a byte below 0x41 exactly as to whether there is one.)
    @inline(__always)
    private static func bytesBelowA(_ word: UInt64) -> UInt64 {
        (word &- spread(UInt8(ascii: "A"))) & ~word & 0x8080_8080_8080_8080
    }

    /// Eight bytes from `index`, the first in the lowest byte.
    @inline(__always)
    private static func load(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawBufferPointer(bytes).loadUnaligned(fromByteOffset: index, as: UInt64.self))
    }

    /// 0xFF in every byte after the first `count` (0...8) bytes of a word, 0 in those: 0xFF never occurs in
    /// UTF-8, so it matches no byte a test looks for.
    @inline(__always)
    private static func padding(afterBytes count: Int) -> UInt64 {
        let shift = UInt64(truncatingIfNeeded: 4 &* count)  // count is 0...8: no check needed
        return (~0 &<< shift) &<< shift  // two shifts of at most 32: a count of 8 leaves 0
    }

    /// Non-zero when one of the eight bytes of `word` is `@`, `/` or `:`.
    @inline(__always)
    private static func webMarks(_ word: UInt64) -> UInt64 {
        zeroBytes(word ^ spread(UInt8(ascii: "@"))) | zeroBytes(word ^ spread(UInt8(ascii: "/")))
            | zeroBytes(word ^ spread(UInt8(ascii: ":")))
    }

    /// ``isPlainWord(_:start:end:)`` one byte at a time.
    private static func isPlainWordByteByByte(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Bool {
        if end - start == 2, bytes[start + 1] | 0x20 == UInt8(ascii: "m") { return false }
        if end - start >= 4, bytes[start] == UInt8(ascii: "w"), bytes[start + 3] == UInt8(ascii: ".") { return false }
        var index = start + 1
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "@") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ":") { return false }
            index += 1
        }
        return true
    }

    /// `byte` in each of eight bytes.
    @inline(__always)
    private static func spread(_ byte: UInt8) -> UInt64 { 0x0101_0101_0101_0101 &* UInt64(byte) }

    /// Non-zero when one of the eight bytes of `x` is zero (the classic `(x - 0x01…) & ~x & 0x80…` test,
    /// exact as to whether there is one): a byte equal to `b` in `word` is a zero byte of `word ^ spread(b)`.
    @inline(__always)
    private static func zeroBytes(_ x: UInt64) -> UInt64 {
        (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
    }

    private static func kindAndInitial(
        _ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int
    ) -> (TokenKind, Initial) {
        let first = bytes[start]
        let single = end - start == 1
        switch first {
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return (.word, .lower)
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return (.word, .upper)
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return (.word, .digit)
        case UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!"):
            return (punctuationRun(bytes, start: start, end: end), .none)
        case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "="), UInt8(ascii: "<"):
            if single { return (first == UInt8(ascii: "=") || first == UInt8(ascii: "<") ? .other : .clauseMark, .none) }
            return (CharacterClasses.isASCIIEmoticon(bytes, start: start, end: end) ? .emoticon : .other, .none)
        case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"): return (single ? .closer : .other, .none)
        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): return (single ? .opener : .other, .none)
        case UInt8(ascii: "*"), UInt8(ascii: "+"): return (single ? .bullet : .other, .none)
        case UInt8(ascii: "\""), UInt8(ascii: "`"), UInt8(ascii: "'"):
            if all(bytes, start, end, { $0 == 0x22 || $0 == 0x27 || $0 == 0x60 }) { return (.quote, .none) }
            return (.word, initial(bytes, at: start + 1))  // a clitic or elision: 's, 'm, '90s
        case UInt8(ascii: "-"):
            if all(bytes, start, end, { $0 == 0x2D }) { return (.dash, .none) }
            let next = initial(bytes, at: start + 1)
            return next == .digit ? (.word, .digit) : (.other, .none)  // -5 is a number
        case 0x80...:
            return nonASCIIKindAndInitial(bytes, start: start, end: end)
        default:
            return (.other, .none)
        }
    }

    private static func nonASCIIKindAndInitial(
        _ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int
    ) -> (TokenKind, Initial) {
        let (value, length) = UTF8Scalars.decode(bytes, at: start)
        let single = length == end - start
        if value == CharacterClasses.ellipsis || CharacterClasses.isFullStop(value)
            || CharacterClasses.isTerminalMark(value) || CharacterClasses.isIdeographicTerminal(value)
        {
            return (punctuationRun(bytes, start: start, end: end), .none)
        }
        if CharacterClasses.isCloser(value) {
            if single { return (.closer, .none) }
            return value == 0x2019 ? (.word, initial(bytes, at: start + length)) : (.other, .none)  // ’s
        }
        if CharacterClasses.isOpeningQuote(value) { return (single ? .openingQuote : .other, .none) }
        if CharacterClasses.isOpener(value) { return (single ? .opener : .other, .none) }
        if CharacterClasses.isDash(value) { return (single ? .dash : .other, .none) }
        if CharacterClasses.isBullet(value) { return (single ? .bullet : .other, .none) }
        if CharacterClasses.isEmoji(value) { return (.emoticon, .none) }
        let scalarInitial = initial(of: value)
        return scalarInitial == .none && !(Unicode.Scalar(value)?.properties.isAlphabetic ?? false)
            ? (.other, .none) : (.word, scalarInitial)
    }

    /// Whether the token is a horizontal rule: at least three of one rule character (four hyphens, since
    /// `---` also serves as a dash in running text).
    private static func isSeparator(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Bool {
        guard end - start >= 3 else { return false }
        switch bytes[start] {
        case UInt8(ascii: "="), UInt8(ascii: "_"), UInt8(ascii: "*"), UInt8(ascii: "-"), UInt8(ascii: "~"),
            UInt8(ascii: "#"), UInt8(ascii: "+"):
            let rule = bytes[start]
            if rule == UInt8(ascii: "-"), end - start < 4 { return false }
            return all(bytes, start, end) { $0 == rule }
        default:
            return false
        }
    }

    /// Classifies a token made of sentence-end marks; a token mixing them with anything else is `.other`.
    private static func punctuationRun(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> TokenKind {
        var dots = 0
        var ellipses = 0
        var marks = 0
        var ideographic = 0
        var index = start
        while index < end {
            let (value, length) = UTF8Scalars.decode(bytes, at: index)
            index += length
            if CharacterClasses.isFullStop(value) {
                dots += 1
            } else if value == CharacterClasses.ellipsis {
                ellipses += 1
            } else if CharacterClasses.isTerminalMark(value) {
                marks += 1
            } else if CharacterClasses.isIdeographicTerminal(value) {
                ideographic += 1
            } else {
                return .other
            }
        }
        if ideographic > 0 { return .ideographicTerminal }
        if marks > 0 { return .terminal }
        if ellipses > 0 || dots > 1 { return .ellipsis }
        return .fullStop
    }

    /// The case of the scalar starting at `index` (`.none` past the end).
    private static func initial(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Initial {
        guard index < bytes.count else { return .none }
        return initial(of: UTF8Scalars.decode(bytes, at: index).value)
    }

    /// The case of a scalar: upper (or title) case, lower case, a digit, or none of these.
    static func initial(of value: UInt32) -> Initial {
        switch value {
        case 0x61...0x7A: return .lower
        case 0x41...0x5A: return .upper
        case 0x30...0x39: return .digit
        case 0..<0x80: return .none
        default:
            guard let properties = Unicode.Scalar(value)?.properties else { return .none }
            if properties.isUppercase || properties.generalCategory == .titlecaseLetter { return .upper }
            if properties.isLowercase { return .lower }
            return properties.numericType != nil ? .digit : .none
        }
    }

    private static func all(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ test: (UInt8) -> Bool
    ) -> Bool {
        var index = start
        while index < end {
            if !test(bytes[index]) { return false }
            index += 1
        }
        return true
    }
}

import CorpusModel

/// The orthographic shape of a token, computed from its UTF-8 bytes (ASCII compared directly, other
/// scalars decoded and looked up in `Unicode.Scalar.Properties`).
struct TokenShape: OptionSet, Sendable, Hashable {
    let rawValue: UInt16

    init(rawValue: UInt16) { self.rawValue = rawValue }

    /// The first character is an upper-case (or title-case) letter.
    static let upperInitial = TokenShape(rawValue: 1 << 0)
    /// The first character is a lower-case letter.
    static let lowerInitial = TokenShape(rawValue: 1 << 1)
    /// The first character is a digit.
    static let digitInitial = TokenShape(rawValue: 1 << 2)
    /// Some letter is lower-case.
    static let hasLower = TokenShape(rawValue: 1 << 3)
    /// Some letter is upper-case.
    static let hasUpper = TokenShape(rawValue: 1 << 4)
    /// Some character is a digit.
    static let hasDigit = TokenShape(rawValue: 1 << 5)
    /// No letters and no digits (punctuation, symbols).
    static let punctuation = TokenShape(rawValue: 1 << 6)
    /// Two or more letters, all upper-case (`NATO`, `U.S.`, `WASHINGTON`).
    static let allCaps = TokenShape(rawValue: 1 << 7)
    /// One upper-case letter, alone or with a period (`J.`, `W`).
    static let initial = TokenShape(rawValue: 1 << 8)
    /// A hyphen stands between two letters or digits (`Japan-U.S.`, `Trump-Kim`, `ship-to-ship`).
    static let innerHyphen = TokenShape(rawValue: 1 << 9)

    /// Computes the shape of `bytes[span]`.
    init(of span: Span, in bytes: UnsafeBufferPointer<UInt8>) {
        // Fast paths for the most common tokens of running text: a lower-case ASCII word, a capitalised one,
        // a number of ASCII digits, one ASCII punctuation mark. Each gives what the general loop below gives.
        if span.length > 0 {
            let first = bytes[span.start]
            if first &- 0x61 < 26 {
                if Self.allIn(0x61, 26, bytes, from: span.start + 1, to: span.end) {
                    self = [.lowerInitial, .hasLower]
                    return
                }
            } else if first &- 0x41 < 26 {
                if span.length >= 2 && Self.allIn(0x61, 26, bytes, from: span.start + 1, to: span.end) {
                    self = [.upperInitial, .hasUpper, .hasLower]
                    return
                }
            } else if first &- 0x30 < 10 {
                if Self.allIn(0x30, 10, bytes, from: span.start + 1, to: span.end) {
                    self = [.digitInitial, .hasDigit]
                    return
                }
            } else if span.length == 1 && first < 0x80 {
                self = .punctuation
                return
            }
        }
        var shape: TokenShape = []
        var letters = 0
        var position = span.start
        var isFirst = true
        var previousWasAlphanumeric = false
        var pendingHyphen = false
        while position < span.end {
            let byte = bytes[position]
            var kind: CharacterKind
            if byte < 0x80 {
                kind = CharacterKind(ascii: byte)
                position += 1
            } else {
                let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: position, end: span.end)
                kind = CharacterKind(scalar: scalar)
                position += length
            }
            switch kind {
            case .upper: shape.insert(.hasUpper); letters += 1
            case .lower: shape.insert(.hasLower); letters += 1
            case .otherLetter: letters += 1
            case .digit: shape.insert(.hasDigit)
            case .hyphen, .other: break
            }
            if isFirst {
                switch kind {
                case .upper: shape.insert(.upperInitial)
                case .lower: shape.insert(.lowerInitial)
                case .digit: shape.insert(.digitInitial)
                default: break
                }
                isFirst = false
            }
            let isAlphanumeric = kind.isAlphanumeric
            if pendingHyphen && isAlphanumeric { shape.insert(.innerHyphen) }
            pendingHyphen = kind == .hyphen && previousWasAlphanumeric
            previousWasAlphanumeric = isAlphanumeric
        }
        if letters == 0 && !shape.contains(.hasDigit) { shape.insert(.punctuation) }
        if letters >= 2 && shape.contains(.hasUpper) && !shape.contains(.hasLower) { shape.insert(.allCaps) }
        if letters == 1 && shape.contains(.upperInitial) && !shape.contains(.hasDigit) && span.length <= 2 {
            if span.length == 1 || bytes[span.start + 1] == 0x2E { shape.insert(.initial) }
        }
        self = shape
    }

    /// The shape of a token of 1–8 ASCII bytes held in `word` (``WordHash/word(_:_:_:)``) when it is of the
    /// commonest kinds (a lower-case word, a capitalised word, a number of digits, one punctuation mark),
    /// tested eight bytes at once; `nil` for any other token. Equal to ``init(of:in:)`` where not `nil`.
    @inline(__always)
    init?(word: UInt64, length: Int) {
        let high: UInt64 = 0x8080_8080_8080_8080
        guard length > 0, word & high == 0 else { return nil }
        let used = UInt64.max &>> UInt64(truncatingIfNeeded: 64 &- 8 &* length) & high
        let lower = Self.bytes(of: word, from: 0x61, count: 26) & used
        if lower == used {
            self = [.lowerInitial, .hasLower]
        } else if length >= 2 && lower == used & ~0x80 && Self.bytes(of: word, from: 0x41, count: 26) & 0x80 != 0 {
            self = [.upperInitial, .hasUpper, .hasLower]
        } else if Self.bytes(of: word, from: 0x30, count: 10) & used == used {
            self = [.digitInitial, .hasDigit]
        } else if length == 1 && Self.bytes(of: word, from: 0x41, count: 26) & 0x80 == 0 {
            self = .punctuation  // one ASCII byte, no letter and (from above) no digit
        } else {
            return nil
        }
    }

    /// The high bit of each byte of `word` (all below 0x80) that lies in `from ..< from + count`.
    @inline(__always)
    private static func bytes(of word: UInt64, from: UInt8, count: UInt8) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let atLeast = word &+ ones &* UInt64(0x80 - from)
        let past = word &+ ones &* UInt64(0x80 - from - count)
        return atLeast & ~past & 0x8080_8080_8080_8080
    }

    /// Whether every byte of `bytes[from..<to]` lies in `lowest ..< lowest + count`.
    @inline(__always)
    private static func allIn(_ lowest: UInt8, _ count: UInt8, _ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
        var position = from
        while position < to {
            if bytes[position] &- lowest >= count { return false }
            position += 1
        }
        return true
    }

    /// Starts with a capital: a candidate word of a name (`Japan`, `NATO`, `J.`, `McDonald`).
    var isNameLike: Bool { contains(.upperInitial) }
    /// Capitalised with lower-case letters (`Japan`, `McDonald`, `Kono`).
    var isCapitalised: Bool { contains(.upperInitial) && contains(.hasLower) }
}

/// The class of one character, as far as token shapes need it.
enum CharacterKind: Equatable {
    case upper, lower, otherLetter, digit, hyphen, other

    /// Classifies an ASCII byte.
    @inline(__always)
    init(ascii byte: UInt8) {
        switch byte {
        case 0x41...0x5A: self = .upper
        case 0x61...0x7A: self = .lower
        case 0x30...0x39: self = .digit
        case 0x2D: self = .hyphen
        default: self = .other
        }
    }

    /// Classifies a non-ASCII scalar by its Unicode properties (title-case counts as upper-case).
    init(scalar: Unicode.Scalar) {
        let properties = scalar.properties
        if properties.isUppercase || properties.generalCategory == .titlecaseLetter {
            self = .upper
        } else if properties.isLowercase {
            self = .lower
        } else if properties.isAlphabetic {
            self = .otherLetter
        } else if properties.numericType == .decimal {
            self = .digit
        } else if properties.generalCategory == .dashPunctuation {
            self = .hyphen
        } else {
            self = .other
        }
    }

    var isAlphanumeric: Bool { self == .upper || self == .lower || self == .otherLetter || self == .digit }
}

/// Decoding one scalar from valid UTF-8 bytes.
enum UTF8Decoding {
    /// The scalar starting at `position` and its length in bytes (a replacement character for a
    /// sequence cut by `end`, which a valid document never has at a token boundary).
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at position: Int, end: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[position]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard position + length <= end else { return ("\u{FFFD}", end - position) }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[position + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}

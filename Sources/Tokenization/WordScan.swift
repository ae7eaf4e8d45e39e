/// Classifying eight ASCII bytes at once (SWAR: SIMD within a register), for the scanner's hot loop.
///
/// For a word whose bytes are all below 0x80, `byte ≥ n` is the high bit of `byte + (0x80 - n)`
/// (no carry crosses into the next byte), so each character range costs a few integer operations
/// for all eight bytes; the first byte that is not a word character is found with one
/// trailing-zero count instead of a branch per byte.
enum WordScan {
    /// 0x01 in every byte.
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    /// 0x80 in every byte.
    static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The high bit of each byte `≥ n` (bytes must be ASCII).
    @inline(__always) private static func atLeast(_ word: UInt64, _ n: UInt8) -> UInt64 {
        (word &+ ones &* UInt64(0x80 - n)) & highBits
    }

    /// The high bit of each byte in `low...high` (bytes must be ASCII).
    @inline(__always) private static func between(_ word: UInt64, _ low: UInt8, _ high: UInt8) -> UInt64 {
        atLeast(word, low) & ~atLeast(word, high + 1)
    }

    /// The word characters of eight ASCII bytes (little-endian: byte 0 is the lowest).
    struct Classes {
        /// High bits of the digits.
        var digits: UInt64
        /// High bits of the letters.
        var letters: UInt64
        /// High bits of the bytes that are not letters, digits or `_`.
        var nonWord: UInt64
    }

    /// 0x20 in every byte: OR-ing it folds ASCII capitals to lower case (and moves no other byte into `a...z`).
    private static let caseBits: UInt64 = 0x2020_2020_2020_2020

    /// Classifies eight bytes, all below 0x80.
    @inline(__always) static func classify(_ word: UInt64) -> Classes {
        let digits = between(word, 0x30, 0x39)
        let letters = between(word | caseBits, 0x61, 0x7A)
        let underscore = between(word, 0x5F, 0x5F)
        return Classes(digits: digits, letters: letters, nonWord: ~(digits | letters | underscore) & highBits)
    }

    /// Loads eight bytes at `index` of the text starting at `base` (`index` must leave eight bytes in the
    /// text), lowest byte first.
    @inline(__always) static func load(_ base: UnsafeRawPointer, _ index: Int) -> UInt64 {
        UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
    }
}

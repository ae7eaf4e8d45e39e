/// A number remembered per spelling of short tokens, for one document: the same few hundred words (`the`,
/// `of`, `,`, `said`) make most of a text, and a remembered word skips a lookup (the trie node a token's
/// bytes reach, the group of words spelled alike a token belongs to).
///
/// Direct-mapped: a token of up to eight bytes is its own key (its bytes as one word, and its length), so
/// a hit is exact; a new spelling replaces the old one in its slot.
struct SpellingCache {
    /// The longest token remembered, in bytes.
    static let longest = 8
    private static let slotBits = 13

    private var words = [UInt64](repeating: 0, count: 1 << slotBits)
    /// Per slot: the token's length (0: empty) in the high half, the number (as a bit pattern) in the low half.
    private var entries = [UInt64](repeating: 0, count: 1 << slotBits)

    /// The number remembered for a token of `length` bytes spelled `word` (``WordHash/word(_:_:_:)``), if any.
    @inline(__always)
    func value(of word: UInt64, length: Int) -> Int32? {
        let slot = Self.slot(word, length)
        let entry = entries[slot]
        guard words[slot] == word, Int(entry >> 32) == length else { return nil }
        return Int32(bitPattern: UInt32(truncatingIfNeeded: entry))
    }

    /// Remembers `value` for a token of `length` bytes spelled `word`.
    @inline(__always)
    mutating func remember(_ value: Int32, of word: UInt64, length: Int) {
        let slot = Self.slot(word, length)
        words[slot] = word
        entries[slot] = UInt64(length) << 32 | UInt64(UInt32(bitPattern: value))
    }

    @inline(__always)
    private static func slot(_ word: UInt64, _ length: Int) -> Int {
        Int(truncatingIfNeeded: ((word ^ UInt64(length)) &* 0x9e37_79b9_7f4a_7c15) >> UInt64(64 - slotBits))
    }
}

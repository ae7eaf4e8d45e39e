/// A number remembered per spelling of short tokens, for one document: the same few hundred words (`the`,
/// `of`, `,`, `said`) make most of a text, and a remembered word skips a lookup (the trie node a token's
/// bytes reach).
///
/// Direct-mapped: a token of up to eight bytes is its own key (its bytes as one word, and its length), so
/// a hit is exact; a new spelling replaces the old one in its slot. Sixteen bytes a slot, one cache line
/// read per lookup, small enough to stay in the processor's caches.
struct SpellingCache {
    /// The longest token remembered, in bytes.
    static let longest = 8
    private static let mostSlotBits = 12

    private struct Slot {
        var word: UInt64 = 0
        /// The token's length (0: an empty slot) in the high half, the number (as a bit pattern) in the low half.
        var entry: UInt64 = 0
    }

    private var slots: [Slot]
    private let slotShift: UInt64

    /// An empty cache for a document of about `tokens` tokens: up to 4,096 slots, fewer for a short
    /// document, which would not fill them.
    init(tokens: Int) {
        let bits = Self.slotBits(tokens: tokens)
        slots = Array(repeating: Slot(), count: 1 << bits)
        slotShift = UInt64(64 - bits)
    }

    /// The number of bits of a slot number for a document of about `tokens` tokens: up to `most` bits
    /// (4,096 slots by default), fewer for a short document, which would not fill them.
    static func slotBits(tokens: Int, most: Int = mostSlotBits) -> Int {
        var bits = 4
        while bits < most && 1 << bits < tokens { bits += 1 }
        return bits
    }

    /// The slot of a token of `length` bytes spelled `word` in a table of `64 - shift` bits of slots.
    @inline(__always)
    static func slot(_ word: UInt64, _ length: Int, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: ((word ^ UInt64(length)) &* 0x9e37_79b9_7f4a_7c15) &>> shift)
    }

    /// The number remembered for a token of `length` bytes spelled `word` (``WordHash/word(_:_:_:)``), if any.
    @inline(__always)
    func value(of word: UInt64, length: Int) -> Int32? {
        let slot = slots.withUnsafeBufferPointer { $0[self.slot(word, length)] }  // the slot number is in range
        guard slot.word == word, Int(slot.entry >> 32) == length else { return nil }
        return Int32(bitPattern: UInt32(truncatingIfNeeded: slot.entry))
    }

    /// Remembers `value` for a token of `length` bytes spelled `word`.
    @inline(__always)
    mutating func remember(_ value: Int32, of word: UInt64, length: Int) {
        slots[self.slot(word, length)] = Slot(word: word, entry: UInt64(length) << 32 | UInt64(UInt32(bitPattern: value)))
    }

    @inline(__always)
    private func slot(_ word: UInt64, _ length: Int) -> Int { Self.slot(word, length, shift: slotShift) }
}

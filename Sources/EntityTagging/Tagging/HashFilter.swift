/// A blocked Bloom filter over 64-bit hashes: two bits of one 64-bit word per hash, about eight bits per
/// hash. A clear bit proves a hash absent, so most dictionary lookups of strings that are not there are
/// skipped with one read of a table small enough for the processor's caches.
struct HashFilter {
    private var words: [UInt64]
    private let mask: UInt64

    /// Creates an empty filter sized for about `capacity` hashes.
    init(capacity: Int) {
        var count = 16
        while count * 8 < capacity && count < 1 << 26 { count <<= 1 }
        words = Array(repeating: 0, count: count)
        mask = UInt64(count - 1)
    }

    mutating func insert(_ hash: UInt64) {
        let (word, bits) = place(hash)
        words[word] |= bits
    }

    @inline(__always)
    func mayContain(_ hash: UInt64) -> Bool {
        let (word, bits) = place(hash)
        return words.withUnsafeBufferPointer { $0[word] } & bits == bits  // `word` is masked to the table
    }

    /// The word (from the hash's high bits; dictionaries use its low bits) and the two bits in it.
    @inline(__always)
    private func place(_ hash: UInt64) -> (Int, UInt64) {
        let word = Int(truncatingIfNeeded: (hash >> 40) & mask)
        return (word, 1 << (hash & 63) | 1 << ((hash >> 6) & 63))
    }
}

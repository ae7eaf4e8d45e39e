/// 64-bit FNV-1a hashes of token sequences, as keys for the strings of a document.
///
/// A sequence hashes its tokens' bytes with one space wherever the text has whitespace between two
/// tokens, so it equals the hash of the phrase as a gazetteer writes it. The folded form lowers nothing and
/// raises ASCII letters, so a string and its capitals (`Washington`, `WASHINGTON`) hash alike. Documents
/// hold a few hundred strings: a 64-bit collision is not a practical concern.
enum PhraseHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Adds a byte.
    @inline(__always)
    static func add(_ byte: UInt8, to hash: inout UInt64) {
        hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    /// Adds token `index`, after a space if it is not the sequence's first token and whitespace precedes it.
    @inline(__always)
    static func add(token index: Int, first: Int, in table: TokenTable, folded: Bool, to hash: inout UInt64) {
        let token = table.tokens[index]
        if index > first && table.tokens[index - 1].end != token.start { add(0x20, to: &hash) }
        for offset in token.start..<token.end {
            let byte = table.bytes[offset]
            add(folded && (0x61...0x7A).contains(byte) ? byte & 0xDF : byte, to: &hash)
        }
    }

    /// The hash of tokens `range`.
    static func of(_ range: Range<Int>, in table: TokenTable, folded: Bool = false) -> UInt64 {
        var hash = seed
        for index in range { add(token: index, first: range.lowerBound, in: table, folded: folded, to: &hash) }
        return hash
    }

    /// The hash of bytes (part of a token).
    static func of(bytes: some Sequence<UInt8>) -> UInt64 {
        var hash = seed
        for byte in bytes { add(byte, to: &hash) }
        return hash
    }
}

/// A Bloom filter over phrase hashes (two probes, about eight bits per hash): a clear bit proves a hash
/// absent, so most dictionary lookups of strings a document does not know are skipped, and the filter stays
/// small enough for the processor's caches while the dictionary does not.
struct HashFilter {
    private var bits: [UInt64]
    private let mask: UInt64

    /// Creates an empty filter sized for about `capacity` hashes.
    init(capacity: Int) {
        var size = 1 << 10
        while size < capacity * 8 && size < 1 << 30 { size <<= 1 }
        bits = Array(repeating: 0, count: size >> 6)
        mask = UInt64(size - 1)
    }

    mutating func insert(_ hash: UInt64) {
        let (first, second) = probes(hash)
        bits[first >> 6] |= 1 << UInt64(first & 63)
        bits[second >> 6] |= 1 << UInt64(second & 63)
    }

    @inline(__always)
    func mayContain(_ hash: UInt64) -> Bool {
        let (first, second) = probes(hash)
        return bits[first >> 6] & (1 << UInt64(first & 63)) != 0 && bits[second >> 6] & (1 << UInt64(second & 63)) != 0
    }

    /// Two bit positions from the hash's high and middle bits (its low bits place it in dictionaries).
    @inline(__always)
    private func probes(_ hash: UInt64) -> (Int, Int) {
        (Int(truncatingIfNeeded: (hash >> 34) & mask), Int(truncatingIfNeeded: (hash >> 13 ^ hash >> 47) & mask))
    }
}

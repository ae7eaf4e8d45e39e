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
    static func add(token index: Int, first: Int, in view: TokenView, folded: Bool, to hash: inout UInt64) {
        let token = view.tokens[index]
        if index > first && view.tokens[index - 1].end != token.start { add(0x20, to: &hash) }
        for offset in token.start..<token.end {
            let byte = view.bytes[offset]
            add(folded && (0x61...0x7A).contains(byte) ? byte & 0xDF : byte, to: &hash)
        }
    }

    /// The hash of tokens `range`.
    static func of(_ range: Range<Int>, in view: TokenView, folded: Bool = false) -> UInt64 {
        var hash = seed
        for index in range { add(token: index, first: range.lowerBound, in: view, folded: folded, to: &hash) }
        return hash
    }

    /// The hash of bytes (part of a token).
    static func of(bytes: some Sequence<UInt8>) -> UInt64 {
        var hash = seed
        for byte in bytes { add(byte, to: &hash) }
        return hash
    }
}

/// A 1024-bit Bloom filter over phrase hashes (one probe): a clear bit proves a hash absent, so most
/// dictionary lookups of strings a document does not know are skipped.
struct HashFilter {
    private var bits = [UInt64](repeating: 0, count: 16)

    mutating func insert(_ hash: UInt64) {
        let bit = Int(truncatingIfNeeded: hash >> 54)  // the top 10 bits
        bits[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    @inline(__always)
    func mayContain(_ hash: UInt64) -> Bool {
        let bit = Int(truncatingIfNeeded: hash >> 54)
        return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }
}

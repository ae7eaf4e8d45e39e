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

    /// The bytes token `index` adds to the hash of a string starting at token `first`: its own, and a space
    /// before it where whitespace separates it from the previous token.
    @inline(__always)
    static func length(token index: Int, first: Int, in table: TokenTable) -> Int {
        let token = table.tokens[index]
        return token.length + (index > first && table.tokens[index - 1].end != token.start ? 1 : 0)
    }

    /// The folded hash of tokens `range` and its length in bytes as hashed (single spaces between tokens);
    /// appends the hash of each of its prefixes that whitespace follows (its first word, its first two
    /// words …), as is and folded, to `wordPrefixes`.
    static func folded(_ range: Range<Int>, in table: TokenTable, wordPrefixes: inout [UInt64]) -> (hash: UInt64, bytes: Int) {
        var exact = seed
        var folded = seed
        var bytes = 0
        for index in range {
            add(token: index, first: range.lowerBound, in: table, folded: false, to: &exact)
            add(token: index, first: range.lowerBound, in: table, folded: true, to: &folded)
            bytes += length(token: index, first: range.lowerBound, in: table)
            if index + 1 < range.upperBound && table.tokens[index].end != table.tokens[index + 1].start {
                wordPrefixes.append(exact)
                wordPrefixes.append(folded)
            }
        }
        return (folded, bytes)
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

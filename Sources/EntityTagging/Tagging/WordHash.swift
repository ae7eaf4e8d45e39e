/// A fast 64-bit hash of one token's bytes, read eight bytes at a time, as is or with ASCII capitals
/// lowered (`Bank`, `BANK` and `bank` hash alike folded): a filter key, or a key for the words of one
/// document, where a 64-bit collision is not a practical concern.
enum WordHash {
    /// The hash of `bytes[start..<end]`.
    /// - Parameter folded: Whether ASCII capitals count as lower-case letters.
    @inline(__always)
    static func of(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, folded: Bool) -> UInt64 {
        let length = end - start
        if length <= 8 {
            let word = Self.word(bytes, start, length)
            return of(word: folded ? foldASCII(word) : word, length: length)
        }
        var hash = 0x9e37_79b9_7f4a_7c15 ^ UInt64(length)
        var position = start
        while position < end {
            var word = Self.word(bytes, position, min(8, end - position))
            if folded { word = foldASCII(word) }
            hash = (hash ^ word) &* 0xbf58_476d_1ce4_e5b9
            hash ^= hash >> 31
            position += 8
        }
        return finished(hash)
    }

    /// The hash of a token of `length` (at most 8) bytes whose bytes are `word` (``word(_:_:_:)``).
    @inline(__always)
    static func of(word: UInt64, length: Int) -> UInt64 {
        finished((0x9e37_79b9_7f4a_7c15 ^ UInt64(length) ^ word) &* 0xbf58_476d_1ce4_e5b9)
    }

    @inline(__always)
    private static func finished(_ hash: UInt64) -> UInt64 {
        let mixed = (hash ^ hash >> 31) &* 0x94d0_49bb_1331_11eb
        return mixed ^ mixed >> 29
    }

    /// The `count` (0–8) bytes at `position` as a little-endian word, the rest zero.
    @inline(__always)
    static func word(_ bytes: UnsafeBufferPointer<UInt8>, _ position: Int, _ count: Int) -> UInt64 {
        guard count > 0 else { return 0 }
        if position &+ 8 <= bytes.count, let base = bytes.baseAddress {
            return word(at: UnsafeRawPointer(base + position), count)
        }
        var word: UInt64 = 0
        for offset in 0..<count { word |= UInt64(bytes[position + offset]) << UInt64(offset * 8) }
        return word
    }

    /// The `count` (1–8) bytes at `bytes` as a little-endian word, the rest zero, for a caller that knows
    /// eight bytes are readable there.
    @inline(__always)
    static func word(at bytes: UnsafeRawPointer, _ count: Int) -> UInt64 {
        UInt64(littleEndian: bytes.loadUnaligned(as: UInt64.self)) & (UInt64.max &>> UInt64(truncatingIfNeeded: 64 &- 8 &* count))
    }

    /// Whether `bytes[first..<first + count]` and `bytes[second..<second + count]` (both inside `bytes`,
    /// `count` at least 8) are equal, compared eight bytes at once.
    @inline(__always)
    static func sameBytes(_ bytes: UnsafeBufferPointer<UInt8>, _ first: Int, _ second: Int, count: Int) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let left = UnsafeRawPointer(base + first)
        let right = UnsafeRawPointer(base + second)
        var offset = 0
        while offset &+ 8 < count {
            if left.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                != right.loadUnaligned(fromByteOffset: offset, as: UInt64.self) { return false }
            offset &+= 8
        }
        // The last eight bytes, which may overlap those compared already.
        return left.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)
            == right.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)
    }

    /// Lowers the ASCII capitals among a word's eight bytes (other bytes are left alone).
    @inline(__always)
    static func foldASCII(_ word: UInt64) -> UInt64 {
        let high: UInt64 = 0x8080_8080_8080_8080
        let low7 = word & ~high
        let atLeastA = (low7 &+ 0x3f3f_3f3f_3f3f_3f3f) & high  // byte ≥ 0x41
        let pastZ = (low7 &+ 0x2525_2525_2525_2525) & high  // byte ≥ 0x5B
        let capitals = atLeastA & ~pastZ & ~word  // ASCII bytes in A…Z
        return word | capitals >> 2
    }
}

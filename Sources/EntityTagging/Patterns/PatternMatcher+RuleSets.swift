extension PatternMatcher {
    /// Sets of rules remembered per key (a kind of start token, a kind of sentence), for one document:
    /// bit sets over ``PatternMatcher/startOrder``, ``PatternMatcher/ruleSetWords`` words each.
    ///
    /// Direct-mapped: a key picks one slot, a hit is exact (the slot holds its key), and a new key works out
    /// its set again in place of the old one. A document has a few hundred kinds of token, so the sets are
    /// nearly always found, with one multiplication and one comparison.
    struct RuleSets {
        private var keys: [UInt64]
        private var bits: [UInt64]
        /// Per slot, the summary of its set (``set(for:count:_:summary:)``).
        private var summaries: [UInt64]
        private let words: Int
        private let slotShift: UInt64
        /// Never a key: keys use at most 62 bits.
        private static let emptyKey = UInt64.max

        /// An empty table of `1 << slotBits` sets of `words` words.
        init(slotBits: Int, words: Int) {
            keys = Array(repeating: Self.emptyKey, count: 1 << slotBits)
            bits = Array(repeating: 0, count: (1 << slotBits) * words)
            summaries = Array(repeating: 0, count: 1 << slotBits)
            self.words = words
            slotShift = UInt64(64 - slotBits)
        }

        /// The set for `key` (below 2^62), as a position for ``subscript(_:_:)`` and ``summary(_:)``; on a
        /// miss, made of the places `p` in ``PatternMatcher/startOrder`` (below `count`) for which
        /// `contains(p)` holds, and summarised by the bits of `summary(p)` of those places together.
        @inline(__always)
        mutating func set(for key: UInt64, count: Int, _ contains: (Int) -> Bool, summary: (Int) -> UInt64) -> Int {
            let slot = Int(truncatingIfNeeded: (key &* 0x9e37_79b9_7f4a_7c15) >> slotShift)
            let set = slot &* words
            if keys.withUnsafeBufferPointer({ $0[slot] }) != key {  // the slot is in range
                keys[slot] = key
                for word in set..<(set + words) { bits[word] = 0 }
                var summarised: UInt64 = 0
                for place in 0..<count where contains(place) {
                    bits[set + place >> 6] |= 1 << UInt64(place & 63)
                    summarised |= summary(place)
                }
                summaries[slot] = summarised
            }
            return set
        }

        /// The summary of the set at `set` (``set(for:count:_:summary:)``).
        @inline(__always)
        func summary(_ set: Int) -> UInt64 { summaries[words == 0 ? 0 : set / words] }

        /// Word `word` of the set at `set` (``set(for:count:_:)``).
        @inline(__always)
        subscript(_ set: Int, _ word: Int) -> UInt64 { bits.withUnsafeBufferPointer { $0[set &+ word] } }  // in range
    }
}

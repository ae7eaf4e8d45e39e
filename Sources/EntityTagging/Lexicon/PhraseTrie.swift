import CorpusModel

/// An immutable byte trie over phrases, matched on the token stream.
///
/// Matching starts at a token's first byte and may end only at a token's last byte, so a phrase matches
/// whole tokens only. Between two tokens the text either has no gap (the phrase's bytes go straight on:
/// `Japan-U.S.` matches the tokens `Japan`, `-`, `U.S.` as well as the single token `Japan-U.S.`) or a
/// whitespace gap, which matches one space in the phrase. The trie therefore does not depend on how the
/// tokenizer splits a phrase, and phrases need no tokenizer when they load.
struct PhraseTrie: Sendable {
    /// Child of the root for each first byte (`-1`: none).
    private let rootChildren: [Int32]
    /// For node `n`, its edges are `edgeBytes[edgeStart[n]..<edgeStart[n + 1]]`, sorted by byte.
    private let edgeStart: [Int32]
    private let edgeBytes: [UInt8]
    private let edgeTargets: [Int32]
    /// The payload of a phrase ending at each node (`-1`: none).
    private let payloads: [Int32]
    /// Bit `b0 << 8 | b1` is set when some phrase starts with bytes `b0 b1`: a token of two bytes or more
    /// whose bit is clear starts no phrase (most lower-case words stop here).
    private let firstPairs: [UInt64]

    /// Builds the trie.
    ///
    /// The phrases are sorted once; then each node, taken breadth first, owns a run of sorted phrases that
    /// share its prefix and splits it by the next byte into its children, so every node's edges are
    /// contiguous and no hashing is needed.
    /// - Parameter phrases: Each phrase's UTF-8 bytes (single spaces between words) and its payload (≥ 0).
    ///   A phrase given twice keeps its first payload.
    init(_ phrases: [(bytes: [UInt8], payload: Int32)]) {
        let order = phrases.indices.filter { !phrases[$0].bytes.isEmpty }.sorted { a, b in
            let left = phrases[a].bytes
            let right = phrases[b].bytes
            return left == right ? a < b : left.lexicographicallyPrecedes(right)
        }
        var rootChildren = [Int32](repeating: -1, count: 256)
        var edgeStart: [Int32] = []
        var edgeBytes: [UInt8] = []
        var edgeTargets: [Int32] = []
        var payloads: [Int32] = []
        // Node n owns order[ranges[n]], all sharing their first depths[n] bytes.
        var ranges: [Range<Int>] = [0..<order.count]
        var depths: [Int] = [0]
        var node = 0
        while node < ranges.count {
            var range = ranges[node]
            let depth = depths[node]
            var payload: Int32 = -1
            while let first = range.first, phrases[order[first]].bytes.count == depth {
                if payload < 0 { payload = phrases[order[first]].payload }
                range = (first + 1)..<range.upperBound
            }
            payloads.append(payload)
            edgeStart.append(Int32(edgeBytes.count))
            var start = range.lowerBound
            while start < range.upperBound {
                let byte = phrases[order[start]].bytes[depth]
                var end = start + 1
                while end < range.upperBound, phrases[order[end]].bytes[depth] == byte { end += 1 }
                if node == 0 { rootChildren[Int(byte)] = Int32(ranges.count) }
                edgeBytes.append(byte)
                edgeTargets.append(Int32(ranges.count))
                ranges.append(start..<end)
                depths.append(depth + 1)
                start = end
            }
            node += 1
        }
        edgeStart.append(Int32(edgeBytes.count))
        var firstPairs = [UInt64](repeating: 0, count: 1024)
        for (bytes, _) in phrases where bytes.count >= 2 {
            let pair = Int(bytes[0]) << 8 | Int(bytes[1])
            firstPairs[pair >> 6] |= 1 << UInt64(pair & 63)
        }
        self.firstPairs = firstPairs
        self.rootChildren = rootChildren
        self.edgeStart = edgeStart
        self.edgeBytes = edgeBytes
        self.edgeTargets = edgeTargets
        self.payloads = payloads
    }

    /// Calls `body` for every phrase that starts at token `first` and ends at a token end before `limit`,
    /// shortest first.
    /// - Parameters:
    ///   - bytes: The document's UTF-8 bytes.
    ///   - tokens: The token spans (UTF-8 offsets, half-open, sorted, non-overlapping).
    ///   - first: The index of the token the phrase must start with.
    ///   - limit: One past the last token the phrase may cover (the end of the sentence).
    ///   - body: Receives one past the phrase's last token, and the phrase's payload.
    @inline(__always)
    func forEachMatch(
        in bytes: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Span>, first: Int, limit: Int,
        _ body: (_ end: Int, _ payload: Int32) -> Void
    ) {
        var node: Int32 = -1
        var index = first
        while index < limit {
            let token = tokens[index]
            var position = token.start
            if index == first {
                if token.isEmpty { return }
                if token.length >= 2 {
                    let pair = Int(bytes[position]) << 8 | Int(bytes[position + 1])
                    if firstPairs[pair >> 6] & (1 << UInt64(pair & 63)) == 0 { return }
                }
                node = rootChildren[Int(bytes[position])]
                if node < 0 { return }
                position += 1
            } else if tokens[index - 1].end != token.start {
                node = child(of: node, 0x20)
                if node < 0 { return }
            }
            while position < token.end {
                node = child(of: node, bytes[position])
                if node < 0 { return }
                position += 1
            }
            index += 1
            let payload = payloads[Int(node)]
            if payload >= 0 { body(index, payload) }
        }
    }

    /// The payload of the phrase spelled exactly by `bytes` (single spaces between words), if listed.
    func payload(of bytes: some Sequence<UInt8>) -> Int32? {
        var node: Int32 = -1
        for byte in bytes {
            node = node < 0 ? rootChildren[Int(byte)] : child(of: node, byte)
            if node < 0 { return nil }
        }
        guard node >= 0, payloads[Int(node)] >= 0 else { return nil }
        return payloads[Int(node)]
    }

    /// The child of `node` along `byte`, or `-1`.
    @inline(__always)
    private func child(of node: Int32, _ byte: UInt8) -> Int32 {
        var low = Int(edgeStart[Int(node)])
        var high = Int(edgeStart[Int(node) + 1])
        while low < high {
            let middle = (low + high) >> 1
            let value = edgeBytes[middle]
            if value == byte { return edgeTargets[middle] }
            if value < byte { low = middle + 1 } else { high = middle }
        }
        return -1
    }
}

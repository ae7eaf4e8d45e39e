import CorpusModel

/// An immutable byte trie over phrases, matched on the token stream.
///
/// Matching starts at a token's first byte and may end only at a token's last byte, so a phrase matches
/// whole tokens only. Between two tokens the text either has no gap (the phrase's bytes go straight on:
/// `Japan-U.S.` matches the tokens `Japan`, `-`, `U.S.` as well as the single token `Japan-U.S.`) or a
/// whitespace gap, which matches one space in the phrase. The trie therefore does not depend on how the
/// tokenizer splits a phrase, and phrases need no tokenizer when they load.
///
/// The same trie also numbers single tokens (the literals of pattern rules), so one walk over a token's
/// bytes finds both the phrases starting there and the token's literal number. Immutable; a class so that
/// its tables are shared, never copied.
final class PhraseTrie: Sendable {
    /// Child of the root for each first byte (`-1`: none).
    private let rootChildren: [Int32]
    /// One node: its edges (`edges[firstEdge..<firstEdge + edgeCount]`, sorted by byte), the payload of
    /// the phrase and the number of the literal ending there (`-1`: none), and its child along a space.
    /// Twenty bytes, so a step of a walk reads one cache line for the node and one for its edges.
    private struct Node {
        var firstEdge: Int32
        var edgeCount: Int32
        var payload: Int32
        var literal: Int32
        /// The child along a space (`-1`: none), where a phrase goes on to its next word.
        var spaceChild: Int32
    }

    private struct Edge {
        var target: Int32
        var byte: UInt8
    }

    private let nodes: [Node]
    private let edges: [Edge]
    /// The node reached from the root by bytes `b0 b1`, at `b0 << 8 | b1` (`-1`: none): a token of two
    /// bytes or more starts its walk here, past the two widest levels of the trie.
    private let pairChildren: [Int32]
    /// Bit `b0 << 8 | b1` is set when `pairChildren` has a node there: a small table that stays in the
    /// processor's cache and stops most lower-case words before they touch the trie.
    private let firstPairs: [UInt64]
    /// Every key's prefixes that end where a word ends (at the key's end or before a space), by
    /// ``WordHash``: a token followed by whitespace (or ending the sentence) can only start a match when
    /// its bytes are one of them, and one probe of this small filter rules out most tokens.
    private let wordPrefixes: HashFilter

    /// Builds the trie.
    ///
    /// The keys are sorted once; then each node owns a run of sorted keys that share its prefix and splits
    /// it by the next byte into its children. Nodes are numbered depth first, so a phrase's nodes lie close
    /// together (a node's first child is the next node) and a walk reads memory mostly in order; every
    /// node's edges are contiguous and no hashing is needed.
    /// - Parameters:
    ///   - phrases: Each phrase's UTF-8 bytes (single spaces between words) and its payload (≥ 0). A phrase
    ///     given twice keeps its first payload.
    ///   - literals: Single tokens' UTF-8 bytes and their numbers (≥ 0), reported by ``walk(in:tokens:first:limit:cache:into:)``.
    init(_ phrases: [(bytes: [UInt8], payload: Int32)], literals: [(bytes: [UInt8], number: Int32)] = []) {
        // Keys: phrases first, then literals; `isLiteral` tells their payloads apart.
        let keys = phrases.map { (bytes: $0.bytes, value: $0.payload, isLiteral: false) }
            + literals.map { (bytes: $0.bytes, value: $0.number, isLiteral: true) }
        let order = keys.indices.filter { !keys[$0].bytes.isEmpty }.sorted { a, b in
            let left = keys[a].bytes
            let right = keys[b].bytes
            return left == right ? a < b : left.lexicographicallyPrecedes(right)
        }
        var rootChildren = [Int32](repeating: -1, count: 256)
        var edgeStart: [Int32] = []
        var edgeBytes: [UInt8] = []
        var edgeTargets: [Int32] = []
        var payloads: [Int32] = []
        var literalNumbers: [Int32] = []
        // Nodes still to number: the keys they own (order[range], sharing their first `depth` bytes) and the
        // edge that leads to them (-1 for the root). Children are pushed last first, so popped in byte order.
        var pending: [(range: Range<Int>, depth: Int, edge: Int)] = [(0..<order.count, 0, -1)]
        var children: [(range: Range<Int>, depth: Int, edge: Int)] = []
        while let (owned, depth, edge) = pending.popLast() {
            let node = Int32(payloads.count)
            if edge >= 0 { edgeTargets[edge] = node }
            var range = owned
            var payload: Int32 = -1
            var literal: Int32 = -1
            while let first = range.first, keys[order[first]].bytes.count == depth {
                let key = keys[order[first]]
                if key.isLiteral {
                    if literal < 0 { literal = key.value }
                } else if payload < 0 {
                    payload = key.value
                }
                range = (first + 1)..<range.upperBound
            }
            payloads.append(payload)
            literalNumbers.append(literal)
            edgeStart.append(Int32(edgeBytes.count))
            children.removeAll(keepingCapacity: true)
            var start = range.lowerBound
            while start < range.upperBound {
                let byte = keys[order[start]].bytes[depth]
                var end = start + 1
                while end < range.upperBound, keys[order[end]].bytes[depth] == byte { end += 1 }
                children.append((start..<end, depth + 1, edgeBytes.count))
                edgeBytes.append(byte)
                edgeTargets.append(-1)
                start = end
            }
            pending.append(contentsOf: children.reversed())
        }
        edgeStart.append(Int32(edgeBytes.count))
        for edge in Int(edgeStart[0])..<Int(edgeStart[1]) { rootChildren[Int(edgeBytes[edge])] = edgeTargets[edge] }
        var pairChildren = [Int32](repeating: -1, count: 1 << 16)
        for edge in Int(edgeStart[0])..<Int(edgeStart[1]) {
            let child = Int(edgeTargets[edge])
            for second in Int(edgeStart[child])..<Int(edgeStart[child + 1]) {
                pairChildren[Int(edgeBytes[edge]) << 8 | Int(edgeBytes[second])] = edgeTargets[second]
            }
        }
        self.pairChildren = pairChildren
        var prefixEnds: [(key: Int, end: Int)] = []
        for (index, key) in keys.enumerated() {
            for (offset, byte) in key.bytes.enumerated() where byte == 0x20 { prefixEnds.append((index, offset)) }
            if !key.bytes.isEmpty { prefixEnds.append((index, key.bytes.count)) }
        }
        var wordPrefixes = HashFilter(capacity: prefixEnds.count)
        for (key, end) in prefixEnds {
            keys[key].bytes.withUnsafeBufferPointer { wordPrefixes.insert(WordHash.of($0, 0, end, folded: false)) }
        }
        self.wordPrefixes = wordPrefixes
        var firstPairs = [UInt64](repeating: 0, count: 1024)
        for pair in pairChildren.indices where pairChildren[pair] >= 0 { firstPairs[pair >> 6] |= 1 << UInt64(pair & 63) }
        self.firstPairs = firstPairs
        self.rootChildren = rootChildren
        nodes = payloads.indices.map { node in
            let edges = Int(edgeStart[node])..<Int(edgeStart[node + 1])
            return Node(
                firstEdge: edgeStart[node], edgeCount: edgeStart[node + 1] - edgeStart[node], payload: payloads[node],
                literal: literalNumbers[node],
                spaceChild: edges.first(where: { edgeBytes[$0] == 0x20 }).map { edgeTargets[$0] } ?? -1)
        }
        edges = zip(edgeTargets, edgeBytes).map { Edge(target: $0, byte: $1) }
    }

    /// Appends to `matches` every phrase that starts at token `first` and ends at a token end before
    /// `limit`, shortest first, as two numbers: one past the phrase's last token, and the phrase's payload;
    /// returns the literal number of token `first` alone.
    /// - Parameters:
    ///   - bytes: The document's UTF-8 bytes.
    ///   - tokens: The token spans (UTF-8 offsets, half-open, sorted, non-overlapping).
    ///   - first: The index of the token the phrase must start with.
    ///   - limit: One past the last token the phrase may cover (the end of the sentence).
    ///   - cache: The nodes of short tokens seen before in the document.
    ///   - matches: Receives each phrase's end and payload.
    /// - Returns: The number of the literal spelled by token `first`, or `-1`.
    @discardableResult
    func walk(
        in bytes: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Span>, first: Int, limit: Int,
        cache: inout SpellingCache, into matches: inout [Int32]
    ) -> Int32 {
        let token = tokens[first]
        guard !token.isEmpty else { return -1 }
        let isShort = token.length <= SpellingCache.longest
        let word = isShort ? WordHash.word(bytes, token.start, token.length) : 0
        // No token touches this one: its bytes must be a word prefix of some key.
        if first + 1 >= limit || tokens[first + 1].start != token.end {
            let hash = isShort
                ? WordHash.of(word: word, length: token.length) : WordHash.of(bytes, token.start, token.end, folded: false)
            if !mayStartPhrase(hash) { return -1 }
        }
        let node: Int32
        if !isShort {
            node = self.node(of: bytes, token.start, token.end)
        } else if let known = cache.value(of: word, length: token.length) {
            node = known  // a short token: the node its bytes reach, remembered per spelling once looked up
        } else {
            node = self.node(of: bytes, token.start, token.end)
            cache.remember(node, of: word, length: token.length)
        }
        let alone = self.alone(node)
        if alone.payload >= 0 {
            matches.append(Int32(first + 1))
            matches.append(alone.payload)
        }
        if first + 1 < limit && alone.goesOn(touching: tokens[first + 1].start == token.end) {
            walkOn(from: node, in: bytes, tokens: tokens, next: first + 1, limit: limit) { end, payload in
                matches.append(Int32(end))
                matches.append(payload)
            }
        }
        return alone.literal
    }

    /// What the trie says about one token alone, whatever follows it: the node its bytes reach, the phrase
    /// and the literal it spells, and whether a longer phrase may go on past it.
    struct Alone {
        /// The node the token's bytes reach from the root (`-1`: none).
        var node: Int32 = -1
        /// The payload of the phrase made of the token alone (`-1`: none).
        var payload: Int32 = -1
        /// The number of the literal the token spells (`-1`: none).
        var literal: Int32 = -1
        /// Bit 0: some phrase goes on past the token after whitespace; bit 1: some phrase goes on straight
        /// into a touching token.
        var continuations: UInt8 = 0

        /// What is known of a token whose bytes are no word prefix of any key (``mayStartPhrase(_:)`` is
        /// `false`) without looking it up: no phrase, no literal, no phrase going on after whitespace. Whether
        /// a phrase goes on into a touching token is not known: bit 1 of ``continuations`` is set but the
        /// node is `-1`, so look the token up (``alone(_:_:_:)``) before walking on.
        static var unlooked: Alone { Alone(node: -1, payload: -1, literal: -1, continuations: 2) }

        /// Whether some phrase goes on past the token into the next one, which `touching` it or not.
        @inline(__always)
        func goesOn(touching: Bool) -> Bool { Self.goesOn(continuations, touching: touching) }

        /// Whether `continuations` (as ``continuations``) let a phrase go on into a next token that is
        /// `touching` the token or not.
        @inline(__always)
        static func goesOn(_ continuations: UInt8, touching: Bool) -> Bool { continuations & (touching ? 2 : 1) != 0 }
    }

    /// What the trie says about `bytes[start..<end]` (a token, not empty) alone.
    func alone(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Alone {
        alone(node(of: bytes, start, end))
    }

    /// What the trie says about a token whose bytes reach `node` (`-1`: none).
    @inline(__always)
    private func alone(_ node: Int32) -> Alone {
        guard node >= 0 else { return Alone() }
        let entry = nodeAt(node)
        let continuations: UInt8 = (entry.spaceChild >= 0 ? 1 : 0) | (entry.edgeCount > 0 ? 2 : 0)
        return Alone(node: node, payload: entry.payload, literal: entry.literal, continuations: continuations)
    }

    /// Whether a token of `hash` (``WordHash``, not folded) that no token touches may start a phrase: only
    /// when its bytes are a word prefix of some key. `false` proves that the trie knows nothing of the token
    /// alone (no phrase, no literal, no phrase going on past whitespace).
    @inline(__always)
    func mayStartPhrase(_ hash: UInt64) -> Bool { wordPrefixes.mayContain(hash) }

    /// Writes to `matches` every phrase longer than one token that starts at a token whose bytes reach
    /// `node` (``Alone/node``) and ends at a token end before `limit`, shortest first, as two numbers each:
    /// one past the phrase's last token and its payload. `matches` must have room for `limit - next` pairs.
    /// - Parameters:
    ///   - bytes: The document's UTF-8 bytes.
    ///   - tokens: The token spans (UTF-8 offsets, half-open, sorted, non-overlapping).
    ///   - next: The token after the first one (below `limit`).
    ///   - limit: One past the last token a phrase may cover (the end of the sentence).
    /// - Returns: The number of phrases written.
    @inline(never)
    func phrases(
        after node: Int32, in bytes: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Span>, next: Int,
        limit: Int, into matches: UnsafeMutablePointer<Int32>
    ) -> Int {
        var count = 0
        walkOn(from: node, in: bytes, tokens: tokens, next: next, limit: limit) { end, payload in
            matches[2 &* count] = Int32(truncatingIfNeeded: end)
            matches[2 &* count &+ 1] = payload
            count &+= 1
        }
        return count
    }

    /// Walks on from `node` (where token `next - 1` ended) through tokens `next..<limit`, calling `found`
    /// with one past the last token and the payload of every phrase ending at a token end on the way.
    @inline(__always)
    private func walkOn(
        from node: Int32, in bytes: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Span>, next: Int,
        limit: Int, _ found: (Int, Int32) -> Void
    ) {
        var node = node
        var index = next
        while index < limit, nodeAt(node).edgeCount > 0 {
            let token = tokens[index]
            if tokens[index &- 1].end != token.start {
                node = nodeAt(node).spaceChild
                if node < 0 { return }
            }
            var position = token.start
            while position < token.end {
                node = child(of: node, bytes[position])
                if node < 0 { return }
                position &+= 1
            }
            index &+= 1
            let payload = nodeAt(node).payload
            if payload >= 0 { found(index, payload) }
        }
    }

    /// The node that `bytes[start..<end]` (not empty) reach from the root, or `-1`.
    @inline(__always)
    private func node(of bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int32 {
        var position = start
        var node: Int32
        if end - start >= 2 {
            let pair = Int(bytes[position]) << 8 | Int(bytes[position + 1])
            if firstPairs[pair >> 6] & (1 << UInt64(pair & 63)) == 0 { return -1 }
            node = pairChildren[pair]
            position += 2
        } else {
            node = rootChildren[Int(bytes[position])]
            position += 1
        }
        while node >= 0 && position < end {
            node = child(of: node, bytes[position])
            position += 1
        }
        return node
    }

    /// The payload of the phrase spelled exactly by `bytes` (single spaces between words), if listed.
    func payload(of bytes: some Sequence<UInt8>) -> Int32? {
        var node: Int32 = -1
        for byte in bytes {
            node = node < 0 ? rootChildren[Int(byte)] : child(of: node, byte)
            if node < 0 { return nil }
        }
        guard node >= 0, nodeAt(node).payload >= 0 else { return nil }
        return nodeAt(node).payload
    }

    /// The child of `node` along `byte`, or `-1`.
    @inline(__always)
    private func child(of node: Int32, _ byte: UInt8) -> Int32 {
        let entry = nodeAt(node)
        var low = Int(entry.firstEdge)
        var high = low &+ Int(entry.edgeCount)
        if entry.edgeCount == 1 { return edgeAt(low).byte == byte ? edgeAt(low).target : -1 }  // most deep nodes
        while low < high {
            let middle = (low &+ high) >> 1
            let value = edgeAt(middle).byte
            if value == byte { return edgeAt(middle).target }
            if value < byte { low = middle &+ 1 } else { high = middle }
        }
        return -1
    }

    /// Node `node`, read unchecked: node numbers come from the trie's own tables and edges, never from input.
    @inline(__always)
    private func nodeAt(_ node: Int32) -> Node { nodes.withUnsafeBufferPointer { $0[Int(node)] } }

    /// Edge `edge`, read unchecked: a node's edges lie inside the edge table by construction.
    @inline(__always)
    private func edgeAt(_ edge: Int) -> Edge { edges.withUnsafeBufferPointer { $0[edge] } }
}

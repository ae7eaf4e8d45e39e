extension TagScheme {
    /// Writes entity chunks as one tag per token.
    ///
    /// Algorithm: every token starts as `O`; for each chunk, in order, its first and last tokens get the
    /// prefixes the scheme gives them, knowing whether the chunk directly follows or precedes a chunk of
    /// the same label (which `iob1` and `ioe1` mark, and `io` cannot). Two adjacent chunks of one label
    /// therefore stay two in every scheme but `io`.
    /// - Parameters:
    ///   - chunks: Non-empty, non-overlapping chunks sorted by position, lying inside `tokens`.
    ///   - tokens: The token indices to tag (a sentence), as a half-open range.
    /// - Returns: One tag per token of `tokens`, the first for `tokens.lowerBound`.
    /// - Precondition: the chunks are sorted, non-empty, non-overlapping and inside `tokens` (a programmer error otherwise).
    public func tags(for chunks: some Collection<TagChunk>, in tokens: Range<Int>) -> [EntityTag] {
        var tags = [EntityTag](repeating: .outside, count: tokens.count)
        var previous: TagChunk?
        var iterator = chunks.makeIterator()
        var current = iterator.next()
        while let chunk = current {
            let next = iterator.next()
            precondition(
                !chunk.tokens.isEmpty && tokens.contains(chunk.tokens.lowerBound)
                    && chunk.tokens.upperBound <= tokens.upperBound
                    && (previous.map { $0.tokens.upperBound <= chunk.tokens.lowerBound } ?? true),
                "chunks must be sorted, non-empty, non-overlapping and inside \(tokens): \(chunk)")
            let touchesPrevious = previous.map { $0.tokens.upperBound == chunk.tokens.lowerBound && $0.label == chunk.label } ?? false
            let touchesNext = next.map { $0.tokens.lowerBound == chunk.tokens.upperBound && $0.label == chunk.label } ?? false
            let first = chunk.tokens.lowerBound - tokens.lowerBound
            let last = chunk.tokens.upperBound - 1 - tokens.lowerBound
            for index in first...last { tags[index] = EntityTag(.inside, label: chunk.label) }
            switch self {
            case .iob1:
                if touchesPrevious { tags[first].prefix = .begin }
            case .iob2:
                tags[first].prefix = .begin
            case .ioe1:
                if touchesNext { tags[last].prefix = .end }
            case .ioe2:
                tags[last].prefix = .end
            case .bioes:
                if first == last {
                    tags[first].prefix = .single
                } else {
                    tags[first].prefix = .begin
                    tags[last].prefix = .end
                }
            case .io:
                break
            }
            previous = chunk
            current = next
        }
        return tags
    }
}

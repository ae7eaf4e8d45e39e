import CorpusModel

/// The tokens of one document as the tagger sees them once the rules ran: each token's packed
/// ``TokenTraits`` and the sentences. Built sentence by sentence by ``SentenceLexis``; the name guesser,
/// document consistency and hyphenated compounds (steps 5–7) then read it.
///
/// Memory: four bytes per token, plus four per sentence.
struct TokenTable {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: UnsafeBufferPointer<Span>
    let lexicon: Lexicon
    /// Each token's traits.
    var traits: [TokenTraits]
    /// Each sentence's tokens: `sentenceBounds[s]..<sentenceBounds[s + 1]`.
    let sentenceBounds: [Int32]

    /// Builds the table with empty traits.
    /// - Parameters:
    ///   - bytes: The document's UTF-8 bytes.
    ///   - tokens: Token spans (UTF-8 offsets, half-open, sorted, non-overlapping).
    ///   - sentences: Sentence spans (sorted); a token belongs to the last sentence starting at or before it.
    ///   - lexicon: The gazetteers.
    init(bytes: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Span>, sentences: [Span], lexicon: Lexicon) {
        self.bytes = bytes
        self.tokens = tokens
        self.lexicon = lexicon
        let count = tokens.count
        traits = Array(repeating: TokenTraits(rawValue: 0), count: count)
        // Token `i > 0` starts a sentence when some sentence starts after token `i - 1` starts and no later
        // than token `i` does.
        var bounds: [Int32] = [0]
        var index = 0
        for sentence in sentences {
            while index < count && tokens[index].start < sentence.start { index += 1 }
            if index > 0 && index < count && bounds[bounds.count - 1] != Int32(index) { bounds.append(Int32(index)) }
        }
        bounds.append(Int32(count))
        sentenceBounds = bounds
    }

    var count: Int { tokens.count }
    var sentenceCount: Int { sentenceBounds.count - 1 }

    /// The tokens of sentence `sentence`.
    func sentenceRange(_ sentence: Int) -> Range<Int> { Int(sentenceBounds[sentence])..<Int(sentenceBounds[sentence + 1]) }

    /// Token `index`'s shape.
    @inline(__always)
    func shape(_ index: Int) -> TokenShape { traits[index].shape }

    /// Whether tokens `index - 1` and `index` stand in one sentence.
    @inline(__always)
    func continuesSentence(_ index: Int) -> Bool { index > 0 && !traits[index].startsSentence }

    /// Whether the token is the single ASCII byte `byte`.
    func token(_ index: Int, isByte byte: UInt8) -> Bool {
        let token = tokens[index]
        return token.length == 1 && bytes[token.start] == byte
    }

    /// The first token from `start` on whose shape has `flag` (one ``TokenShape`` flag), or ``count``: a
    /// sweep over the traits that tests four tokens at once, two in each 64-bit word.
    @inline(__always)
    func firstToken(from start: Int, with flag: TokenShape) -> Int {
        let wanted = TokenTraits(shape: flag, startsSentence: false, single: nil, inTitle: false).rawValue
        return traits.withUnsafeBufferPointer { traits in
            var index = start
            if MemoryLayout<TokenTraits>.stride == 4, let base = UnsafeRawPointer(traits.baseAddress) {
                let low = UInt64(wanted)  // the flag of the first token of a pair (little-endian)
                let both = low << 32 | low
                while index &+ 4 <= traits.count {
                    let first = base.loadUnaligned(fromByteOffset: index &* 4, as: UInt64.self) & both
                    let second = base.loadUnaligned(fromByteOffset: index &* 4 &+ 8, as: UInt64.self) & both
                    if first | second != 0 {
                        if first != 0 { return first & low != 0 ? index : index &+ 1 }
                        return second & low != 0 ? index &+ 2 : index &+ 3
                    }
                    index &+= 4
                }
            }
            while index < traits.count && traits[index].rawValue & wanted == 0 { index += 1 }
            return index
        }
    }
}

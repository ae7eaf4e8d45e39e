import CorpusModel

/// The tokens of one document as the tagger sees them: shapes, sentences, and every gazetteer phrase
/// that starts at each token. Built once per document; the rules then read it.
struct TokenView {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: UnsafeBufferPointer<Span>
    let lexicon: Lexicon
    /// Each token's shape.
    private(set) var shapes: [TokenShape]
    /// Each token's pattern features: its named shapes (``ShapeName/featureBit``) and the classes of the
    /// gazetteer phrase made of the token alone (``PhraseClass/featureBit``).
    private(set) var features: [UInt32]
    /// Each token's sentence number.
    private(set) var sentenceOf: [Int32]
    /// Each sentence's tokens: `sentenceBounds[s]..<sentenceBounds[s + 1]`.
    private(set) var sentenceBounds: [Int32]
    /// Whether a sentence is set in capitals (a headline): capitalisation is no evidence there.
    private(set) var isCapsSentence: [Bool]
    /// The gazetteer phrases starting at token `t`: `phraseEnds/phrasePayloads[phraseStart[t]..<phraseStart[t + 1]]`,
    /// shortest first; each end is one past the phrase's last token.
    private(set) var phraseStart: [Int32]
    private(set) var phraseEnds: [Int32]
    private(set) var phrasePayloads: [Int32]

    /// Builds the view.
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
        shapes = []
        shapes.reserveCapacity(count)
        sentenceOf = []
        sentenceOf.reserveCapacity(count)
        sentenceBounds = [0]
        var nextSentence = 0
        for index in 0..<count {
            let token = tokens[index]
            shapes.append(TokenShape(of: token, in: bytes))
            var startsSentence = false
            while nextSentence < sentences.count, sentences[nextSentence].start <= token.start {
                startsSentence = true
                nextSentence += 1
            }
            if startsSentence && index > 0 { sentenceBounds.append(Int32(index)) }
            sentenceOf.append(Int32(sentenceBounds.count - 1))
        }
        sentenceBounds.append(Int32(count))
        isCapsSentence = []
        phraseStart = []
        phraseEnds = []
        phrasePayloads = []
        features = []
        findCapsSentences()
        findPhrases()
        findFeatures()
    }

    var count: Int { tokens.count }
    var sentenceCount: Int { sentenceBounds.count - 1 }

    /// The tokens of sentence `sentence`.
    func sentenceRange(_ sentence: Int) -> Range<Int> { Int(sentenceBounds[sentence])..<Int(sentenceBounds[sentence + 1]) }

    /// The tokens of the sentence holding token `index`.
    func sentenceRange(ofToken index: Int) -> Range<Int> { sentenceRange(Int(sentenceOf[index])) }

    /// Whether token `index` stands in a headline set in capitals.
    func inCapsSentence(_ index: Int) -> Bool { isCapsSentence[Int(sentenceOf[index])] }

    /// The phrases starting at `index`: a range into ``phraseEnds`` and ``phrasePayloads``.
    func phrases(at index: Int) -> Range<Int> { Int(phraseStart[index])..<Int(phraseStart[index + 1]) }

    /// The gazetteer entry of the phrase made of token `index` alone, if any.
    func singleTokenInfo(_ index: Int) -> PhraseInfo? {
        let range = phrases(at: index)
        guard let first = range.first, phraseEnds[first] == Int32(index + 1) else { return nil }
        return lexicon.infos[Int(phrasePayloads[first])]
    }

    /// Whether the token's bytes equal `literal`.
    func text(of index: Int, equals literal: [UInt8]) -> Bool {
        let token = tokens[index]
        guard token.length == literal.count else { return false }
        for offset in 0..<literal.count where bytes[token.start + offset] != literal[offset] { return false }
        return true
    }

    /// Whether the token is the single ASCII byte `byte`.
    func token(_ index: Int, isByte byte: UInt8) -> Bool {
        let token = tokens[index]
        return token.length == 1 && bytes[token.start] == byte
    }

    /// A sentence is a headline in capitals when it has at least two all-capital words of two or more
    /// letters and no more capitalised-with-lower-case or lower-case words than all-capital ones.
    private mutating func findCapsSentences() {
        isCapsSentence.reserveCapacity(sentenceCount)
        for sentence in 0..<sentenceCount {
            var capitals = 0
            var others = 0
            for index in sentenceRange(sentence) {
                let shape = shapes[index]
                if shape.contains(.allCaps) {
                    capitals += 1
                } else if shape.contains(.hasLower) {
                    others += 1
                }
            }
            isCapsSentence.append(capitals >= 2 && capitals >= others)
        }
    }

    private mutating func findFeatures() {
        var features: [UInt32] = []
        features.reserveCapacity(count)
        // In a headline set in capitals a capital says nothing: there a word in capitals is `Upper` but
        // neither `Name` nor `Initial`, so rules do not run names on through a headline.
        let headlineShapes = ShapeName.name.featureBit | ShapeName.initial.featureBit
        let bitsByShape = ShapeName.bitsByShape
        for index in 0..<count {
            var bits = (singleTokenInfo(index)?.classes ?? 0) | bitsByShape[Int(shapes[index].rawValue)]
            if inCapsSentence(index) && !shapes[index].contains(.hasLower) { bits &= ~headlineShapes }
            features.append(bits)
        }
        self.features = features
    }

    private mutating func findPhrases() {
        let trie = lexicon.trie
        var starts: [Int32] = []
        var ends: [Int32] = []
        var payloads: [Int32] = []
        starts.reserveCapacity(count + 1)
        for sentence in 0..<sentenceCount {
            let range = sentenceRange(sentence)
            for index in range {
                starts.append(Int32(ends.count))
                trie.forEachMatch(in: bytes, tokens: tokens, first: index, limit: range.upperBound) { end, payload in
                    ends.append(Int32(end))
                    payloads.append(payload)
                }
            }
        }
        starts.append(Int32(ends.count))
        phraseStart = starts
        phraseEnds = ends
        phrasePayloads = payloads
    }
}

import CorpusModel

/// One sentence's tokens as the rules see them (steps 1–3 of ``EntityTagger``): each token's pattern
/// features, its literal number, and every gazetteer phrase starting there. Gazetteer phrases and pattern
/// matches never cross a sentence, so this scratch space is reused from sentence to sentence and the
/// tagger's memory does not grow with these per-token tables.
struct SentenceLexis {
    /// The sentence's tokens (document indices).
    private(set) var range: Range<Int> = 0..<0
    /// Per token of the sentence, ``LexisBuffers/tokenStride`` words: features, literal number, start
    /// classes, first phrase slot; then one more token's worth holding the end of the last phrase slot.
    private var tokenWords: [UInt32] = []
    /// Per phrase, ``LexisBuffers/phraseStride`` numbers: end (a document token index) and payload; and
    /// its classes.
    private var phraseWords: [Int32] = []
    private var phraseClasses: [UInt32] = []
    /// The classes of all phrases and the features of all tokens of the sentence.
    private var sentenceClasses: UInt32 = 0
    private var sentenceFeatures: UInt32 = 0
    /// The trie nodes of the document's short tokens.
    private var firstTokens: SpellingCache
    /// The phrases the tables may hold from earlier sentences.
    private static let phrasesKept = 4096

    /// Scratch space for the sentences of a document of `tokens` tokens.
    init(tokens: Int) { firstTokens = SpellingCache(tokens: tokens) }

    /// Reads sentence `range` of `table`'s document, records each token's traits in `table` and appends to
    /// `candidates` every gazetteer phrase of the sentence with an entity label (step 2), in token order.
    ///
    /// A sentence is a headline set in capitals when it has at least two all-capital words of two or more
    /// letters and no more capitalised-with-lower-case or lower-case words than all-capital ones. There a
    /// word in capitals is `Upper` but neither `Name` nor `Initial`, so rules do not run names on through a
    /// headline.
    mutating func scan(_ range: Range<Int>, into table: inout TokenTable, candidates: inout [Candidate]) {
        self.range = range
        let needed = (range.count + 1) * LexisBuffers.tokenStride
        if tokenWords.count < needed { tokenWords += repeatElement(0, count: needed - tokenWords.count) }
        // The phrase tables are worked on as locals (and put back at the end), which appends cheaply. Slots
        // are numbered on from the last sentence's; the tables are emptied only once they hold a few thousand
        // phrases, as emptying them costs more than most sentences' phrases.
        var phrases = phraseWords
        var phraseClassWords = phraseClasses
        phraseWords = []
        phraseClasses = []
        if phraseClassWords.count > Self.phrasesKept {
            phrases.removeAll(keepingCapacity: true)
            phraseClassWords.removeAll(keepingCapacity: true)
        }
        let lexicon = table.lexicon
        let bytes = table.bytes
        let tokens = table.tokens
        var capitals = 0
        var others = 0
        var sentenceClasses: UInt32 = 0
        var sentenceFeatures: UInt32 = 0
        defer {
            self.sentenceClasses = sentenceClasses
            self.sentenceFeatures = sentenceFeatures
            phraseWords = phrases
            phraseClasses = phraseClassWords
        }
        tokenWords.withUnsafeMutableBufferPointer { words in
            table.traits.withUnsafeMutableBufferPointer { traits in
                ShapeName.featuresByShape.withUnsafeBufferPointer { featuresByShape in
                    for index in range {
                        let word = (index &- range.lowerBound) &* LexisBuffers.tokenStride
                        let token = tokens[index]
                        // A short token's bytes as one word, read once for its shape and the trie.
                        let isShort = token.length <= SpellingCache.longest
                        let spelling = isShort ? WordHash.word(bytes, token.start, token.length) : 0
                        let shape = isShort
                            ? TokenShape(word: spelling, length: token.length) ?? TokenShape(of: token, in: bytes)
                            : TokenShape(of: token, in: bytes)
                        if shape.contains(.allCaps) { capitals += 1 } else if shape.contains(.hasLower) { others += 1 }
                        let firstSlot = phrases.count / LexisBuffers.phraseStride
                        words[word &+ 3] = UInt32(firstSlot)
                        let literal = lexicon.trie.walk(
                            in: bytes, tokens: tokens, first: index, limit: range.upperBound, word: spelling,
                            cache: &firstTokens, into: &phrases)
                        var classes: UInt32 = 0
                        var single: PhraseInfo?
                        for slot in firstSlot..<phrases.count / LexisBuffers.phraseStride {
                            let end = Int(phrases[slot &* LexisBuffers.phraseStride])
                            let payload = phrases[slot &* LexisBuffers.phraseStride &+ 1]
                            let phraseInfo = lexicon.infos[Int(payload)]
                            let phraseClasses = phraseInfo.classes
                            if let label = phraseInfo.label {
                                candidates.append(
                                    Candidate(
                                        start: index, end: end, label: label, priority: Priority.gazetteer(phraseInfo),
                                        origin: .gazetteer))
                            }
                            phraseClassWords.append(phraseClasses)
                            classes |= phraseClasses
                            if end == index + 1 { single = phraseInfo }  // the token alone: the shortest phrase
                            if phraseClasses & PhraseClass.titleBit != 0 {
                                for covered in index..<end { traits[covered].inTitle = true }
                            }
                        }
                        let features = featuresByShape[Int(shape.rawValue)] | (single?.classes ?? 0)
                        words[word] = features
                        words[word &+ 1] = UInt32(bitPattern: literal)
                        words[word &+ 2] = classes
                        sentenceFeatures |= features
                        sentenceClasses |= classes
                        traits[index] = TokenTraits(
                            shape: shape, startsSentence: index == range.lowerBound, single: single,
                            inTitle: traits[index].inTitle)
                    }
                }
                words[range.count * LexisBuffers.tokenStride + 3] = UInt32(phrases.count / LexisBuffers.phraseStride)
                guard capitals >= 2 && capitals >= others else { return }
                // A headline: no capital is evidence.
                sentenceFeatures = 0
                for index in range {
                    let word = (index - range.lowerBound) * LexisBuffers.tokenStride
                    traits[index].inCapsSentence = true
                    if !traits[index].shape.contains(.hasLower) { words[word] &= ~ShapeName.headlineBits }
                    sentenceFeatures |= words[word]
                }
            }
        }
    }

    /// Calls `body` with the tables as raw buffers.
    func withBuffers<Result>(_ body: (LexisBuffers) -> Result) -> Result {
        tokenWords.withUnsafeBufferPointer { tokenWords in
            phraseWords.withUnsafeBufferPointer { phraseWords in
                phraseClasses.withUnsafeBufferPointer { phraseClasses in
                    body(
                        LexisBuffers(
                            lower: range.lowerBound, count: range.count, sentenceClasses: sentenceClasses,
                            sentenceFeatures: sentenceFeatures, tokenWords: tokenWords, phraseWords: phraseWords,
                            phraseClassWords: phraseClasses))
                }
            }
        }
    }
}

/// A ``SentenceLexis``'s tables as raw buffers, for the inner loops of the gazetteer lookup and the pattern
/// matcher. Tokens are counted from the sentence's first token (`local` 0); phrase ends are document indices.
struct LexisBuffers {
    static let tokenStride = 4
    static let phraseStride = 2

    /// The sentence's first token (a document index) and its number of tokens.
    let lower: Int
    let count: Int
    /// The classes of all phrases and the features of all tokens of the sentence.
    let sentenceClasses: UInt32
    let sentenceFeatures: UInt32
    fileprivate let tokenWords: UnsafeBufferPointer<UInt32>
    fileprivate let phraseWords: UnsafeBufferPointer<Int32>
    fileprivate let phraseClassWords: UnsafeBufferPointer<UInt32>

    /// The token's pattern features: its named shapes (``ShapeName/featureBit``) and the classes of the
    /// gazetteer phrase made of the token alone (``PhraseClass/featureBit``).
    @inline(__always)
    func features(_ local: Int) -> UInt32 { tokenWords[local &* Self.tokenStride] }

    /// The token's literal number (the pattern rules' literal tokens), or `-1`.
    @inline(__always)
    func literal(_ local: Int) -> Int32 { Int32(bitPattern: tokenWords[local &* Self.tokenStride &+ 1]) }

    /// The classes of all phrases starting at the token.
    @inline(__always)
    func startClasses(_ local: Int) -> UInt32 { tokenWords[local &* Self.tokenStride &+ 2] }

    /// The phrases starting at the token, shortest first: slots for ``phraseEnd(_:)`` and the like.
    @inline(__always)
    func phrases(_ local: Int) -> Range<Int> {
        Range(uncheckedBounds: (Int(firstPhrase(local)), Int(firstPhrase(local &+ 1))))
    }

    /// Whether some phrase starts at the token.
    @inline(__always)
    func hasPhrases(_ local: Int) -> Bool { firstPhrase(local) != firstPhrase(local &+ 1) }

    /// The token's first phrase slot (slots are numbered in token order, so it is one past the previous
    /// token's last).
    @inline(__always)
    private func firstPhrase(_ local: Int) -> UInt32 { tokenWords[local &* Self.tokenStride &+ 3] }

    /// One past the phrase's last token (a document index).
    @inline(__always)
    func phraseEnd(_ slot: Int) -> Int { Int(phraseWords[slot &* Self.phraseStride]) }

    /// The phrase's classes (``PhraseClass/featureBit``).
    @inline(__always)
    func phraseClasses(_ slot: Int) -> UInt32 { phraseClassWords[slot] }
}

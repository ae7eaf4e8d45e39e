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
    /// Per phrase, ``LexisBuffers/phraseStride`` numbers: end (a document token index) and payload; and
    /// its classes.
    private let tables = LexisTables()
    /// The classes of all phrases and the features of all tokens of the sentence.
    private var sentenceClasses: UInt32 = 0
    private var sentenceFeatures: UInt32 = 0
    /// The phrases of the sentence.
    private var phraseCount = 0
    /// What the document's short tokens alone decide, per spelling.
    private var lexemes: LexemeCache

    /// Scratch space for the sentences of a document of `tokens` tokens.
    init(tokens: Int) { lexemes = LexemeCache(tokens: tokens) }

    /// Reads sentence `range` of `table`'s document, records each token's traits in `table` and appends to
    /// `candidates` every gazetteer phrase of the sentence with an entity label (step 2), in token order.
    ///
    /// A sentence is a headline set in capitals when it has at least two all-capital words of two or more
    /// letters and no more capitalised-with-lower-case or lower-case words than all-capital ones. There a
    /// word in capitals is `Upper` but neither `Name` nor `Initial`, so rules do not run names on through a
    /// headline.
    mutating func scan(_ range: Range<Int>, into table: inout TokenTable, candidates: inout [Candidate]) {
        self.range = range
        let lower = range.lowerBound
        let limit = range.upperBound
        tables.reserveTokens(range.count + 1)
        let words = tables.tokenWords
        var phraseWords = tables.phraseWords
        var phraseClasses = tables.phraseClasses
        var phraseRoom = tables.phraseCapacity
        var phraseCount = 0
        let lexicon = table.lexicon
        let trie = lexicon.trie
        let bytes = table.bytes
        let tokens = table.tokens
        var capitals = 0
        var others = 0
        var sentenceClasses: UInt32 = 0
        var sentenceFeatures: UInt32 = 0
        // One past the last token a title phrase (`Secretary of State`) of the sentence covers so far.
        var titleEnd = lower
        lexicon.infos.withUnsafeBufferPointer { infos in
            ShapeName.featuresByShape.withUnsafeBufferPointer { featuresByShape in
                table.traits.withUnsafeMutableBufferPointer { traits in
                    for index in range {
                        let token = tokens[index]
                        let next = index &+ 1
                        let touching = next < limit && tokens[next].start == token.end
                        let lexeme: Lexeme
                        if UInt(bitPattern: token.length &- 1) < UInt(SpellingCache.longest) {
                            // A short token: its bytes as one word, the key of what its spelling decides.
                            let spelling = WordHash.word(bytes, token.start, token.length)
                            if let known = lexemes.lexeme(of: spelling, length: token.length) {
                                lexeme = known
                            } else {
                                let shape = TokenShape(word: spelling, length: token.length) ?? TokenShape(of: token, in: bytes)
                                lexeme = Lexeme(
                                    shape: shape, alone: trie.alone(bytes, token.start, token.end), infos: infos,
                                    featuresByShape: featuresByShape)
                                lexemes.remember(lexeme, of: spelling, length: token.length)
                            }
                        } else {
                            lexeme = Self.lexeme(
                                of: token, touching: touching, bytes: bytes, trie: trie, infos: infos,
                                featuresByShape: featuresByShape)
                        }
                        let firstSlot = phraseCount
                        var classes: UInt32 = 0
                        let goesOn = next < limit && lexeme.goesOn(touching: touching)
                        if lexeme.single >= 0 || goesOn {
                            // At most one phrase per token end up to the sentence's end.
                            if phraseCount &+ (limit &- index) > phraseRoom {
                                tables.reservePhrases(phraseCount &+ (limit &- index), keeping: phraseCount)
                                phraseWords = tables.phraseWords
                                phraseClasses = tables.phraseClasses
                                phraseRoom = tables.phraseCapacity
                            }
                            if lexeme.single >= 0 {
                                phraseWords[phraseCount &* LexisBuffers.phraseStride] = Int32(truncatingIfNeeded: next)
                                phraseWords[phraseCount &* LexisBuffers.phraseStride &+ 1] = lexeme.single
                                phraseCount &+= 1
                            }
                            if goesOn {
                                phraseCount &+= trie.phrases(
                                    after: lexeme.node, in: bytes, tokens: tokens, next: next, limit: limit,
                                    into: phraseWords + phraseCount &* LexisBuffers.phraseStride)
                            }
                            for slot in firstSlot..<phraseCount {
                                let end = Int(phraseWords[slot &* LexisBuffers.phraseStride])
                                let phraseInfo = infos[Int(phraseWords[slot &* LexisBuffers.phraseStride &+ 1])]
                                let phraseClassBits = phraseInfo.classes
                                if let label = phraseInfo.label {
                                    candidates.append(
                                        Candidate(
                                            start: index, end: end, label: label, priority: Priority.gazetteer(phraseInfo),
                                            origin: .gazetteer))
                                }
                                phraseClasses[slot] = phraseClassBits
                                classes |= phraseClassBits
                                if phraseClassBits & PhraseClass.titleBit != 0 && end > titleEnd { titleEnd = end }
                            }
                        }
                        let word = (index &- lower) &* LexisBuffers.tokenStride
                        words[word] = lexeme.features
                        words[word &+ 1] = UInt32(bitPattern: lexeme.literal)
                        words[word &+ 2] = classes
                        words[word &+ 3] = UInt32(truncatingIfNeeded: firstSlot)
                        sentenceFeatures |= lexeme.features
                        sentenceClasses |= classes
                        traits[index] = lexeme.traits.placed(startsSentence: index == lower, inTitle: index < titleEnd)
                        let shape = lexeme.traits.shape
                        if shape.contains(.allCaps) { capitals &+= 1 } else if shape.contains(.hasLower) { others &+= 1 }
                    }
                    words[range.count &* LexisBuffers.tokenStride &+ 3] = UInt32(truncatingIfNeeded: phraseCount)
                    guard capitals >= 2 && capitals >= others else { return }
                    // A headline: no capital is evidence.
                    sentenceFeatures = 0
                    for index in range {
                        let word = (index - lower) * LexisBuffers.tokenStride
                        traits[index].inCapsSentence = true
                        if !traits[index].shape.contains(.hasLower) { words[word] &= ~ShapeName.headlineBits }
                        sentenceFeatures |= words[word]
                    }
                }
            }
        }
        self.phraseCount = phraseCount
        self.sentenceClasses = sentenceClasses
        self.sentenceFeatures = sentenceFeatures
    }

    /// The lexeme of a token too long for the ``LexemeCache`` (or empty), worked out afresh. When no token
    /// touches it, a token whose bytes are no word of any phrase is told by the trie's filter, before the trie.
    private static func lexeme(
        of token: Span, touching: Bool, bytes: UnsafeBufferPointer<UInt8>, trie: PhraseTrie,
        infos: UnsafeBufferPointer<PhraseInfo>, featuresByShape: UnsafeBufferPointer<UInt32>
    ) -> Lexeme {
        let alone: PhraseTrie.Alone
        if token.isEmpty || !touching && !trie.mayStartPhrase(WordHash.of(bytes, token.start, token.end, folded: false)) {
            alone = PhraseTrie.Alone()
        } else {
            alone = trie.alone(bytes, token.start, token.end)
        }
        return Lexeme(shape: TokenShape(of: token, in: bytes), alone: alone, infos: infos, featuresByShape: featuresByShape)
    }

    /// Calls `body` with the tables as raw buffers.
    func withBuffers<Result>(_ body: (LexisBuffers) -> Result) -> Result {
        body(
            LexisBuffers(
                lower: range.lowerBound, count: range.count, sentenceClasses: sentenceClasses,
                sentenceFeatures: sentenceFeatures,
                tokenWords: UnsafeBufferPointer(
                    start: tables.tokenWords, count: (range.count + 1) * LexisBuffers.tokenStride),
                phraseWords: UnsafeBufferPointer(start: tables.phraseWords, count: phraseCount * LexisBuffers.phraseStride),
                phraseClassWords: UnsafeBufferPointer(start: tables.phraseClasses, count: phraseCount)))
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

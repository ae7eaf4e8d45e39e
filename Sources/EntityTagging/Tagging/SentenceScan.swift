import CorpusModel

/// One run of ``SentenceLexis/scan(_:into:candidates:)`` over a sentence: the document and the lexicon it
/// reads, the tables it writes and what it has counted so far. The loop over the tokens does the common
/// case inline (a short token whose spelling was seen before and that starts no phrase); a token seen for
/// the first time, a long token and a token starting phrases go to functions of their own.
struct SentenceScan {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: UnsafeBufferPointer<Span>
    let trie: PhraseTrie
    /// The gazetteer entries by payload (``Lexicon/infos``) and ``ShapeName/featuresByShape``.
    let infos: UnsafeBufferPointer<PhraseInfo>
    let featuresByShape: UnsafeBufferPointer<UInt32>
    /// What short tokens alone decide, per spelling.
    let lexemes: LexemeSlots
    /// The sentence's tokens (document indices).
    let lower: Int
    let limit: Int
    /// The tables written: per token of the sentence ``LexisBuffers/tokenStride`` words, and the phrases.
    let tables: LexisTables
    let words: UnsafeMutablePointer<UInt32>
    let traits: UnsafeMutableBufferPointer<TokenTraits>
    private var phraseWords: UnsafeMutablePointer<Int32>
    private var phraseClasses: UnsafeMutablePointer<UInt32>
    private var phraseRoom: Int
    /// The phrases found so far.
    private(set) var phraseCount = 0
    /// Whether the sentence is a headline set in capitals: at least two all-capital words and no more
    /// words with lower-case letters than all-capital ones.
    private(set) var isHeadline = false
    /// The features of all tokens and the classes of all phrases so far.
    private(set) var sentenceFeatures: UInt32 = 0
    private(set) var sentenceClasses: UInt32 = 0

    init(
        _ range: Range<Int>, bytes: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Span>, trie: PhraseTrie,
        infos: UnsafeBufferPointer<PhraseInfo>, featuresByShape: UnsafeBufferPointer<UInt32>, lexemes: LexemeSlots,
        tables: LexisTables, traits: UnsafeMutableBufferPointer<TokenTraits>
    ) {
        self.bytes = bytes
        self.tokens = tokens
        self.trie = trie
        self.infos = infos
        self.featuresByShape = featuresByShape
        self.lexemes = lexemes
        lower = range.lowerBound
        limit = range.upperBound
        self.tables = tables
        tables.reserveTokens(range.count + 1)
        words = tables.tokenWords
        self.traits = traits
        phraseWords = tables.phraseWords
        phraseClasses = tables.phraseClasses
        phraseRoom = tables.phraseCapacity
    }

    /// Scans the sentence: each token's table words and traits, and its phrases; appends to `candidates`
    /// every phrase with an entity label, in token order.
    mutating func run(candidates: inout [Candidate]) {
        let tokens = self.tokens
        let traits = self.traits
        let lexemes = self.lexemes
        let limit = self.limit
        // Every short token's bytes are read as one word, past the text's end only near the end of the text.
        let base = bytes.baseAddress
        let wordsInText = base != nil && limit > lower && Int(tokens[limit &- 1].start) &+ 8 <= bytes.count
        // The token's table words, and the features (low half) and traits (high half) of all tokens so far.
        var word = words
        var seen: UInt64 = 0
        for index in lower..<limit {
            let token = tokens[index]
            var lexeme: UnsafeMutablePointer<Lexeme>
            if UInt(bitPattern: token.length &- 1) < UInt(SpellingCache.longest) {
                let spelling = wordsInText
                    ? WordHash.word(at: UnsafeRawPointer(base.unsafelyUnwrapped + token.start), token.length)
                    : WordHash.word(bytes, token.start, token.length)
                lexeme = lexemes.slot(of: spelling, length: token.length)
                if !lexeme.pointee.isLexeme(of: spelling, length: token.length) { lexeme = self.lexeme(at: index) }
            } else {
                lexeme = longLexeme(at: index)
            }
            word[3] = UInt32(truncatingIfNeeded: phraseCount)
            var startClasses: UInt32 = 0
            if lexeme.pointee.single >= 0
                || lexeme.pointee.continuations != 0 && index &+ 1 < limit
                    && lexeme.pointee.goesOn(touching: tokens[index &+ 1].start == token.end)
            {
                startClasses = phrases(from: index, lexeme, candidates: &candidates)
            }
            // (A lexeme looked up again by `phrases` has the same features, literal and traits.)
            let features = lexeme.pointee.features
            word[0] = features
            word[1] = UInt32(bitPattern: lexeme.pointee.literal)
            word[2] = startClasses
            seen |= UInt64(features) | UInt64(lexeme.pointee.traits.rawValue) << 32
            traits[index] = lexeme.pointee.traits
            word += LexisBuffers.tokenStride
        }
        word[3] = UInt32(truncatingIfNeeded: phraseCount)
        if lower < limit { traits[lower].startsSentence = true }
        if sentenceClasses & PhraseClass.titleBit != 0 { markTitles() }
        sentenceFeatures = UInt32(truncatingIfNeeded: seen)
        isHeadline = seen >> 32 & UInt64(TokenShape.allCaps.rawValue) != 0 && Self.countsAsHeadline(traits[lower..<limit])
    }

    /// Whether the sentence is a headline set in capitals: at least two all-capital words and no more
    /// words with lower-case letters than all-capital ones.
    private static func countsAsHeadline(_ traits: Slice<UnsafeMutableBufferPointer<TokenTraits>>) -> Bool {
        var capitals = 0
        var others = 0
        for token in traits {
            if token.shape.contains(.allCaps) { capitals += 1 } else if token.shape.contains(.hasLower) { others += 1 }
        }
        return capitals >= 2 && capitals >= others
    }

    /// Marks the tokens that title phrases (`Secretary of State`) cover.
    private func markTitles() {
        for index in lower..<limit {
            let word = (index &- lower) &* LexisBuffers.tokenStride
            guard words[word &+ 2] & PhraseClass.titleBit != 0 else { continue }
            for slot in Int(words[word &+ 3])..<Int(words[word &+ 3 &+ LexisBuffers.tokenStride])
            where phraseClasses[slot] & PhraseClass.titleBit != 0 {
                for covered in index..<Int(phraseWords[slot &* LexisBuffers.phraseStride]) {
                    traits[covered].inTitle = true
                }
            }
        }
    }

    /// Turns the scanned sentence into a headline: no capital is evidence.
    mutating func markHeadline() {
        sentenceFeatures = 0
        for index in lower..<limit {
            let word = (index - lower) * LexisBuffers.tokenStride
            traits[index].inCapsSentence = true
            if !traits[index].shape.contains(.hasLower) { words[word] &= ~ShapeName.headlineBits }
            sentenceFeatures |= words[word]
        }
    }

    /// The lexeme of a token longer than ``SpellingCache/longest`` bytes, or empty: from the cache when an
    /// earlier token was spelled alike, else worked out.
    @inline(never)
    private mutating func longLexeme(at index: Int) -> UnsafeMutablePointer<Lexeme> {
        let token = tokens[index]
        guard token.length > SpellingCache.longest && token.length <= LexemeSlots.longest else { return lexeme(at: index) }
        let slot = lexemes.slot(ofLongAt: token.start, length: token.length, in: bytes)
        return slot.pointee.isLexeme(ofLongAt: token.start, length: token.length, in: bytes) ? slot : lexeme(at: index)
    }

    /// The lexeme of a token not in the cache, remembered unless the token is empty or longer than
    /// ``LexemeSlots/longest`` bytes. When no token touches it, a token whose bytes are no word of any
    /// phrase is told by the trie's filter, before the trie (``PhraseTrie/Alone/unlooked``). (`mutating`
    /// only so that the scan is passed by reference, not copied.)
    @inline(never)
    private mutating func lexeme(at index: Int) -> UnsafeMutablePointer<Lexeme> {
        let token = tokens[index]
        let touching = index &+ 1 < limit && tokens[index &+ 1].start == token.end
        let isShort = token.length <= SpellingCache.longest && !token.isEmpty
        let spelling = isShort ? WordHash.word(bytes, token.start, token.length) : 0
        let shape = isShort
            ? TokenShape(word: spelling, length: token.length) ?? TokenShape(of: token, in: bytes)
            : TokenShape(of: token, in: bytes)
        let alone: PhraseTrie.Alone
        if token.isEmpty {
            alone = PhraseTrie.Alone()
        } else if !touching
            && !trie.mayStartPhrase(
                isShort
                    ? WordHash.of(word: spelling, length: token.length)
                    : WordHash.of(bytes, token.start, token.end, folded: false))
        {
            alone = .unlooked
        } else {
            alone = trie.alone(bytes, token.start, token.end)
        }
        let lexeme = Lexeme(shape: shape, alone: alone, infos: infos, featuresByShape: featuresByShape)
        if isShort { return lexemes.remember(lexeme, of: spelling, length: token.length) }
        if token.isEmpty || token.length > LexemeSlots.longest { return lexemes.keep(lexeme) }
        return lexemes.remember(lexeme, ofLongAt: token.start, length: token.length, in: bytes)
    }

    /// Records the phrases starting at token `index`, whose lexeme says some may (shortest first), and
    /// their candidates; returns their classes.
    @inline(never)
    private mutating func phrases(
        from index: Int, _ lexeme: UnsafeMutablePointer<Lexeme>, candidates: inout [Candidate]
    ) -> UInt32 {
        let next = index &+ 1
        let touching = next < limit && tokens[next].start == tokens[index].end
        if lexeme.pointee.node < 0 && lexeme.pointee.single < 0 {
            // Not looked up in the trie (its bytes are no word of a phrase), but a phrase may go on into the
            // token touching it: look it up now, for good, in place.
            let token = tokens[index]
            lexeme.pointee = Lexeme(
                shape: lexeme.pointee.traits.shape, alone: trie.alone(bytes, token.start, token.end), infos: infos,
                featuresByShape: featuresByShape, keeping: lexeme.pointee)
        }
        let lexeme = lexeme.pointee
        // At most one phrase per token end up to the sentence's end.
        if phraseCount &+ (limit &- index) > phraseRoom {
            tables.reservePhrases(phraseCount &+ (limit &- index), keeping: phraseCount)
            phraseWords = tables.phraseWords
            phraseClasses = tables.phraseClasses
            phraseRoom = tables.phraseCapacity
        }
        let firstSlot = phraseCount
        if lexeme.single >= 0 {
            phraseWords[phraseCount &* LexisBuffers.phraseStride] = Int32(truncatingIfNeeded: next)
            phraseWords[phraseCount &* LexisBuffers.phraseStride &+ 1] = lexeme.single
            phraseCount &+= 1
        }
        if next < limit && lexeme.goesOn(touching: touching) {
            phraseCount &+= trie.phrases(
                after: lexeme.node, in: bytes, tokens: tokens, next: next, limit: limit,
                into: phraseWords + phraseCount &* LexisBuffers.phraseStride)
        }
        var classes: UInt32 = 0
        for slot in firstSlot..<phraseCount {
            let end = Int(phraseWords[slot &* LexisBuffers.phraseStride])
            let phraseInfo = infos[Int(phraseWords[slot &* LexisBuffers.phraseStride &+ 1])]
            let phraseClassBits = phraseInfo.classes
            if let label = phraseInfo.label {
                candidates.append(
                    Candidate(
                        start: index, end: end, label: label, priority: Priority.gazetteer(phraseInfo), origin: .gazetteer))
            }
            phraseClasses[slot] = phraseClassBits
            classes |= phraseClassBits
        }
        sentenceClasses |= classes
        return classes
    }
}

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
    /// What the document's tokens (up to ``LexemeSlots/longest`` bytes) alone decide, per spelling.
    private let lexemes: LexemeCache

    /// Scratch space for the sentences of one document of `tokens` tokens. The tables and the lexeme cache
    /// are shared by copies, not copied; the cache knows a long token by where an earlier token spelled
    /// alike stands in the document, so it serves that document only.
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
        let lexicon = table.lexicon
        let bytes = table.bytes
        let tokens = table.tokens
        let tables = self.tables
        let scan = lexicon.infos.withUnsafeBufferPointer { infos in
            ShapeName.featuresByShape.withUnsafeBufferPointer { featuresByShape in
                table.traits.withUnsafeMutableBufferPointer { traits in
                    lexemes.withSlots { lexemes in
                        var scan = SentenceScan(
                            range, bytes: bytes, tokens: tokens, trie: lexicon.trie, infos: infos,
                            featuresByShape: featuresByShape, lexemes: lexemes, tables: tables, traits: traits)
                        scan.run(candidates: &candidates)
                        if scan.isHeadline { scan.markHeadline() }
                        return (scan.phraseCount, scan.sentenceClasses, scan.sentenceFeatures)
                    }
                }
            }
        }
        (phraseCount, sentenceClasses, sentenceFeatures) = scan
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

    /// Whether some phrase starts at the token: whether their classes are not empty, as every gazetteer
    /// phrase has an entity label or a cue (``PhraseInfo/classes``).
    @inline(__always)
    func hasPhrases(_ local: Int) -> Bool { startClasses(local) != 0 }

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

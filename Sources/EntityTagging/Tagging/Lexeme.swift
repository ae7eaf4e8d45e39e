/// Everything the sentence scan learns from a token's bytes alone, whatever stands around it: its traits
/// (shape and the phrase made of the token alone), its pattern features, its literal number, and where the
/// trie goes on from it. The same few hundred spellings make most of a text, so the scan remembers this per
/// spelling of short tokens (``LexemeCache``) and works a repeated word out once.
struct Lexeme {
    /// The key in a ``LexemeCache``: the token's bytes as one word (``WordHash/word(_:_:_:)``) and its
    /// length (0: an empty slot).
    fileprivate var word: UInt64 = 0
    fileprivate var length: UInt8 = 0
    /// ``PhraseTrie/Alone/continuations``: whether a phrase goes on past the token.
    let continuations: UInt8
    /// The trie node the token's bytes reach (``PhraseTrie/Alone/node``).
    let node: Int32
    /// The literal number of the token (`-1`: none).
    let literal: Int32
    /// The payload of the gazetteer phrase made of the token alone (`-1`: none).
    let single: Int32
    /// The token's pattern features (``LexisBuffers/features(_:)``).
    let features: UInt32
    /// The token's traits, without those of its place (sentence start, title, headline).
    let traits: TokenTraits

    /// The lexeme of a token of shape `shape` of which the trie says `alone`.
    /// - Parameters:
    ///   - infos: The gazetteer entries by payload (``Lexicon/infos``).
    ///   - featuresByShape: ``ShapeName/featuresByShape``.
    @inline(__always)
    init(
        shape: TokenShape, alone: PhraseTrie.Alone, infos: UnsafeBufferPointer<PhraseInfo>,
        featuresByShape: UnsafeBufferPointer<UInt32>
    ) {
        let single = alone.payload >= 0 ? infos[Int(alone.payload)] : nil
        continuations = alone.continuations
        node = alone.node
        literal = alone.literal
        self.single = alone.payload
        features = featuresByShape[Int(shape.rawValue)] | (single?.classes ?? 0)
        traits = TokenTraits(shape: shape, startsSentence: false, single: single, inTitle: false)
    }

    /// An empty slot of a ``LexemeCache``.
    fileprivate init() {
        continuations = 0
        node = -1
        literal = -1
        single = -1
        features = 0
        traits = TokenTraits(rawValue: 0)
    }

    /// Whether a phrase may go on past the token into the next one, which touches it or not.
    @inline(__always)
    func goesOn(touching: Bool) -> Bool { PhraseTrie.Alone.goesOn(continuations, touching: touching) }
}

/// The ``Lexeme`` of each spelling of short tokens (1 to ``SpellingCache/longest`` bytes) seen so far in
/// one document.
///
/// Direct-mapped, like ``SpellingCache``: a token's bytes and length are its key, so a hit is exact, and a
/// new spelling replaces the old one in its slot. Thirty-two bytes a slot, half a cache line read per lookup.
struct LexemeCache {
    private var slots: [Lexeme]
    private let slotShift: UInt64

    /// An empty cache for a document of about `tokens` tokens (``SpellingCache/slotBits(tokens:)``).
    init(tokens: Int) {
        let bits = SpellingCache.slotBits(tokens: tokens)
        slots = Array(repeating: Lexeme(), count: 1 << bits)
        slotShift = UInt64(64 - bits)
    }

    /// The lexeme remembered for a token of `length` (1–8) bytes spelled `word`, if any.
    @inline(__always)
    func lexeme(of word: UInt64, length: Int) -> Lexeme? {
        let slot = slots.withUnsafeBufferPointer { $0[SpellingCache.slot(word, length, shift: slotShift)] }  // in range
        guard slot.word == word, Int(slot.length) == length else { return nil }
        return slot
    }

    /// Remembers `lexeme` for a token of `length` (1–8) bytes spelled `word`.
    mutating func remember(_ lexeme: Lexeme, of word: UInt64, length: Int) {
        var entry = lexeme
        entry.word = word
        entry.length = UInt8(truncatingIfNeeded: length)
        slots[SpellingCache.slot(word, length, shift: slotShift)] = entry
    }
}

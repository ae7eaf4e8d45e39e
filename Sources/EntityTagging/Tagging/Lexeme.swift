/// Everything the sentence scan learns from a token's bytes alone, whatever stands around it: its traits
/// (shape and the phrase made of the token alone), its pattern features, its literal number, and where the
/// trie goes on from it. The same few hundred spellings make most of a text, so the scan remembers this per
/// spelling of short tokens (``LexemeCache``) and works a repeated word out once.
struct Lexeme {
    /// The key in a ``LexemeCache``: the token's length (0: an empty slot) and, for a token of up to
    /// ``SpellingCache/longest`` bytes, its bytes as one word (``WordHash/word(_:_:_:)``); for a longer one,
    /// where a token spelled alike starts in the document (a UTF-8 offset).
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

    /// ``init(shape:alone:infos:featuresByShape:)`` for the place of `old` in a ``LexemeCache``.
    @inline(__always)
    init(
        shape: TokenShape, alone: PhraseTrie.Alone, infos: UnsafeBufferPointer<PhraseInfo>,
        featuresByShape: UnsafeBufferPointer<UInt32>, keeping old: Lexeme
    ) {
        self.init(shape: shape, alone: alone, infos: infos, featuresByShape: featuresByShape)
        word = old.word
        length = old.length
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

    /// Whether this is a ``LexemeCache``'s lexeme of a token of `length` (1–8) bytes spelled `word`.
    @inline(__always)
    func isLexeme(of word: UInt64, length: Int) -> Bool { self.word == word && Int(self.length) == length }

    /// Whether this is a ``LexemeCache``'s lexeme of the token of `length` (more than
    /// ``SpellingCache/longest``) bytes at UTF-8 offset `start` of `bytes`, the document.
    @inline(__always)
    func isLexeme(ofLongAt start: Int, length: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        Int(self.length) == length && Int(word) &+ length <= bytes.count
            && WordHash.sameBytes(bytes, Int(word), start, count: length)
    }

    /// Whether a phrase may go on past the token into the next one, which touches it or not.
    @inline(__always)
    func goesOn(touching: Bool) -> Bool { PhraseTrie.Alone.goesOn(continuations, touching: touching) }
}

/// The ``Lexeme`` of each spelling of tokens (1 to ``LexemeSlots/longest`` bytes) seen so far in one
/// document.
///
/// Direct-mapped, like ``SpellingCache``: a short token's bytes and length are its key, a longer token is
/// compared with the earlier token spelled alike whose lexeme the slot holds, so a hit is exact; a new
/// spelling replaces the old one in its slot. Thirty-two bytes a slot, half a cache line read per lookup;
/// up to 16,384 slots (512 kB, in the processor's second-level cache), four times the ``SpellingCache``'s, as
/// a miss costs a few hundred instructions here. Raw memory, so that the scan reads a lexeme where it lies; a
/// class only so that it can free it.
final class LexemeCache {
    private static let mostSlotBits = 14
    /// The slots, then one more: a place for a lexeme that is not remembered.
    private let slots: UnsafeMutablePointer<Lexeme>
    private let slotCount: Int
    private let slotShift: UInt64

    /// An empty cache for a document of about `tokens` tokens (``SpellingCache/slotBits(tokens:most:)``).
    init(tokens: Int) {
        let bits = SpellingCache.slotBits(tokens: tokens, most: Self.mostSlotBits)
        slotCount = 1 << bits
        slotShift = UInt64(64 - bits)
        slots = UnsafeMutablePointer<Lexeme>.allocate(capacity: slotCount + 1)
        slots.initialize(repeating: Lexeme(), count: slotCount + 1)
    }

    deinit { slots.deallocate() }

    /// Calls `body` with the slots, for a loop that looks up many tokens.
    func withSlots<Result>(_ body: (LexemeSlots) -> Result) -> Result {
        withExtendedLifetime(self) { body(LexemeSlots(slots: slots, count: slotCount, shift: slotShift)) }
    }
}

/// The slots of a ``LexemeCache``, valid inside ``LexemeCache/withSlots(_:)``.
struct LexemeSlots {
    fileprivate let slots: UnsafeMutablePointer<Lexeme>
    fileprivate let count: Int
    fileprivate let shift: UInt64

    /// The slot of a token of `length` (1–8) bytes spelled `word`: its lexeme if ``Lexeme/isLexeme(of:length:)``.
    @inline(__always)
    func slot(of word: UInt64, length: Int) -> UnsafeMutablePointer<Lexeme> {
        slots + SpellingCache.slot(word, length, shift: shift)  // below `count`
    }

    /// Remembers `lexeme` for a token of `length` (1–8) bytes spelled `word`; returns where it lies.
    @inline(__always)
    @discardableResult
    func remember(_ lexeme: Lexeme, of word: UInt64, length: Int) -> UnsafeMutablePointer<Lexeme> {
        let slot = slot(of: word, length: length)
        slot.pointee = lexeme
        slot.pointee.word = word
        slot.pointee.length = UInt8(truncatingIfNeeded: length)
        return slot
    }

    /// The longest token remembered, in bytes.
    static let longest = Int(UInt8.max)

    /// The slot of the token of `length` (more than ``SpellingCache/longest``, up to ``longest``) bytes at
    /// UTF-8 offset `start` of `bytes`: its lexeme if ``Lexeme/isLexeme(ofLongAt:length:in:)``.
    @inline(__always)
    func slot(ofLongAt start: Int, length: Int, in bytes: UnsafeBufferPointer<UInt8>) -> UnsafeMutablePointer<Lexeme> {
        let first = WordHash.word(bytes, start, 8)
        let last = WordHash.word(bytes, start &+ length &- 8, 8)
        return slot(of: first ^ (last << 29 | last >> 35), length: length)
    }

    /// Remembers `lexeme` for the token of `length` (more than ``SpellingCache/longest``, up to ``longest``)
    /// bytes at UTF-8 offset `start` of `bytes`; returns where it lies.
    @inline(__always)
    func remember(
        _ lexeme: Lexeme, ofLongAt start: Int, length: Int, in bytes: UnsafeBufferPointer<UInt8>
    ) -> UnsafeMutablePointer<Lexeme> {
        let slot = slot(ofLongAt: start, length: length, in: bytes)
        slot.pointee = lexeme
        slot.pointee.word = UInt64(start)
        slot.pointee.length = UInt8(truncatingIfNeeded: length)
        return slot
    }

    /// Keeps `lexeme`, of a token that is not remembered (an empty one, or one longer than ``longest``),
    /// until the next call; returns where it lies.
    @inline(__always)
    func keep(_ lexeme: Lexeme) -> UnsafeMutablePointer<Lexeme> {
        let scratch = slots + count
        scratch.pointee = lexeme
        return scratch
    }
}

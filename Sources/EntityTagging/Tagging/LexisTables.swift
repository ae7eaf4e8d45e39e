/// The tables of a ``SentenceLexis`` as raw memory, grown as needed and reused from sentence to sentence, so
/// that the scan writes them through pointers: no uniqueness check, bounds check or growth test per write.
/// Owned by one ``SentenceLexis`` (a class only so that it can free its memory).
final class LexisTables {
    /// Per token, ``LexisBuffers/tokenStride`` words.
    private(set) var tokenWords: UnsafeMutablePointer<UInt32>
    /// The tokens ``tokenWords`` has room for.
    private(set) var tokenCapacity: Int
    /// Per phrase, ``LexisBuffers/phraseStride`` numbers.
    private(set) var phraseWords: UnsafeMutablePointer<Int32>
    /// Per phrase, its classes.
    private(set) var phraseClasses: UnsafeMutablePointer<UInt32>
    /// The phrases ``phraseWords`` and ``phraseClasses`` have room for.
    private(set) var phraseCapacity: Int

    /// Empty tables with room for a short sentence.
    init() {
        tokenCapacity = 64
        phraseCapacity = 64
        tokenWords = Self.allocate(tokenCapacity * LexisBuffers.tokenStride)
        phraseWords = Self.allocate(phraseCapacity * LexisBuffers.phraseStride)
        phraseClasses = Self.allocate(phraseCapacity)
    }

    deinit {
        tokenWords.deallocate()
        phraseWords.deallocate()
        phraseClasses.deallocate()
    }

    /// Makes room for `count` tokens; the token words' contents are not kept.
    func reserveTokens(_ count: Int) {
        guard count > tokenCapacity else { return }
        tokenCapacity = max(count, 2 * tokenCapacity)
        tokenWords.deallocate()
        tokenWords = Self.allocate(tokenCapacity * LexisBuffers.tokenStride)
    }

    /// Makes room for `count` phrases, keeping the first `kept`.
    func reservePhrases(_ count: Int, keeping kept: Int) {
        guard count > phraseCapacity else { return }
        phraseCapacity = max(count, 2 * phraseCapacity)
        phraseWords = Self.reallocate(phraseWords, count: phraseCapacity * LexisBuffers.phraseStride, keeping: kept * LexisBuffers.phraseStride)
        phraseClasses = Self.reallocate(phraseClasses, count: phraseCapacity, keeping: kept)
    }

    private static func allocate<Word: FixedWidthInteger>(_ count: Int) -> UnsafeMutablePointer<Word> {
        let words = UnsafeMutablePointer<Word>.allocate(capacity: count)
        words.initialize(repeating: 0, count: count)
        return words
    }

    private static func reallocate<Word: FixedWidthInteger>(
        _ words: UnsafeMutablePointer<Word>, count: Int, keeping kept: Int
    ) -> UnsafeMutablePointer<Word> {
        let grown: UnsafeMutablePointer<Word> = allocate(count)
        grown.update(from: words, count: kept)
        words.deallocate()
        return grown
    }
}

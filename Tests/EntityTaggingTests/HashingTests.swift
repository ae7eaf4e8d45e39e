@testable import EntityTagging
import Testing

@Suite("Word hashes, filters and the spelling cache")
struct HashingTests {
    private func hash(_ text: String, folded: Bool) -> UInt64 {
        let bytes = Array(text.utf8) + [0x41]  // a byte past the token, never read into the hash
        return bytes.withUnsafeBufferPointer { WordHash.of($0, 0, text.utf8.count, folded: folded) }
    }

    @Test func foldingLowersASCIICapitalsOnly() {
        #expect(hash("Bank", folded: true) == hash("bank", folded: true))
        #expect(hash("BANK", folded: true) == hash("bank", folded: true))
        #expect(hash("Bank", folded: false) != hash("bank", folded: false))
        #expect(hash("International", folded: true) == hash("INTERNATIONAL", folded: true))
        // '@' '[' '`' '{' sit next to the letters; Ö is not ASCII.
        for (a, b) in [("@", "`"), ("[", "{"), ("Ö", "ö")] { #expect(hash(a, folded: true) != hash(b, folded: true)) }
    }

    @Test func theShortFormEqualsTheGeneralOne() {
        for text in ["a", "of", "Japan", "12345678"] {
            let bytes = Array(text.utf8)
            let word = bytes.withUnsafeBufferPointer { WordHash.word($0, 0, bytes.count) }
            #expect(WordHash.of(word: word, length: bytes.count) == hash(text, folded: false))
        }
    }

    @Test func aFilterNeverForgetsAHash() {
        var filter = HashFilter(capacity: 5_000)
        var generator = SystemRandomNumberGenerator()
        let hashes = (0..<5_000).map { _ in generator.next() as UInt64 }
        for hash in hashes { filter.insert(hash) }
        #expect(hashes.allSatisfy(filter.mayContain))
    }

    @Test func theSpellingCacheAnswersOnlyForTheSpellingItRemembers() {
        var cache = SpellingCache()
        for value in 0..<10_000 {
            cache.remember(Int32(value), of: UInt64(value), length: 4)
        }
        var answered = 0
        for value in 0..<10_000 {
            if let remembered = cache.value(of: UInt64(value), length: 4) {
                #expect(remembered == Int32(value))
                answered += 1
            }
            #expect(cache.value(of: UInt64(value), length: 5) == nil)
        }
        #expect(answered > 0)
    }
}

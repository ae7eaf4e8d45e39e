@testable import EntityTagging
import TestSupport
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
        var generator = SeededGenerator(seed: 7)
        let hashes = (0..<5_000).map { _ in generator.next() as UInt64 }
        for hash in hashes { filter.insert(hash) }
        #expect(hashes.allSatisfy(filter.mayContain))
    }

    @Test func theSpellingCacheAnswersOnlyForTheSpellingItRemembers() {
        var cache = SpellingCache(tokens: 10_000)
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

    @Test(arguments: [1, 10, 1_000, 10_000])
    func theSlotOrderIsTheOrderOfTheMapsEntries(_ count: Int) {
        var generator = SeededGenerator(seed: UInt64(count))
        // Keys crowded into few slots (low bits alike) as well as spread ones, and the key 0.
        let keys = (0..<count).map { position -> UInt64 in
            position == 0 ? 0 : position.isMultiple(of: 20) ? UInt64(position) << 40 : generator.next()
        }
        let capacity = count * 3
        var map = HashMap64<Int>(capacity: capacity)
        for (position, key) in keys.enumerated() { map[key] = position }
        #expect(HashMap64<Int>.slotOrder(of: keys, capacity: capacity) == map.entries.map(\.value))
    }
}

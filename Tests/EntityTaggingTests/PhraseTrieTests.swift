import CorpusModel
@testable import EntityTagging
import TestSupport
import Testing

@Suite("The phrase trie matches whole tokens, whatever the tokenizer split")
struct PhraseTrieTests {
    let trie = PhraseTrie([(Array("Japan-U.S.".utf8), 0), (Array("New York".utf8), 1), (Array("New".utf8), 2)])

    func matches(_ marked: String) -> [String] {
        let text = MarkedText(marked)
        var found: [String] = []
        Array(text.text.utf8).withUnsafeBufferPointer { bytes in
            text.spans.withUnsafeBufferPointer { tokens in
                var cache = SpellingCache(tokens: tokens.count)
                for first in 0..<tokens.count {
                    var matches: [Int32] = []
                    trie.walk(in: bytes, tokens: tokens, first: first, limit: tokens.count, cache: &cache, into: &matches)
                    for match in stride(from: 0, to: matches.count, by: 2) {
                        found.append("\(first)..<\(matches[match]):\(matches[match + 1])")
                    }
                }
            }
        }
        return found
    }

    @Test func oneTokenOrSeveralWithoutSpaces() {
        #expect(matches("the ⟦Japan-U.S.⟧ pact") == ["0..<1:0"])
        #expect(matches("the ⟦Japan⟧⟦-⟧⟦U.S.⟧ pact") == ["0..<3:0"])
    }

    @Test func whitespaceMatchesOneSpaceAndShortestComesFirst() {
        #expect(matches("⟦New⟧ \n ⟦York⟧") == ["0..<1:2", "0..<2:1"])
    }

    @Test func neverEndsInsideAToken() {
        #expect(matches("⟦Newark⟧ ⟦York⟧") == [])
        #expect(matches("⟦Japan-U.S.-led⟧") == [])
    }

    @Test func exactLookup() {
        #expect(trie.payload(of: Array("New York".utf8)) == 1)
        #expect(trie.payload(of: Array("New Yor".utf8)) == nil)
    }
}

import CorpusModel
@testable import EntityTagging
import TestSupport
import Testing

@Suite("Finding the next token of a shape, four tokens' traits at a time")
struct TokenSweepTests {
    @Test(arguments: [0, 1, 3, 4, 5, 17, 64, 1_001])
    func theSweepFindsWhatATokenByTokenSearchFinds(_ count: Int) {
        var generator = SeededGenerator(seed: UInt64(count) + 11)
        let shapes: [TokenShape] = [[.lowerInitial, .hasLower], [.upperInitial, .hasUpper, .hasLower],
                                    [.upperInitial, .hasUpper, .innerHyphen], .punctuation]
        let text = [UInt8](repeating: 0x61, count: count)
        let spans = (0..<count).map { Span($0, $0 + 1) }
        text.withUnsafeBufferPointer { bytes in
            spans.withUnsafeBufferPointer { tokens in
                var table = TokenTable(bytes: bytes, tokens: tokens, sentences: [], lexicon: TaggerRules.builtin.lexicon)
                for index in 0..<count {
                    // Mostly lower-case words, as in running text.
                    let shape = generator.next() % 4 == 0 ? shapes[Int(generator.next() % 4)] : shapes[0]
                    table.traits[index] = TokenTraits(shape: shape, startsSentence: false, single: nil, inTitle: false)
                }
                for flag in [TokenShape.upperInitial, .innerHyphen, .allCaps] {
                    for start in 0...count {
                        let expected = (start..<count).first { table.shape($0).contains(flag) } ?? count
                        #expect(table.firstToken(from: start, with: flag) == expected)
                    }
                }
            }
        }
    }
}

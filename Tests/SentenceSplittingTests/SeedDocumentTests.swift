import CorpusModel
import Foundation
import SentenceSplitting
import TestSupport
import Testing
import Tokenization

/// The seed article as a whole: its excerpts in `Cases/seed.txt` are byte for byte from it, and the whole
/// document splits into the sentences listed in `Cases/seed-sentences.txt`.
@Suite struct SeedDocumentTests {
    /// The seed document, from the package's `Corpus/` folder.
    static func seed() throws -> Document {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let path = root.appendingPathComponent("Corpus/nikkei-kyodo-japan-us-space-cyber-2019-04-19.txt").path
        return try Document(contentsOf: path)
    }

    @Test func excerptsAreFromTheSeed() throws {
        let text = try Self.seed().text
        for testCase in try SplitterCaseTests.cases("seed") {
            #expect(text.contains(MarkedText(testCase.marked).text), "\(testCase.location) is not in the seed")
        }
    }

    @Test(arguments: TokenizerStyle.allCases)
    func wholeDocument(style: TokenizerStyle) throws {
        let document = try Self.seed()
        let url = try #require(Bundle.module.url(forResource: "seed-sentences", withExtension: "txt", subdirectory: "Cases"))
        let expected = try CaseFile.load(url).map(\.marked)
        let sentences = SentenceSplitter().split(document, tokens: Tokenizer(style: style).tokenize(document))
        #expect(sentences.map { document.text(of: $0) } == expected)
    }
}

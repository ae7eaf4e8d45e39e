import CorpusModel
import Foundation
import SentenceSplitting
import TestSupport
import Testing
import Tokenization

/// The marked-text case files: every line's sentences must come out exactly as marked, with the tokens of
/// both tokenizer styles.
@Suite struct SplitterCaseTests {
    static func cases(_ name: String) throws -> [CaseFile.Case] {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Cases"))
        return try CaseFile.load(url)
    }

    @Test(arguments: try cases("auto"), TokenizerStyle.allCases)
    func auto(_ testCase: CaseFile.Case, style: TokenizerStyle) {
        check(testCase, newlines: .auto, style: style)
    }

    @Test(arguments: try cases("always"), TokenizerStyle.allCases)
    func always(_ testCase: CaseFile.Case, style: TokenizerStyle) {
        check(testCase, newlines: .always, style: style)
    }

    @Test(arguments: try cases("never"), TokenizerStyle.allCases)
    func never(_ testCase: CaseFile.Case, style: TokenizerStyle) {
        check(testCase, newlines: .never, style: style)
    }

    @Test(arguments: try cases("seed"), TokenizerStyle.allCases)
    func seed(_ testCase: CaseFile.Case, style: TokenizerStyle) {
        check(testCase, newlines: .auto, style: style)
    }

    /// Splits the case's text and compares the sentences with its markers.
    static func check(_ testCase: CaseFile.Case, newlines: NewlinePolicy, style: TokenizerStyle) {
        let expected = MarkedText(testCase.marked)
        let document = Document(id: "case", text: expected.text)
        let tokens = Tokenizer(style: style).tokenize(document)
        let sentences = SentenceSplitter(newlines: newlines).split(document, tokens: tokens)
        let actual = MarkedText(text: expected.text, annotations: sentences.map { Annotation($0) })
        #expect(actual == expected, "\(testCase.location) (\(style))")
    }

    private func check(_ testCase: CaseFile.Case, newlines: NewlinePolicy, style: TokenizerStyle) {
        Self.check(testCase, newlines: newlines, style: style)
    }
}

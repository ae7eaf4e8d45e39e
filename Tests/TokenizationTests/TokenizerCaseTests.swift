import CorpusModel
import Foundation
import TestSupport
import Testing

@testable import Tokenization

/// The marked-text case files: every line's tokens must come out exactly as marked.
@Suite struct TokenizerCaseTests {
    static func cases(_ name: String) throws -> [CaseFile.Case] {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Cases"))
        return try CaseFile.load(url)
    }

    @Test(arguments: try cases("ptb"))
    func ptb(_ testCase: CaseFile.Case) {
        check(testCase, style: .ptb)
    }

    @Test(arguments: try cases("ud"))
    func ud(_ testCase: CaseFile.Case) {
        check(testCase, style: .ud)
    }

    private func check(_ testCase: CaseFile.Case, style: TokenizerStyle) {
        let expected = MarkedText(testCase.marked)
        let tokens = Tokenizer(style: style).tokenize(Document(id: "case", text: expected.text))
        let actual = MarkedText(text: expected.text, annotations: tokens.map { Annotation($0) })
        #expect(actual == expected, "\(testCase.location)")
    }
}

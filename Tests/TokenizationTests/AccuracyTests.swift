import CorpusModel
import Foundation
import TestSupport
import Testing

@testable import Tokenization

private let conllDevFile = SharedData.path("conll2003/dev.txt").map(URL.init(fileURLWithPath:))

/// Style `ptb` against CoNLL-2003 dev: its tokens, joined by spaces (sentences by newlines), must come
/// back whole — the convention is CoNLL-2003's. Skipped without the shared data. (Style `ud` against UD
/// English EWT is guarded through the binary and the project's CoNLL-U reader: `AccuracyGuardTests`.)
@Suite(.enabled(if: conllDevFile != nil, "../shared/data/conll2003/dev.txt is absent"))
struct CoNLLConventionTests {
    @Test func ptbKeepsCoNLLTokensWhole() throws {
        let url = try #require(conllDevFile)
        var (kept, total) = (0, 0)
        let tokenizer = Tokenizer(style: .ptb)
        for document in try String(contentsOf: url, encoding: .utf8).components(separatedBy: "-DOCSTART-") {
            let sentences = document.split(separator: "\n", omittingEmptySubsequences: false)
                .split(whereSeparator: { $0.isEmpty }).dropFirst()  // the rest of the -DOCSTART- line
                .map { $0.map { String($0.prefix(while: { $0 != " " })) } }
            var text = ""
            var gold: [Span] = []
            for sentence in sentences {
                if !text.isEmpty { text += "\n" }
                for (index, token) in sentence.enumerated() {
                    if index > 0 { text += " " }
                    gold.append(Span(text.utf8.count, text.utf8.count + token.utf8.count))
                    text += token
                }
            }
            let system = Set(tokenizer.tokenize(Document(id: "conll", text: text)))
            kept += gold.filter(system.contains).count
            total += gold.count
        }
        #expect(total == 51_362)
        #expect(Double(kept) / Double(total) >= 0.999, "\(kept) of \(total) tokens kept whole")
    }
}

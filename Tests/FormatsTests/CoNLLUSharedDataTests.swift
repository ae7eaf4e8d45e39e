import CorpusModel
import Foundation
import Formats
import TestSupport
import Testing

@Suite("CoNLL-U round trips on UD EWT dev and CoNLL-2003 dev (skipped without ../shared/data)")
struct CoNLLUSharedDataTests {
    static let ewt = SharedData.path("ud-ewt/dev.conllu")
    static let conll = SharedData.path("conll2003/dev.txt")

    /// The `# text` lines of a CoNLL-U file, in order.
    static func textComments(_ bytes: [UInt8]) -> [String] {
        String(decoding: bytes, as: UTF8.self).split(separator: "\n")
            .filter { $0.hasPrefix("# text = ") }.map { String($0.dropFirst("# text = ".count)) }
    }

    @Test(.enabled(if: ewt != nil))
    func ewtSentencesRebuildTheirTextExactly() throws {
        let path = try #require(Self.ewt)
        let original = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let file = try CoNLLUReader().read(contentsOf: path)
        #expect(file.documents.count == 318)
        let sentences = file.documents.flatMap { document in
            (document[layer: .sentence]?.spans ?? []).map { document.document.text(of: $0) }
        }
        #expect(sentences == Self.textComments(original))
        #expect(file.documents.allSatisfy { $0[layer: .entity] == nil })
    }

    @Test(.enabled(if: ewt != nil))
    func ewtWithWordsWritesBackByteForByte() throws {
        let path = try #require(Self.ewt)
        let original = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let file = try CoNLLUReader(options: CoNLLUReadOptions(words: true)).read(contentsOf: path)
        let written = try CoNLLUWriter().write(file.documents).bytes
        #expect(String(decoding: written, as: UTF8.self) == String(decoding: original, as: UTF8.self))
    }

    @Test(.enabled(if: ewt != nil))
    func ewtWithoutWordsKeepsTextTokensAndSentences() throws {
        let path = try #require(Self.ewt)
        let file = try CoNLLUReader().read(contentsOf: path)
        let written = try CoNLLUWriter().write(file.documents).bytes
        let back = try CoNLLUReader().read(utf8: written, path: path)
        #expect(back.documents == file.documents)
    }

    @Test(.enabled(if: conll != nil), arguments: TagScheme.allCases.filter { $0 != .io })
    func conllDevThroughCoNLLUGivesTheSameCoNLL2003Bytes(scheme: TagScheme) throws {
        let path = try #require(Self.conll)
        let original = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let documents = try CoNLL2003Reader().read(contentsOf: path).documents
        let conllu = try CoNLLUWriter(options: CoNLLUWriteOptions(scheme: scheme)).write(documents).bytes
        let back = try CoNLLUReader().read(utf8: conllu, path: path)
        #expect(back.scheme == scheme)
        #expect(back.documents.map(\.document) == documents.map(\.document))
        #expect(try CoNLL2003Writer().write(back.documents).bytes == original)
    }
}

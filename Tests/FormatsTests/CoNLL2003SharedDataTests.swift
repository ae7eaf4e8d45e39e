import CorpusModel
import Foundation
import Formats
import TestSupport
import Testing

@Suite("CoNLL-2003 dev set round trip (skipped without ../shared/data)")
struct CoNLL2003SharedDataTests {
    static let dev = SharedData.path("conll2003/dev.txt")

    @Test(.enabled(if: dev != nil))
    func devReadsAndWritesBackByteForByte() throws {
        let path = try #require(Self.dev)
        let original = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let file = try CoNLL2003Reader().read(contentsOf: path)
        #expect(file.scheme == .iob2)
        #expect(file.documents.count == 216)
        #expect(file.documents.reduce(0) { $0 + ($1[layer: .sentence]?.annotations.count ?? 0) } == 3250)
        #expect(file.documents.reduce(0) { $0 + ($1[layer: .token]?.annotations.count ?? 0) } == 51362)
        #expect(file.documents.reduce(0) { $0 + ($1[layer: .entity]?.annotations.count ?? 0) } == 5942)
        let written = try CoNLL2003Writer().write(file.documents)
        #expect(written.bytes == original)
    }

    @Test(.enabled(if: dev != nil), arguments: TagScheme.allCases.filter { $0 != .io })
    func devConvertsThroughEverySchemeAndBack(scheme: TagScheme) throws {
        let path = try #require(Self.dev)
        let original = try CoNLL2003Reader().read(contentsOf: path).documents
        let converted = try CoNLL2003Writer(options: CoNLL2003WriteOptions(scheme: scheme)).write(original).bytes
        let read = try CoNLL2003Reader().read(utf8: converted, path: path)
        #expect(read.scheme == scheme)
        #expect(read.documents == original)
    }
}

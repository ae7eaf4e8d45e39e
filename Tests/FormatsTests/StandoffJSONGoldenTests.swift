import CorpusModel
import Foundation
import Testing
import TestSupport

@testable import Formats

/// The document behind the golden files: non-ASCII (so scalar and UTF-8 offsets differ), CRLF, an astral
/// scalar, a combining mark, quotes and a backslash, every kind of layer.
enum MarkedTextFixture {
    static let tokenMarks = "⟦Zu\u{308}rich⟧ ⟦😀⟧⟦!⟧\r\n⟦Dr.⟧ ⟦Lee⟧ ⟦said⟧ ⟦\"⟧⟦a\\b⟧⟦\"⟧⟦.⟧"
    static let sentenceMarks = "⟦Zu\u{308}rich 😀!⟧\r\n⟦Dr. Lee said \"a\\b\".⟧"
    static let entityMarks = "⟦LOC|Zu\u{308}rich⟧ 😀!\r\nDr. ⟦PER|Lee⟧ said \"a\\b\"."
    static let posMarks = "⟦NNP|Zu\u{308}rich⟧ 😀!\r\nDr. Lee ⟦VBD|said⟧ \"a\\b\"."

    /// The annotated document (text path `standoff-basic.txt`).
    static let tokens: AnnotatedDocument = {
        let tokens = MarkedText(tokenMarks)
        let document = Document(id: "standoff-basic", text: tokens.text, sourcePath: "standoff-basic.txt")
        let pos = MarkedText(posMarks).annotations.map {
            Annotation($0.span, attributes: ["tag": $0.label ?? "", "source": "test"])
        }
        return AnnotatedDocument(
            document,
            layers: [
                AnnotationLayer(.token, spans: tokens.spans, producer: Producer(tool: "corpuskit-tokenizer/ptb", version: "0.1.0")),
                AnnotationLayer("pos", annotations: pos),
                AnnotationLayer(.entity, annotations: MarkedText(entityMarks).annotations),
                AnnotationLayer(.sentence, spans: MarkedText(sentenceMarks).spans, producer: Producer(tool: "corpuskit-splitter", version: "0.1.0")),
                AnnotationLayer("empty", annotations: []),
            ])
    }()
}

/// The golden files' directory.
func goldenURL(_ name: String) throws -> URL {
    try #require(Bundle.module.url(forResource: "Golden", withExtension: nil)).appendingPathComponent(name)
}

@Suite("Stand-off JSON golden files")
struct StandoffJSONGoldenTests {
    @Test func markedTextsShareOneText() {
        let texts = [MarkedTextFixture.tokenMarks, MarkedTextFixture.sentenceMarks, MarkedTextFixture.entityMarks, MarkedTextFixture.posMarks]
            .map { Array(MarkedText($0).text.utf8) }
        #expect(Set(texts).count == 1)
    }

    @Test func theGoldenTextIsTheFixture() throws {
        let bytes = try Data(contentsOf: goldenURL("standoff-basic.txt"))
        #expect(Array(bytes) == Array(MarkedTextFixture.tokens.document.text.utf8))
    }

    @Test func writerBytesMatchTheGoldenFile() throws {
        let expected = try String(decoding: Data(contentsOf: goldenURL("standoff-basic.json")), as: UTF8.self)
        #expect(try StandoffJSON.encode(MarkedTextFixture.tokens) == expected)
    }

    @Test func theGoldenFileReadsBack() throws {
        let root = try goldenURL("").path
        let decoded = try StandoffJSON.read(contentsOf: goldenURL("standoff-basic.json").path, corpusRoot: root)
        #expect(sameBytes(decoded, MarkedTextFixture.tokens))
    }
}

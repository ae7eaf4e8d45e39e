import CorpusModel
import Foundation
import Formats
import TestSupport
import Testing

@Suite("CoNLL-2003 writer")
struct CoNLL2003WriterTests {
    /// Two sentences, two adjacent PER entities, a one-token LOC; POS on some tokens only.
    static var news: AnnotatedDocument {
        var document = Marked.document(
            id: "news",
            sentences: "⟦Kim Jong Un met Moon Jae-in Trump in Hanoi .⟧\n⟦They left .⟧",
            entities: "⟦PER|Kim Jong Un⟧ met ⟦PER|Moon Jae-in⟧ ⟦PER|Trump⟧ in ⟦LOC|Hanoi⟧ .\nThey left .")
        var tokens = document[layer: .token]!
        tokens.annotations[0].attributes = ["pos": "NNP", "chunk": "B-NP"]
        tokens.annotations[3].attributes = ["xpos": "VBD", "misc": "Chunk=B-VP|Other=1"]
        document.setLayer(tokens)
        return document
    }

    @Test(arguments: [
        ("CoNLL2003-standard-iob2.conll", CoNLL2003WriteOptions()),
        ("CoNLL2003-token-ner-bioes.conll", CoNLL2003WriteOptions(scheme: .bioes, layout: .tokenAndTag, documentStart: false)),
        ("CoNLL2003-iob1.conll", CoNLL2003WriteOptions(scheme: .iob1, layout: CoNLL2003Layout(attributeColumns: ["pos"]))),
        ("CoNLL2003-ioe1.conll", CoNLL2003WriteOptions(scheme: .ioe1, layout: .tokenAndTag)),
        ("CoNLL2003-predicted.conll", CoNLL2003WriteOptions(layout: CoNLL2003Layout(attributeColumns: [], predictedTag: true))),
    ])
    func matchesGoldenFile(name: String, options: CoNLL2003WriteOptions) throws {
        var document = Self.news
        var predicted = document[layer: .entity]!
        predicted.name = .predictedEntity
        predicted.annotations.removeLast()
        document.setLayer(predicted)
        let written = try CoNLL2003Writer(options: options).write([document])
        try Golden.check(written.bytes, against: name)
        #expect(written.counts == EntityAlignmentCounts())
    }

    @Test(arguments: TagScheme.allCases)
    func standOffRoundTripKeepsTokensSentencesAndEntities(scheme: TagScheme) throws {
        let original = Self.news
        let options = CoNLL2003WriteOptions(scheme: scheme)
        let bytes = try CoNLL2003Writer(options: options).write([original]).bytes
        let read = try CoNLL2003Reader(options: CoNLL2003ReadOptions(scheme: scheme)).read(utf8: bytes, path: "news.conll")
        let back = try #require(read.documents.first)
        #expect(read.documents.count == 1)
        #expect(Summary(back) == Summary(original, mergingAdjacent: scheme == .io))
        // Written again, the bytes do not change.
        #expect(try CoNLL2003Writer(options: options).write(read.documents).bytes == bytes)
    }

    @Test func misalignedEntitiesFollowThePolicy() throws {
        // `Japan` is part of the token `Japan-U.S.`; `U.S. talks` ends inside no token but starts inside one.
        let document = Marked.document(id: "d", entities: "⟦LOC|Japan⟧-U.S. talks ⟦ORG|NAS⟧A now")
        let expectations: [(MisalignedEntityPolicy, String, EntityAlignmentCounts)] = [
            (.expand, "Japan-U.S. B-LOC|talks O|NASA B-ORG|now O", Self.counts(expanded: 2)),
            (.contract, "Japan-U.S. O|talks O|NASA O|now O", Self.counts(dropped: 2)),
            (.drop, "Japan-U.S. O|talks O|NASA O|now O", Self.counts(dropped: 2)),
        ]
        for (policy, lines, counts) in expectations {
            let options = CoNLL2003WriteOptions(layout: .tokenAndTag, documentStart: false, misaligned: policy)
            let written = try CoNLL2003Writer(options: options).write([document])
            #expect(String(decoding: written.bytes, as: UTF8.self) == lines.replacingOccurrences(of: "|", with: "\n") + "\n\n")
            #expect(written.counts == counts)
        }
    }

    @Test func contractKeepsTheWholeTokensInside() throws {
        let document = Marked.document(
            id: "d", tokens: "⟦the⟧ ⟦Bank⟧ ⟦of⟧ ⟦Japan⟧⟦'s⟧ ⟦rate⟧", entities: "the ⟦ORG|Bank of Jap⟧an's rate")
        let options = CoNLL2003WriteOptions(layout: .tokenAndTag, documentStart: false, misaligned: .contract)
        let written = try CoNLL2003Writer(options: options).write([document])
        #expect(String(decoding: written.bytes, as: UTF8.self) == "the O\nBank B-ORG\nof I-ORG\nJapan O\n's O\nrate O\n\n")
        #expect(written.counts == Self.counts(contracted: 1))
    }

    @Test(arguments: [
        (Marked.document(id: "d", entities: "⟦LOC|Japan⟧-U.S. talks"),
         "d: error: entity LOC \"Japan\" at Unicode scalars 0..<5 does not fall on token boundaries (policies: expand, contract, drop)"),
        (Marked.document(id: "d", entities: "Zürich ⟦LOC|Genève⟧s"),
         "d: error: entity LOC \"Genève\" at Unicode scalars 7..<13 does not fall on token boundaries (policies: expand, contract, drop)"),
        (Marked.document(id: "d", sentences: "⟦New⟧\n⟦York⟧", entities: "⟦LOC|New\nYork⟧"),
         "d: error: entity LOC \"New\nYork\" at Unicode scalars 0..<8 crosses a sentence boundary"),
        (Marked.document(id: "d", entities: "⟦ORG|Bank⟧ x"),
         nil),
        (Marked.document(id: "d", entities: "⟦Bank⟧ x"),
         "d: error: entity \"Bank\" at Unicode scalars 0..<4 has no label"),
        (Marked.document(id: "d", entities: "⟦Big Org|Bank⟧ x"),
         "d: error: entity label \"Big Org\" of \"Bank\" at Unicode scalars 0..<4 contains whitespace, which this format cannot hold"),
        (Marked.document(id: "d", tokens: "⟦New York⟧ ⟦x⟧", entities: "New York x"),
         "d: error: token \"New York\" at Unicode scalars 0..<8 contains whitespace, which a CoNLL-2003 line cannot hold"),
        (Marked.document(id: "d", tokens: "⟦a\u{A0}b⟧", entities: "a\u{A0}b"),
         "d: error: token \"a\u{A0}b\" at Unicode scalars 0..<3 contains whitespace, which a CoNLL-2003 line cannot hold"),
        (Marked.document(id: "d", entities: "-DOCSTART- x"),
         "d: error: token \"-DOCSTART-\" at Unicode scalars 0..<10 would read back as a document start"),
        (Marked.document(id: "d", tokens: "⟦a⟧ b", sentences: "⟦a⟧ ⟦b⟧", entities: "a b"),
         "d: error: sentence \"b\" at Unicode scalars 2..<3 holds no token"),
        (Marked.document(id: "d", tokens: "⟦a⟧ ⟦b⟧", sentences: "⟦a⟧ b", entities: "a b"),
         "d: error: token \"b\" at Unicode scalars 2..<3 lies outside every sentence"),
        (Marked.document(id: "d", tokens: "⟦a⟧ ⟦b⟧", sentences: "a ⟦b⟧", entities: "a b"),
         "d: error: token \"a\" at Unicode scalars 0..<1 lies outside every sentence"),
        (AnnotatedDocument(Document(id: "d", text: "a b"), layers: [AnnotationLayer(.token, spans: [Span(2, 3), Span(0, 1)])]),
         "d: error: token annotation #2 (UTF-8 bytes 0..<1) is out of order (annotations must be sorted by start, then end)"),
        (Marked.document(id: "d", tokens: "⟦ab⟧", sentences: "⟦a⟧b", entities: "ab"),
         "d: error: token \"ab\" at Unicode scalars 0..<2 crosses the boundary of sentence \"a\" at Unicode scalars 0..<1"),
    ] as [(AnnotatedDocument, String?)])
    func reportsWhatCannotBeWritten(document: AnnotatedDocument, message: String?) throws {
        // The fourth case is a control: the same kind of document, written without error.
        let writer = CoNLL2003Writer()
        guard let message else {
            _ = try writer.write([document])
            return
        }
        var output: [UInt8] = Array("kept".utf8)
        #expect(throws: CoNLL2003ReaderTests.error(message)) { try writer.write(document, to: &output) }
        #expect(output == Array("kept".utf8))
    }

    @Test func overlappingEntitiesAreAnErrorUnlessDropped() throws {
        let tokens = "⟦Bank⟧ ⟦of⟧ ⟦Japan⟧"
        var document = Marked.document(id: "d", tokens: tokens, entities: "⟦ORG|Bank of Japan⟧")
        var entities = document[layer: .entity]!
        entities.annotations.append(MarkedText("Bank of ⟦LOC|Japan⟧").annotations[0])
        document.setLayer(entities)
        #expect(throws: CoNLL2003ReaderTests.error(
            "d: error: entity LOC \"Japan\" at Unicode scalars 8..<13 overlaps entity ORG \"Bank of Japan\" at Unicode scalars 0..<13: CoNLL tags cannot express nested or overlapping entities")) {
            try CoNLL2003Writer().write([document])
        }
        let dropped = try CoNLL2003Writer(options: CoNLL2003WriteOptions(layout: .tokenAndTag, documentStart: false, misaligned: .drop)).write([document])
        #expect(String(decoding: dropped.bytes, as: UTF8.self) == "Bank B-ORG\nof I-ORG\nJapan I-ORG\n\n")
        #expect(dropped.counts == Self.counts(dropped: 1))
    }

    @Test func attributeValuesWithWhitespaceAreAnError() {
        #expect(throws: CoNLL2003ReaderTests.error(
            "d: error: attribute pos \"N N\" of token \"x\" at Unicode scalars 0..<1 contains whitespace, which a CoNLL-2003 line cannot hold")) {
            try CoNLL2003Writer().write([Marked.oneToken(tokenAttributes: ["pos": "N N"])])
        }
    }

    @Test func aDocumentWithoutTokensNeedsABlankText() throws {
        let empty = AnnotatedDocument(Document(id: "e", text: " \n"))
        #expect(String(decoding: try CoNLL2003Writer().write([empty]).bytes, as: UTF8.self) == "-DOCSTART- -X- -X- O\n\n")
        #expect(throws: CoNLL2003ReaderTests.error("t: error: the document has no token layer")) {
            try CoNLL2003Writer().write([AnnotatedDocument(Document(id: "t", text: "text"))])
        }
    }

    @Test func withoutAnEntityLayerEveryTagIsO() throws {
        var document = Marked.document(id: "d", entities: "a b")
        document.removeLayer(.entity)
        let options = CoNLL2003WriteOptions(layout: .tokenAndTag, documentStart: false)
        #expect(String(decoding: try CoNLL2003Writer(options: options).write([document]).bytes, as: UTF8.self) == "a O\nb O\n\n")
    }

    @Test(arguments: [
        ("token,ner", CoNLL2003Layout.tokenAndTag),
        ("token,pos,chunk,ner", .standard),
        ("token,pos,ner,predicted", CoNLL2003Layout(attributeColumns: ["pos"], predictedTag: true)),
    ])
    func parsesColumnLists(list: String, layout: CoNLL2003Layout) {
        #expect(CoNLL2003Layout(columns: list) == layout)
        #expect(layout.description == list)
    }

    @Test(arguments: ["ner,token", "token", "token,pos", "token,ner,pos", "token,pos,pos,ner", "token,,ner", "token,p s,ner", "token,predicted,ner"])
    func rejectsBadColumnLists(list: String) {
        #expect(CoNLL2003Layout(columns: list) == nil)
    }

    static func counts(expanded: Int = 0, contracted: Int = 0, dropped: Int = 0) -> EntityAlignmentCounts {
        var counts = EntityAlignmentCounts()
        counts.expanded = expanded
        counts.contracted = contracted
        counts.dropped = dropped
        return counts
    }
}

/// What a CoNLL round trip must keep: token texts, sentences as token counts, entities as token ranges.
struct Summary: Equatable, CustomStringConvertible {
    var tokens: [String] = []
    var sentences: [Int] = []
    var entities: [TagChunk] = []

    init(_ document: AnnotatedDocument, mergingAdjacent: Bool = false) {
        let spans = document[layer: .token]?.spans ?? []
        tokens = spans.map { document.document.text(of: $0) }
        let starts = Dictionary(uniqueKeysWithValues: spans.enumerated().map { ($1.start, $0) })
        let ends = Dictionary(uniqueKeysWithValues: spans.enumerated().map { ($1.end, $0 + 1) })
        sentences = (document[layer: .sentence]?.spans ?? []).map { (ends[$0.end] ?? -1) - (starts[$0.start] ?? -1) }
        entities = (document[layer: .entity]?.annotations ?? []).map {
            TagChunk((starts[$0.span.start] ?? -1)..<(ends[$0.span.end] ?? -1), label: $0.label ?? "")
        }
        if mergingAdjacent { entities = TagSchemeTests.mergingAdjacent(entities) }
    }

    var description: String { "\(tokens) \(sentences) \(entities)" }
}

/// Golden files in `Golden/`: expected output, compared byte for byte.
enum Golden {
    static func url(_ name: String) throws -> URL {
        try #require(Bundle.module.url(forResource: "Golden/" + name, withExtension: nil))
    }

    /// Compares `bytes` with a golden file; with `GOLDEN_UPDATE=1` in the environment, writes it instead.
    static func check(_ bytes: [UInt8], against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/" + name)
        if ProcessInfo.processInfo.environment["GOLDEN_UPDATE"] == "1" {
            try Data(bytes).write(to: source)
            return
        }
        let expected = try Data(contentsOf: url(name))
        #expect(String(decoding: bytes, as: UTF8.self) == String(decoding: expected, as: UTF8.self), sourceLocation: sourceLocation)
    }
}

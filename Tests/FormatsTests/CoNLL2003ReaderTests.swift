import CorpusModel
import Foundation
import Formats
import TestSupport
import Testing

@Suite("CoNLL-2003 reader")
struct CoNLL2003ReaderTests {
    static let twoDocuments = """
        -DOCSTART- -X- -X- O

        Kim NNP B-NP B-PER
        Jong NNP I-NP I-PER
        Un NNP I-NP I-PER
        met VBD B-VP O
        Trump NNP B-NP B-PER
        . . O O

        Seoul NNP B-NP B-LOC
        reacted VBD B-VP O

        -DOCSTART- -X- -X- O

        Moon NNP B-NP B-PER
        Jae-in NNP I-NP B-PER

        """

    @Test func readsDocumentsSentencesTokensAndEntities() throws {
        let file = try CoNLL2003Reader().read(utf8: Array(Self.twoDocuments.utf8), path: "news.conll")
        #expect(file.scheme == .iob2)
        #expect(file.attributeColumns == ["pos", "chunk"])
        #expect(file.documents.map(\.document.id) == ["news-1", "news-2"])
        let first = file.documents[0]
        #expect(first.document.text == "Kim Jong Un met Trump .\nSeoul reacted")
        #expect(Marked.layer(.token, of: first) == "⟦Kim⟧ ⟦Jong⟧ ⟦Un⟧ ⟦met⟧ ⟦Trump⟧ ⟦.⟧\n⟦Seoul⟧ ⟦reacted⟧")
        #expect(Marked.layer(.sentence, of: first) == "⟦Kim Jong Un met Trump .⟧\n⟦Seoul reacted⟧")
        #expect(Marked.layer(.entity, of: first) == "⟦PER|Kim Jong Un⟧ met ⟦PER|Trump⟧ .\n⟦LOC|Seoul⟧ reacted")
        #expect(first[layer: .token]?.annotations[3].attributes == ["pos": "VBD", "chunk": "B-VP"])
        // Two adjacent PER entities stay two.
        #expect(Marked.layer(.entity, of: file.documents[1]) == "⟦PER|Moon⟧ ⟦PER|Jae-in⟧")
        for document in file.documents { try document.validate() }
    }

    @Test func aFileWithoutDocstartIsOneDocumentNamedByItsStem() throws {
        let file = try CoNLL2003Reader().read(utf8: Array("Paris B-LOC\n\nRome B-LOC\n".utf8), path: "dir/cities.txt")
        #expect(file.documents.map(\.document.id) == ["cities"])
        #expect(file.documents[0].document.text == "Paris\nRome")
        #expect(file.attributeColumns == [])
    }

    @Test func documentIdsAreZeroPaddedToSortInFileOrder() throws {
        let text = String(repeating: "-DOCSTART- O\n\nx O\n\n", count: 10)
        let file = try CoNLL2003Reader().read(utf8: Array(text.utf8), path: "<stdin>", documentIDPrefix: "in")
        #expect(file.documents.map(\.document.id) == (1...10).map { String(format: "in-%02d", $0) })
    }

    @Test func emptyDocumentsAreKept() throws {
        let file = try CoNLL2003Reader().read(utf8: Array("-DOCSTART- O\n\n-DOCSTART- O\n\nx O\n\n".utf8), path: "e.conll")
        #expect(file.documents.map(\.document.text) == ["", "x"])
    }

    @Test(arguments: [
        ("a X B-PER\n", ["col1"]),
        ("a X Y Z B-PER\n", ["col1", "col2", "col3"]),
        ("a X Y B-PER\n", ["pos", "chunk"]),
    ])
    func namesExtraColumns(text: String, names: [String]) throws {
        let file = try CoNLL2003Reader().read(utf8: Array(text.utf8), path: "x")
        #expect(file.attributeColumns == names)
        #expect(file.documents[0][layer: .token]?.annotations[0].attributes.keys.sorted() == names.sorted())
    }

    @Test func skipsAByteOrderMarkAndReadsCRLF() throws {
        let file = try CoNLL2003Reader().read(utf8: [0xEF, 0xBB, 0xBF] + Array("Zürich B-LOC\r\n\r\nok O\r\n".utf8), path: "x")
        #expect(file.documents[0].document.text == "Zürich\nok")
        #expect(Marked.layer(.entity, of: file.documents[0]) == "⟦LOC|Zürich⟧\nok")
    }

    @Test func acceptsTabsAndRunsOfBlanks() throws {
        let file = try CoNLL2003Reader().read(utf8: Array("Paris\tNNP  B-NP\tB-LOC\n".utf8), path: "x")
        #expect(file.documents[0][layer: .token]?.annotations[0].attributes == ["pos": "NNP", "chunk": "B-NP"])
    }

    @Test func keepsOtherWhitespaceInsideTokens() throws {
        // Columns are split at spaces and tabs only, as conlleval splits them; a no-break space is part of a token.
        let file = try CoNLL2003Reader().read(utf8: Array("10\u{A0}000 CD O\n".utf8), path: "x")
        #expect(Marked.layer(.token, of: file.documents[0]) == "⟦10\u{A0}000⟧")
        #expect(file.attributeColumns == ["col1"])
    }

    @Test func readsEverySchemeGivenOrDetected() throws {
        let iob1 = "Moon I-PER\nJae-in B-PER\nsaid O\nSeoul I-LOC\n"
        for scheme in [nil, TagScheme.iob1] {
            let file = try CoNLL2003Reader(options: CoNLL2003ReadOptions(scheme: scheme)).read(utf8: Array(iob1.utf8), path: "x")
            #expect(file.scheme == .iob1)
            #expect(Marked.layer(.entity, of: file.documents[0]) == "⟦PER|Moon⟧ ⟦PER|Jae-in⟧ said ⟦LOC|Seoul⟧")
        }
        let bilou = "Moon U-PER\nJae B-PER\nin L-PER\n"
        let file = try CoNLL2003Reader().read(utf8: Array(bilou.utf8), path: "x")
        #expect(file.scheme == .bioes)
        #expect(Marked.layer(.entity, of: file.documents[0]) == "⟦PER|Moon⟧ ⟦PER|Jae in⟧")
    }

    @Test func readsAPredictedTagColumn() throws {
        let text = "Kim B-PER I-PER\nmet O O\nMoon B-PER I-LOC\n"
        let options = CoNLL2003ReadOptions(layout: CoNLL2003Layout(predictedTag: true))
        let file = try CoNLL2003Reader(options: options).read(utf8: Array(text.utf8), path: "x")
        #expect(file.scheme == .iob2)
        #expect(file.predictedScheme == .io)
        let document = file.documents[0]
        #expect(Marked.layer(.entity, of: document) == "⟦PER|Kim⟧ met ⟦PER|Moon⟧")
        #expect(Marked.layer(.predictedEntity, of: document) == "⟦PER|Kim⟧ met ⟦LOC|Moon⟧")
    }

    @Test func lenientReadingRepairsAndReportsEachViolation() throws {
        let text = "-DOCSTART- O\n\nKim B-PER\nmet O\nJong I-PER\nUn I-PER\n\nSeoul I-LOC\n"
        let options = CoNLL2003ReadOptions(scheme: .iob2, lenient: true)
        let file = try CoNLL2003Reader(options: options).read(utf8: Array(text.utf8), path: "bad.conll")
        #expect(file.repairs.map(\.description) == [
            "bad.conll:5:6: warning: I-PER after O: an iob2 entity starts with B-PER; read as B-PER",
            "bad.conll:8:7: warning: I-LOC at the start of a sentence: an iob2 entity starts with B-LOC; read as B-LOC",
        ])
        #expect(Marked.layer(.entity, of: file.documents[0]) == "⟦PER|Kim⟧ met ⟦PER|Jong Un⟧\n⟦LOC|Seoul⟧")
    }

    @Test(arguments: [
        ("Kim NNP B-PER\nmet O\n", nil, "x.conll:2: error: the line has 2 columns, expected 3 like line 1"),
        ("Kim\n", nil, "x.conll:1: error: the line has 1 column; a token line holds a token and a tag"),
        ("Kim B-PER\n", CoNLL2003Layout.standard, "x.conll:1: error: the line has 2 columns, expected 4 for the columns token,pos,chunk,ner"),
        ("Kim B-PER\nMoon é B_PER\n", nil, "x.conll:2: error: the line has 3 columns, expected 2 like line 1"),
        ("Kim B-PER\nMoonJæ B_PER\n", nil, "x.conll:2:8: error: unknown tag \"B_PER\" (expected O, or B-, I-, E-, S-, L- or U- and a label)"),
        ("Kim B-PER\n\nMoon I-PER\n", nil, "x.conll:3:6: error: I-PER at the start of a sentence: an iob2 entity starts with B-PER"),
        ("Kim B-PER\nMoon I-LOC\n", nil, "x.conll:2:6: error: I-LOC after B-PER: an iob2 entity starts with B-LOC"),
        ("ok O\nKim I-PER\n\nx I-PER\n", CoNLL2003Layout.tokenAndTag, "x.conll:2:5: error: I-PER after O: an iob2 entity starts with B-PER"),
    ] as [(String, CoNLL2003Layout?, String)])
    func reportsErrorsWithFileAndLine(text: String, layout: CoNLL2003Layout?, message: String) {
        // The last case is iob2 only because it is given: detected alone, `I-` only would be io.
        let scheme: TagScheme? = message.contains("I-PER after O") ? .iob2 : nil
        let options = CoNLL2003ReadOptions(scheme: scheme, layout: layout ?? CoNLL2003Layout())
        #expect(throws: Self.error(message)) { try CoNLL2003Reader(options: options).read(utf8: Array(text.utf8), path: "x.conll") }
    }

    @Test func rejectsInvalidUTF8WithItsPosition() {
        let bytes = Array("ok O\nK".utf8) + [0xC3, 0x28] + Array(" O\n".utf8)
        #expect(throws: Self.error("x.conll:2:2: error: invalid UTF-8 at byte offset 6")) {
            try CoNLL2003Reader().read(utf8: bytes, path: "x.conll")
        }
    }

    @Test func reportsAnUnreadableFile() {
        #expect(throws: FormatError.self) { try CoNLL2003Reader().read(contentsOf: "/nonexistent/x.conll") }
        do {
            _ = try CoNLL2003Reader().read(contentsOf: "/nonexistent/x.conll")
        } catch {
            #expect(error.description.hasPrefix("/nonexistent/x.conll: error: cannot read file: "))
        }
    }

    /// A ``FormatError`` rebuilt from its printed form, to compare with what a reader throws.
    static func error(_ printed: String) -> FormatError {
        let parts = printed.components(separatedBy: ": error: ")
        let location = parts[0].split(separator: ":").map(String.init)
        return FormatError(
            path: location[0], line: location.count > 1 ? Int(location[1]) : nil,
            column: location.count > 2 ? Int(location[2]) : nil, message: parts[1])
    }
}

/// Builds test documents from marked text and prints layers back as marked text.
enum Marked {
    /// A document whose layers are given as marked text over one text (`⟦PER|Lee⟧`); without `tokens`,
    /// the tokens are the text's space-separated words; without `sentences`, there is no sentence layer.
    static func document(
        id: String = "doc", tokens: String? = nil, sentences: String? = nil, entities: String
    ) -> AnnotatedDocument {
        let entityCase = MarkedText(entities)
        let text = entityCase.text
        var layers = [AnnotationLayer(.entity, annotations: entityCase.annotations)]
        if let tokens {
            let tokenCase = MarkedText(tokens)
            precondition(tokenCase.text == text, "token and entity markup differ in text")
            layers.append(AnnotationLayer(.token, annotations: tokenCase.annotations))
        } else {
            layers.append(AnnotationLayer(.token, spans: words(of: text)))
        }
        if let sentences {
            let sentenceCase = MarkedText(sentences)
            precondition(sentenceCase.text == text, "sentence and entity markup differ in text")
            layers.append(AnnotationLayer(.sentence, annotations: sentenceCase.annotations))
        }
        return AnnotatedDocument(Document(id: id, text: text), layers: layers)
    }

    /// The document `x` (id `d`): one token in one sentence, with the given attributes.
    static func oneToken(tokenAttributes: [String: String] = [:], sentenceAttributes: [String: String] = [:]) -> AnnotatedDocument {
        AnnotatedDocument(Document(id: "d", text: "x"), layers: [
            AnnotationLayer(.token, annotations: [Annotation(Span(0, 1), attributes: tokenAttributes)]),
            AnnotationLayer(.sentence, annotations: [Annotation(Span(0, 1), attributes: sentenceAttributes)]),
        ])
    }

    /// A layer as marked text (labels shown).
    static func layer(_ name: LayerName, of document: AnnotatedDocument) -> String {
        MarkedText(text: document.document.text, annotations: document[layer: name]?.annotations ?? []).description
    }

    /// The spans of the runs of non-space, non-newline characters.
    static func words(of text: String) -> [Span] {
        var spans: [Span] = []
        var start: Int?
        for (offset, byte) in text.utf8.enumerated() {
            let blank = byte == 0x20 || byte == 0x0A
            if blank, let begun = start {
                spans.append(Span(begun, offset))
                start = nil
            } else if !blank, start == nil {
                start = offset
            }
        }
        if let begun = start { spans.append(Span(begun, text.utf8.count)) }
        return spans
    }
}

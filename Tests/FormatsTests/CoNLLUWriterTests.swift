import CorpusModel
import Formats
import TestSupport
import Testing

@Suite("CoNLL-U writer")
struct CoNLLUWriterTests {
    /// Leading whitespace, two paragraphs, a sentence split over a CRLF line break, a double space, a
    /// tab, a no-break space, adjacent entities, and a trailing newline.
    static var spacing: AnnotatedDocument {
        Marked.document(
            id: "spacing",
            tokens: "\n ⟦Kim⟧ ⟦Jong⟧ ⟦Un⟧ ⟦met⟧\r\n⟦Moon⟧⟦.⟧ ⟦Trump⟧  ⟦left⟧\t⟦Zürich⟧⟦.⟧\n\n⟦Bye⟧\u{A0}⟦😀⟧⟦!⟧\n",
            sentences: "\n ⟦Kim Jong Un met\r\nMoon.⟧ ⟦Trump  left\tZürich.⟧\n\n⟦Bye\u{A0}😀!⟧\n",
            entities: "\n ⟦PER|Kim Jong Un⟧ met\r\n⟦PER|Moon⟧. ⟦PER|Trump⟧  left\t⟦LOC|Zürich⟧.\n\nBye\u{A0}😀!\n")
    }

    @Test func matchesGoldenFileAndReadsBackExactly() throws {
        let written = try CoNLLUWriter(options: CoNLLUWriteOptions(scheme: .bioes)).write([Self.spacing])
        try Golden.check(written.bytes, against: "CoNLLU-spacing.conllu")
        let back = try CoNLLUReader().read(utf8: written.bytes, path: "spacing.conllu")
        let document = try #require(back.documents.first)
        #expect(back.scheme == .bioes)
        #expect(document.document == Self.spacing.document)
        for layer in [LayerName.token, .entity] { #expect(document[layer: layer]?.spans == Self.spacing[layer: layer]?.spans) }
        #expect(document[layer: .entity]?.annotations.map(\.label) == Self.spacing[layer: .entity]?.annotations.map(\.label))
        #expect(document[layer: .sentence]?.spans == Self.spacing[layer: .sentence]?.spans)
        // Written again, nothing changes.
        #expect(try CoNLLUWriter(options: CoNLLUWriteOptions(scheme: .bioes)).write(back.documents).bytes == written.bytes)
    }

    @Test func writesMultiwordTokensFromTheWordLayer() throws {
        var document = Marked.document(
            id: "mwt", tokens: "⟦I⟧ ⟦don't⟧ ⟦go⟧ ⟦du⟧", sentences: "⟦I don't go du⟧", entities: "⟦PER|I⟧ don't go du")
        let words = MarkedText("⟦I⟧ ⟦do⟧⟦n't⟧ ⟦go⟧ ⟦du⟧").annotations
        var wordLayer = AnnotationLayer(.word, annotations: Array(words) + [Annotation(words[4].span)])
        wordLayer.annotations[2].attributes = ["lemma": "not", "head": "4", "misc": "Typo=No"]
        wordLayer.annotations[4].attributes = ["form": "de"]
        wordLayer.annotations[5].attributes = ["form": "le"]
        document.setLayer(wordLayer)
        var sentences = document[layer: .sentence]!
        sentences.annotations[0].attributes = ["sent_id": "x1", "empty_nodes": "3.1\tgo\t_\t_\t_\t_\t_\t_\t_\t_", "genre": "test"]
        document.setLayer(sentences)
        var tokens = document[layer: .token]!
        tokens.annotations[1].attributes = ["misc": "Zz=1"]
        document.setLayer(tokens)
        let written = try CoNLLUWriter().write([document])
        try Golden.check(written.bytes, against: "CoNLLU-multiword.conllu")
        let back = try CoNLLUReader(options: CoNLLUReadOptions(words: true)).read(utf8: written.bytes, path: "mwt")
        #expect(back.documents[0][layer: .word] == document[layer: .word])
        #expect(try CoNLLUWriter().write(back.documents).bytes == written.bytes)
    }

    @Test func writesCoNLL2003AttributesWhereCoNLLUHasThem() throws {
        let file = try CoNLL2003Reader().read(utf8: Array("EU NNP B-NP B-ORG\nrejects VBZ B-VP O\n".utf8), path: "c")
        let written = try CoNLLUWriter().write(file.documents)
        try Golden.check(written.bytes, against: "CoNLLU-from-conll2003.conllu")
        let back = try CoNLLUReader().read(utf8: written.bytes, path: "c")
        #expect(try CoNLL2003Writer(options: CoNLL2003WriteOptions(documentStart: false)).write(back.documents).bytes
            == Array("EU NNP B-NP B-ORG\nrejects VBZ B-VP O\n\n".utf8))
    }

    @Test(arguments: ["a", " a ", "\u{FEFF}a\r\n", "a\r\rb", "a \u{2028} b", "a\u{3000}b\u{A0}\u{A0}c", "e\u{301} 𝔘 👩‍👩‍👧 🇯🇵", "x\t\t\ty\n\n\n"])
    func hostileWhitespaceSurvives(text: String) throws {
        // Tokens: the runs of non-whitespace characters; one sentence per line.
        var tokens: [Span] = []
        var start: Int?
        var offset = 0
        for scalar in text.unicodeScalars {
            let blank = scalar.properties.isWhitespace
            if blank, let begun = start { tokens.append(Span(begun, offset)); start = nil }
            if !blank, start == nil { start = offset }
            offset += String(scalar).utf8.count
        }
        if let begun = start { tokens.append(Span(begun, offset)) }
        let document = AnnotatedDocument(Document(id: "h", text: text), layers: [AnnotationLayer(.token, spans: tokens)])
        let written = try CoNLLUWriter().write([document]).bytes
        let back = try CoNLLUReader().read(utf8: written, path: "h")
        #expect(back.documents.first?.document.text == text)
        #expect(back.documents.first?[layer: .token]?.spans == tokens)
    }

    @Test(arguments: [
        (Marked.document(id: "d", tokens: "⟦a⟧, ⟦b⟧", entities: "a, b"),
         "d: error: text \", \" at Unicode scalars 1..<3 lies between tokens, where CoNLL-U keeps only whitespace"),
        (Marked.document(id: "d", tokens: "⟦a\tb⟧", entities: "a\tb"),
         "d: error: token \"a\tb\" at Unicode scalars 0..<3 contains a tab or line break, which a CoNLL-U line cannot hold"),
        (AnnotatedDocument(Document(id: "d", text: "x"), layers: [
            AnnotationLayer(.token, spans: [Span(0, 1)]), AnnotationLayer(.entity, annotations: [Annotation(Span(0, 1), label: "A|B")]),
        ]),
         "d: error: entity label \"A|B\" of \"x\" at Unicode scalars 0..<1 contains whitespace or '|', which this format cannot hold"),
        (Marked.document(id: "d", entities: "⟦LOC|Japan⟧-U.S."),
         "d: error: entity LOC \"Japan\" at Unicode scalars 0..<5 does not fall on token boundaries (policies: expand, contract, drop)"),
    ] as [(AnnotatedDocument, String)])
    func reportsWhatCannotBeWritten(document: AnnotatedDocument, message: String) {
        var output = Array("kept".utf8)
        #expect(throws: CoNLL2003ReaderTests.error(message)) { try CoNLLUWriter().write(document, to: &output) }
        #expect(output == Array("kept".utf8))
    }

    @Test(arguments: [
        ([:], ["genre": "a\u{2028}b"], "d: error: comment of sentence \"x\" at Unicode scalars 0..<1 contains a tab or line break, which a CoNLL-U line cannot hold"),
        (["misc": "A=1\tB"], [:], "d: error: MISC of token \"x\" at Unicode scalars 0..<1 contains a tab or line break, which a CoNLL-U line cannot hold"),
        (["lemma": "a\nb"], [:], "d: error: lemma \"a\nb\" of token \"x\" at Unicode scalars 0..<1 contains a tab or line break, which a CoNLL-U line cannot hold"),
    ])
    func valuesWithLineBreaksAreAnError(token: [String: String], sentence: [String: String], message: String) {
        #expect(throws: CoNLL2003ReaderTests.error(message)) {
            try CoNLLUWriter().write([Marked.oneToken(tokenAttributes: token, sentenceAttributes: sentence)])
        }
    }
}

import CorpusModel
import Formats
import Testing

@Suite("CoNLL-U reader")
struct CoNLLUReaderTests {
    /// Lines written with `→` for a tab, so that columns stay readable.
    static func conllu(_ lines: String) -> [UInt8] { Array(lines.replacingOccurrences(of: "→", with: "\t").utf8) }

    static let twoParagraphs = conllu("""
        # newdoc id = d1
        # sent_id = s1
        # newpar id = p1
        # text = Hi, Kim Jong Un!
        1→Hi→hi→INTJ→UH→_→0→root→0:root→SpaceAfter=No
        2→,→,→PUNCT→,→_→1→punct→1:punct→_
        3→Kim→Kim→PROPN→NNP→_→1→vocative→1:vocative→NER=B-PER
        4→Jong→Jong→PROPN→NNP→_→3→flat→3:flat→NER=I-PER
        5→Un→Un→PROPN→NNP→_→3→flat→3:flat→NER=I-PER|SpaceAfter=No
        6→!→!→PUNCT→.→_→1→punct→1:punct→_

        # sent_id = s2
        # text = Bye.
        1→Bye→bye→INTJ→UH→_→0→root→0:root→SpaceAfter=No
        2→.→.→PUNCT→.→_→1→punct→1:punct→_

        # sent_id = s3
        # newpar
        # text = New  one
        1→New→new→ADJ→JJ→_→0→root→0:root→SpacesAfter=\\s\\s
        2→one→one→NUM→CD→_→1→obj→1:obj→SpacesAfter=\\n

        """)

    @Test func rebuildsTheTextFromFormsAndSpacing() throws {
        let file = try CoNLLUReader().read(utf8: Self.twoParagraphs, path: "t.conllu")
        let document = try #require(file.documents.first)
        #expect(file.documents.count == 1)
        #expect(document.document.id == "d1")
        #expect(document.document.text == "Hi, Kim Jong Un! Bye.\nNew  one\n")
        #expect(Marked.layer(.token, of: document) == "⟦Hi⟧⟦,⟧ ⟦Kim⟧ ⟦Jong⟧ ⟦Un⟧⟦!⟧ ⟦Bye⟧⟦.⟧\n⟦New⟧  ⟦one⟧\n")
        #expect(Marked.layer(.sentence, of: document) == "⟦Hi, Kim Jong Un!⟧ ⟦Bye.⟧\n⟦New  one⟧\n")
        #expect(Marked.layer(.entity, of: document) == "Hi, ⟦PER|Kim Jong Un⟧! Bye.\nNew  one\n")
        let sentences = try #require(document[layer: .sentence]).annotations
        #expect(sentences.map(\.attributes) == [["sent_id": "s1", "newpar": "p1"], ["sent_id": "s2"], ["sent_id": "s3", "newpar": ""]])
        let tokens = try #require(document[layer: .token]).annotations
        #expect(tokens[4].attributes == ["lemma": "Un", "upos": "PROPN", "xpos": "NNP"])
        #expect(document[layer: .word] == nil)
        try document.validate()
    }

    @Test func readsMultiwordTokensAndTheirWords() throws {
        let bytes = Self.conllu("""
            # text = I don't go du tout
            1→I→I→PRON→PRP→_→3→nsubj→_→_
            2-3→don't→_→_→_→_→_→_→_→_
            2→do→do→AUX→VBP→_→4→aux→_→_
            3→n't→not→PART→RB→_→4→advmod→_→_
            4→go→go→VERB→VB→_→0→root→_→_
            5-6→du→_→_→_→_→_→_→_→_
            6→de→de→ADP→_→_→4→case→_→_
            7→le→le→DET→_→_→6→det→_→_
            8→tout→tout→ADV→_→_→4→advmod→_→_

            """)
        // The range 5-6 is followed by words 6 and 7: an error; fixed below.
        #expect(throws: CoNLL2003ReaderTests.error("m.conllu:7:1: error: multiword token 5-6 must be followed by its words 5 to 6")) {
            try CoNLLUReader().read(utf8: bytes, path: "m.conllu")
        }
        let fixed = Self.conllu(String(decoding: bytes, as: UTF8.self)
            .replacingOccurrences(of: "6\tde", with: "5\tde").replacingOccurrences(of: "7\tle", with: "6\tle")
            .replacingOccurrences(of: "8\ttout", with: "7\ttout"))
        let document = try #require(try CoNLLUReader(options: CoNLLUReadOptions(words: true)).read(utf8: fixed, path: "m").documents.first)
        #expect(Marked.layer(.token, of: document) == "⟦I⟧ ⟦don't⟧ ⟦go⟧ ⟦du⟧ ⟦tout⟧")
        let words = try #require(document[layer: .word]).annotations
        #expect(words.map { document.document.text(of: $0.span) } == ["I", "do", "n't", "go", "du", "du", "tout"])
        #expect(words.map { $0.attributes["form"] } == [nil, nil, nil, nil, "de", "le", nil])
        #expect(words[2].attributes == ["lemma": "not", "upos": "PART", "xpos": "RB", "head": "4", "deprel": "advmod"])
        // Without words, a multiword token keeps only its own MISC; one-word tokens keep their lexical columns.
        let plain = try #require(try CoNLLUReader().read(utf8: fixed, path: "m").documents.first)
        #expect(plain[layer: .token]?.annotations.map(\.attributes) == [
            ["lemma": "I", "upos": "PRON", "xpos": "PRP"], [:], ["lemma": "go", "upos": "VERB", "xpos": "VB"], [:],
            ["lemma": "tout", "upos": "ADV"],
        ])
    }

    @Test func skipsEmptyNodesOrKeepsThemWithWords() throws {
        let bytes = Self.conllu("""
            # text = they like
            1→they→they→PRON→_→_→2→nsubj→2:nsubj|2.1:nsubj→_
            2→like→like→VERB→_→_→0→root→0:root→_
            2.1→write→write→VERB→_→_→_→_→2:xcomp→CopyOf=1

            """)
        let plain = try CoNLLUReader().read(utf8: bytes, path: "e").documents[0]
        #expect(plain.document.text == "they like")
        #expect(plain[layer: .sentence]?.annotations[0].attributes == [:])
        let withWords = try CoNLLUReader(options: CoNLLUReadOptions(words: true)).read(utf8: bytes, path: "e").documents[0]
        #expect(withWords[layer: .sentence]?.annotations[0].attributes == ["empty_nodes": "2.1\twrite\twrite\tVERB\t_\t_\t_\t_\t2:xcomp\tCopyOf=1"])
        #expect(withWords[layer: .word]?.annotations.count == 2)
    }

    @Test func documentIdsAndComments() throws {
        let bytes = Self.conllu("""
            # newdoc
            # text = a
            # genre = news
            # a free comment
            1→a→_→_→_→_→_→_→_→_

            # newdoc id = named
            # text = b
            1→b→_→_→_→_→_→_→_→_

            # newdoc
            # text = c
            1→c→_→_→_→_→_→_→_→_

            """)
        let file = try CoNLLUReader().read(utf8: bytes, path: "dir/f.conllu")
        #expect(file.documents.map(\.document.id) == ["f-1", "named", "f-3"])
        #expect(file.documents[0][layer: .sentence]?.annotations[0].attributes == ["genre": "news", "comment": "a free comment"])
        let single = try CoNLLUReader().read(utf8: Self.conllu("1→a→_→_→_→_→_→_→_→_\n\n1→b→_→_→_→_→_→_→_→_\n"), path: "dir/g.conllu")
        #expect(single.documents.map(\.document.id) == ["g"])
        #expect(single.documents[0].document.text == "a b")
    }

    @Test func readsSpacesBeforeAndTheEntitySchemeOfTheFile() throws {
        let bytes = Self.conllu("""
            # text = Moon Jae-in
            1→Moon→_→_→_→_→_→_→_→NER=U-PER|SpacesBefore=\\n\\s
            2→Jae→_→_→_→_→_→_→_→NER=B-PER|SpaceAfter=No
            3→-→_→_→_→_→_→_→_→NER=I-PER|SpaceAfter=No
            4→in→_→_→_→_→_→_→_→NER=L-PER

            """)
        let file = try CoNLLUReader().read(utf8: bytes, path: "s")
        #expect(file.scheme == .bioes)
        #expect(Marked.layer(.entity, of: file.documents[0]) == "\n ⟦PER|Moon⟧ ⟦PER|Jae-in⟧")
    }

    @Test func lenientReadingKeepsTheTokensTextAndRepairsTags() throws {
        let bytes = Self.conllu("""
            # text = Kim  met
            1→Kim→_→_→_→_→_→_→_→NER=I-PER
            2→met→_→_→_→_→_→_→_→NER=O

            """)
        let options = CoNLLUReadOptions(scheme: .iob2, lenient: true)
        let file = try CoNLLUReader(options: options).read(utf8: bytes, path: "l.conllu")
        #expect(file.repairs.map(\.description) == [
            "l.conllu:1: warning: # text \"Kim  met\" differs from the text of the tokens and their spacing, \"Kim met\"; kept the tokens' text",
            "l.conllu:2:21: warning: I-PER at the start of a sentence: an iob2 entity starts with B-PER; read as B-PER",
        ])
        #expect(Marked.layer(.entity, of: file.documents[0]) == "⟦PER|Kim⟧ met")
    }

    @Test(arguments: [
        ("1→a→_→_→_→_→_→_→_\n", "x.conllu:1: error: the line has 9 tab-separated columns, expected 10"),
        ("1→a→_→_→_→_→_→_→_→_→_\n", "x.conllu:1: error: the line has 11 tab-separated columns, expected 10"),
        ("1 a _ _ _ _ _ _ _ _\n", "x.conllu:1: error: the line has 1 tab-separated columns, expected 10"),
        ("x→a→_→_→_→_→_→_→_→_\n", "x.conllu:1:1: error: invalid ID \"x\" (expected a word number N, a range N-M or an empty node N.M)"),
        ("2-1→a→_→_→_→_→_→_→_→_\n", "x.conllu:1:1: error: invalid ID \"2-1\" (expected a word number N, a range N-M or an empty node N.M)"),
        ("1-2-3→a→_→_→_→_→_→_→_→_\n", "x.conllu:1:1: error: invalid ID \"1-2-3\" (expected a word number N, a range N-M or an empty node N.M)"),
        ("1.2-3→a→_→_→_→_→_→_→_→_\n", "x.conllu:1:1: error: invalid ID \"1.2-3\" (expected a word number N, a range N-M or an empty node N.M)"),
        ("1→a→_→_→_→_→_→_→_→_\n3→b→_→_→_→_→_→_→_→_\n", "x.conllu:2:1: error: word 3 is out of order (expected word 2)"),
        ("1→a→_→_→_→_→_→_→_→_\n3-4→bc→_→_→_→_→_→_→_→_\n3→b→_→_→_→_→_→_→_→_\n4→c→_→_→_→_→_→_→_→_\n",
         "x.conllu:2:1: error: multiword token 3-4 must be followed by its words 3 to 4 (expected word 2 next)"),
        ("# text = a b\n1→a→_→_→_→_→_→_→_→SpaceAfter=No\n2→b→_→_→_→_→_→_→_→_\n",
         "x.conllu:1: error: # text \"a b\" differs from the text of the tokens and their spacing, \"ab\""),
        ("1→a→_→_→_→_→_→_→_→SpacesAfter=\\x\n", "x.conllu:1:19: error: invalid escape in SpacesAfter=\\x (expected \\s, \\t, \\n, \\r, \\p, \\\\ or \\uXXXX)"),
        ("1→a→_→_→_→_→_→_→_→SpaceAfter=No|SpacesAfter=\\s\n",
         "x.conllu:1:19: error: MISC gives the spacing after the token twice (SpaceAfter=No and SpacesAfter=)"),
        ("1→é→_→_→_→_→_→_→_→NER=PER\n", "x.conllu:1:19: error: unknown tag \"PER\" in NER= (expected O, or B-, I-, E-, S-, L- or U- and a label)"),
        ("1→a→_→_→_→_→_→_→_→NER=B-PER\n2→b→_→_→_→_→_→_→_→NER=I-LOC\n", "x.conllu:2:19: error: I-LOC after B-PER: an iob2 entity starts with B-LOC"),
        ("# global.columns = ID FORM MISC\n1→a→_\n", "x.conllu:1: error: CoNLL-U Plus columns \"ID FORM MISC\" are not supported (expected ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC)"),
        ("1.1→a→_→_→_→_→_→_→_→_\n", "x.conllu:1: error: the sentence has no words, only empty nodes"),
        ("# newdoc id = d\n1→a→_→_→_→_→_→_→_→_\n\n# newdoc id = d\n1→b→_→_→_→_→_→_→_→_\n", "x.conllu:4: error: document id \"d\" appears twice"),
    ])
    func reportsErrorsWithFileAndLine(text: String, message: String) {
        #expect(throws: CoNLL2003ReaderTests.error(message)) { try CoNLLUReader().read(utf8: Self.conllu(text), path: "x.conllu") }
    }
}

@Suite("CoNLL-U reader on many documents: read in parts on every core, same result and errors as in one piece")
struct CoNLLUPartsTests {
    /// Fifty documents of two sentences, with entities.
    static let documents: [AnnotatedDocument] = (1...50).map { number in
        Marked.document(
            id: "doc\(number)", sentences: "⟦Kim met Moon in Seoul .⟧\n\n⟦Number \(number) .⟧",
            entities: "⟦PER|Kim⟧ met ⟦PER|Moon⟧ in ⟦LOC|Seoul⟧ .\n\nNumber \(number) .")
    }

    @Test func manyDocumentsReadBackAsWritten() throws {
        let bytes = try CoNLLUWriter().write(Self.documents).bytes
        let file = try CoNLLUReader().read(utf8: bytes, path: "many.conllu")
        #expect(file.documents.map(\.document) == Self.documents.map(\.document))
        #expect(file.documents.map { $0[layer: .entity]?.spans } == Self.documents.map { $0[layer: .entity]?.spans })
        #expect(try CoNLLUWriter().write(file.documents).bytes == bytes)
    }

    @Test func anErrorInALaterPartNamesItsLineInTheFile() throws {
        var text = String(decoding: try CoNLLUWriter().write(Self.documents).bytes, as: UTF8.self)
        text = text.replacingOccurrences(of: "# newdoc id = doc45\n", with: "# newdoc id = doc3\n")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let occurrences = lines.indices.filter { lines[$0] == "# newdoc id = doc3" }
        #expect(occurrences.count == 2)
        let second = try #require(occurrences.last)
        #expect(throws: FormatError(path: "many.conllu", line: second + 1, message: "document id \"doc3\" appears twice")) {
            try CoNLLUReader().read(utf8: Array(text.utf8), path: "many.conllu")
        }
        let broken = text.replacingOccurrences(of: "# newdoc id = doc40\n# sent_id = doc40-1\n# newpar\n# text = Kim met Moon in Seoul .\n1\tKim", with: "# newdoc id = doc40\n# sent_id = doc40-1\n# newpar\n# text = Kim met Moon in Seoul .\n1\tKim\tx")
        let badLine = try #require(broken.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("1\tKim\tx") })
        #expect(throws: FormatError(path: "many.conllu", line: badLine + 1, message: "the line has 11 tab-separated columns, expected 10")) {
            try CoNLLUReader().read(utf8: Array(broken.utf8), path: "many.conllu")
        }
    }
}

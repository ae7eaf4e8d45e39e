import CorpusModel
import Evaluation
import Formats
import Testing

@Suite("Every error message, and what triggers it")
struct ErrorMessageTests {
    @Test(arguments: [
        (EvaluationError.input(FormatError(path: "a.txt", line: 3, message: "bad")), "a.txt:3: error: bad"),
        (.text(.unreadableFile(path: "x.txt", reason: "no such file")), "x.txt: error: cannot read file: no such file"),
        (
            .tokenMismatch(path: "s.conll", line: 4, goldToken: "Kim", systemToken: nil),
            "s.conll:4: error: token mismatch: gold has 'Kim', system has no token"
        ),
        (
            .missingDocument(id: "a", missingFrom: .system),
            "error: document 'a' has gold annotations but no system annotations (use --allow-missing to score it anyway)"
        ),
        (
            .missingDocument(id: "b", missingFrom: .gold),
            "error: document 'b' has system annotations but no gold annotations (use --allow-missing to score it anyway)"
        ),
        (.duplicateDocument(id: "a", side: .gold), "error: two gold documents are named 'a'"),
        (
            .textMismatch(id: "a", goldSHA256: "0123456789abcdef", systemSHA256: "fedcba9876543210"),
            "error: document 'a': the gold and system texts differ (SHA-256 0123456789ab… vs fedcba987654…), so their offsets cannot be compared"
        ),
        (.missingLayer(layer: .sentence, side: .system), "error: no system document has a 'sentence' layer"),
        (.noDocuments, "error: no documents to score"),
        (.invalidLabelMapping("GPE"), "error: invalid label mapping 'GPE' (expected OLD=NEW, each label mapped once)"),
        (
            .tooFewDocuments(needed: 2, found: 1, purpose: "a bootstrap over documents"),
            "error: a bootstrap over documents needs at least 2 documents, found 1"
        ),
        (.differentGold("3 documents against 2"), "error: the two systems were scored on different gold annotations: 3 documents against 2"),
    ])
    func descriptions(error: EvaluationError, message: String) {
        #expect(error.description == message)
    }

    @Test(arguments: [
        ("a x O O\nb O O\n", 2, "expected 4 columns as on line 1, found 3"),
        ("a\n", 1, "expected a gold tag and a system tag, found one column"),
        (
            "-DOCSTART- -X- B-PER O\n", 1,
            "-DOCSTART- line tagged 'B-PER' (gold) and 'O' (system); conlleval counts it as a token, so both tags must be O"
        ),
    ])
    func malformedConllevalInput(text: String, line: Int, message: String) {
        let expected = EvaluationError.input(FormatError(path: "t.txt", line: line, message: message))
        #expect(throws: expected) { try ConllevalReader.read(text, path: "t.txt") }
        #expect(expected.description == "t.txt:\(line): error: \(message)")
    }

    @Test func tagOutsideEverySchemeWithTagScheme() {
        #expect(throws: EvaluationError.input(FormatError(path: "t.txt", line: 1, message: "'X-PER' is not a tag of any scheme (expected O, or B-, I-, E-, S-, L- or U- and a label)"))) {
            try ConllevalReader.read("Kim X-PER O\n", path: "t.txt", options: ConllevalOptions(tagScheme: .bioes))
        }
    }

    @Test func unreadableFile() {
        #expect(throws: EvaluationError.text(.unreadableFile(path: "/nonexistent/x.txt", reason: "no such file"))) {
            try ConllevalReader.read(contentsOf: "/nonexistent/x.txt")
        }
    }

    @Test(arguments: [
        ("Kim B-PER\nLee O\n", "Kim B-PER\nPark O\n", 2, "Lee", "Park"),
        ("Kim B-PER\n\nLee O\n", "Kim B-PER\nLee O\n", 2, nil, "Lee"),
        ("Kim B-PER\nLee O\n", "Kim B-PER\n", 2, "Lee", nil),
    ] as [(String, String, Int, String?, String?)])
    func tokenMismatchBetweenTwoFiles(gold: String, system: String, line: Int, goldToken: String?, systemToken: String?) {
        #expect(throws: EvaluationError.tokenMismatch(path: "s.conll", line: line, goldToken: goldToken, systemToken: systemToken)) {
            try ConllevalReader.read(gold: gold, goldPath: "g.conll", system: system, systemPath: "s.conll")
        }
    }

    @Test(arguments: ["GPE", "=LOC", "GPE=", "GPE=LOC,GPE=ORG"])
    func invalidLabelMappings(entry: String) {
        let entries = entry.split(separator: ",").map(String.init)
        #expect(throws: EvaluationError.invalidLabelMapping(entries.last ?? entry)) { try LabelMap(parsing: entries) }
    }

    @Test func pairingErrors() throws {
        let gold = try #require(handWorkedPair.gold)
        #expect(throws: EvaluationError.noDocuments) { try DocumentPair.pair(gold: [], system: []) }
        #expect(throws: EvaluationError.missingDocument(id: "doc", missingFrom: .system)) { try DocumentPair.pair(gold: [gold], system: []) }
        #expect(throws: EvaluationError.duplicateDocument(id: "doc", side: .gold)) { try DocumentPair.pair(gold: [gold, gold], system: []) }
    }

    @Test func differentTextsCannotBeCompared() throws {
        let gold = try #require(handWorkedPair.gold)
        let system = AnnotatedDocument(Document(id: "doc", text: "Another text."))
        let expected = EvaluationError.textMismatch(id: "doc", goldSHA256: gold.document.sha256, systemSHA256: system.document.sha256)
        #expect(throws: expected) { try Scorer.score(pairs: [.matched(gold: gold, system: system)]) }
    }

    @Test func scoringALayerNoDocumentHas() {
        #expect(throws: EvaluationError.missingLayer(layer: .sentence, side: .gold)) {
            try Scorer.score(pairs: [handWorkedPair], options: ScoringOptions(layer: .sentence))
        }
    }
}

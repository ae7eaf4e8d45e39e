import Foundation
import Testing

/// Fixture files for the evaluation commands, written into a fresh directory.
enum EvaluateFixtures {
    /// conlleval input: gold PER [Kim Lee], LOC [Seoul]; system PER [Kim], PER [Lee], LOC [Seoul].
    static let conll = """
        -DOCSTART- -X- O O

        Kim NNP B-PER B-PER
        Lee NNP I-PER B-PER
        visited VBD O O
        Seoul NNP B-LOC B-LOC
        . . O O

        """

    /// A stand-off file with its text inline.
    static func standoff(_ text: String, _ entities: [(Int, Int, String)]) -> String {
        let items = entities.map { #"{"start": \#($0.0), "end": \#($0.1), "label": "\#($0.2)"}"# }.joined(separator: ", ")
        return #"{"format": "corpuskit-standoff", "version": 1, "id": "d", "text": "\#(text)", "offsets": "unicode-scalars", "layers": {"entity": [\#(items)]}}"#
    }

    /// A directory with `gold/` (brat, text beside), `system/` and `other/` (stand-off JSON) for two documents.
    static func annotationSets() throws -> URL {
        let root = try CorpusBinary.temporaryDirectory()
        let files: [String: String] = [
            "gold/a.txt": "Kim met Lee in Seoul.",
            "gold/a.ann": "T1\tPER 0 3\tKim\nT2\tPER 8 11\tLee\nT3\tLOC 15 20\tSeoul\n",
            "gold/b.txt": "Samsung hired Park.",
            "gold/b.ann": "T1\tORG 0 7\tSamsung\nT2\tPER 14 18\tPark\n",
            "system/a.json": standoff("Kim met Lee in Seoul.", [(0, 3, "PER"), (8, 11, "ORG"), (15, 20, "LOC")]),
            "system/b.json": standoff("Samsung hired Park.", [(0, 7, "ORG")]),
            "other/a.json": standoff("Kim met Lee in Seoul.", [(0, 3, "PER"), (8, 11, "PER"), (15, 20, "LOC")]),
            "other/b.json": standoff("Samsung hired Park.", [(0, 7, "ORG"), (14, 18, "PER")]),
        ]
        for (path, content) in files { try CorpusBinary.write(content, to: root.appendingPathComponent(path)) }
        return root
    }

    /// Compares output with a golden file under `Golden/Evaluate/`; `CORPUSKIT_UPDATE_GOLDEN=1` rewrites it.
    static func expectGolden(_ output: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/Evaluate/\(name)")
        if ProcessInfo.processInfo.environment["CORPUSKIT_UPDATE_GOLDEN"] == "1" { try CorpusBinary.write(output, to: url) }
        #expect(output == (try String(contentsOf: url, encoding: .utf8)), "\(name)", sourceLocation: sourceLocation)
    }
}

@Suite("corpus evaluate")
struct EvaluateCommandTests {
    @Test func conllevalInputGivesConllevalsReport() throws {
        let directory = try CorpusBinary.temporaryDirectory()
        try CorpusBinary.write(EvaluateFixtures.conll, to: directory.appendingPathComponent("dev.txt"))
        let result = try CorpusBinary.run(["evaluate", "--conll", "dev.txt"], in: directory)
        #expect(result.status == 0)
        try EvaluateFixtures.expectGolden(result.stdout, "conll.txt")
        let raw = try CorpusBinary.run(["evaluate", "--conll", "dev.txt", "--format", "conlleval"], in: directory)
        // gold 2, found 3, correct 1 (Seoul): P 33.33, R 50.00, F 40.00; tokens 6 (the -DOCSTART- line counts), 5 tags equal
        #expect(raw.stdout.hasPrefix("processed 6 tokens with 2 phrases; found: 3 phrases; correct: 1.\naccuracy:  83.33%; precision:  33.33%; recall:  50.00%; FB1:  40.00\n"))
        let piped = try CorpusBinary.run(["evaluate", "--conll", "-", "--format", "conlleval"], in: directory, stdin: Data(EvaluateFixtures.conll.utf8))
        #expect(piped.stdout == raw.stdout)
    }

    @Test func annotationSetsWithEveryAnalysis() throws {
        let root = try EvaluateFixtures.annotationSets()
        let result = try CorpusBinary.run(
            ["evaluate", "--gold", "gold", "--system", "system", "--scheme", "all", "--errors", "--confusion", "--per-document",
             "--bootstrap", "100", "--against", "other", "--shuffles", "100"], in: root)
        #expect(result.status == 0, "\(result.stderr)")
        try EvaluateFixtures.expectGolden(result.stdout, "sets.txt")
        let json = try CorpusBinary.run(["evaluate", "--gold", "gold", "--system", "system", "--format", "json", "--errors"], in: root)
        try EvaluateFixtures.expectGolden(json.stdout, "sets.json")
        let markdown = try CorpusBinary.run(["evaluate", "--gold", "gold", "--system", "system", "--format", "markdown"], in: root)
        try EvaluateFixtures.expectGolden(markdown.stdout, "sets.md")
    }

    @Test func minimumF1GatesTheExitCodeAndOutputGoesToAFile() throws {
        let root = try EvaluateFixtures.annotationSets()
        // system: 3 correct of 5 gold and 4 found → P ¾, R ⅗, F1 = 2/3 ≈ 0.6667
        let failing = try CorpusBinary.run(["evaluate", "--gold", "gold", "--system", "system", "--min-f1", "0.7", "-o", "out/report.json", "--format", "json"], in: root)
        #expect(failing.status == 1)
        #expect(failing.stdout.isEmpty)
        #expect(failing.stderr == "corpus evaluate: error: F1 0.6667 is below --min-f1 0.7000\n")
        let written = try String(contentsOf: root.appendingPathComponent("out/report.json"), encoding: .utf8)
        #expect(written.contains(#""f1": 0.6666666666666666"#))
        let passing = try CorpusBinary.run(["evaluate", "--gold", "gold", "--system", "system", "--min-f1", "0.6"], in: root)
        #expect(passing.status == 0)
    }

    @Test func twoTokenAlignedConllFiles() throws {
        let directory = try CorpusBinary.temporaryDirectory()
        try CorpusBinary.write("Kim B-PER\nLee E-PER\nsaid O\n", to: directory.appendingPathComponent("gold.conll"))
        try CorpusBinary.write("Kim S-PER\nLee S-PER\nsaid O\n", to: directory.appendingPathComponent("system.conll"))
        let result = try CorpusBinary.run(
            ["evaluate", "--gold", "gold.conll", "--system", "system.conll", "--tag-scheme", "bioes", "--format", "json"], in: directory)
        #expect(result.status == 0)
        #expect(result.stdout.contains(#""tag_scheme": "bioes""#))
        // bioes: gold PER [Kim Lee]; system PER [Kim], PER [Lee] → nothing correct
        #expect(result.stdout.contains(#""true_positives": 0"#))
        try CorpusBinary.write("Kim B-PER\nPark E-PER\nsaid O\n", to: directory.appendingPathComponent("other.conll"))
        let mismatch = try CorpusBinary.run(["evaluate", "--gold", "gold.conll", "--system", "other.conll"], in: directory)
        #expect(mismatch.status == 65)
        #expect(mismatch.stderr == "other.conll:2: error: token mismatch: gold has 'Lee', system has 'Park'\n")
    }

    @Test func bratFileWithoutExtensionReadWithFromBrat() throws {
        let root = try EvaluateFixtures.annotationSets()
        try FileManager.default.copyItem(at: root.appendingPathComponent("gold/a.ann"), to: root.appendingPathComponent("gold/a"))
        let named = try CorpusBinary.run(["evaluate", "--gold", "gold/a", "--system", "other/a.json", "--format", "json"], in: root)
        #expect(named.status == 64)
        #expect(named.stderr.contains("cannot tell the format of gold/a from its name"))
        // --from brat: the extensionless file is brat (its text is gold/a.txt); the .json file stays stand-off JSON.
        let result = try CorpusBinary.run(
            ["evaluate", "--gold", "gold/a", "--system", "other/a.json", "--from", "brat", "--format", "json"], in: root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(#""true_positives": 3"#))
        #expect(result.stdout.contains(#""false_negatives": 0"#))
    }

    @Test(arguments: [
        ([], "corpus evaluate: error: give --gold and --system (directories or files), or --conll FILE"),
        (["--conll", "a", "--gold", "b"], "corpus evaluate: error: give either --conll or --gold and --system, not both"),
        (["--gold", "g.json", "--system", "s.json", "--tag-scheme", "bioes"], "corpus evaluate: error: --tag-scheme, --delimiter and --raw-tags apply to CoNLL input only"),
        (["--conll", "a", "--raw-tags", "--tag-scheme", "iob2"], "corpus evaluate: error: --raw-tags and --tag-scheme exclude each other"),
        (["--conll", "a", "--layer", "token"], "corpus evaluate: error: CoNLL input has one token and sentence layer for both sides: score --layer entity"),
        (["--conll", "a", "--scheme", "all", "--format", "conlleval"], "corpus evaluate: error: --format conlleval shows the conll scheme only"),
        (["stray"], "corpus evaluate: error: unexpected argument 'stray' (use --gold and --system, or --conll)"),
        (["--conll", "a", "--map", "GPE"], "corpus evaluate: error: invalid label mapping 'GPE' (expected OLD=NEW, each label mapped once)"),
        (["--conll", "a", "--labels", ","], "corpus evaluate: error: --labels needs at least one label"),
    ])
    func usageErrors(arguments: [String], message: String) throws {
        let result = try CorpusBinary.run(["evaluate"] + arguments, in: try CorpusBinary.temporaryDirectory())
        #expect(result.status == 64)
        #expect(result.stderr == message + "\nRun 'corpus evaluate --help' for usage.\n")
    }

    @Test func dataErrors() throws {
        let root = try EvaluateFixtures.annotationSets()
        try FileManager.default.removeItem(at: root.appendingPathComponent("system/b.json"))
        let missing = try CorpusBinary.run(["evaluate", "--gold", "gold", "--system", "system"], in: root)
        #expect(missing.status == 65)
        #expect(missing.stderr == "error: document 'b' has gold annotations but no system annotations (use --allow-missing to score it anyway)\n")
        let allowed = try CorpusBinary.run(["evaluate", "--gold", "gold", "--system", "system", "--allow-missing"], in: root)
        #expect(allowed.status == 0)
        #expect(allowed.stdout.contains("note: document 'b' has no system annotations: all its gold spans count as missed"))
        try FileManager.default.removeItem(at: root.appendingPathComponent("gold/a.txt"))
        try FileManager.default.removeItem(at: root.appendingPathComponent("system/a.json"))
        let noText = try CorpusBinary.run(["evaluate", "--gold", "gold", "--system", "system", "--allow-missing"], in: root)
        #expect(noText.status == 65)
        #expect(noText.stderr.hasPrefix("gold/a.ann: error: no text for this .ann file: looked for gold/a.txt"))
        let oneDocument = try CorpusBinary.run(["evaluate", "--gold", "gold/b.ann", "--system", "other/b.json", "--bootstrap", "10"], in: root)
        #expect(oneDocument.status == 65)
        #expect(oneDocument.stderr == "error: a bootstrap over documents needs at least 2 documents, found 1\n")
    }
}

@Suite("corpus agreement")
struct AgreementCommandTests {
    @Test func agreementBetweenTwoSets() throws {
        let root = try EvaluateFixtures.annotationSets()
        let result = try CorpusBinary.run(["agreement", "gold", "other"], in: root)
        #expect(result.status == 0, "\(result.stderr)")
        try EvaluateFixtures.expectGolden(result.stdout, "agreement.txt")
        let json = try CorpusBinary.run(["agreement", "gold", "other", "--format", "json"], in: root)
        #expect(json.stdout.contains(#""kappa": 1.0"#))
    }

    @Test func agreementNeedsTwoSets() throws {
        let result = try CorpusBinary.run(["agreement", "gold"], in: try CorpusBinary.temporaryDirectory())
        #expect(result.status == 64)
        #expect(result.stderr == "corpus agreement: error: expected two annotation sets A and B, got 1 arguments\nRun 'corpus agreement --help' for usage.\n")
    }
}

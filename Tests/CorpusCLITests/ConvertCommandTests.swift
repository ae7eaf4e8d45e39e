import Foundation
import Testing

@Suite("corpus convert: every format to every other, errors, options")
struct ConvertCommandTests {
    static let conll = """
        -DOCSTART- -X- -X- O

        Kim NNP B-NP B-PER
        Jong NNP I-NP I-PER
        Un NNP I-NP I-PER
        met VBD B-VP O
        Moon NNP B-NP B-PER
        Trump NNP I-NP B-PER
        . . O O

        Seoul NNP B-NP B-LOC
        reacted VBD B-VP O

        -DOCSTART- -X- -X- O

        Zürich NNP B-NP B-LOC


        """

    private func read(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    @Test func conllToConlluOnStandardOutputAndBackThroughStandardInput() throws {
        let root = try CorpusBinary.temporaryDirectory()
        try CorpusBinary.write(Self.conll, to: root.appendingPathComponent("news.conll"))
        let conllu = try CorpusBinary.run(["convert", "news.conll", "--to", "conllu"], in: root)
        #expect(conllu.status == 0)
        #expect(conllu.stderr == "converted 2 documents from 1 file (conll2003 → conllu) to standard output\n")
        #expect(conllu.stdout.hasPrefix("""
            # newdoc id = news-1
            # sent_id = news-1-1
            # text = Kim Jong Un met Moon Trump .
            1\tKim\t_\t_\tNNP\t_\t_\t_\t_\tChunk=B-NP|NER=B-PER

            """))
        let back = try CorpusBinary.run(["convert", "-", "--from", "conllu", "--to", "conll2003"], in: root, stdin: Data(conllu.stdout.utf8))
        #expect(back.status == 0)
        #expect(back.stdout == Self.conll)
    }

    @Test(arguments: ["json", "jsonl", "conllu"])
    func everyFormatConvertsBackToTheSameCoNLL(via format: String) throws {
        let root = try CorpusBinary.temporaryDirectory()
        try CorpusBinary.write(Self.conll, to: root.appendingPathComponent("news.conll"))
        let target = format == "json" ? "mid" : "mid.\(format)"
        let there = try CorpusBinary.run(["convert", "news.conll", "--to", format, "-o", target], in: root)
        #expect(there.status == 0, "\(there.stderr)")
        let back = try CorpusBinary.run(["convert", target, "--to", "conll2003", "-o", "back.conll"], in: root)
        #expect(back.status == 0, "\(back.stderr)")
        #expect(try read(root.appendingPathComponent("back.conll")) == Self.conll)
        if format == "json" {
            let files = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("mid").path).sorted()
            #expect(files == ["news-1.json", "news-1.txt", "news-2.json", "news-2.txt"])
            #expect(try read(root.appendingPathComponent("mid/news-1.txt")) == "Kim Jong Un met Moon Trump .\nSeoul reacted")
        }
    }

    @Test func theProjectsAnnotationsSurviveCoNLLUExactly() throws {
        let out = try CorpusBinary.temporaryDirectory()
        let conllu = out.appendingPathComponent("a.conllu").path
        #expect(try CorpusBinary.run(["convert", "Annotations", "--to", "conllu", "-o", conllu]).status == 0)
        let json = out.appendingPathComponent("json").path
        #expect(try CorpusBinary.run(["convert", conllu, "--to", "json", "-o", json]).status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: CorpusBinary.packageRoot.appendingPathComponent("Annotations").path)
            .filter { $0.hasSuffix(".json") }
        #expect(!names.isEmpty)
        for name in names {
            let original = try Self.layers(CorpusBinary.packageRoot.appendingPathComponent("Annotations/\(name)"))
            let back = try Self.layers(URL(fileURLWithPath: json).appendingPathComponent(name))
            #expect(back == original, "\(name)")
            let text = try Data(contentsOf: URL(fileURLWithPath: json).appendingPathComponent(name.replacingOccurrences(of: ".json", with: ".txt")))
            let corpus = try Data(contentsOf: CorpusBinary.packageRoot.appendingPathComponent("Corpus/\(name.replacingOccurrences(of: ".json", with: ".txt"))"))
            #expect(text == corpus)
        }
    }

    /// The token, sentence and entity spans and labels of a stand-off file, and its text's SHA-256.
    static func layers(_ url: URL) throws -> [String] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let layers = try #require(object["layers"] as? [String: [[String: Any]]])
        let text = try #require(object["text"] as? [String: Any])
        return [String(describing: text["sha256"] ?? "")] + ["token", "sentence", "entity"].map { name in
            (layers[name] ?? []).map { "\($0["start"] ?? "")-\($0["end"] ?? "")\($0["label"].map { " \($0)" } ?? "")" }.joined(separator: ",")
        }
    }

    @Test func bratGetsTheEntitiesAndTheText() throws {
        let root = try CorpusBinary.temporaryDirectory()
        try CorpusBinary.write(Self.conll, to: root.appendingPathComponent("news.conll"))
        let result = try CorpusBinary.run(["convert", "news.conll", "--to", "brat", "-o", "ann"], in: root)
        #expect(result.status == 0)
        #expect(try read(root.appendingPathComponent("ann/news-1.ann")) == "T1\tPER 0 11\tKim Jong Un\nT2\tPER 16 20\tMoon\nT3\tPER 21 26\tTrump\nT4\tLOC 29 34\tSeoul\n")
        // brat keeps no tokens: converting it to CoNLL says so.
        let back = try CorpusBinary.run(["convert", "ann", "--to", "conll2003"], in: root)
        #expect(back.status == 65)
        #expect(back.stderr == "news-1: error: the document has no token layer\n")
    }

    @Test func aDirectoryOutputGetsOneStreamPerInput() throws {
        let root = try CorpusBinary.temporaryDirectory()
        try CorpusBinary.write(Self.conll, to: root.appendingPathComponent("in/a.conll"))
        try CorpusBinary.write("x O\n", to: root.appendingPathComponent("in/sub/b.conll"))
        try CorpusBinary.write("ignored\n", to: root.appendingPathComponent("in/notes.md"))
        try FileManager.default.createDirectory(at: root.appendingPathComponent("out"), withIntermediateDirectories: true)
        let result = try CorpusBinary.run(["convert", "in", "--to", "conll2003", "--columns", "token,ner", "--scheme", "bioes", "--no-docstart", "-o", "out"], in: root)
        #expect(result.status == 0)
        #expect(result.stderr == "note: skipping in/notes.md (not a known file)\nconverted 3 documents from 2 files (conll2003 → conll2003) to out\n")
        #expect(try read(root.appendingPathComponent("out/sub/b.conll")) == "x O\n\n")
        #expect(try read(root.appendingPathComponent("out/a.conll")).hasPrefix("Kim B-PER\nJong I-PER\nUn E-PER\nmet O\nMoon S-PER\nTrump S-PER\n"))
    }

    @Test func lenientRepairsAreReported() throws {
        let root = try CorpusBinary.temporaryDirectory()
        try CorpusBinary.write("Kim I-PER\nJong I-PER\nmet O\nMoon B-PER\n", to: root.appendingPathComponent("g.conll"))
        let strict = try CorpusBinary.run(["convert", "g.conll", "--to", "conll2003"], in: root)
        #expect(strict.status == 65)
        #expect(strict.stderr == "g.conll:1:5: error: I-PER at the start of a sentence: an iob2 entity starts with B-PER\n")
        let lenient = try CorpusBinary.run(["convert", "g.conll", "--to", "conll2003", "--columns", "token,ner", "--lenient"], in: root)
        #expect(lenient.status == 0)
        #expect(lenient.stderr.hasPrefix("g.conll:1:5: warning: I-PER at the start of a sentence: an iob2 entity starts with B-PER; read as B-PER\n"))
        #expect(lenient.stdout == "-DOCSTART- O\n\nKim B-PER\nJong I-PER\nmet O\nMoon B-PER\n\n")
        let iob1 = try CorpusBinary.run(["convert", "g.conll", "--to", "conll2003", "--columns", "token,ner", "--input-scheme", "iob1"], in: root)
        #expect(iob1.status == 65)
        #expect(iob1.stderr == "g.conll:4:6: error: B-PER after O: iob1 uses B- only between two adjacent PER entities\n")
    }

    @Test func misalignedEntitiesFollowThePolicyAndAreCounted() throws {
        let root = try CorpusBinary.temporaryDirectory()
        let line = #"{"format":"corpuskit-standoff","version":1,"id":"d","text":"Japan-U.S. talks","offsets":"unicode-scalars","layers":{"token":[{"start":0,"end":10},{"start":11,"end":16}],"entity":[{"start":0,"end":5,"label":"LOC"}]}}"#
        try CorpusBinary.write(line + "\n", to: root.appendingPathComponent("d.jsonl"))
        let error = try CorpusBinary.run(["convert", "d.jsonl", "--to", "conllu"], in: root)
        #expect(error.status == 65)
        #expect(error.stderr == "d: error: entity LOC \"Japan\" at Unicode scalars 0..<5 does not fall on token boundaries (policies: expand, contract, drop)\n")
        let expanded = try CorpusBinary.run(["convert", "d.jsonl", "--to", "conll2003", "--columns", "token,ner", "--misaligned", "expand"], in: root)
        #expect(expanded.status == 0)
        #expect(expanded.stdout == "-DOCSTART- O\n\nJapan-U.S. B-LOC\ntalks O\n\n")
        #expect(expanded.stderr.hasPrefix("note: 1 entity did not fall on token boundaries: 1 expanded, 0 contracted, 0 dropped\n"))
    }

    @Test func conlluWithWordsConvertsBackExactly() throws {
        let root = try CorpusBinary.temporaryDirectory()
        let conllu = """
            # newdoc id = w
            # sent_id = w-1
            # newpar
            # text = I don't  know.
            1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_
            2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\tSpacesAfter=\\s\\s
            2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_
            3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_
            4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No
            5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_


            """
        try CorpusBinary.write(conllu, to: root.appendingPathComponent("w.conllu"))
        let json = try CorpusBinary.run(["convert", "w.conllu", "--words", "--to", "json", "-o", "j"], in: root)
        #expect(json.status == 0)
        let back = try CorpusBinary.run(["convert", "j", "--to", "conllu"], in: root)
        #expect(back.status == 0)
        #expect(back.stdout == conllu)
    }

    @Test(arguments: [
        (["convert", "x.conll"], 64, "corpus convert: error: --to is required (conll2003, conllu, brat, json or jsonl)\nRun 'corpus convert --help' for usage.\n"),
        (["convert", "x.conll", "--to", "json"], 64, "corpus convert: error: --to json writes one file per document: give -o DIR\nRun 'corpus convert --help' for usage.\n"),
        (["convert", "x.txt", "--to", "conllu"], 64, "corpus convert: error: cannot tell the format of x.txt from its name (known: .conll, .conll2003, .iob, .conllu, .ann, .json, .jsonl); give --from\nRun 'corpus convert --help' for usage.\n"),
        (["convert", "-", "--to", "conllu"], 64, "corpus convert: error: reading standard input needs --from conll2003, conllu or jsonl\nRun 'corpus convert --help' for usage.\n"),
        (["convert", "x.conll", "--to", "conllu", "--columns", "token,ner"], 64, "corpus convert: error: --columns applies to --to conll2003 only\nRun 'corpus convert --help' for usage.\n"),
        (["convert", "x.conll", "--to", "conll2003", "--columns", "ner,token"], 64, "corpus convert: error: invalid --columns 'ner,token' (expected token, then attribute names such as pos or chunk, then ner, optionally predicted)\nRun 'corpus convert --help' for usage.\n"),
        (["convert", "x.conll", "--to", "jsonl", "--scheme", "bioes"], 64, "corpus convert: error: --scheme applies to --to conll2003 and conllu only\nRun 'corpus convert --help' for usage.\n"),
        (["convert", "x.conll", "--to", "conll2003", "--scheme", "bilou"], 64, "corpus convert: error: invalid value 'bilou' for --scheme (expected one of: iob1, iob2, ioe1, ioe2, bioes, io)\nRun 'corpus convert --help' for usage.\n"),
        (["convert", "x.conll", "--to", "conll2003", "-o", "x.conll"], 64, "corpus convert: error: the output x.conll is also an input; choose another with -o\nRun 'corpus convert --help' for usage.\n"),
        (["convert", "missing.conll", "--to", "conllu"], 65, "missing.conll: error: no such file or directory\n"),
        (["convert", "bad.conll", "--to", "conllu"], 65, "bad.conll:2: error: the line has 3 columns, expected 2 like line 1\n"),
        (["convert", "x.conll", "x.conll", "--to", "conllu"], 65, "x.conll: error: document id \"x\" appears again (first in x.conll)\n"),
    ] as [([String], Int32, String)])
    func errorsNameTheProblemAndExitWithTheRightCode(arguments: [String], status: Int32, stderr: String) throws {
        let root = try CorpusBinary.temporaryDirectory()
        try CorpusBinary.write("a O\n", to: root.appendingPathComponent("x.conll"))
        try CorpusBinary.write("a O\nb NN O\n", to: root.appendingPathComponent("bad.conll"))
        try CorpusBinary.write("a O\n", to: root.appendingPathComponent("x.txt"))
        let result = try CorpusBinary.run(arguments, in: root)
        #expect(result.status == status)
        #expect(result.stderr == stderr)
    }

    @Test(arguments: [
        (["convert", "--to", "conllu"], 64, "corpus convert: error: give at least one INPUT (a file, a directory or '-')\nRun 'corpus convert --help' for usage.\n"),
        (["convert", "-", "x.conll", "--from", "conll2003", "--to", "conllu"], 64, "corpus convert: error: '-' (standard input) cannot be combined with other inputs\nRun 'corpus convert --help' for usage.\n"),
        (["convert", "empty", "--to", "conllu"], 65, "corpus convert: error: no input files in empty\n"),
        (["convert", "slash.conllu", "--to", "json", "-o", "out"], 65, "a/b: error: the document id cannot name a file (it is empty, '.', '..', or holds '/' or '\\')\n"),
        (["convert", "lost.json", "--to", "conllu"], 65, "lost.json: error: cannot find its text gone.txt: neither Corpus/gone.txt nor ./gone.txt exists\n"),
        (["convert", "alone.ann", "--to", "json", "-o", "out"], 65, "alone.ann: error: no text for this file: neither alone.txt nor Corpus/alone.txt exists\n"),
    ] as [([String], Int32, String)])
    func inputProblemsAreReported(arguments: [String], status: Int32, stderr: String) throws {
        let root = try CorpusBinary.temporaryDirectory()
        try CorpusBinary.write("a O\n", to: root.appendingPathComponent("x.conll"))
        try FileManager.default.createDirectory(at: root.appendingPathComponent("empty"), withIntermediateDirectories: true)
        try CorpusBinary.write("# newdoc id = a/b\n1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n\n", to: root.appendingPathComponent("slash.conllu"))
        let reference = #"{"format":"corpuskit-standoff","version":1,"id":"lost","text":{"path":"gone.txt","sha256":"0000000000000000000000000000000000000000000000000000000000000000","length":0},"offsets":"unicode-scalars","layers":{}}"#
        try CorpusBinary.write(reference, to: root.appendingPathComponent("lost.json"))
        try CorpusBinary.write("T1\tPER 0 1\ta\n", to: root.appendingPathComponent("alone.ann"))
        let result = try CorpusBinary.run(arguments, in: root)
        #expect(result.status == status)
        #expect(result.stderr == stderr)
    }

    @Test func anOutputFileIsWrittenWholeOrNotAtAll() throws {
        let root = try CorpusBinary.temporaryDirectory()
        try CorpusBinary.write(Self.conll, to: root.appendingPathComponent("a.conll"))
        try CorpusBinary.write("a O\nb I-X\n", to: root.appendingPathComponent("b.conll"))
        let result = try CorpusBinary.run(["convert", "a.conll", "b.conll", "--to", "conllu", "--input-scheme", "iob2", "-o", "out.conllu"], in: root)
        #expect(result.status == 65)
        #expect(result.stderr == "b.conll:2:3: error: I-X after O: an iob2 entity starts with B-X\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["a.conll", "b.conll"])
    }
}

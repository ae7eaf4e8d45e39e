import Foundation
import Testing

@Suite("corpus annotate: files, errors, and the JSON Lines worker")
struct AnnotateCommandTests {
    @Test func annotatesADirectoryRecursivelyAndSkipsOtherFiles() throws {
        let root = try CorpusBinary.temporaryDirectory()
        let corpus = root.appendingPathComponent("corpus")
        try CorpusBinary.write("Defense Minister Takeshi Iwaya met NATO officials in Brussels.\n", to: corpus.appendingPathComponent("a.txt"))
        try CorpusBinary.write("\u{FEFF}Kim Jong Un met Moon.\r\n", to: corpus.appendingPathComponent("sub/b.txt"))
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0xFF]).write(to: corpus.appendingPathComponent("image.png"))

        let result = try CorpusBinary.run(["annotate", "corpus", "-o", "out"], in: root)
        #expect(result.status == 0)
        #expect(result.stderr.contains("note: skipping corpus/image.png (not a .txt file)"))
        #expect(result.stderr.contains("annotated 2 of 2 documents into out"))
        let a = try String(contentsOf: root.appendingPathComponent("out/a.json"), encoding: .utf8)
        #expect(a.contains("\"path\": \"a.txt\""))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("out/sub/b.json").path))

        let validation = try CorpusBinary.run(["validate", "out", "--corpus", "corpus"], in: root)
        #expect(validation.status == 0)
        #expect(validation.stderr == "2 of 2 files valid\n")
    }

    @Test func invalidUTF8IsADataErrorAndLeavesNoOutputForThatDocument() throws {
        let root = try CorpusBinary.temporaryDirectory()
        try CorpusBinary.write("Fine text.\n", to: root.appendingPathComponent("corpus/good.txt"))
        try Data([0x61, 0x0A, 0x62, 0x63, 0xC3, 0x28]).write(to: root.appendingPathComponent("corpus/bad.txt"))

        let result = try CorpusBinary.run(["annotate", "corpus", "-o", "out"], in: root)
        #expect(result.status == 65)
        #expect(result.stderr.contains("corpus/bad.txt:2:3: error: invalid UTF-8 at byte offset 4\n"))
        #expect(result.stderr.contains("annotated 1 of 2 documents"))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("out/good.json").path))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("out/bad.json").path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("out").path)
        #expect(leftovers == ["good.json"])
    }

    @Test func emptyFileGetsEmptyLayers() throws {
        let root = try CorpusBinary.temporaryDirectory()
        try CorpusBinary.write("", to: root.appendingPathComponent("corpus/empty.txt"))
        let result = try CorpusBinary.run(["annotate", "corpus", "-o", "out"], in: root)
        #expect(result.status == 0)
        let json = try String(contentsOf: root.appendingPathComponent("out/empty.json"), encoding: .utf8)
        #expect(json.contains("\"length\": 0"))
        #expect(json.contains("\"token\": []"))
    }

    @Test func missingPathIsADataError() throws {
        let root = try CorpusBinary.temporaryDirectory()
        let result = try CorpusBinary.run(["annotate", "nowhere", "-o", "out"], in: root)
        #expect(result.status == 65)
        #expect(result.stderr == "nowhere: error: no such file or directory\n")
    }

    @Test func unwritableOutputFolderFailsWithoutPartialFiles() throws {
        let root = try CorpusBinary.temporaryDirectory()
        try CorpusBinary.write("Some text.\n", to: root.appendingPathComponent("corpus/a.txt"))
        try CorpusBinary.write("a regular file where a folder should be", to: root.appendingPathComponent("blocker"))
        let result = try CorpusBinary.run(["annotate", "corpus", "-o", "blocker/out"], in: root)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("blocker/out/a.json: error: cannot write file: "))
        #expect(try String(contentsOf: root.appendingPathComponent("blocker"), encoding: .utf8).hasPrefix("a regular file"))
    }

    @Test func outputFolderMustNotBeAnInput() throws {
        let root = try CorpusBinary.temporaryDirectory()
        try CorpusBinary.write("Some text.\n", to: root.appendingPathComponent("corpus/a.txt"))
        let result = try CorpusBinary.run(["annotate", "corpus", "-o", "corpus/"], in: root)
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("corpus annotate: error: the output corpus/ is also an input; choose another with -o\n"))
    }

    @Test func bratFormatWritesAnnFilesThatValidate() throws {
        let root = try CorpusBinary.temporaryDirectory()
        try CorpusBinary.write("Kim Jong Un met Moon Jae-in in Seoul.\n", to: root.appendingPathComponent("corpus/k.txt"))
        let result = try CorpusBinary.run(["annotate", "corpus", "-o", "out", "--format", "brat"], in: root)
        #expect(result.status == 0)
        let ann = try String(contentsOf: root.appendingPathComponent("out/k.ann"), encoding: .utf8)
        #expect(ann.hasPrefix("T1\t"))
        #expect(try CorpusBinary.run(["validate", "out", "--corpus", "corpus"], in: root).status == 0)
    }

    @Test func jsonLinesWorkerKeepsOrderAndStopsAtAMalformedLine() throws {
        let input = """
            {"id": "one", "text": "Tokyo is big."}
            {"id": "two", "text": "Kim met Moon in Seoul.", "extra": [1, 2]}
            {"id": "three", "text": "unterminated
            {"id": "four", "text": "never reached"}

            """
        let result = try CorpusBinary.run(["annotate", "-"], stdin: Data(input.utf8))
        #expect(result.status == 65)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("{\"format\":\"corpuskit-standoff\",\"version\":1,\"id\":\"one\",\"text\":\"Tokyo is big.\""))
        #expect(lines[1].contains("\"id\":\"two\""))
        #expect(result.stderr.hasPrefix("<stdin>:3:"))
    }

    @Test func jsonLinesWorkerSkipsInvalidLinesWhenAsked() throws {
        let input = "{\"id\": \"a\", \"text\": \"A.\"}\nnot json\n\n{\"id\": \"b\", \"text\": \"B.\"}\n"
        let result = try CorpusBinary.run(["annotate", "-", "--skip-invalid", "--stages", "token"], stdin: Data(input.utf8))
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").count == 2)
        #expect(result.stderr.hasPrefix("<stdin>:2:1: error: "))
        #expect(result.stderr.hasSuffix("note: skipped 1 invalid line\n"))
        #expect(!result.stdout.contains("\"sentence\""))
    }

    @Test func workerOutputReadsBackThroughValidate() throws {
        let root = try CorpusBinary.temporaryDirectory()
        let input = "{\"id\": \"a\", \"text\": \"Zürich \u{1F600} e\u{301}t\u{E9}\\r\\nNew line.\"}\n"
        let result = try CorpusBinary.run(["annotate", "-"], in: root, stdin: Data(input.utf8))
        #expect(result.status == 0)
        try CorpusBinary.write(result.stdout, to: root.appendingPathComponent("out.jsonl"))
        let validation = try CorpusBinary.run(["validate", "out.jsonl"], in: root)
        #expect(validation.status == 0)
    }
}

@Suite("The main job: corpus annotate --score")
struct MainJobTests {
    @Test func annotatesAndScoresAgainstGold() throws {
        let root = try CorpusBinary.temporaryDirectory()
        try CorpusBinary.write("Japan and China met in Tokyo.\n", to: root.appendingPathComponent("corpus/d.txt"))
        // Gold: Japan, China and Tokyo are places; the tagger is expected to find all three.
        try CorpusBinary.write("T1\tLOC 0 5\tJapan\nT2\tLOC 10 15\tChina\nT3\tLOC 23 28\tTokyo\n", to: root.appendingPathComponent("gold/d.ann"))
        let result = try CorpusBinary.run(["annotate", "corpus", "-o", "out", "--score", "gold"], in: root)
        #expect(result.status == 0)
        #expect(result.stdout.contains("processed 1 document with 3 phrases; found: 3 phrases; correct: 3."))
    }

    @Test func scoreNeedsOneCorpusDirectory() throws {
        let result = try CorpusBinary.run(["annotate", "a", "b", "--score", "gold"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("corpus annotate: error: --score needs one corpus directory"))
    }
}

@Suite("corpus annotate on pre-tokenized input and into CoNLL")
struct AnnotatePreannotatedTests {
    static let conll = """
        -DOCSTART- -X- -X- O

        Defense NNP B-NP O
        Minister NNP I-NP O
        Takeshi NNP I-NP B-PER
        Iwaya NNP I-NP I-PER
        visited VBD B-VP O
        Tokyo NNP B-NP B-LOC
        . . O O


        """

    @Test func keepsTheFilesTokensAndWritesConllevalInput() throws {
        let root = try CorpusBinary.temporaryDirectory()
        try CorpusBinary.write(Self.conll, to: root.appendingPathComponent("dev.conll"))
        let annotated = try CorpusBinary.run(["annotate", "--input-format", "conll2003", "dev.conll", "--format", "conll2003"], in: root)
        #expect(annotated.status == 0)
        let lines = annotated.stdout.split(separator: "\n")
        // Each token line: token, POS, chunk, the file's tag, the predicted tag.
        #expect(lines.contains("Takeshi NNP I-NP B-PER B-PER"))
        #expect(lines.contains("Tokyo NNP B-NP B-LOC B-LOC"))
        #expect(lines.filter { !$0.hasPrefix("-DOCSTART-") }.count == 7)
        let scored = try CorpusBinary.run(["evaluate", "--conll", "-"], in: root, stdin: Data(annotated.stdout.utf8))
        #expect(scored.status == 0)
        // conlleval counts the -DOCSTART- line as a token: 7 + 1.
        #expect(scored.stdout.hasPrefix("processed 8 tokens with 2 phrases; found: 2 phrases; correct: 2.\n"))
    }

    @Test func textIntoConllStreamsInInputOrder() throws {
        let root = try CorpusBinary.temporaryDirectory()
        try CorpusBinary.write("Kim met Moon.\n", to: root.appendingPathComponent("corpus/a.txt"))
        try CorpusBinary.write("Tokyo is big.\n", to: root.appendingPathComponent("corpus/b.txt"))
        let result = try CorpusBinary.run(["annotate", "corpus", "--format", "conllu", "-o", "out.conllu"], in: root)
        #expect(result.status == 0)
        let text = try String(contentsOf: root.appendingPathComponent("out.conllu"), encoding: .utf8)
        #expect(text.hasPrefix("# newdoc id = a\n"))
        #expect(text.contains("# newdoc id = b\n"))
        #expect(text.contains("# text = Tokyo is big."))
    }

    @Test func inputFormatNeedsFiles() throws {
        let result = try CorpusBinary.run(["annotate", "--input-format", "conllu"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("corpus annotate: error: --input-format conllu needs input files\n"))
    }
}

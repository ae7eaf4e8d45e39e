import Foundation
import Testing

@Suite("corpus gazetteer build: a gazetteer from CoNLL-2003 data")
struct GazetteerCommandTests {
    static let conll = """
        -DOCSTART- -X- -X- O

        Jordan NNP B-NP B-PER
        beat VBD B-VP O
        Grimbledon NNP B-NP B-ORG
        Rovers NNP I-NP I-ORG
        in IN B-PP O
        May NNP B-NP O
        . . O O

        -DOCSTART- -X- -X- O

        Jordan NNP B-NP B-LOC
        and CC O O
        Jordan NNP B-NP B-LOC
        met VBD B-VP O
        May NNP B-NP B-PER
        in IN B-PP O
        May NNP B-NP O
        . . O O

        """

    @Test func buildsAGazetteerTheTaggerLoads() throws {
        let directory = try CorpusBinary.temporaryDirectory()
        let input = directory.appendingPathComponent("train.txt").path
        let output = directory.appendingPathComponent("out/train.tsv").path
        try Self.conll.write(toFile: input, atomically: true, encoding: .utf8)
        let result = try CorpusBinary.run(["gazetteer", "build", input, "-o", output])
        #expect(result.status == 0)
        #expect(result.stderr == "corpus gazetteer build: wrote 2 phrases to \(output)\n")
        let written = try String(contentsOfFile: output, encoding: .utf8)
        #expect(written == """
            # Gazetteer compiled by `corpus gazetteer build` from annotated data: each phrase with its most
            # frequent label, phrases more often not an entity than an entity left out.
            # Sources: train.txt
            # Phrases: 2 kept of 3 seen in 2 documents.
            # Format: CLASS<TAB>phrase
            ORG\tGrimbledon Rovers
            LOC\tJordan

            """)
        let tagged = try CorpusBinary.run(["tag", "--gazetteer", output], stdin: Data("Grimbledon Rovers".utf8))
        #expect(tagged.stdout == "0\t17\tORG\tGrimbledon Rovers\n")
    }

    @Test func usageErrors() throws {
        let noOutput = try CorpusBinary.run(["gazetteer", "build", "train.txt"])
        #expect(noOutput.status == 64)
        #expect(noOutput.stderr == "corpus gazetteer build: error: missing -o OUT.tsv\nRun 'corpus gazetteer build --help' for usage.\n")
        let noInput = try CorpusBinary.run(["gazetteer", "build", "-o", "x.tsv"])
        #expect(noInput.status == 64)
        #expect(noInput.stderr == "corpus gazetteer build: error: no input files\nRun 'corpus gazetteer build --help' for usage.\n")
    }

    @Test func badInputIsADataError() throws {
        let directory = try CorpusBinary.temporaryDirectory()
        let input = directory.appendingPathComponent("bad.txt").path
        try "Jordan NNP B-NP B-PER\nbeat VBD B-VP\n".write(toFile: input, atomically: true, encoding: .utf8)
        let result = try CorpusBinary.run(["gazetteer", "build", input, "-o", directory.appendingPathComponent("x.tsv").path])
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("\(input):2:"))
    }
}

@Suite("corpus gazetteer build from brat and stand-off JSON")
struct GazetteerCommandFormatTests {
    @Test func readsBratFilesWithTheirTexts() throws {
        let directory = try CorpusBinary.temporaryDirectory()
        try "Grimbledon Rovers beat Wexworth . Grimbledon Rovers won .".write(
            to: directory.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "T1\tORG 0 17\tGrimbledon Rovers\nT2\tORG 23 31\tWexworth\n".write(
            to: directory.appendingPathComponent("a.ann"), atomically: true, encoding: .utf8)
        let output = directory.appendingPathComponent("out.tsv").path
        let result = try CorpusBinary.run(["gazetteer", "build", directory.path, "-o", output])
        #expect(result.status == 0)
        // The second "Grimbledon Rovers" is not annotated: one entity, one other occurrence, a tie, kept.
        let written = try String(contentsOfFile: output, encoding: .utf8)
        #expect(written.hasSuffix("# Format: CLASS<TAB>phrase\nORG\tGrimbledon Rovers\nORG\tWexworth\n"))
    }

    @Test func missingBratTextIsADataError() throws {
        let directory = try CorpusBinary.temporaryDirectory()
        let ann = directory.appendingPathComponent("lonely.ann")
        try "T1\tORG 0 4\tAcme\n".write(to: ann, atomically: true, encoding: .utf8)
        let result = try CorpusBinary.run(["gazetteer", "build", ann.path, "-o", directory.appendingPathComponent("x.tsv").path])
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("\(ann.path): error:"))
    }
}

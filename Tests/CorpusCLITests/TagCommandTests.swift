import Foundation
import Testing

@Suite("corpus tag: entities of text files and standard input")
struct TagCommandTests {
    @Test func tagsStandardInputWithScalarOffsets() throws {
        let result = try CorpusBinary.run(["tag"], stdin: Data("Défense: Defense Minister Takeshi Iwaya met NATO officials in Tokyo.\n".utf8))
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == "26\t39\tPER\tTakeshi Iwaya\n44\t48\tORG\tNATO\n62\t67\tLOC\tTokyo\n")
    }

    @Test func writesBratLines() throws {
        let result = try CorpusBinary.run(["tag", "--format", "brat", "-"], stdin: Data("Japan and China.".utf8))
        #expect(result.status == 0)
        #expect(result.stdout == "T1\tLOC 0 5\tJapan\nT2\tLOC 10 15\tChina\n")
    }

    @Test func prefixesLinesWithThePathForSeveralFiles() throws {
        let directory = try CorpusBinary.temporaryDirectory()
        let first = directory.appendingPathComponent("a.txt").path
        let second = directory.appendingPathComponent("b.txt").path
        try "Japan".write(toFile: first, atomically: true, encoding: .utf8)
        try "China".write(toFile: second, atomically: true, encoding: .utf8)
        let result = try CorpusBinary.run(["tag", first, second])
        #expect(result.stdout == "\(first)\t0\t5\tLOC\tJapan\n\(second)\t0\t5\tLOC\tChina\n")
    }

    @Test func userGazetteersAndRulesApply() throws {
        let directory = try CorpusBinary.temporaryDirectory()
        let gazetteer = directory.appendingPathComponent("teams.tsv").path
        try "# Teams.\nORG\tGrimbledon Rovers\nORG\tJapan\n".write(toFile: gazetteer, atomically: true, encoding: .utf8)
        let rules = directory.appendingPathComponent("rules")
        try FileManager.default.createDirectory(at: rules, withIntermediateDirectories: true)
        try "ship\t70\t\"the\" \"ship\" [MISC Cap]\n".write(
            to: rules.appendingPathComponent("ships.rules"), atomically: true, encoding: .utf8)
        let text = "Grimbledon Rovers beat Japan on the ship Marigold."
        let result = try CorpusBinary.run(["tag", "--gazetteer", gazetteer, "--rules", rules.path], stdin: Data(text.utf8))
        #expect(result.status == 0)
        #expect(result.stdout == "0\t17\tORG\tGrimbledon Rovers\n23\t28\tORG\tJapan\n41\t49\tMISC\tMarigold\n")
    }

    @Test func noBuiltinLeavesTheListsOut() throws {
        // Without the lists only the name guesser is left: a lone capitalised word is taken for a person.
        let result = try CorpusBinary.run(["tag", "--no-builtin"], stdin: Data("the ministers of Japan".utf8))
        #expect(result.status == 0)
        #expect(result.stdout == "17\t22\tPER\tJapan\n")
    }

    @Test func badGazetteerLineIsADataError() throws {
        let directory = try CorpusBinary.temporaryDirectory()
        let gazetteer = directory.appendingPathComponent("bad.tsv").path
        try "LOC\tJapan\nORG\t Grimbledon Rovers\n".write(toFile: gazetteer, atomically: true, encoding: .utf8)
        let result = try CorpusBinary.run(["tag", "--gazetteer", gazetteer], stdin: Data("x".utf8))
        #expect(result.status == 65)
        #expect(result.stderr == "\(gazetteer):2:5: error: stray whitespace in the phrase\n    ORG\t Grimbledon Rovers\n")
    }

    @Test func badPatternIsADataError() throws {
        let directory = try CorpusBinary.temporaryDirectory()
        try "r\t1\t[PER Nome]\n".write(to: directory.appendingPathComponent("x.rules"), atomically: true, encoding: .utf8)
        let result = try CorpusBinary.run(["tag", "--rules", directory.path], stdin: Data("x".utf8))
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("\(directory.path)/x.rules:1:10: error: invalid pattern: unknown shape 'Nome'"))
    }

    @Test func missingInputsAndRuleDirectoriesAreDataErrors() throws {
        let missing = try CorpusBinary.run(["tag", "no-such-file.txt"])
        #expect(missing.status == 65)
        #expect(missing.stderr == "no-such-file.txt: error: cannot read file: no such file\n")
        let noDirectory = try CorpusBinary.run(["tag", "--rules", "no-such-dir"], stdin: Data("x".utf8))
        #expect(noDirectory.status == 65)
        #expect(noDirectory.stderr == "no-such-dir: error: cannot read rules: not a readable directory\n")
    }

    @Test func unknownFormatIsAUsageError() throws {
        let result = try CorpusBinary.run(["tag", "--format", "xml"], stdin: Data("x".utf8))
        #expect(result.status == 64)
        #expect(result.stderr == "corpus tag: error: invalid value 'xml' for --format (expected one of: tsv, brat)\nRun 'corpus tag --help' for usage.\n")
    }
}

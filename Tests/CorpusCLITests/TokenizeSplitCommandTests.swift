import Foundation
import Testing

@Suite("corpus tokenize, split and validate")
struct TokenizeSplitCommandTests {
    @Test func tokenizeStandardInputPrintsScalarOffsets() throws {
        let result = try CorpusBinary.run(["tokenize", "-"], stdin: Data("Zürich's \u{1F600} Japan-U.S.\n".utf8))
        #expect(result.status == 0)
        #expect(result.stdout == "0\t6\tZürich\n6\t8\t's\n9\t10\t\u{1F600}\n11\t21\tJapan-U.S.\n")
    }

    @Test func splitEscapesLineBreaksInsideASentence() throws {
        let text = "Stay ahead with our exclusives on Asia;\nthe most dynamic market in the world.\n\nTry 1 month for $0.99\n"
        let result = try CorpusBinary.run(["split"], stdin: Data(text.utf8))
        #expect(result.status == 0)
        #expect(result.stdout == "0\t77\tStay ahead with our exclusives on Asia;\\nthe most dynamic market in the world.\n79\t100\tTry 1 month for $0.99\n")
    }

    @Test func tokenizeRejectsInvalidUTF8FromStandardInput() throws {
        let result = try CorpusBinary.run(["tokenize"], stdin: Data([0x41, 0x42, 0xFF]))
        #expect(result.status == 65)
        #expect(result.stderr == "<stdin>:1:3: error: invalid UTF-8 at byte offset 2\n")
    }

    @Test func tokenizeRejectsTwoFiles() throws {
        let result = try CorpusBinary.run(["tokenize", "a.txt", "b.txt"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("corpus tokenize: error: expected at most one FILE, got 2\n"))
    }

    @Test func unknownStyleListsTheChoices() throws {
        let result = try CorpusBinary.run(["tokenize", "--style", "spacy"], stdin: Data("x".utf8))
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("corpus tokenize: error: invalid value 'spacy' for --style (expected one of: ptb, ud)\n"))
    }

    @Test func validateReportsATamperedAnnotationFile() throws {
        let root = try CorpusBinary.temporaryDirectory()
        try CorpusBinary.write("One sentence here.\n", to: root.appendingPathComponent("corpus/a.txt"))
        #expect(try CorpusBinary.run(["annotate", "corpus", "-o", "out", "--stages", "token"], in: root).status == 0)
        try CorpusBinary.write("One sentence HERE.\n", to: root.appendingPathComponent("corpus/a.txt"))
        let result = try CorpusBinary.run(["validate", "out", "--corpus", "corpus"], in: root)
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("out/a.json:5:39: error: the text a.txt has changed since it was annotated: its SHA-256 is "))
        #expect(result.stderr.hasSuffix("0 of 1 file valid\n"))
    }

    @Test func benchJSONHasTheDocumentedKeys() throws {
        let result = try CorpusBinary.run(["bench", "Corpus/nikkei-kyodo-japan-us-space-cyber-2019-04-19.txt", "--passes", "2", "--json", "--stages", "token,sentence"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        for key in ["megabytes", "passes", "median_mb_per_s", "peak_rss_mb"] { #expect(object[key] != nil, "missing \(key)") }
        #expect(object["passes"] as? Int == 2)
        #expect((object["megabytes"] as? Double ?? 0) > 0.005)
    }
}

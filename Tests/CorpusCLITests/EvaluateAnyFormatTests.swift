import Foundation
import Testing

@Suite("corpus evaluate on any format: JSON Lines, CoNLL-U words, CoNLL-2003 .txt")
struct EvaluateAnyFormatTests {
    /// A CoNLL-U file with a contraction (a multiword token), two sentences of one paragraph and a
    /// `SpaceAfter=No` on the first sentence's last token.
    static let conllu = """
        # newdoc id = d1
        # newpar id = p1
        # sent_id = 1
        # text = I don't know.
        1\tI\t_\t_\t_\t_\t_\t_\t_\t_
        2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
        2\tdo\t_\t_\t_\t_\t_\t_\t_\t_
        3\tn't\t_\t_\t_\t_\t_\t_\t_\t_
        4\tknow\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No
        5\t.\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No

        # sent_id = 2
        # text = Fine.
        1\tFine\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No
        2\t.\t_\t_\t_\t_\t_\t_\t_\t_


        """

    private func setUp() throws -> URL {
        let root = try CorpusBinary.temporaryDirectory()
        try CorpusBinary.write(Self.conllu, to: root.appendingPathComponent("gold.conllu"))
        return root
    }

    @Test func sentenceGapsFollowMISCOrOneSpace() throws {
        let root = try setUp()
        let exact = try CorpusBinary.run(["convert", "gold.conllu", "--to", "jsonl"], in: root)
        #expect(exact.stdout.contains("\"text\":\"I don't know.Fine.\""))
        let spaced = try CorpusBinary.run(["convert", "gold.conllu", "--to", "jsonl", "--space-between-sentences"], in: root)
        #expect(spaced.stdout.contains("\"text\":\"I don't know. Fine.\""))
    }

    @Test func tokensScoreAgainstSyntacticWordsAndSentencesAsSpans() throws {
        let root = try setUp()
        let gold = try CorpusBinary.run(["convert", "gold.conllu", "--words", "--space-between-sentences", "--to", "jsonl", "-o", "gold.jsonl"], in: root)
        #expect(gold.status == 0)
        let system = try CorpusBinary.run(["annotate", "-", "--style", "ud", "--stages", "token,sentence"], in: root,
            stdin: try Data(contentsOf: root.appendingPathComponent("gold.jsonl")))
        #expect(system.status == 0)
        try CorpusBinary.write(system.stdout, to: root.appendingPathComponent("system.jsonl"))

        // Words: I do n't know . Fine . — the ud tokenizer splits the contraction as UD does: 7 of 7.
        let words = try CorpusBinary.run(["evaluate", "--gold", "gold.jsonl", "--system", "system.jsonl", "--layer", "token", "--gold-layer", "word"], in: root)
        #expect(words.status == 0)
        #expect(words.stdout.hasPrefix("processed 1 document with 7 phrases; found: 7 phrases; correct: 7.\n"))
        // Surface tokens (don't is one): 6 gold, 7 found, 5 correct.
        let surface = try CorpusBinary.run(["evaluate", "--gold", "gold.jsonl", "--system", "system.jsonl", "--layer", "token"], in: root)
        #expect(surface.stdout.hasPrefix("processed 1 document with 6 phrases; found: 7 phrases; correct: 5.\n"))
        let sentences = try CorpusBinary.run(["evaluate", "--gold", "gold.conllu", "--system", "system.jsonl", "--layer", "sentence"], in: root)
        // The gold read directly keeps MISC's gaps ("know.Fine."), so its text differs from the system's.
        #expect(sentences.status == 65)
        #expect(sentences.stderr.contains("d1"))
    }

    @Test func conll2003TxtNeedsFromOnlyWhereTheExtensionDoesNotTell() throws {
        let root = try CorpusBinary.temporaryDirectory()
        try CorpusBinary.write("-DOCSTART- -X- -X- O\n\nJapan NNP B-NP B-LOC\nwins VBZ B-VP O\n\n", to: root.appendingPathComponent("dev.txt"))
        let unknown = try CorpusBinary.run(["evaluate", "--gold", "dev.txt", "--system", "dev.txt"], in: root)
        #expect(unknown.status == 64)
        #expect(unknown.stderr.hasPrefix("corpus evaluate: error: cannot tell the format of dev.txt from its name"))
        let converted = try CorpusBinary.run(["convert", "dev.txt", "--from", "conll2003", "--to", "jsonl", "-o", "dev.jsonl"], in: root)
        #expect(converted.status == 0)
        let scored = try CorpusBinary.run(["evaluate", "--gold", "dev.txt", "--from", "conll2003", "--system", "dev.jsonl"], in: root)
        #expect(scored.status == 0)
        #expect(scored.stdout.hasPrefix("processed 1 document with 1 phrases; found: 1 phrases; correct: 1.\n"))
    }
}

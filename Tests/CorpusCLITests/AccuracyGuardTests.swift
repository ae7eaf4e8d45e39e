import Foundation
import TestSupport
import Testing

private let ewtDev = SharedData.path("ud-ewt/dev.conllu")
private let conllDev = SharedData.path("conll2003/dev.txt")

/// The README's accuracy figures, re-measured with the project's own commands on the shared data sets and
/// guarded with `corpus evaluate --min-f1` (exit 1 below it). Skipped where `../shared/data` is absent.
@Suite(
    "Accuracy on the shared data stays at the README's figures",
    .enabled(if: ewtDev != nil && conllDev != nil, "../shared/data is absent"))
struct AccuracyGuardTests {
    /// Converts a gold file to JSON Lines, runs `corpus annotate -` on its texts, and returns both paths.
    private func annotate(_ gold: String, convert: [String], annotate options: [String], in root: URL) throws -> (gold: String, system: String) {
        let converted = try CorpusBinary.run(["convert", gold] + convert + ["--to", "jsonl", "-o", "gold.jsonl"], in: root)
        try #require(converted.status == 0, "\(converted.stderr)")
        let input = try Data(contentsOf: root.appendingPathComponent("gold.jsonl"))
        let annotated = try CorpusBinary.run(["annotate", "-"] + options, in: root, stdin: input)
        try #require(annotated.status == 0, "\(annotated.stderr)")
        try CorpusBinary.write(annotated.stdout, to: root.appendingPathComponent("system.jsonl"))
        return ("gold.jsonl", "system.jsonl")
    }

    @Test func udTokensAndSentencesOnEWTDev() throws {
        let root = try CorpusBinary.temporaryDirectory()
        let files = try annotate(
            try #require(ewtDev), convert: ["--words", "--space-between-sentences"],
            annotate: ["--style", "ud", "--stages", "token,sentence"], in: root)
        let tokens = try CorpusBinary.run(
            ["evaluate", "--gold", files.gold, "--system", files.system, "--layer", "token", "--gold-layer", "word", "--min-f1", "0.994"], in: root)
        #expect(tokens.status == 0, "\(tokens.stdout)")
        let sentences = try CorpusBinary.run(
            ["evaluate", "--gold", files.gold, "--system", files.system, "--layer", "sentence", "--min-f1", "0.908"], in: root)
        #expect(sentences.status == 0, "\(sentences.stdout)")
    }

    /// Style `ptb` keeps CoNLL-2003's tokens whole: dev's tokens joined by spaces (sentences by newlines) come back.
    @Test func ptbTokensOnCoNLL2003Dev() throws {
        let root = try CorpusBinary.temporaryDirectory()
        let files = try annotate(
            try #require(conllDev), convert: ["--from", "conll2003"], annotate: ["--style", "ptb", "--stages", "token"], in: root)
        let tokens = try CorpusBinary.run(
            ["evaluate", "--gold", files.gold, "--system", files.system, "--layer", "token", "--min-f1", "0.999"], in: root)
        #expect(tokens.status == 0, "\(tokens.stdout)")
    }

    @Test func entitiesOnCoNLL2003Dev() throws {
        let root = try CorpusBinary.temporaryDirectory()
        let dev = try #require(conllDev)
        let files = try annotate(dev, convert: ["--from", "conll2003"], annotate: [], in: root)
        let scored = try CorpusBinary.run(
            ["evaluate", "--gold", dev, "--from", "conll2003", "--system", files.system, "--min-f1", "0.85"], in: root)
        #expect(scored.status == 0, "\(scored.stdout)")
    }
}

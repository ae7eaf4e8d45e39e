import CorpusModel
import Evaluation
import Foundation
import Testing

/// Compares a rendered report with its golden file. With `CORPUSKIT_UPDATE_GOLDEN=1` in the environment the
/// golden file is rewritten first (review the diff before committing).
func expectGolden(_ rendered: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden").appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["CORPUSKIT_UPDATE_GOLDEN"] == "1" {
        try rendered.write(to: source, atomically: true, encoding: .utf8)
    }
    let url = try #require(Bundle.module.url(forResource: "Golden", withExtension: nil)).appendingPathComponent(name)
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(rendered == expected, "\(name) differs from its golden file", sourceLocation: sourceLocation)
}

@Suite("Reports in every format, against golden files")
struct GoldenReportTests {
    /// Two documents: the hand-worked one and a perfectly tagged one; compared with a system that finds
    /// everything; every section switched on.
    static func fullReport() throws -> EvaluationReport {
        let second = markedPair(id: "second", gold: "⟦ORG|Samsung⟧ hired ⟦PER|Lee⟧.", system: "⟦ORG|Samsung⟧ hired ⟦PER|Lee⟧.")
        let evaluation = try Scorer.score(pairs: [handWorkedPair, second])
        let perfectPairs = [handWorkedPair, second].map { pair -> DocumentPair in
            guard case .matched(let gold, _) = pair else { return pair }
            return .matched(gold: gold, system: gold)
        }
        let perfect = try Scorer.score(pairs: perfectPairs)
        var report = EvaluationReport(
            evaluation, schemes: [.conll] + Scheme.semEval, sections: [.errors, .confusion, .documents],
            notes: ["a note about the input"])
        report.bootstrap = try Bootstrap.confidenceIntervals(evaluation, iterations: 200, seed: 1)
        report.comparison = ("perfect/", try ApproximateRandomization.compare(evaluation, with: perfect, iterations: 200, seed: 1))
        return report
    }

    @Test(arguments: [
        (ReportFormat.table, "full.txt"), (.json, "full.json"), (.markdown, "full.md"), (.conlleval, "full.conlleval.txt"),
    ])
    func fullReport(format: ReportFormat, file: String) throws {
        try expectGolden(Self.fullReport().render(as: format), file)
    }

    @Test(arguments: [(ReportFormat.table, "conll.txt"), (.json, "conll.json")])
    func conllInputWithADeclaredScheme(format: ReportFormat, file: String) throws {
        // BIOES read properly: gold PER [Kim Lee], PER [Park]; system PER [Kim], [Lee], [Park] → 1 of 2 and 3.
        // The system's S-PER E-PER breaks the scheme: E-PER opens an entity (a violation, noted).
        let input = try ConllevalReader.read(
            "Kim B-PER S-PER\nLee E-PER E-PER\nPark S-PER S-PER\n", path: "bioes.txt", options: ConllevalOptions(tagScheme: .bioes))
        let evaluation = try Scorer.score(pairs: input.documents, accuracy: input.accuracy)
        #expect(evaluation.counts(.conll) == MatchCounts(correct: 1, incorrect: 1, spurious: 1))
        let report = EvaluationReport(
            evaluation, tagInput: true, tagScheme: input.tagScheme, notes: input.violations.map(\.description))
        try expectGolden(report.render(as: format), file)
    }

    @Test(arguments: [("table", "agreement.txt"), ("json", "agreement.json"), ("markdown", "agreement.md")])
    func agreement(format: String, file: String) throws {
        let result = try Agreement.measure(pairs: [handWorkedPair]) { document in
            // Whitespace-separated tokens, enough for the test.
            var spans: [Span] = []
            var start: Int?
            for (offset, byte) in document.text.utf8.enumerated() {
                if byte == 0x20 {
                    if let begin = start { spans.append(Span(begin, offset)) }
                    start = nil
                } else if start == nil {
                    start = offset
                }
            }
            if let begin = start { spans.append(Span(begin, document.utf8Count)) }
            return spans
        }
        let report = AgreementReport(result, names: ("annotator-a/", "annotator-b/"))
        let rendered = format == "table" ? report.renderTable() : format == "json" ? report.renderJSON() : report.renderMarkdown()
        try expectGolden(rendered, file)
    }
}

import Foundation

/// An agreement report: per-label F1 between two annotation sets and Cohen's kappa over tokens, as
/// a terminal table, JSON or Markdown.
public struct AgreementReport: Sendable {
    /// The measured agreement.
    public var result: AgreementResult
    /// How the two sets are named (their paths).
    public var names: (first: String, second: String)
    /// Notes about the input.
    public var notes: [String]

    /// Creates a report.
    public init(_ result: AgreementResult, names: (first: String, second: String), notes: [String] = []) {
        self.result = result
        self.names = names
        self.notes = notes
    }

    /// The table of labels: counts on each side, spans agreed on, F1, and B's precision and recall against A.
    var table: ReportTable {
        let evaluation = result.evaluation
        func row(_ name: String, _ counts: MatchCounts) -> [String] {
            let scores = counts.scores
            return [
                name, String(counts.possible), String(counts.actual), String(counts.correct), EvaluationReport.percent(scores.f1),
                EvaluationReport.percent(scores.precision), EvaluationReport.percent(scores.recall),
            ]
        }
        var rows = evaluation.labels.map { row($0, evaluation.counts(.conll, label: $0)) }
        rows.append(row("micro avg", evaluation.counts(.conll)))
        let macro = evaluation.macroAverage(.conll)
        rows.append(["macro avg", "", "", "", EvaluationReport.percent(macro.f1), EvaluationReport.percent(macro.precision), EvaluationReport.percent(macro.recall)])
        return ReportTable(header: ["label", "A", "B", "agreed", "F1", "P (B vs A)", "R (B vs A)"], rows: rows)
    }

    /// The kappa lines.
    var kappaLines: [String] {
        guard let all = result.tokenKappa, let annotated = result.annotatedTokenKappa else {
            return ["Cohen's kappa: no tokens to compare"]
        }
        func line(_ kappa: CohenKappa, _ what: String) -> String {
            let value = kappa.kappa.map { String(format: "%.4f", $0) } ?? "undefined"
            return "Cohen's kappa over \(kappa.items) \(what): \(value) (observed agreement \(EvaluationReport.percent(kappa.observedAgreement))%, "
                + "chance \(EvaluationReport.percent(kappa.expectedAgreement))%)"
        }
        return [line(all, "tokens"), line(annotated, "tokens labelled by either side")]
    }

    private var heading: String {
        "agreement between A = \(names.first) and B = \(names.second): \(result.evaluation.layer) layer, \(counted(result.evaluation.documents.count, "document"))"
    }

    /// The report for a terminal.
    public func renderTable() -> String {
        var out = heading + "\n\n" + table.renderText() + "\n" + kappaLines.map { $0 + "\n" }.joined()
        if !notes.isEmpty { out += "\n" + notes.map { "note: \($0)\n" }.joined() }
        return out
    }

    /// The report as Markdown.
    public func renderMarkdown() -> String {
        var out = "# Inter-annotator agreement\n\n" + heading + ".\n\n" + table.renderMarkdown() + "\n" + kappaLines.map { "- \($0)\n" }.joined()
        if !notes.isEmpty { out += "\n## Notes\n\n" + notes.map { "- \($0)\n" }.joined() }
        return out
    }

    /// The report as JSON (fractions in [0, 1], fixed key order).
    public func renderJSON() -> String {
        let evaluation = result.evaluation
        func kappa(_ kappa: CohenKappa?) -> JSONValue {
            guard let kappa else { return .null }
            return .object([
                ("tokens", .integer(kappa.items)), ("kappa", kappa.kappa.map { .number($0) } ?? .null),
                ("observed_agreement", .number(kappa.observedAgreement)), ("expected_agreement", .number(kappa.expectedAgreement)),
            ])
        }
        let macro = evaluation.macroAverage(.conll)
        let members: [(String, JSONValue)] = [
            ("a", .string(names.first)), ("b", .string(names.second)), ("layer", .string(evaluation.layer.rawValue)),
            ("documents", .integer(evaluation.documents.count)),
            ("overall", EvaluationReport.json(evaluation.counts(.conll))),
            ("labels", .object(evaluation.labels.map { ($0, EvaluationReport.json(evaluation.counts(.conll, label: $0))) })),
            ("macro", .object([("precision", .number(macro.precision)), ("recall", .number(macro.recall)), ("f1", .number(macro.f1))])),
            ("token_kappa", kappa(result.tokenKappa)), ("annotated_token_kappa", kappa(result.annotatedTokenKappa)),
            ("notes", .array(notes.map { .string($0) })),
        ]
        return JSONValue.object(members).rendered() + "\n"
    }
}

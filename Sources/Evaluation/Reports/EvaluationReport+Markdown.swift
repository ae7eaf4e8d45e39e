extension EvaluationReport {
    /// The report as Markdown: a table per scheme, then the analyses asked for.
    func renderMarkdown() -> String {
        var out = "# Evaluation: \(evaluation.layer) layer, \(counted(evaluation.documents.count, "document"))\n"
        if let accuracy = evaluation.accuracy {
            out += "\nToken accuracy: \(Self.percent(accuracy.fraction))% (\(accuracy.correctTags) of \(accuracy.tokens) tokens).\n"
        }
        for scheme in schemes {
            out += "\n## Scheme \(Self.summary(of: scheme))\n\n" + schemeTable(scheme).renderMarkdown()
        }
        if let bootstrap { out += "\n" + bootstrapLine(bootstrap) + ".\n" }
        if let comparison { out += "\n" + comparisonLine(comparison.name, comparison.result) + ".\n" }
        if sections.contains(.documents) { out += "\n## Per document (\(primaryScheme) scheme)\n\n" + documentTable.renderMarkdown() }
        if sections.contains(.confusion) {
            out += "\n## Confusion matrix (same boundaries; rows gold, columns system)\n\n" + confusionTable.renderMarkdown()
        }
        if sections.contains(.errors) {
            let grouped = ErrorAnalysis.errors(in: evaluation, contextWidth: contextWidth)
            for kind in ErrorAnalysis.kinds {
                let entries = grouped[kind] ?? []
                out += "\n## Errors: \(Self.title(kind)): \(entries.count)\n"
                if !entries.isEmpty { out += "\n" + entries.map { "- " + Self.describe($0).replacingOccurrences(of: "|", with: "\\|") + "\n" }.joined() }
            }
        }
        let allNotes = (tagReading.map { [$0] } ?? []) + notes
        if !allNotes.isEmpty { out += "\n## Notes\n\n" + allNotes.map { "- \($0)\n" }.joined() }
        return out
    }
}

extension EvaluationReport {
    /// The report for a terminal: conlleval's layout for the CoNLL scheme, aligned tables for the others.
    func renderTable() -> String {
        var out = ""
        for scheme in schemes {
            if !out.isEmpty { out += "\n" }
            if scheme == .conll {
                out += ConllevalReport.render(evaluation)
                let macro = evaluation.macroAverage(.conll)
                out += ConllevalReport.leftPadded("macro avg", to: 17) + ": precision: \(ConllevalReport.fixed(100 * macro.precision))%; "
                    + "recall: \(ConllevalReport.fixed(100 * macro.recall))%; FB1: \(ConllevalReport.fixed(100 * macro.f1))\n"
            } else {
                out += "scheme \(Self.summary(of: scheme))\n" + schemeTable(scheme).renderText()
            }
        }
        if let bootstrap { out += "\n" + bootstrapLine(bootstrap) + "\n" }
        if let comparison { out += "\n" + comparisonLine(comparison.name, comparison.result) + "\n" }
        if sections.contains(.documents) { out += "\nper document (\(primaryScheme) scheme):\n" + documentTable.renderText() }
        if sections.contains(.confusion) {
            out += "\nconfusion matrix over spans with the same boundaries (rows gold, columns system):\n" + confusionTable.renderText()
        }
        if sections.contains(.errors) {
            let grouped = ErrorAnalysis.errors(in: evaluation, contextWidth: contextWidth)
            for kind in ErrorAnalysis.kinds {
                let entries = grouped[kind] ?? []
                out += "\n\(Self.title(kind)): \(entries.count)\n"
                for entry in entries { out += "  " + Self.describe(entry) + "\n" }
            }
        }
        let allNotes = (tagReading.map { [$0] } ?? []) + notes
        if !allNotes.isEmpty { out += "\n" + allNotes.map { "note: \($0)\n" }.joined() }
        return out
    }
}

import Foundation

/// A table of a report — header and rows of cells — rendered as aligned text or as Markdown. The first
/// column is left-aligned, the others right-aligned (they hold numbers).
struct ReportTable {
    var header: [String]
    var rows: [[String]]

    /// Columns padded to their widest cell (counted in Unicode scalars), two spaces apart.
    func renderText() -> String {
        var widths = header.map { $0.unicodeScalars.count }
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count { widths[index] = max(widths[index], cell.unicodeScalars.count) }
        }
        var out = ""
        for row in [header] + rows {
            var cells: [String] = []
            for (index, cell) in row.enumerated() {
                let padding = String(repeating: " ", count: widths[index] - cell.unicodeScalars.count)
                cells.append(index == 0 ? cell + padding : padding + cell)
            }
            var line = cells.joined(separator: "  ")
            while line.hasSuffix(" ") { line.removeLast() }
            out += line + "\n"
        }
        return out
    }

    /// A GitHub-flavoured Markdown table (`|` in cells escaped).
    func renderMarkdown() -> String {
        func line(_ cells: [String]) -> String {
            "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |\n"
        }
        let rule = "|" + header.indices.map { $0 == 0 ? "---|" : "---:|" }.joined() + "\n"
        return line(header) + rule + rows.map(line).joined()
    }
}

/// `1 document`, `2 documents`.
func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }

extension EvaluationReport {
    /// A percentage with two decimals (`89.12`).
    static func percent(_ fraction: Double) -> String { String(format: "%.2f", 100 * fraction) }

    /// A count that is whole except in the partial scheme (`12`, `12.5`).
    static func count(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }

    /// A scheme's table: one row per label, then the micro and macro averages.
    func schemeTable(_ scheme: Scheme) -> ReportTable {
        func row(_ name: String, _ counts: MatchCounts) -> [String] {
            let scores = counts.scores
            return [
                name, String(counts.correct), String(counts.incorrect), String(counts.partial), String(counts.missed),
                String(counts.spurious), String(counts.possible), String(counts.actual), Self.percent(scores.precision),
                Self.percent(scores.recall), Self.percent(scores.f1),
            ]
        }
        var rows = evaluation.labels.map { row($0, evaluation.counts(scheme, label: $0)) }
        rows.append(row("micro avg", evaluation.counts(scheme)))
        let macro = evaluation.macroAverage(scheme)
        rows.append(["macro avg", "", "", "", "", "", "", "", Self.percent(macro.precision), Self.percent(macro.recall), Self.percent(macro.f1)])
        return ReportTable(
            header: ["label", "COR", "INC", "PAR", "MIS", "SPU", "POS", "ACT", "precision", "recall", "F1"], rows: rows)
    }

    /// Scores per document under the primary scheme.
    var documentTable: ReportTable {
        let rows = evaluation.documents.map { document -> [String] in
            let counts = primaryScheme.counts(document.tally)
            let scores = counts.scores
            let name = document.presence == .both ? document.id : "\(document.id) (\(document.presence.rawValue))"
            return [
                name, String(counts.possible), String(counts.actual), Self.count(counts.truePositives),
                Self.percent(scores.precision), Self.percent(scores.recall), Self.percent(scores.f1),
            ]
        }
        return ReportTable(header: ["document", "gold", "system", "correct", "precision", "recall", "F1"], rows: rows)
    }

    /// The confusion matrix, gold labels down, system labels across.
    var confusionTable: ReportTable {
        let matrix = ConfusionMatrix(evaluation)
        let rows = matrix.labels.map { gold in [gold] + matrix.labels.map { String(matrix.count(gold: gold, system: $0)) } }
        return ReportTable(header: ["gold \\ system"] + matrix.labels, rows: rows)
    }

    /// The bootstrap intervals in one line.
    func bootstrapLine(_ bootstrap: BootstrapResult) -> String {
        func interval(_ interval: ConfidenceInterval) -> String { "[\(Self.percent(interval.lower)), \(Self.percent(interval.upper))]" }
        return "\(Self.percent(bootstrap.level).replacingOccurrences(of: ".00", with: ""))% confidence intervals "
            + "(\(bootstrap.scheme) scheme; bootstrap, \(bootstrap.iterations) resamples of \(counted(bootstrap.documents, "document")), seed \(bootstrap.seed)): "
            + "precision \(interval(bootstrap.precision)), recall \(interval(bootstrap.recall)), F1 \(interval(bootstrap.f1))"
    }

    /// The comparison in one line.
    func comparisonLine(_ name: String, _ comparison: SystemComparison) -> String {
        let sign = comparison.difference >= 0 ? "+" : "−"
        return "against \(name) (\(comparison.scheme) scheme): F1 \(Self.percent(comparison.f1)) vs \(Self.percent(comparison.otherF1)), "
            + "difference \(sign)\(Self.percent(abs(comparison.difference))) points; paired approximate randomization "
            + "p = \(String(format: "%.4f", comparison.pValue)) (\(comparison.iterations) shuffles of \(counted(comparison.documents, "document")), seed \(comparison.seed))"
    }

    /// An error entry in one line: where, what each side says, and the text with the spans marked.
    static func describe(_ entry: ErrorEntry) -> String {
        func side(_ name: String, _ mention: ErrorEntry.Mention?) -> String? {
            mention.map { "\(name) \($0.label.isEmpty ? "\"\"" : $0.label) \($0.span)" }
        }
        let sides = [side("gold", entry.gold), side("system", entry.system)].compactMap { $0 }.joined(separator: ", ")
        let context = (entry.leftIsCut ? "…" : "") + visible(entry.leftContext) + "⟦" + visible(entry.covered) + "⟧"
            + visible(entry.rightContext) + (entry.rightIsCut ? "…" : "")
        return "\(entry.document): \(sides): \(context)"
    }

    /// Line breaks and tabs made visible so that each entry stays on one line.
    static func visible(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "⏎"
            case "\r": out += "␍"
            case "\t": out += "⇥"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The title of an error group.
    static func title(_ kind: AlignedPair.Kind) -> String {
        switch kind {
        case .wrongLabel: return "wrong label (same boundaries, another label)"
        case .wrongBoundary: return "wrong boundary (overlapping spans)"
        case .spurious: return "spurious (system spans without a gold partner)"
        case .missed: return "missed (gold spans without a system partner)"
        case .match: return "correct"
        }
    }
}

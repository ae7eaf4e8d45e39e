import Foundation

/// conlleval's report, byte for byte: the counts line, the accuracy line, one line per chunk type.
///
/// Percentages are computed as conlleval.pl computes them (100·correct/found, 100·correct/gold, then
/// 2PR/(P+R) on the percentages) and printed with `%6.2f`, so even the rounding of the last digit agrees.
/// Labels are padded to 17 bytes, as Perl pads. Input without tokens (stand-off documents) has no
/// accuracy: the first line counts documents and the second line starts at `precision:`.
public enum ConllevalReport {
    /// Renders an evaluation in conlleval's layout (CoNLL scheme).
    public static func render(_ evaluation: Evaluation) -> String {
        let overall = evaluation.counts(.conll)
        var out = ""
        if let accuracy = evaluation.accuracy {
            out += "processed \(accuracy.tokens) tokens with \(overall.possible) phrases; "
        } else {
            out += "processed \(counted(evaluation.documents.count, "document")) with \(overall.possible) phrases; "
        }
        out += "found: \(overall.actual) phrases; correct: \(overall.correct).\n"
        let figures = Percentages(overall)
        if let accuracy = evaluation.accuracy {
            guard accuracy.tokens > 0 else { return out }
            out += "accuracy: \(fixed(100 * Double(accuracy.correctTags) / Double(accuracy.tokens)))%; "
        }
        out += "precision: \(fixed(figures.precision))%; recall: \(fixed(figures.recall))%; FB1: \(fixed(figures.f1))\n"
        for label in evaluation.labels {
            let counts = evaluation.counts(.conll, label: label)
            let figures = Percentages(counts)
            out += leftPadded(label, to: 17) + ": precision: \(fixed(figures.precision))%; recall: \(fixed(figures.recall))%; "
            out += "FB1: \(fixed(figures.f1))  \(counts.actual)\n"
        }
        return out
    }

    /// conlleval's percentages, in its order of operations.
    struct Percentages {
        let precision: Double
        let recall: Double
        let f1: Double

        init(_ counts: MatchCounts) {
            let correct = Double(counts.correct)
            precision = counts.actual > 0 ? 100 * correct / Double(counts.actual) : 0
            recall = counts.possible > 0 ? 100 * correct / Double(counts.possible) : 0
            f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        }
    }

    /// `%6.2f`, as C's (and Perl's) printf rounds it.
    static func fixed(_ value: Double) -> String { String(format: "%6.2f", value) }

    /// The text right-aligned in `width` bytes (Perl's `%17s` counts bytes).
    static func leftPadded(_ text: String, to width: Int) -> String {
        let count = text.utf8.count
        return count >= width ? text : String(repeating: " ", count: width - count) + text
    }
}

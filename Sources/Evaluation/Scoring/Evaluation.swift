import CorpusModel

/// The result of scoring a system against gold: per-document alignments and the corpus tallies every
/// scheme, average and report is computed from.
///
/// Corpus figures are micro averages: tallies are summed over documents before dividing.
public struct Evaluation: Sendable {
    /// The layer scored.
    public let layer: LayerName
    /// One evaluation per document, sorted by identifier as given.
    public let documents: [DocumentEvaluation]
    /// The corpus tally (the sum of the documents').
    public let tally: OutcomeTally
    /// The corpus tally per label.
    public let labelTallies: [String: OutcomeTally]
    /// Every label seen on either side, sorted by UTF-8 bytes (conlleval's order).
    public let labels: [String]
    /// conlleval's token tag accuracy, when the input was conlleval's format.
    public var accuracy: TagAccuracy?

    /// Sums document evaluations.
    /// - Parameters:
    ///   - layer: The layer scored.
    ///   - documents: The documents' evaluations.
    ///   - accuracy: The token accuracy, for conlleval input.
    public init(layer: LayerName, documents: [DocumentEvaluation], accuracy: TagAccuracy? = nil) {
        self.layer = layer
        self.documents = documents
        self.accuracy = accuracy
        var tally = OutcomeTally()
        var labelTallies: [String: OutcomeTally] = [:]
        for document in documents {
            tally += document.tally
            for (label, labelTally) in document.labelTallies { labelTallies[label, default: OutcomeTally()] += labelTally }
        }
        self.tally = tally
        self.labelTallies = labelTallies
        labels = Array(labelTallies.keys).sortedByBytes()
    }

    /// The corpus counts under a scheme (micro average).
    public func counts(_ scheme: Scheme) -> MatchCounts { scheme.counts(tally) }

    /// One label's counts under a scheme (zero counts for a label never seen).
    public func counts(_ scheme: Scheme, label: String) -> MatchCounts {
        scheme.counts(labelTallies[label] ?? OutcomeTally())
    }

    /// The macro average: the unweighted mean of the labels' precision, recall and F1 (all zero when
    /// there are no labels).
    public func macroAverage(_ scheme: Scheme) -> Scores {
        guard !labels.isEmpty else { return Scores(precision: 0, recall: 0, f1: 0) }
        var precision = 0.0
        var recall = 0.0
        var f1 = 0.0
        for label in labels {
            let scores = counts(scheme, label: label).scores
            precision += scores.precision
            recall += scores.recall
            f1 += scores.f1
        }
        let count = Double(labels.count)
        return Scores(precision: precision / count, recall: recall / count, f1: f1 / count)
    }
}

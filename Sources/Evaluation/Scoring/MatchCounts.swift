/// A scheme's counts — correct, incorrect, partial, missed, spurious — and the scores they give.
///
/// Zero divisions follow conlleval: precision is 0 when the system has no spans, recall 0 when the gold
/// has none, F1 0 when both are 0.
public struct MatchCounts: Hashable, Sendable {
    /// COR: spans the scheme counts as right.
    public var correct: Int
    /// INC: paired spans the scheme counts as wrong.
    public var incorrect: Int
    /// PAR: paired spans with overlapping boundaries (``Scheme/partial`` only), worth half.
    public var partial: Int
    /// MIS: gold spans without a partner.
    public var missed: Int
    /// SPU: system spans without a partner.
    public var spurious: Int

    /// Creates counts.
    public init(correct: Int = 0, incorrect: Int = 0, partial: Int = 0, missed: Int = 0, spurious: Int = 0) {
        self.correct = correct
        self.incorrect = incorrect
        self.partial = partial
        self.missed = missed
        self.spurious = spurious
    }

    /// POS: the gold spans (COR + INC + PAR + MIS).
    public var possible: Int { correct + incorrect + partial + missed }
    /// ACT: the system spans (COR + INC + PAR + SPU).
    public var actual: Int { correct + incorrect + partial + spurious }
    /// True positives: COR + ½ PAR (a whole number except in the partial scheme).
    public var truePositives: Double { Double(correct) + Double(partial) / 2 }
    /// False positives: ACT − true positives.
    public var falsePositives: Double { Double(actual) - truePositives }
    /// False negatives: POS − true positives.
    public var falseNegatives: Double { Double(possible) - truePositives }

    /// Precision, recall and F1 as fractions in [0, 1].
    public var scores: Scores {
        Scores(
            precision: actual == 0 ? 0 : truePositives / Double(actual),
            recall: possible == 0 ? 0 : truePositives / Double(possible))
    }
}

/// Precision, recall and their harmonic mean, as fractions in [0, 1].
public struct Scores: Hashable, Sendable {
    /// Precision.
    public var precision: Double
    /// Recall.
    public var recall: Double
    /// F1 (0 when precision and recall are both 0).
    public var f1: Double

    /// Scores from precision and recall; F1 is their harmonic mean, computed as conlleval computes it.
    public init(precision: Double, recall: Double) {
        self.precision = precision
        self.recall = recall
        f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }

    /// Scores given all three (a macro average, whose F1 is the mean of F1s).
    public init(precision: Double, recall: Double, f1: Double) {
        self.precision = precision
        self.recall = recall
        self.f1 = f1
    }
}

/// A two-sided confidence interval.
public struct ConfidenceInterval: Hashable, Sendable {
    /// The lower bound.
    public var lower: Double
    /// The upper bound.
    public var upper: Double
}

/// Percentile-bootstrap confidence intervals for precision, recall and F1.
public struct BootstrapResult: Hashable, Sendable {
    /// The scheme scored.
    public var scheme: Scheme
    /// The number of resamples.
    public var iterations: Int
    /// The generator's seed.
    public var seed: UInt64
    /// The confidence level (0.95 for 95%).
    public var level: Double
    /// The number of documents resampled.
    public var documents: Int
    /// The interval for precision (fractions in [0, 1]).
    public var precision: ConfidenceInterval
    /// The interval for recall.
    public var recall: ConfidenceInterval
    /// The interval for F1.
    public var f1: ConfidenceInterval
}

/// Bootstrap confidence intervals by resampling documents.
///
/// Algorithm (Efron & Tibshirani's percentile bootstrap, documents as the unit of sampling):
/// 1. Draw as many documents as there are, uniformly with replacement, from a seeded ``Xoshiro256``.
/// 2. Sum the drawn documents' tallies and compute micro precision, recall and F1 under the scheme.
/// 3. Repeat `iterations` times; the interval's bounds are the (1 − level)/2 and (1 + level)/2 quantiles
///    of each statistic, interpolated linearly between order statistics.
///
/// The same evaluation, seed and iteration count always give the same intervals.
public enum Bootstrap {
    /// Computes confidence intervals.
    /// - Parameters:
    ///   - evaluation: The evaluation whose documents are resampled.
    ///   - scheme: The scheme scored (default: CoNLL).
    ///   - iterations: The number of resamples (at least 1).
    ///   - seed: The generator's seed.
    ///   - level: The confidence level, in (0, 1).
    /// - Throws: ``EvaluationError/tooFewDocuments(needed:found:purpose:)`` with fewer than two documents.
    public static func confidenceIntervals(
        _ evaluation: Evaluation, scheme: Scheme = .conll, iterations: Int, seed: UInt64, level: Double = 0.95
    ) throws(EvaluationError) -> BootstrapResult {
        precondition(iterations > 0 && level > 0 && level < 1, "invalid bootstrap parameters")
        let tallies = evaluation.documents.map(\.tally)
        guard tallies.count >= 2 else {
            throw .tooFewDocuments(needed: 2, found: tallies.count, purpose: "a bootstrap over documents")
        }
        var random = Xoshiro256(seed: seed)
        var precision: [Double] = []
        var recall: [Double] = []
        var f1: [Double] = []
        for _ in 0..<iterations {
            var sum = OutcomeTally()
            for _ in 0..<tallies.count { sum += tallies[random.next(below: tallies.count)] }
            let scores = scheme.counts(sum).scores
            precision.append(scores.precision)
            recall.append(scores.recall)
            f1.append(scores.f1)
        }
        let tail = (1 - level) / 2
        func interval(_ values: [Double]) -> ConfidenceInterval {
            let sorted = values.sorted()
            return ConfidenceInterval(lower: quantile(sorted, tail), upper: quantile(sorted, 1 - tail))
        }
        return BootstrapResult(
            scheme: scheme, iterations: iterations, seed: seed, level: level, documents: tallies.count,
            precision: interval(precision), recall: interval(recall), f1: interval(f1))
    }

    /// The `p` quantile of sorted values, interpolated linearly between order statistics (Hyndman & Fan's
    /// type 7, the default of R and NumPy).
    static func quantile(_ sorted: [Double], _ p: Double) -> Double {
        let position = p * Double(sorted.count - 1)
        let below = Int(position.rounded(.down))
        let above = min(below + 1, sorted.count - 1)
        return sorted[below] + (position - Double(below)) * (sorted[above] - sorted[below])
    }
}

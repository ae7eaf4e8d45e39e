/// Two systems compared on the same gold: the difference in F1 and its significance.
public struct SystemComparison: Hashable, Sendable {
    /// The scheme scored.
    public var scheme: Scheme
    /// The number of shuffles.
    public var iterations: Int
    /// The generator's seed.
    public var seed: UInt64
    /// The number of documents (the unit shuffled).
    public var documents: Int
    /// The first system's F1 (fraction).
    public var f1: Double
    /// The other system's F1.
    public var otherF1: Double
    /// The p-value of the two-sided test that the systems' F1 are equal.
    public var pValue: Double

    /// The first system's F1 minus the other's.
    public var difference: Double { f1 - otherF1 }
}

/// The paired approximate randomization test (Noreen 1989; Yeh 2000 for F-scores), documents as the unit.
///
/// Algorithm:
/// 1. The observed statistic is |F1(A) − F1(B)| over the corpus (micro).
/// 2. For each shuffle, swap the two systems' outputs on each document with probability ½ (a coin from
///    a seeded ``Xoshiro256``), and recompute |F1(A′) − F1(B′)|.
/// 3. p = (number of shuffles whose statistic is at least the observed one + 1) / (shuffles + 1).
///
/// Identical systems give p = 1; the same inputs, seed and count always give the same p.
public enum ApproximateRandomization {
    /// Compares two evaluations of the same gold documents.
    /// - Parameters:
    ///   - evaluation: The first system's evaluation.
    ///   - other: The other system's evaluation: the same documents (texts) in the same order, with the same gold spans.
    ///   - scheme: The scheme scored (default: CoNLL).
    ///   - iterations: The number of shuffles (at least 1).
    ///   - seed: The generator's seed.
    /// - Throws: ``EvaluationError/differentGold(_:)`` when the documents, their texts or their gold spans differ.
    public static func compare(
        _ evaluation: Evaluation, with other: Evaluation, scheme: Scheme = .conll, iterations: Int, seed: UInt64
    ) throws(EvaluationError) -> SystemComparison {
        precondition(iterations > 0, "invalid number of shuffles")
        guard evaluation.documents.count == other.documents.count else {
            throw .differentGold("\(evaluation.documents.count) documents against \(other.documents.count)")
        }
        for (first, second) in zip(evaluation.documents, other.documents) {
            guard first.document.hasSameBytes(as: second.document),
                first.alignment.compactMap(\.gold).sorted() == second.alignment.compactMap(\.gold).sorted()
            else { throw .differentGold("document '\(first.id)' differs from '\(second.id)' in its text or its gold spans") }
        }
        let first = evaluation.documents.map(\.tally)
        let second = other.documents.map(\.tally)
        func f1(_ tally: OutcomeTally) -> Double { scheme.counts(tally).scores.f1 }
        let observedA = f1(evaluation.tally)
        let observedB = f1(other.tally)
        let observed = abs(observedA - observedB)
        var random = Xoshiro256(seed: seed)
        var atLeast = 0
        for _ in 0..<iterations {
            var a = OutcomeTally()
            var b = OutcomeTally()
            for index in first.indices {
                if random.nextBool() {
                    a += second[index]
                    b += first[index]
                } else {
                    a += first[index]
                    b += second[index]
                }
            }
            if abs(f1(a) - f1(b)) >= observed { atLeast += 1 }
        }
        return SystemComparison(
            scheme: scheme, iterations: iterations, seed: seed, documents: first.count, f1: observedA, otherF1: observedB,
            pValue: Double(atLeast + 1) / Double(iterations + 1))
    }
}

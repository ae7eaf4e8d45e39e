@testable import Evaluation
import CorpusModel
import Testing

@Suite("Bootstrap intervals and the paired randomization test")
struct StatisticsTests {
    /// Ten documents: a name with one gold PER each; the system finds it in `found` of them.
    func evaluation(found: Set<Int>, documents: Int = 10) throws -> Evaluation {
        let pairs = (0..<documents).map { index in
            markedPair(id: "d\(index)", gold: "⟦PER|Kim⟧ left.", system: found.contains(index) ? "⟦PER|Kim⟧ left." : "Kim left.")
        }
        return try Scorer.score(pairs: pairs)
    }

    @Test func bootstrapIsReproducibleUnderASeed() throws {
        let evaluation = try evaluation(found: [0, 2, 3, 5, 7, 8])
        let first = try Bootstrap.confidenceIntervals(evaluation, iterations: 500, seed: 42)
        let second = try Bootstrap.confidenceIntervals(evaluation, iterations: 500, seed: 42)
        let other = try Bootstrap.confidenceIntervals(evaluation, iterations: 500, seed: 43)
        #expect(first == second)
        #expect(first != other)
        // Recall is the share of found names in a resample: 6/10 at the point estimate, within the interval.
        #expect(first.recall.lower < 0.6 && 0.6 < first.recall.upper)
        // Every found name is correct, so precision is 1 in every resample that finds one.
        #expect(first.precision.upper == 1)
    }

    @Test func bootstrapNeedsTwoDocuments() throws {
        let single = try evaluation(found: [0], documents: 1)
        #expect(throws: EvaluationError.tooFewDocuments(needed: 2, found: 1, purpose: "a bootstrap over documents")) {
            try Bootstrap.confidenceIntervals(single, iterations: 10, seed: 1)
        }
    }

    @Test func quantilesInterpolateLinearly() {
        // Type 7: position p·(n − 1); 0.5 of [1, 2, 3, 4] lies halfway between 2 and 3.
        #expect(Bootstrap.quantile([1, 2, 3, 4], 0.5) == 2.5)
        #expect(Bootstrap.quantile([1, 2, 3, 4], 0) == 1)
        #expect(Bootstrap.quantile([1, 2, 3, 4], 1) == 4)
        #expect(Bootstrap.quantile([10, 20], 0.025) == 10.25)
    }

    @Test func identicalSystemsGivePValueOne() throws {
        let evaluation = try evaluation(found: [1, 4, 6])
        let comparison = try ApproximateRandomization.compare(evaluation, with: evaluation, iterations: 999, seed: 7)
        #expect(comparison.pValue == 1)
        #expect(comparison.difference == 0)
    }

    @Test func aClearlyBetterSystemIsSignificant() throws {
        let better = try evaluation(found: Set(0..<20), documents: 20)
        let worse = try evaluation(found: [], documents: 20)
        let comparison = try ApproximateRandomization.compare(better, with: worse, iterations: 999, seed: 7)
        // Only shuffles that swap all twenty documents or none reach the observed difference: p ≈ (2/2^20·999 + 1)/1000.
        #expect(comparison.pValue == 0.001)
        #expect(comparison.difference == 1)
        let again = try ApproximateRandomization.compare(better, with: worse, iterations: 999, seed: 7)
        #expect(again == comparison)
    }

    @Test func theTestNeedsTheSameGold() throws {
        let first = try evaluation(found: [1], documents: 3)
        let second = try evaluation(found: [1], documents: 2)
        #expect(throws: EvaluationError.differentGold("3 documents against 2")) {
            try ApproximateRandomization.compare(first, with: second, iterations: 10, seed: 1)
        }
    }

    @Test func generatorIsDeterministicAndInRange() {
        var a = Xoshiro256(seed: 2024)
        var b = Xoshiro256(seed: 2024)
        var counts = [Int](repeating: 0, count: 6)
        for _ in 0..<6000 {
            let value = a.next(below: 6)
            #expect(value == b.next(below: 6))
            counts[value] += 1
        }
        // Each face near 1000 (six sigma is about 170).
        #expect(counts.allSatisfy { abs($0 - 1000) < 170 })
    }
}

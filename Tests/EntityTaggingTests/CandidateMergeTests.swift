@testable import EntityTagging
import TestSupport
import Testing

@Suite("Merging sorted candidate lists")
struct CandidateMergeTests {
    /// `count` candidates of one token each at distinct random starts below 1000, sorted, with `origin`.
    private func sortedCandidates(_ count: Int, origin: Candidate.Origin, _ generator: inout SeededGenerator) -> [Candidate] {
        var starts = Set<Int>()
        while starts.count < count { starts.insert(Int(generator.next() % 1000)) }
        return starts.sorted().map { Candidate(start: $0, end: $0 + 1, label: .person, priority: 10, origin: origin) }
    }

    @Test(arguments: [(0, 0), (0, 5), (5, 0), (1, 1), (40, 60), (300, 300)])
    func mergingEqualsAStableSortOfBoth(_ counts: (Int, Int)) {
        var generator = SeededGenerator(seed: UInt64(counts.0 * 1000 + counts.1))
        // Starts may repeat across the two lists: the first list's candidate comes first.
        let first = sortedCandidates(counts.0, origin: .pattern, &generator)
        let second = sortedCandidates(counts.1, origin: .guess, &generator)
        let stable = (first.map { ($0, 0) } + second.map { ($0, 1) })
            .sorted { ($0.0.start, $0.1) < ($1.0.start, $1.1) }.map(\.0)
        #expect(Candidate.merged(first[...], second[...]) == stable)
    }

    @Test func slicesMergeOnlyTheirOwnCandidates() {
        let all = (0..<10).map { Candidate(start: $0 * 2, end: $0 * 2 + 1, label: nil, priority: 0, origin: .pattern) }
        let merged = Candidate.merged(all[2..<4], all[7...])
        #expect(merged.map(\.start) == [4, 6, 14, 16, 18])
    }
}

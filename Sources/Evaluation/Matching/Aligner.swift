/// Pairs each document's gold spans with its system spans, one to one.
///
/// Algorithm (gold and system spans sorted by span):
/// 1. Spans with identical boundaries pair first: within one span, equal labels pair, then the rest pair
///    in label order (wrong label).
/// 2. Among the spans left, every overlapping gold–system pair is a candidate. Candidates are taken
///    greedily: same label first, then larger overlap (in bytes), then the earlier gold span, then the
///    earlier system span; a candidate is taken when neither span is paired yet (wrong boundary).
/// 3. Gold spans still unpaired are missed; system spans still unpaired are spurious.
///
/// The result does not depend on the order of the input beyond its sort, and the exact matches are
/// always the largest possible multiset intersection of (span, label) — conlleval's correct chunks.
enum Aligner {
    /// Aligns two sorted span lists; the pairs come back in document order.
    static func align(gold: [LabeledSpan], system: [LabeledSpan]) -> [AlignedPair] {
        var pairs: [AlignedPair] = []
        pairs.reserveCapacity(max(gold.count, system.count))
        var goldLeft: [LabeledSpan] = []
        var systemLeft: [LabeledSpan] = []
        pairIdenticalSpans(gold, system, into: &pairs, goldLeft: &goldLeft, systemLeft: &systemLeft)
        if !goldLeft.isEmpty && !systemLeft.isEmpty {
            pairOverlaps(&goldLeft, &systemLeft, into: &pairs)
        }
        for span in goldLeft { pairs.append(AlignedPair(gold: span, system: nil)) }
        for span in systemLeft { pairs.append(AlignedPair(gold: nil, system: span)) }
        pairs.sort { order($0) < order($1) }
        return pairs
    }

    /// Step 1: a merge over both sorted lists, pairing spans with equal boundaries.
    private static func pairIdenticalSpans(
        _ gold: [LabeledSpan], _ system: [LabeledSpan], into pairs: inout [AlignedPair],
        goldLeft: inout [LabeledSpan], systemLeft: inout [LabeledSpan]
    ) {
        var g = 0
        var s = 0
        while g < gold.count || s < system.count {
            if s == system.count || (g < gold.count && gold[g].span < system[s].span) {
                goldLeft.append(gold[g])
                g += 1
            } else if g == gold.count || system[s].span < gold[g].span {
                systemLeft.append(system[s])
                s += 1
            } else {
                let span = gold[g].span
                var goldEnd = g
                while goldEnd < gold.count && gold[goldEnd].span == span { goldEnd += 1 }
                var systemEnd = s
                while systemEnd < system.count && system[systemEnd].span == span { systemEnd += 1 }
                if goldEnd == g + 1 && systemEnd == s + 1 {  // the common case: one span on each side
                    pairs.append(AlignedPair(gold: gold[g], system: system[s]))
                    g = goldEnd
                    s = systemEnd
                    continue
                }
                pairGroup(Array(gold[g..<goldEnd]), Array(system[s..<systemEnd]), into: &pairs, goldLeft: &goldLeft, systemLeft: &systemLeft)
                g = goldEnd
                s = systemEnd
            }
        }
    }

    /// Pairs spans of one boundary: equal labels first, then the rest in order.
    private static func pairGroup(
        _ gold: [LabeledSpan], _ system: [LabeledSpan], into pairs: inout [AlignedPair],
        goldLeft: inout [LabeledSpan], systemLeft: inout [LabeledSpan]
    ) {
        var unmatchedGold: [LabeledSpan] = []
        var unmatchedSystem = system
        for span in gold {
            if let index = unmatchedSystem.firstIndex(where: { $0.label == span.label }) {
                pairs.append(AlignedPair(gold: span, system: unmatchedSystem.remove(at: index)))
            } else {
                unmatchedGold.append(span)
            }
        }
        let paired = min(unmatchedGold.count, unmatchedSystem.count)
        for index in 0..<paired { pairs.append(AlignedPair(gold: unmatchedGold[index], system: unmatchedSystem[index])) }
        goldLeft += unmatchedGold.dropFirst(paired)
        systemLeft += unmatchedSystem.dropFirst(paired)
    }

    /// Step 2: greedy pairing of overlapping spans; removes the spans it pairs from both lists.
    private static func pairOverlaps(_ gold: inout [LabeledSpan], _ system: inout [LabeledSpan], into pairs: inout [AlignedPair]) {
        // The largest end among system[0...k], so a backward scan can stop once nothing further left reaches.
        var maxEnd: [Int] = []
        maxEnd.reserveCapacity(system.count)
        for span in system { maxEnd.append(max(maxEnd.last ?? 0, span.span.end)) }
        var candidates: [(gold: Int, system: Int, sameLabel: Bool, overlap: Int)] = []
        for (g, goldSpan) in gold.enumerated() {
            // The first system span starting at or after this gold span's end cannot overlap it.
            var high = system.partitionPoint { $0.span.start >= goldSpan.span.end }
            while high > 0 && maxEnd[high - 1] > goldSpan.span.start {
                high -= 1
                let other = system[high].span
                if other.end > goldSpan.span.start && other.start < goldSpan.span.end {
                    let overlap = min(other.end, goldSpan.span.end) - max(other.start, goldSpan.span.start)
                    candidates.append((g, high, system[high].label == goldSpan.label, overlap))
                }
            }
        }
        candidates.sort {
            if $0.sameLabel != $1.sameLabel { return $0.sameLabel }
            if $0.overlap != $1.overlap { return $0.overlap > $1.overlap }
            return $0.gold != $1.gold ? $0.gold < $1.gold : $0.system < $1.system
        }
        var goldTaken = [Bool](repeating: false, count: gold.count)
        var systemTaken = [Bool](repeating: false, count: system.count)
        for candidate in candidates where !goldTaken[candidate.gold] && !systemTaken[candidate.system] {
            goldTaken[candidate.gold] = true
            systemTaken[candidate.system] = true
            pairs.append(AlignedPair(gold: gold[candidate.gold], system: system[candidate.system]))
        }
        gold = zip(gold, goldTaken).filter { !$0.1 }.map(\.0)
        system = zip(system, systemTaken).filter { !$0.1 }.map(\.0)
    }

    /// Document order: by earliest start; at one start, pairs before lone gold spans before lone system
    /// spans, then by ends.
    private static func order(_ pair: AlignedPair) -> (Int, Int, Int, Int) {
        (pair.start, pair.gold == nil ? 2 : pair.system == nil ? 1 : 0, pair.gold?.span.end ?? 0, pair.system?.span.end ?? 0)
    }
}

extension Array {
    /// The index of the first element for which `predicate` holds, in an array where it holds for a suffix.
    func partitionPoint(_ predicate: (Element) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if predicate(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}

/// Chooses non-overlapping candidates: longest first, then the higher priority, then the stronger origin,
/// then the earlier start, then the earlier proposal.
enum Resolution {
    /// The chosen candidates, sorted by start.
    /// - Parameters:
    ///   - candidates: The proposals, all inside tokens `range`.
    ///   - range: The tokens they may cover (a sentence: candidates never cross one).
    ///   - order: Scratch space for the sort.
    ///   - table: The document's tokens; the chosen ones are marked ``TokenTraits/isRuled``.
    ///   - chosen: Receives the chosen candidates, sorted by start.
    static func resolve(
        _ candidates: [Candidate], in range: Range<Int>, order: inout [UInt64], table: inout TokenTable,
        into chosen: inout [Candidate]
    ) {
        guard !candidates.isEmpty else { return }
        // One sort key per candidate: length (longest first), priority, origin (highest first), start,
        // then the proposal's own position. Lengths and starts are counted within the sentence.
        order.removeAll(keepingCapacity: true)
        let fitsKey = range.count < 1 << 16 && candidates.count < 1 << 16
        for (position, candidate) in candidates.enumerated() where fitsKey {
            var key = UInt64(0xFFFF - candidate.length) << 48
            key |= UInt64(0x3FF - candidate.priority) << 38
            key |= UInt64(3 - candidate.origin.rawValue) << 36
            key |= UInt64(candidate.start - range.lowerBound) << 16
            order.append(key | UInt64(position))
        }
        let firstChosen = chosen.count
        if fitsKey {
            order.sort()
            for key in order { choose(candidates[Int(key & 0xFFFF)], table: &table, into: &chosen) }
        } else {
            let positions = candidates.indices.sorted { a, b in
                precedes(candidates[a], candidates[b]) || (!precedes(candidates[b], candidates[a]) && a < b)
            }
            for position in positions { choose(candidates[position], table: &table, into: &chosen) }
        }
        chosen[firstChosen...].sort { $0.start < $1.start }
    }

    /// Takes `candidate` unless it overlaps one taken before.
    @inline(__always)
    private static func choose(_ candidate: Candidate, table: inout TokenTable, into chosen: inout [Candidate]) {
        if candidate.tokens.contains(where: { table.traits[$0].isRuled }) { return }
        for index in candidate.tokens { table.traits[index].isRuled = true }
        chosen.append(candidate)
    }

    /// The order of resolution, without the tie on position.
    private static func precedes(_ a: Candidate, _ b: Candidate) -> Bool {
        if a.length != b.length { return a.length > b.length }
        if a.priority != b.priority { return a.priority > b.priority }
        if a.origin != b.origin { return a.origin > b.origin }
        return a.start < b.start
    }
}

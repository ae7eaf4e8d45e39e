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
        _ candidates: UnsafeBufferPointer<Candidate>, in range: Range<Int>, order: inout [UInt64], table: inout TokenTable,
        into chosen: inout [Candidate]
    ) {
        guard !candidates.isEmpty else { return }
        let firstChosen = chosen.count
        let fitsKey = range.count < 1 << 16 && candidates.count < 1 << 16
        if order.count < candidates.count { order += repeatElement(0, count: candidates.count - order.count) }
        table.traits.withUnsafeMutableBufferPointer { traits in
            guard fitsKey else {
                let positions = candidates.indices.sorted { a, b in
                    precedes(candidates[a], candidates[b]) || (!precedes(candidates[b], candidates[a]) && a < b)
                }
                for position in positions { choose(candidates[position], traits: traits, into: &chosen) }
                return
            }
            order.withUnsafeMutableBufferPointer { order in
                // One sort key per candidate: length (longest first), priority, origin (highest first), start,
                // then the proposal's own position. Lengths and starts are counted within the sentence.
                let keys = UnsafeMutableBufferPointer(rebasing: order[..<candidates.count])
                for (position, candidate) in candidates.enumerated() {
                    var key = UInt64(0xFFFF - candidate.length) << 48
                    key |= UInt64(0x3FF - candidate.priority) << 38
                    key |= UInt64(3 - candidate.origin.rawValue) << 36
                    key |= UInt64(candidate.start - range.lowerBound) << 16
                    keys[position] = key | UInt64(position)
                }
                sortFew(keys, by: <)
                for key in keys {
                    choose(candidates[Int(key & 0xFFFF)], traits: traits, into: &chosen)
                }
            }
        }
        // Chosen candidates never overlap, so their starts differ.
        chosen.withUnsafeMutableBufferPointer { chosen in
            sortFew(UnsafeMutableBufferPointer(rebasing: chosen[firstChosen...])) { $0.start < $1.start }
        }
    }

    /// Takes `candidate` unless it overlaps one taken before.
    @inline(__always)
    private static func choose(
        _ candidate: Candidate, traits: UnsafeMutableBufferPointer<TokenTraits>, into chosen: inout [Candidate]
    ) {
        if candidate.tokens.contains(where: { traits[$0].isRuled }) { return }
        for index in candidate.tokens { traits[index].isRuled = true }
        chosen.append(candidate)
    }

    /// Sorts `items` (distinct under `areInIncreasingOrder`): by insertion for the few items a sentence
    /// usually has, by the standard library's sort for more.
    @inline(__always)
    private static func sortFew<Item>(
        _ items: UnsafeMutableBufferPointer<Item>, by areInIncreasingOrder: (Item, Item) -> Bool
    ) {
        guard items.count > 16 else {
            for index in items.indices.dropFirst() {
                let item = items[index]
                var slot = index
                while slot > 0 && areInIncreasingOrder(item, items[slot - 1]) {
                    items[slot] = items[slot - 1]
                    slot -= 1
                }
                items[slot] = item
            }
            return
        }
        var items = items
        items.sort(by: areInIncreasingOrder)
    }

    /// The order of resolution, without the tie on position.
    private static func precedes(_ a: Candidate, _ b: Candidate) -> Bool {
        if a.length != b.length { return a.length > b.length }
        if a.priority != b.priority { return a.priority > b.priority }
        if a.origin != b.origin { return a.origin > b.origin }
        return a.start < b.start
    }
}

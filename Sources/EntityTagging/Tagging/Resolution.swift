/// Chooses non-overlapping candidates: longest first, then the higher priority, then the stronger origin,
/// then the earlier start.
enum Resolution {
    /// The chosen candidates, sorted by start; `occupied` are tokens already taken (they stay taken).
    /// - Parameters:
    ///   - candidates: The proposals.
    ///   - occupied: Per token, whether an earlier stage already took it; updated with the chosen ones.
    static func resolve(_ candidates: [Candidate], occupied: inout [Bool]) -> [Candidate] {
        let ordered = candidates.sorted { a, b in
            if a.length != b.length { return a.length > b.length }
            if a.priority != b.priority { return a.priority > b.priority }
            if a.origin != b.origin { return a.origin > b.origin }
            return a.start < b.start
        }
        var chosen: [Candidate] = []
        for candidate in ordered where !(candidate.start..<candidate.end).contains(where: { occupied[$0] }) {
            for index in candidate.start..<candidate.end { occupied[index] = true }
            chosen.append(candidate)
        }
        return chosen.sorted { $0.start < $1.start }
    }
}

/// Matching text against the compiled rules, on UTF-8 bytes.
extension TokenizerRules {
    /// A cheap test ruling out most chunks: whether a special case of this first letter and length exists.
    @inline(__always) func mayBeSpecialCase(_ bytes: UnsafeBufferPointer<UInt8>, _ low: Int, _ high: Int) -> Bool {
        specialCases.mayContain(first: bytes[low], last: bytes[high - 1], length: high - low)
    }

    /// The piece lengths of the special case that `[low, high)` spells — in lower case, Capitalised or
    /// UPPER case — if any.
    func specialCase(_ bytes: UnsafeBufferPointer<UInt8>, _ low: Int, _ high: Int) -> [Int]? {
        guard let index = specialCases.value(bytes, low, high) else { return nil }
        var sawLower = false
        var upperAfterFirst = false
        for position in low..<high {
            let byte = bytes[position]
            if byte &- 0x61 < 26 { sawLower = true }
            if position > low && byte &- 0x41 < 26 { upperAfterFirst = true }
        }
        return sawLower && upperAfterFirst ? nil : specialCasePieces[index]  // not mixed case such as `cAnNoT`
    }
}

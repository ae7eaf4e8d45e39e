/// Matching text against the compiled rules, on UTF-8 bytes.
extension TokenizerRules {
    /// The piece lengths of the special case that `[low, high)` spells — in lower case, Capitalised or
    /// UPPER case — if any.
    func specialCase(_ bytes: UnsafeBufferPointer<UInt8>, _ low: Int, _ high: Int) -> [Int]? {
        guard let index = specialCases.value(bytes, low, high) else { return nil }
        var sawLower = false
        var sawLetter = false
        var upperAfterFirst = false  // an upper-case letter after the first letter (`'Tis` is Capitalised)
        for position in low..<high {
            let byte = bytes[position]
            if byte &- 0x61 < 26 { sawLower = true }
            if byte &- 0x41 < 26 && sawLetter { upperAfterFirst = true }
            if byte &- 0x41 < 26 || byte &- 0x61 < 26 { sawLetter = true }
        }
        return sawLower && upperAfterFirst ? nil : specialCasePieces[index]  // not mixed case such as `cAnNoT`
    }
}

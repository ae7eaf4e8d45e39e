/// Matching text against the compiled rules, on UTF-8 bytes.
extension TokenizerRules {
    /// A cheap test ruling out most chunks: whether a special case of this first letter and length exists.
    @inline(__always) func mayBeSpecialCase(_ bytes: UnsafeBufferPointer<UInt8>, _ low: Int, _ high: Int) -> Bool {
        specialCaseFilter[Int(ASCII.lowercased(bytes[low]))] & (1 << UInt64(min(high - low, 63))) != 0
    }

    /// The piece lengths of the special case that `[low, high)` spells — in lower case, Capitalised or
    /// UPPER case — if any.
    func specialCase(_ bytes: UnsafeBufferPointer<UInt8>, _ low: Int, _ high: Int) -> [Int]? {
        guard mayBeSpecialCase(bytes, low, high) else { return nil }
        var sawLower = false
        var upperAfterFirst = false
        for index in low..<high {
            let byte = bytes[index]
            if byte &- 0x61 < 26 { sawLower = true }
            if index > low && byte &- 0x41 < 26 { upperAfterFirst = true }
        }
        if sawLower && upperAfterFirst { return nil }  // mixed case such as `cAnNoT`
        let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[low..<high]).map { ASCII.lowercased($0) }, as: UTF8.self)
        return specialCases[key]
    }
}

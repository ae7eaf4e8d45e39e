extension SplitterRules {
    /// The abbreviation class of the text `bytes[start..<end]` (matched exactly, case included).
    func abbreviationClass(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> SplitterRuleClass? {
        guard abbreviations.mayHold(bytes, start: start, end: end, folding: false) else { return nil }
        return abbreviations[String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)]?
            .ruleClass
    }

    /// The starter class of the word `bytes[start..<end]`, in any case.
    func starterClass(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> SplitterRuleClass? {
        guard starters.mayHold(bytes, start: start, end: end, folding: true) else { return nil }
        return starters[Self.lowercased(bytes, start: start, end: end)]?.ruleClass
    }

    /// Whether the word `bytes[start..<end]`, in any case, is listed in the given word list.
    func isListed(
        _ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, in list: KeyPath<SplitterRules, RuleList>
    ) -> Bool {
        let rules = self[keyPath: list]
        guard rules.mayHold(bytes, start: start, end: end, folding: true) else { return false }
        return rules[Self.lowercased(bytes, start: start, end: end)] != nil
    }

    /// The text in lower case: ASCII letters folded byte by byte, anything else through `lowercased()`.
    private static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
        if slice.contains(where: { $0 >= 0x80 }) { return String(decoding: slice, as: UTF8.self).lowercased() }
        return String(unsafeUninitializedCapacity: slice.count) { buffer in
            for (offset, byte) in slice.enumerated() {
                buffer[offset] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            }
            return slice.count
        }
    }
}

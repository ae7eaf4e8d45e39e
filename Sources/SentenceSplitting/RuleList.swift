/// One list of rule entries, with a prefilter that rejects most tokens before a dictionary look-up (which
/// would build a `String` and hash it).
struct RuleList: Sendable {
    /// Where a rule was written, for error messages.
    struct Origin: Equatable, Sendable {
        let file: String
        let line: Int
    }

    /// One loaded rule.
    struct Rule: Sendable {
        let ruleClass: SplitterRuleClass
        let origin: Origin
    }

    /// The entries, as matched (abbreviations as written, words in lower case).
    private(set) var entries: [String: Rule] = [:]
    /// Bit `b % 64` of word `b / 64` is set when an entry starts with byte `b`.
    private var firstBytes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    /// No entry is longer than this many bytes.
    private var longest = 0

    /// Adds an entry; a second listing is an error unless `replacing` and its class differs.
    mutating func insert(_ entry: String, _ rule: Rule, replacing: Bool) throws(SentenceSplittingError) {
        if let first = entries[entry], !(replacing && first.ruleClass != rule.ruleClass) {
            throw .duplicateRule(
                file: rule.origin.file, line: rule.origin.line, entry: entry,
                firstFile: first.origin.file, firstLine: first.origin.line)
        }
        entries[entry] = rule
        longest = max(longest, entry.utf8.count)
        if let first = entry.utf8.first {
            let bit = UInt64(1) << UInt64(first & 63)
            switch first >> 6 {
            case 0: firstBytes.0 |= bit
            case 1: firstBytes.1 |= bit
            case 2: firstBytes.2 |= bit
            default: firstBytes.3 |= bit
            }
        }
    }

    /// Whether an entry could be `bytes[start..<end]` (a cheap test with false positives only). With
    /// `folding`, an ASCII capital first byte is folded to lower case, and a non-ASCII first byte always
    /// passes (its lower case may start with another byte).
    @inline(__always)
    func mayHold(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, folding: Bool) -> Bool {
        guard start < end else { return false }
        var first = bytes[start]
        if folding {
            if first >= 0x80 { return true }
            if first >= 0x41, first <= 0x5A { first |= 0x20 }
        }
        guard end - start <= longest else { return false }
        let bit = UInt64(1) << UInt64(first & 63)
        switch first >> 6 {
        case 0: return firstBytes.0 & bit != 0
        case 1: return firstBytes.1 & bit != 0
        case 2: return firstBytes.2 & bit != 0
        default: return firstBytes.3 & bit != 0
        }
    }

    /// The entry's rule, if listed.
    subscript(entry: String) -> Rule? { entries[entry] }

    /// The number of entries.
    var count: Int { entries.count }
}

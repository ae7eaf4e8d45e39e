/// One list of rule entries as loaded, by entry; ``WordTable`` compiles it for look-ups from a text's bytes.
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

    /// Adds an entry; a second listing is an error unless `replacing` and its class differs.
    mutating func insert(_ entry: String, _ rule: Rule, replacing: Bool) throws(SentenceSplittingError) {
        if let first = entries[entry], !(replacing && first.ruleClass != rule.ruleClass) {
            throw .duplicateRule(
                file: rule.origin.file, line: rule.origin.line, entry: entry,
                firstFile: first.origin.file, firstLine: first.origin.line)
        }
        entries[entry] = rule
    }

    /// The entry's rule, if listed.
    subscript(entry: String) -> Rule? { entries[entry] }

    /// The number of entries.
    var count: Int { entries.count }
}
